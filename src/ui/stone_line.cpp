#include "ui/stone_line.hpp"

#include "core/catalog/gems.hpp"
#include "ui/translations.hpp"

namespace facet::ui {

std::string stone_line(const spec::Json& stone, int made) {
  const catalog::Cut* cut = catalog::find_cut(stone["cut"].get<std::string>());
  const std::string gem = option_text("gem", stone["gem"].get<std::string>());
  const std::string cut_name = cut ? std::string(language() == Language::zh_cn ? cut->name_zh : cut->name_en) : stone["cut"].get<std::string>();
  const spec::Json& mm = stone["dims_mm"];
  const std::string size = mm[0] == mm[1] ? format("%.2f", mm[0].get<double>()) : format("%.2f \xC3\x97 %.2f", mm[0].get<double>(), mm[1].get<double>());
  const int count = stone["count"].get<int>() * made;
  if (stone["gem"] == "pearl") return format(tr("%d \xC3\x97 %s %s, %s mm"), count, gem.c_str(), cut_name.c_str(), size.c_str());
  return format(tr("%d \xC3\x97 %s %s, %s mm, %.2f ct"), count, gem.c_str(), cut_name.c_str(), size.c_str(), count * stone["carat"].get<double>());
}

}  // namespace facet::ui
