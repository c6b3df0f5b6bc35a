// SHA-256 (FIPS 180-4) for design ids.
// Written here because Debian ships no header-only SHA-256 for C++ that also builds with em++
// (OpenSSL and friends would need a WebAssembly build of their own).
#pragma once

#include <string>
#include <string_view>

namespace facet {

// Lower-case hex digest of the bytes of `data`.
std::string sha256_hex(std::string_view data);

}  // namespace facet
