// ZIP archives (PKWARE APPNOTE 6.3, no ZIP64): the container of 3MF and of the factory package.
// Deflate comes from util/deflate.hpp (stb, the same bytes in the CLI and the browser).
// Entries carry a fixed timestamp: the same input gives the same bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace facet::exporting {

class ZipWriter {
 public:
  // `compress`: deflate the entry (stored when deflate would not make it smaller).
  void add(std::string_view name, std::string_view data, bool compress = true);
  std::string finish();  // the archive's bytes; the writer is empty again afterwards

 private:
  struct Entry {
    std::string name;
    uint32_t crc32, size, packed_size, offset;
    uint16_t method;
  };
  std::string bytes_;
  std::vector<Entry> entries_;
};

uint32_t crc32(std::string_view data);

// Reads a ZIP written by ZipWriter (or any stored/deflated archive without ZIP64) back: the
// names and the stored entries' bytes, for tests. Deflated entries come back empty with `deflated`.
struct ZipListing {
  struct Item {
    std::string name;
    uint32_t size;
    bool deflated;
    std::string stored_bytes;
  };
  std::vector<Item> items;
  bool ok = false;
};
ZipListing list_zip(std::string_view archive);

}  // namespace facet::exporting
