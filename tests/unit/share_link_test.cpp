// Share links carry the whole design in the URL fragment: base64url (RFC 4648 vectors), raw
// deflate (read back from Python's zlib, bounded against bombs) and the link itself (every template
// restores to the same design_id; damage gets an error under `share_link`).
#include <doctest/doctest.h>

#include <string>

#include "core/facet_core.hpp"
#include "core/spec/share_link.hpp"
#include "core/spec/style_defaults.hpp"
#include "core/util/base64url.hpp"
#include "core/util/deflate.hpp"

using namespace facet;

TEST_CASE("base64url: the RFC 4648 test vectors, the URL-safe alphabet, no padding, bad text refused") {
  const std::pair<const char*, const char*> vectors[] = {{"", ""},         {"f", "Zg"},         {"fo", "Zm8"},      {"foo", "Zm9v"},
                                                         {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, encoded] : vectors) {
    CHECK(util::base64url_encode(plain) == encoded);
    CHECK(util::base64url_decode(encoded) == std::string(plain));
  }
  CHECK(util::base64url_encode("\xfb\xff") == "-_8");  // '+' and '/' in standard base64
  CHECK(util::base64url_decode("-_8") == std::string("\xfb\xff"));
  CHECK(util::base64url_decode("Zg==") == std::string("f"));
  CHECK(!util::base64url_decode("Zm9v+"));  // standard alphabet, not ours
  CHECK(!util::base64url_decode("Zm9v Y"));
  CHECK(!util::base64url_decode("Zm9vY"));  // a length no encoder writes
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(char(i));
  CHECK(util::base64url_decode(util::base64url_encode(all)) == all);
}

TEST_CASE("zlib: reads another encoder's stream, round-trips, and refuses damage, truncation and bombs") {
  CHECK(util::adler32("Wikipedia") == 0x11E60398u);  // the worked example of RFC 1950's checksum
  // Python: zlib.compress(sentence * 4, 9).
  const std::string from_python(
      "\x78\xda\x73\x4b\x4c\x4e\x2d\x51\x28\xce\x48\x2c\x4a\x55\xc8\xc9\xcc\xcb\xb6\x52\x70\x2c\x35\x37\x35\x50\x28\xca\xcc\x4b\xd7\x51"
      "\xf0\xf0\x56\x30\x34\xd2\x53\x70\xa3\xaf\x22\x00\x3b\xbf\x2c\x41",
      48);
  std::string sentence;
  for (int i = 0; i < 4; ++i) sentence += "Facet share link: Au750 ring, HK 12. ";
  CHECK(util::zlib_decompress(from_python, 1000) == sentence);
  CHECK(!util::zlib_decompress(from_python, sentence.size() - 1));  // one byte over the limit
  CHECK(util::zlib_decompress(from_python, sentence.size()) == sentence);
  for (size_t cut = 0; cut < from_python.size(); ++cut) CHECK(!util::zlib_decompress(from_python.substr(0, cut), 1000));
  std::string flipped = from_python;
  flipped[20] ^= 0x04;
  CHECK(!util::zlib_decompress(flipped, 1000));
  CHECK(!util::zlib_decompress("\xff\xff\xff\xff\xff\xff\xff\xff", 1000));

  std::string text;
  for (int i = 0; i < 3000; ++i) text += std::to_string(i * 7919 % 1000) + ",";
  const std::string packed = util::zlib_compress(text);
  CHECK(packed.size() < text.size() / 2);
  CHECK(util::zlib_decompress(packed, text.size()) == text);
  CHECK(util::deflate_raw(text) == packed.substr(2, packed.size() - 6));
  // A megabyte of zeros packs into about 10 kB: the limit, not the input, bounds the memory.
  const std::string bomb = util::zlib_compress(std::string(1 << 20, '\0'));
  CHECK(bomb.size() * 50 < (1 << 20));
  CHECK(!util::zlib_decompress(bomb, 1000));
  CHECK(util::zlib_decompress(bomb, 1 << 20)->size() == 1 << 20);
}

TEST_CASE("share link: every template comes back as the same design, meta and production included") {
  for (const spec::StyleDefaults& style : spec::all_styles()) {
    CAPTURE(style.style);
    spec::Design design = *spec::default_design(style.style);
    design.meta.title = "给妈妈的戒指 · for Mum";
    design.meta.customer_ref = "PY-2026-0042";
    const std::string link = "https://shop.example/ring?x=1#" + spec::share_fragment(design);
    CHECK(link.size() < 2000);  // chat apps and QR codes cut longer links
    CHECK(spec::is_share_link(link));
    const spec::ParseResult back = spec::parse_share_link(link);
    REQUIRE(back.status == spec::ParseStatus::ok);
    CHECK(spec::design_id(back.design->piece) == spec::design_id(design.piece));
    CHECK(normalised_spec_text(*back.design) == normalised_spec_text(design));
    // The same design from a bare code, a fragment, and with the spaces a chat app adds.
    CHECK(spec::parse_share_link(spec::share_code(design)).status == spec::ParseStatus::ok);
    CHECK(spec::parse_share_link("  #" + spec::share_fragment(design) + "&lang=zh-CN\n").status == spec::ParseStatus::ok);
  }
}

TEST_CASE("share link: a damaged, foreign or newer link is refused under share_link, and a bad design by its own path") {
  const spec::Design design = *spec::default_design("solitaire");
  const std::string code = spec::share_code(design);
  auto first_error = [](std::string_view link) {
    const spec::ParseResult result = spec::parse_share_link(link);
    REQUIRE(result.status != spec::ParseStatus::ok);
    REQUIRE(!result.diagnostics.errors.empty());
    return result.diagnostics.errors.front();
  };
  CHECK(first_error("https://shop.example/ring#design=" + code.substr(0, code.size() / 2)).rule.find("damaged") != std::string::npos);
  CHECK(first_error("#design=v1.abc$def").rule.find("characters") != std::string::npos);
  CHECK(first_error("#design=v2.abcdef").rule.find("newer Facet (v2)") != std::string::npos);
  CHECK(first_error("https://shop.example/ring").path == "share_link");
  CHECK(first_error("#design=").rule.find("empty") != std::string::npos);
  CHECK(!spec::is_share_link("orders/ring.facet.json"));
  CHECK(!spec::is_share_link("{\"format\": \"facet.design\"}"));

  // A link whose design breaks a rule: the rule's own path, as for a file.
  spec::Json broken = spec::design_to_json(design);
  broken["piece"]["shank"]["width_mm"] = 0;
  const std::string packed = util::zlib_compress(broken.dump());
  const spec::ParseResult result = spec::parse_share_link("#design=v1." + util::base64url_encode(packed));
  REQUIRE(result.status == spec::ParseStatus::invalid);
  CHECK(result.diagnostics.errors.front().path == "piece.shank.width_mm");
}
