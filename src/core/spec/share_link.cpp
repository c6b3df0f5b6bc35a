#include "core/spec/share_link.hpp"

#include "core/util/base64url.hpp"
#include "core/util/deflate.hpp"

namespace facet::spec {
namespace {

constexpr std::string_view kPath = "share_link";

ParseResult refused(std::string rule) {
  ParseResult result;
  result.status = ParseStatus::unreadable;
  result.diagnostics.error(std::string(kPath), "", std::move(rule));
  return result;
}

// The code after "design=" (up to the next '&' of a fragment that carries other keys too), or the
// whole text when it is a bare code.
std::string_view code_in(std::string_view link) {
  const size_t key = link.find(kShareKey);
  if (key == std::string_view::npos) return link;
  std::string_view code = link.substr(key + kShareKey.size());
  return code.substr(0, code.find('&'));
}

}  // namespace

std::string share_code(const Design& design) {
  Json spec = design_to_json(design);
  spec.erase("design_id");
  return std::string(kShareVersion) + util::base64url_encode(util::zlib_compress(spec.dump(-1, ' ', false, Json::error_handler_t::strict)));
}

std::string share_fragment(const Design& design) { return std::string(kShareKey) + share_code(design); }

bool is_share_link(std::string_view text) {
  return text.find("#design=") != std::string_view::npos || text.starts_with(kShareKey) || text.starts_with(kShareVersion);
}

ParseResult parse_share_link(std::string_view link) {
  // Links pasted from chat apps come with spaces or line breaks around them.
  constexpr std::string_view kBlank = " \t\r\n";
  const size_t first = link.find_first_not_of(kBlank);
  link = first == std::string_view::npos ? std::string_view() : link.substr(first, link.find_last_not_of(kBlank) + 1 - first);
  std::string_view code = code_in(link);
  if (code.empty()) return refused("is empty: a share link ends in #design=v1.<code>");
  if (!code.starts_with(kShareVersion)) {
    const size_t dot = code.find('.');
    if (dot != std::string_view::npos && dot < 8 && code[0] == 'v')
      return refused("was made by a newer Facet (" + std::string(code.substr(0, dot)) + "); this one reads v1 links");
    return refused("is not a Facet share link: it must contain #design=v1.<code>");
  }
  code.remove_prefix(kShareVersion.size());
  const std::optional<std::string> packed = util::base64url_decode(code);
  if (!packed) return refused("is damaged: it has characters a share link never has (was it cut short or re-typed?)");
  const std::optional<std::string> text = util::zlib_decompress(*packed, kMaxSpecBytes);
  if (!text) return refused("is damaged or cut short: its design cannot be unpacked");
  return parse_design(*text);
}

}  // namespace facet::spec
