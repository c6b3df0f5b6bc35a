// The UI's words in every language it speaks. Plain C++ (no ImGui): the native tests check that
// the engraving font, which draws the UI's Chinese, has every character used here, and
// scripts/build_fonts.py reads translations.cpp to keep those characters in the font.
#pragma once

#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace facet::ui {

enum class Language { en, zh_cn };

struct Translation {
  const char* en;  // also the key: the panel's code is written in English
  const char* zh;
};

// English -> Simplified Chinese, for every string the panel, toolbar and messages show.
std::span<const Translation> translations();

// How an option value of the spec reads: ("finish", "polished") -> "Polished" / "抛光".
struct OptionText {
  const char* group;
  const char* value;
  const char* en;
  const char* zh;
};
std::span<const OptionText> option_texts();

// "zh", "zh-CN", "zh-Hans-CN", "zh-SG" -> zh_cn; "en", "en-GB" -> en; anything else nothing.
// Traditional Chinese ("zh-TW", "zh-HK", "zh-Hant") gets the Simplified UI: nearer than English.
std::optional<Language> parse_language(std::string_view code);
const char* language_code(Language language);  // "en", "zh-CN"

// The language the UI speaks now (English until set).
Language language();
void set_language(Language language);

// `english` in the current language (itself when there is no translation: a gap shows as English,
// never as an empty label).
const char* tr(const char* english);
// tr(english_format) with its one %s replaced by `argument`.
std::string tr_format(const char* english_format, std::string_view argument);
// printf into a string (a UI line of up to 255 bytes).
std::string format(const char* pattern, auto... values) {
  char text[256];
  std::snprintf(text, sizeof text, pattern, values...);
  return text;
}
// An option value as the current language shows it; the value itself when the table has none.
const char* option_text(std::string_view group, const std::string& value);

}  // namespace facet::ui
