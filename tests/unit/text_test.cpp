// The engraving font (cut at build time from WenQuanYi Micro Hei) and the UI's words: the font has
// what its coverage promises and nothing it does not, measures text as the font's metrics say, and
// has a glyph for every character of the UI's Chinese; every translation keeps its format's
// arguments (a printf format whose conversions differ would read the wrong argument).
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "core/text/engraving_font.hpp"
#include "core/text/utf8.hpp"
#include "ui/translations.hpp"

using namespace facet;

namespace {

std::vector<uint32_t> points(const std::string& utf8) {
  std::vector<uint32_t> out;
  REQUIRE(text::decode_utf8(utf8, out));
  return out;
}

// The printf conversions of a format, in order ("%.2f", "%s", "%zu"; "%%" is not one).
std::vector<std::string> conversions(const std::string& format) {
  std::vector<std::string> out;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%') continue;
    if (i + 1 < format.size() && format[i + 1] == '%') {
      ++i;
      continue;
    }
    size_t end = format.find_first_of("diufFeEgGxXoscpaA", i + 1);
    REQUIRE(end != std::string::npos);
    out.push_back(format.substr(i, end - i + 1));
    i = end;
  }
  return out;
}

}  // namespace

TEST_CASE("utf8: decodes and encodes every length, refuses broken sequences") {
  const std::vector<uint32_t> expected = {'A', 0xE9, 0x6C38, 0x1F600};
  CHECK(points("A\xC3\xA9\xE6\xB0\xB8\xF0\x9F\x98\x80") == expected);
  std::string back;
  for (uint32_t cp : expected) text::append_utf8(cp, back);
  CHECK(back == "A\xC3\xA9\xE6\xB0\xB8\xF0\x9F\x98\x80");
  std::vector<uint32_t> out;
  CHECK(!text::decode_utf8("\xE6\xB0", out));      // cut short
  CHECK(!text::decode_utf8("\xE6\x41\x41", out));  // a continuation byte missing
  CHECK(!text::decode_utf8("\xFF", out));
}

TEST_CASE("engraving font: ASCII, Latin-1 letters and all of GB 2312, and no more") {
  for (uint32_t cp = 0x21; cp < 0x7F; ++cp) CHECK(text::has_glyph(cp));
  for (uint32_t cp : points("éüñçÅØß")) CHECK(text::has_glyph(cp));
  // GB 2312 level 1 (啊, 永, 远, 爱) and level 2 (琪, 铑, 亍); not the traditional 愛 or 們, not emoji.
  for (uint32_t cp : points("啊永远爱琪铑亍齄")) CHECK(text::has_glyph(cp));
  for (uint32_t cp : points("愛們\xF0\x9F\x98\x80\xE2\x82\xAC")) CHECK_MESSAGE(!text::has_glyph(cp), cp);
  CHECK(text::missing_glyphs(points("a愛b愛")) == std::vector<uint32_t>{0x611B});
  CHECK(!text::has_glyph(0x110000));
  // Whole font: between 1 and 1.5 MB (a full WenQuanYi would be 5 MB).
  CHECK(text::engraving_font_ttf().size() > 1'000'000);
  CHECK(text::engraving_font_ttf().size() < 1'500'000);
  CHECK(text::engraving_font_ttf().substr(0, 4) == std::string("\0\1\0\0", 4));  // TrueType outlines
}

TEST_CASE("engraving font: a hanzi is one em, Latin narrower, kerning counted") {
  CHECK(text::advance_em(points("永远")) == doctest::Approx(2.0).epsilon(0.01));
  const double latin = text::advance_em(points("Forever"));
  CHECK(latin > 7 * 0.4);
  CHECK(latin < 7 * 0.7);
  CHECK(text::advance_em({}) == 0.0);
}

TEST_CASE("UI words: every Chinese character has a glyph; each translation keeps its format") {
  std::set<std::string> keys;
  for (const ui::Translation& t : ui::translations()) {
    CAPTURE(t.en);
    CHECK(keys.insert(t.en).second);  // one translation per English string
    CHECK(std::string(t.zh) != "");
    CHECK(text::missing_glyphs(points(t.zh)).empty());
    CHECK(conversions(t.en) == conversions(t.zh));
  }
  for (const ui::OptionText& o : ui::option_texts()) {
    CAPTURE(o.value);
    CHECK(text::missing_glyphs(points(o.zh)).empty());
  }
}

TEST_CASE("UI words: languages from browser codes; tr follows the language") {
  CHECK(ui::parse_language("zh-CN") == ui::Language::zh_cn);
  CHECK(ui::parse_language("zh-Hans-CN") == ui::Language::zh_cn);
  CHECK(ui::parse_language("ZH_tw") == ui::Language::zh_cn);
  CHECK(ui::parse_language("en-GB") == ui::Language::en);
  CHECK(!ui::parse_language("fr-FR"));
  CHECK(!ui::parse_language("zhx"));
  CHECK(!ui::parse_language(""));
  ui::set_language(ui::Language::zh_cn);
  CHECK(std::string(ui::tr("Metal")) == "金属");
  CHECK(std::string(ui::tr("not translated")) == "not translated");
  CHECK(std::string(ui::option_text("cut", "emerald")) == "祖母绿形");
  CHECK(std::string(ui::option_text("gem", "emerald")) == "祖母绿");
  ui::set_language(ui::Language::en);
  CHECK(std::string(ui::tr("Metal")) == "Metal");
  CHECK(std::string(ui::option_text("profile", "d_shape")) == "D shape");
  const std::string unknown = "tourmaline";
  CHECK(std::string(ui::option_text("gem", unknown)) == "tourmaline");
}
