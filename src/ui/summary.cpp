#include "ui/summary.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>

#include "ui/fonts.hpp"
#include "ui/translations.hpp"
#include "ui/widgets.hpp"

namespace facet::ui {
namespace {

// 4556.62 -> "4,556.62"
std::string with_thousands(double amount) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.2f", amount);
  std::string text(digits);
  const size_t point = text.find('.');
  const size_t first = text[0] == '-' ? 1 : 0;
  for (size_t i = point; i > first + 3; i -= 3) text.insert(i - 3, ",");
  return text;
}

std::string money(const std::string& currency, double amount) {
  const char* symbol = currency == "CNY" ? "\xC2\xA5" : currency == "USD" ? "$" : nullptr;  // ¥
  return symbol ? symbol + with_thousands(amount) : with_thousands(amount) + " " + currency;
}

const ImVec4 kFailColor(0.75f, 0.1f, 0.1f, 1.0f);
const ImVec4 kWarnColor(0.72f, 0.45f, 0.0f, 1.0f);
const ImVec4 kPassColor(0.2f, 0.5f, 0.25f, 1.0f);
std::string g_pointed_check;  // the rule clicked in the table

// Short names for the report's check rules (the report's own message is a full sentence).
const char* check_label(const std::string& rule) {
  static const std::pair<const char*, const char*> kLabels[] = {
      {"shank_thickness", "Shank"},        {"shank_under_head", "Under the head"}, {"wall_thickness", "Thinnest wall"},
      {"wire_thickness", "Thinnest wire"}, {"prong_diameter", "Prong size"},             {"prong_grip", "Prong grip"},
      {"seat_depth", "Seat notch"},        {"prong_gap", "Claw gap"},       {"culet_clearance", "Culet clearance"},
      {"stone_gap", "Stone gap"},          {"bead_grip", "Bead grip"},              {"pave_arc", "Row fits"},
      {"channel_rail", "Channel wall"},
      {"engraving_line_width", "Letter lines"}, {"engraving_depth", "Letter depth"},
  };
  for (const auto& [id, label] : kLabels)
    if (rule == id) return tr(label);
  return rule.c_str();
}

// The report's sentence in English; in Chinese, the same facts from its fields: the rule, the value
// against the limit, and the part and stone it is about.
std::string check_message(const spec::Json& check) {
  if (language() != Language::zh_cn) return check["message"].get<std::string>();
  const std::string rule = check["rule"].get<std::string>(), unit = check["unit"].get<std::string>();
  const double value = check["value"].get<double>(), limit = check["limit"].get<double>();
  char figures[96];
  if (unit == "fraction") std::snprintf(figures, sizeof figures, "%.0f%%，最多 %.0f%%", value * 100, limit * 100);
  else if (unit == "mm") std::snprintf(figures, sizeof figures, "%.2f 毫米，至少 %.2f 毫米", value, limit);
  else std::snprintf(figures, sizeof figures, "%g，应为 %g", value, limit);
  static const std::pair<const char*, const char*> kParts[] = {
      {"prong", "爪"},  {"rail", "围线"},   {"bead", "钉"},    {"frame", "边框"}, {"tie", "连接"},    {"post", "耳针"},  {"bezel", "包镶边"}, {"channel_wall", "槽边"},
      {"bail", "扣头"}, {"shank", "戒臂"}, {"seat", "石位"}, {"culet", "底尖"}, {"engraving", "刻字"}, {"stone", "宝石"}, {"signet", "印面块"},
      {"cup", "珠托"},  {"peg", "珠针"},
  };
  std::string where;
  const spec::Json& at = check["where"];
  for (const auto& [part, zh] : kParts)
    if (at.value("part", "") == part) where = zh;
  if (const std::string stone = at.value("stone", ""); !stone.empty()) where = stone + " " + where;
  const std::string status = check["status"].get<std::string>();
  return std::string(check_label(rule)) + "：" + figures + (where.empty() ? "" : "（" + where + "）") +
         (status == "pass" ? "，合格" : status == "warn" ? "，请留意" : "，不合格");
}

// The checks' verdict in a few words, and its colour: the worst result.
struct Verdict {
  char title[96];
  ImVec4 color;
};
Verdict checks_verdict(const spec::Json& checks) {
  size_t failed = 0, warned = 0;
  for (const spec::Json& check : checks) failed += check["status"] == "fail", warned += check["status"] == "warn";
  Verdict v{};
  if (failed + warned == 0) std::snprintf(v.title, sizeof v.title, tr("Casting checks: all %zu pass"), checks.size());
  else if (failed == 0) std::snprintf(v.title, sizeof v.title, tr("Casting checks: %zu to look at"), warned);
  else if (warned == 0) std::snprintf(v.title, sizeof v.title, tr("Casting checks: %zu fail"), failed);
  else std::snprintf(v.title, sizeof v.title, tr("Casting checks: %zu fail, %zu warn"), failed, warned);
  v.color = failed ? kFailColor : warned ? kWarnColor : kPassColor;
  return v;
}

// What a caster would refuse: one line coloured by the worst result, in the summary so it keeps
// its place (the controls below never jump while a slider is dragged). True when opened.
bool checks_header(const spec::Json& report) {
  if (!report.contains("checks") || report["checks"].empty()) return false;
  const Verdict verdict = checks_verdict(report["checks"]);
  ImGui::PushStyleColor(ImGuiCol_Text, verdict.color);
  const bool open = ImGui::TreeNodeEx("casting-checks", ImGuiTreeNodeFlags_NoTreePushOnOpen, "%s", verdict.title);
  ImGui::PopStyleColor();
  remember("checks");
  return open;
}

void price_total(const spec::Json& price) {
  ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
  ImGui::SetWindowFontScale(1.6f);
  ImGui::TextUnformatted(money(price["currency"].get<std::string>(), price["total"].get<double>()).c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopStyleColor();
}

// Each line of the price (items wrap in the first column; amounts sit right in the second, never
// over the text), what could not be priced, and whose table it is.
void price_lines(const spec::Json& price) {
  const std::string currency = price["currency"].get<std::string>();
  if (ImGui::BeginTable("breakdown", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("item", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("amount", ImGuiTableColumnFlags_WidthFixed);
    for (const spec::Json& line : price["lines"]) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string item = line[language() == Language::zh_cn ? "item_zh" : "item"].get<std::string>();
      need_glyphs(item);
      ImGui::TextWrapped("%s", item.c_str());
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", money(currency, line["amount"].get<double>()).c_str());
    }
    ImGui::EndTable();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  if (price.contains("unpriced")) {
    for (const spec::Json& item : price["unpriced"]) ImGui::TextWrapped(tr("No price for %s"), item.get<std::string>().c_str());
  }
  const spec::Json& table = price["table"];
  const std::string table_name = table["name"].get<std::string>();
  need_glyphs(table_name);
  ImGui::TextWrapped("%s%s, %s. %s", table["example"].get<bool>() ? tr("Example prices: ") : "", table_name.c_str(),
                     table["date"].get<std::string>().c_str(), tr("Casting needs extra metal for the tree."));
  ImGui::PopStyleColor();
}

}  // namespace

const std::string& pointed_check() { return g_pointed_check; }
void clear_pointed_check() { g_pointed_check.clear(); }

const spec::Json* find_check(const spec::Json& report, const std::string& rule) {
  if (!report.contains("checks")) return nullptr;
  for (const spec::Json& check : report["checks"])
    if (check.value("rule", "") == rule) return &check;
  return nullptr;
}

std::string check_marker_text(const spec::Json& check) {
  const double value = check["value"].get<double>(), limit = check["limit"].get<double>();
  char figures[64];
  if (check["unit"] == "fraction") std::snprintf(figures, sizeof figures, tr("%.0f%% (max %.0f%%)"), value * 100, limit * 100);
  else std::snprintf(figures, sizeof figures, tr("%.2f mm (min %.2f)"), value, limit);
  return std::string(check_label(check["rule"].get<std::string>())) + "  " + figures;
}

ImVec4 check_color(const spec::Json& check) {
  const std::string status = check["status"].get<std::string>();
  return status == "fail" ? kFailColor : status == "warn" ? kWarnColor : kPassColor;
}

// The rules with their values and limits, at the top of the scrolling parameters; the report's
// sentence as a tooltip.
void draw_checks_table(const spec::Json& checks) {
  if (!ImGui::BeginTable("checks", 3, ImGuiTableFlags_SizingFixedFit)) return;
  ImGui::TableSetupColumn("rule", ImGuiTableColumnFlags_WidthStretch);
  for (const spec::Json& check : checks) {
    const std::string status = check["status"].get<std::string>(), rule = check["rule"].get<std::string>();
    const bool fraction = check["unit"] == "fraction";
    const double value = check["value"].get<double>(), limit = check["limit"].get<double>();
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, check_color(check));
    ImGui::Bullet();
    ImGui::PopStyleColor();
    ImGui::SameLine();
    const bool pointed = g_pointed_check == rule;
    if (ImGui::Selectable(check_label(rule), pointed, ImGuiSelectableFlags_SpanAllColumns)) g_pointed_check = pointed ? "" : rule;
    if (ImGui::IsItemHovered()) {
      const std::string message = check_message(check);
      need_glyphs(message);  // a stone's id may be in any script
      ImGui::SetTooltip("%s", message.c_str());
    }
    remember("check." + rule);
    ImGui::TableNextColumn();
    if (fraction) ImGui::Text("%.0f%%", value * 100);
    else ImGui::Text("%.2f", value);  // mm, as every length in the panel
    ImGui::TableNextColumn();
    if (fraction) ImGui::TextDisabled(tr("max %.0f%%"), limit * 100);
    else ImGui::TextDisabled(tr("min %.2f"), limit);
  }
  ImGui::EndTable();
  ImGui::Spacing();
}

// The price and the metal weight: what a customer watches while configuring.
// Returns the checks when their list is open (they are drawn with the parameters).
const spec::Json* draw_summary(App& app, SummaryPart part) {
  bool settling = false;
  const spec::Json& report = app.live_report(settling);
  const spec::Json& metal = report["metal"];
  const bool headline = part != SummaryPart::details, details = part != SummaryPart::headline;
  if (headline) ImGui::Spacing();
  if (settling) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);  // the previous figures, until the new ones are ready
  if (report.contains("price")) {
    const spec::Json& price = report["price"];
    if (headline) {
      price_total(price);
      remember("price.total");
      ImGui::SameLine();
      ImGui::TextDisabled("%s", weight_text(report).c_str());
    }
    if (details) {
      if (ImGui::TreeNode("breakdown", "%s", tr("Price breakdown"))) {
        price_lines(price);
        ImGui::TreePop();
      }
      remember("price.breakdown");
    }
  } else if (headline) {
    ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
    ImGui::SetWindowFontScale(1.6f);
    ImGui::Text(tr("%.2f g"), metal["weight_g"].get<double>());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopStyleColor();
  }
  bool checks_open = false;
  if (details) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped(tr("%.0f mm³ of metal at %.2f g/cm³"), metal["volume_mm3"].get<double>(), metal["density_g_cm3"].get<double>());
    ImGui::PopStyleColor();
    checks_open = checks_header(report);
  }
  if (settling) ImGui::PopStyleVar();
  return checks_open ? &report["checks"] : nullptr;
}

void draw_price(const spec::Json& report) {
  if (!report.contains("price")) return;
  price_total(report["price"]);
  remember("review.total");
  price_lines(report["price"]);
}

void draw_checks_verdict(const spec::Json& report) {
  if (!report.contains("checks") || report["checks"].empty()) return;
  const Verdict verdict = checks_verdict(report["checks"]);
  ImGui::PushStyleColor(ImGuiCol_Text, verdict.color);
  ImGui::Bullet();
  ImGui::TextUnformatted(verdict.title);
  ImGui::PopStyleColor();
}

std::string weight_text(const spec::Json& report) {
  const spec::Json& metal = report["metal"];
  const std::string mark = metal[language() == Language::zh_cn ? "mark_zh" : "mark"].get<std::string>();
  const bool pair = report["piece"].value("pieces_made", 1) == 2;
  char text[96];
  std::snprintf(text, sizeof text, tr(pair ? "2 x %.2f g %s" : "%.2f g %s"), metal["weight_g"].get<double>(), mark.c_str());
  return text;
}

}  // namespace facet::ui
