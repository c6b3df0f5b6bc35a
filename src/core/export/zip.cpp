#include "core/export/zip.hpp"

#include <array>
#include <cstdlib>
#include <cstring>

#include "core/util/deflate.hpp"

namespace facet::exporting {
namespace {

// DOS date and time of every entry: 1980-01-01 00:00, the format's epoch (dates that matter are
// inside the files, from the spec).
constexpr uint16_t kDosTime = 0, kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr uint16_t kVersion = 20;         // 2.0: deflate
constexpr uint16_t kUtf8Names = 1 << 11;  // general purpose flag bit 11

void put16(std::string& out, uint16_t v) { out.push_back(char(v & 0xFF)), out.push_back(char(v >> 8)); }
void put32(std::string& out, uint32_t v) { put16(out, uint16_t(v & 0xFFFF)), put16(out, uint16_t(v >> 16)); }
uint16_t get16(std::string_view in, size_t at) { return uint16_t(uint8_t(in[at]) | uint8_t(in[at + 1]) << 8); }
uint32_t get32(std::string_view in, size_t at) { return uint32_t(get16(in, at)) | uint32_t(get16(in, at + 2)) << 16; }

// The run both headers share: version needed, flags, method, time, date, CRC, sizes, name length,
// and an empty extra field.
void put_entry_fields(std::string& out, uint16_t method, uint32_t crc, uint32_t packed_size, uint32_t size, size_t name_length) {
  put16(out, kVersion);
  put16(out, kUtf8Names);
  put16(out, method);
  put16(out, kDosTime);
  put16(out, kDosDate);
  put32(out, crc);
  put32(out, packed_size);
  put32(out, size);
  put16(out, uint16_t(name_length));
  put16(out, 0);
}

}  // namespace

uint32_t crc32(std::string_view data) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  uint32_t c = 0xFFFFFFFFu;
  for (char byte : data) c = table[(c ^ uint8_t(byte)) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void ZipWriter::add(std::string_view name, std::string_view data, bool compress) {
  Entry entry{std::string(name), crc32(data), uint32_t(data.size()), uint32_t(data.size()), uint32_t(bytes_.size()), 0};
  std::string packed;
  if (compress && !data.empty()) packed = util::deflate_raw(data);
  const bool deflated = !packed.empty() && packed.size() < data.size();
  if (deflated) entry.method = 8, entry.packed_size = uint32_t(packed.size());
  put32(bytes_, 0x04034b50);  // local file header
  put_entry_fields(bytes_, entry.method, entry.crc32, entry.packed_size, entry.size, entry.name.size());
  bytes_ += entry.name;
  bytes_ += deflated ? std::string_view(packed) : data;
  entries_.push_back(std::move(entry));
}

std::string ZipWriter::finish() {
  const uint32_t directory_offset = uint32_t(bytes_.size());
  for (const Entry& e : entries_) {
    put32(bytes_, 0x02014b50);  // central directory header
    put16(bytes_, kVersion);    // made by: MS-DOS attributes, 2.0
    put_entry_fields(bytes_, e.method, e.crc32, e.packed_size, e.size, e.name.size());
    put16(bytes_, 0);  // comment
    put16(bytes_, 0);  // disk
    put16(bytes_, 0);  // internal attributes
    put32(bytes_, 0);  // external attributes
    put32(bytes_, e.offset);
    bytes_ += e.name;
  }
  const uint32_t directory_size = uint32_t(bytes_.size()) - directory_offset;
  put32(bytes_, 0x06054b50);  // end of central directory
  put16(bytes_, 0);
  put16(bytes_, 0);
  put16(bytes_, uint16_t(entries_.size()));
  put16(bytes_, uint16_t(entries_.size()));
  put32(bytes_, directory_size);
  put32(bytes_, directory_offset);
  put16(bytes_, 0);
  entries_.clear();
  return std::move(bytes_);
}

ZipListing list_zip(std::string_view zip) {
  ZipListing out;
  if (zip.size() < 22) return out;
  const size_t end = zip.size() - 22;  // no archive comment
  if (get32(zip, end) != 0x06054b50) return out;
  const uint16_t count = get16(zip, end + 10);
  size_t at = get32(zip, end + 16);
  for (uint16_t i = 0; i < count; ++i) {
    if (at + 46 > zip.size() || get32(zip, at) != 0x02014b50) return out;
    const uint16_t method = get16(zip, at + 10), name_length = get16(zip, at + 28);
    const uint16_t extra = get16(zip, at + 30), comment = get16(zip, at + 32);
    const uint32_t packed = get32(zip, at + 20), size = get32(zip, at + 24), local = get32(zip, at + 42);
    if (at + 46 + name_length > zip.size() || local + 30 > zip.size()) return out;
    ZipListing::Item item{std::string(zip.substr(at + 46, name_length)), size, method == 8, ""};
    const size_t data = local + 30 + get16(zip, local + 26) + get16(zip, local + 28);
    if (data + packed > zip.size()) return out;
    if (method == 0) item.stored_bytes = std::string(zip.substr(data, packed));
    out.items.push_back(std::move(item));
    at += 46 + name_length + extra + comment;
  }
  out.ok = true;
  return out;
}

}  // namespace facet::exporting
