#include "core/jobsheet/jobsheet.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>

#include "core/catalog/gems.hpp"
#include "core/catalog/metals.hpp"
#include "core/export/engraving_svg.hpp"
#include "core/export/png.hpp"
#include "core/geometry/dimensions.hpp"
#include "core/geometry/pendant.hpp"
#include "core/geometry/stud.hpp"
#include "core/jobsheet/views.hpp"
#include "core/spec/spec_io.hpp"
#include "core/util/xml_text.hpp"

namespace facet::jobsheet {
namespace {

using util::xml_escaped;

constexpr double kViewPxPerMm = 9.0;  // about 1:2.4 on A4 at 96 px/in: three views fit a row
// The casting allowance: the metal a caster melts beyond the piece (button and sprues), as the
// facts file gives it.
constexpr double kCastingAllowanceMin = 0.10, kCastingAllowanceMax = 0.50;

std::string fixed(double value, int decimals) {
  char text[48];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string number_text(const spec::Json& value, int decimals) {
  return value.is_number() ? fixed(value.get<double>(), decimals) : "";
}

std::string text_of(const spec::Json& value) {
  if (value.is_string()) return xml_escaped(value.get<std::string>());
  if (value.is_number()) return xml_escaped(value.dump());
  return "";
}

std::string or_dash(const std::optional<std::string>& value) { return value && !value->empty() ? xml_escaped(*value) : "&mdash;"; }

// A labelled row: "中文 English | value".
std::string row(const char* zh, const char* en, const std::string& value) {
  return std::string("<tr><th><span class=\"zh\">") + zh + "</span> " + en + "</th><td>" + value + "</td></tr>\n";
}

const char* rule_zh(const std::string& rule) {
  struct Name {
    const char* rule;
    const char* zh;
  };
  static constexpr Name kNames[] = {
      {"shank_thickness", "戒臂厚度"},   {"shank_under_head", "镶口下戒臂厚度"}, {"wall_thickness", "最薄壁厚"},
      {"wire_thickness", "爪与围线径"},   {"prong_diameter", "爪径"},           {"prong_grip", "爪扣石量"},
      {"seat_depth", "石位深度"},        {"claw_gap", "爪间距"},               {"prong_gap", "镶口间距"},
      {"stone_gap", "石间距"},           {"culet_clearance", "底尖离手指"},    {"bead_grip", "钉扣石量"},
  };
  for (const Name& n : kNames)
    if (rule == n.rule) return n.zh;
  return "";
}

const char* status_zh(const std::string& status) {
  if (status == "pass") return "合格";
  if (status == "warn") return "注意";
  return "不合格";
}

std::string checks_table(const spec::Json& checks) {
  std::string out = "<table class=\"checks\"><tr><th>规则 Rule</th><th>结果 Result</th><th>值 Value</th><th>限值 Limit</th>"
                    "<th>位置 Where</th><th>说明 Note</th></tr>\n";
  for (const spec::Json& c : checks) {
    const std::string rule = c.value("rule", ""), status = c.value("status", "");
    std::string where = text_of(c["where"].value("part", spec::Json()));
    if (c["where"].contains("stone")) where += " " + text_of(c["where"]["stone"]);
    if (c["where"].contains("index")) where += " #" + text_of(c["where"]["index"]);
    out += "<tr class=\"" + status + "\"><td><span class=\"zh\">" + rule_zh(rule) + "</span> " + xml_escaped(rule) + "</td><td>" +
           status_zh(status) + " " + status + "</td><td>" + number_text(c["value"], 2) + " " + text_of(c["unit"]) + "</td><td>" +
           number_text(c["limit"], 2) + "</td><td>" + where + "</td><td>" + text_of(c["message"]) + "</td></tr>\n";
  }
  return out + "</table>\n";
}

std::string stones_table(const spec::Json& stones, const spec::Piece& piece) {
  if (stones.empty()) return "<p>无宝石 No stones.</p>\n";
  std::string out = "<table class=\"stones\"><tr><th>组 Group</th><th>位置 Position</th><th>宝石 Gem</th><th>琢型 Cut</th>"
                    "<th>长×宽×深 L×W×D mm</th><th>克拉 Carat</th><th>数量 Count</th><th>镶法 Setting</th><th>供石 Supplied by</th></tr>\n";
  for (const spec::Json& s : stones) {
    std::string setting = text_of(s["setting"].value("type", spec::Json()));
    if (s["setting"].contains("prongs")) setting += ", " + text_of(s["setting"]["prongs"]) + " prongs";
    std::string dims;
    for (const spec::Json& d : s["dims_mm"]) dims += (dims.empty() ? "" : " × ") + number_text(d, 2);
    std::string position = text_of(s["role"]);
    for (const spec::StoneGroup& g : piece.stones) {
      if (g.id != s.value("id", "")) continue;
      if (g.role == "side") position += g.count == 2 ? " (either side of the centre 主石两侧)" : "";
      // Where the bench lays a row: its arc, as the spec gives it.
      if (g.placement.kind == spec::Placement::Kind::along_shank)
        position += " (along the shank 戒臂 " + spec::number_json(g.placement.from_deg).dump() + "° to " +
                    spec::number_json(g.placement.to_deg).dump() + "°, 0° = top 顶部)";
      if (g.placement.kind == spec::Placement::Kind::around) position += " (around 围绕 " + g.placement.around + ")";
    }
    const std::string supplied = s.value("supplied_by", "factory");
    out += "<tr><td>" + text_of(s["id"]) + "</td><td>" + position + "</td><td><span class=\"zh\">" + text_of(s.value("gem_zh", spec::Json())) +
           "</span> " + text_of(s["gem"]) + "</td><td>" + text_of(s["cut"]) + "</td><td>" + dims + "</td><td>" + number_text(s["carat"], 3) +
           "</td><td>" + text_of(s["count"]) + "</td><td>" + setting + "</td><td>" + (supplied == "customer" ? "客供 customer" : "工厂 factory") +
           "</td></tr>\n";
  }
  return out + "</table>\n";
}

// Each engraving with how it is made, and its outline enlarged (the package's engraving-N.svg
// holds it at true size for the laser).
std::string engraving_rows(const spec::Piece& piece, const spec::Json& report) {
  if (piece.engraving.empty()) return "<p>无刻字 No engraving.</p>\n";
  std::string out =
      "<table><tr><th>#</th><th>文字 Text</th><th>字体 Font</th><th>位置 Location</th><th>字高 × 长 Height × length</th><th>深度 Depth</th>"
      "<th>方式 Style</th><th>工艺 Method</th></tr>\n";
  const spec::Json& made = report["engraving"];
  for (size_t i = 0; i < piece.engraving.size(); ++i) {
    const spec::Engraving& e = piece.engraving[i];
    const spec::Json& r = made.at(i);
    const bool laser = r["method"] == "laser";
    const std::string method = laser ? "激光（抛光后）<br>laser, after polishing" : "铸造<br>cast in the model";
    out += "<tr><td>" + std::to_string(i + 1) + "</td><td class=\"engraving\">" + xml_escaped(e.text) + "</td><td>" + text_of(r["font"]) +
           "</td><td>" + (e.location == "inside" ? "内圈 inside" : e.location == "outside" ? (piece.signet ? "印面 on the face" : "外圈 outside") : "背面 back") + "</td><td>" +
           fixed(e.height_mm, 2) + " × " + number_text(r["length_mm"], 2) + " mm</td><td>" + fixed(e.depth_mm, 2) + " mm</td><td>" +
           (e.style == "embossed" ? "凸字 embossed" : "凹刻 engraved") + "</td><td>" + method + "<br>线宽 line " +
           number_text(r["line_width_mm"], 2) + " mm</td></tr>\n";
  }
  out += "</table>\n";
  // The outlines, 48 px high on the sheet: how much that enlarges the letters is printed with them.
  constexpr double kDrawingPx = 48.0, kPxPerMm = 96.0 / 25.4;
  for (size_t i = 0; i < piece.engraving.size(); ++i) {
    const spec::Engraving& e = piece.engraving[i];
    const double drawing_mm = 1.2 * e.height_mm;  // the SVG's height: the ink and its margins, about
    const double scale = kDrawingPx / drawing_mm;
    out += "<figure class=\"engraving-outline\">" + exporting::engraving_svg(e, scale) + "<figcaption>#" + std::to_string(i + 1) +
           " 展开图 unrolled, about " + fixed(kDrawingPx / kPxPerMm / drawing_mm, 0) + ":1 · 实际尺寸见 true size in engraving-" +
           std::to_string(i + 1) + ".svg</figcaption></figure>\n";
  }
  return out;
}

std::string verdict(const BuiltPiece& built) {
  const auto [failed, warned] = checks::tally(built.checks);
  if (failed > 0 && built.checks_overridden)
    return "<div class=\"verdict fail\">强制生产：" + std::to_string(failed) + " 项检查不合格 · OVERRIDDEN: built despite " +
           std::to_string(failed) + " failing check(s)</div>";
  if (failed > 0) return "<div class=\"verdict fail\">不可生产：" + std::to_string(failed) + " 项检查不合格 · FAIL: " + std::to_string(failed) + " check(s)</div>";
  if (warned > 0) return "<div class=\"verdict warn\">可生产，注意 " + std::to_string(warned) + " 项 · PASS with " + std::to_string(warned) + " warning(s)</div>";
  return "<div class=\"verdict pass\">可生产 · PASS: all " + std::to_string(built.checks.size()) + " checks</div>";
}

// The model's measurements (geometry::piece_dimensions, what the configurator's "Dimensions"
// draws) named in `wanted` that lie along one of the view's axes, as that view's dimensions.
void add_model_dimensions(const std::vector<geometry::DimensionLine>& lines, const ViewDirection& view,
                          std::initializer_list<std::string_view> wanted, std::vector<Dimension>& out) {
  for (const geometry::DimensionLine& line : lines) {
    if (std::find(wanted.begin(), wanted.end(), line.what) == wanted.end()) continue;
    const glm::dvec3 direction = glm::normalize(line.to_mm - line.from_mm);
    const std::string label = (line.diameter ? "Ø " : "") + fixed(line.value_mm, 2);
    if (std::abs(glm::dot(direction, view.right)) > 0.999)
      out.push_back({true, glm::dot(line.from_mm, view.right), glm::dot(line.to_mm, view.right), glm::dot(line.from_mm, view.up), label});
    else if (std::abs(glm::dot(direction, view.up)) > 0.999)
      out.push_back({false, glm::dot(line.from_mm, view.up), glm::dot(line.to_mm, view.up), glm::dot(line.from_mm, view.right), label});
  }
}

std::string views(const BuiltPiece& built) {
  const spec::Piece& piece = built.design.piece;
  const ViewParts parts = piece_view_parts(built);
  const std::vector<geometry::DimensionLine> model_lines = geometry::piece_dimensions(geometry::piece_model(piece));

  std::vector<Dimension> front, side;
  if (piece.shank) {
    const Extent e = view_extent(parts, side_view());
    const double w = piece.shank->width_mm;
    side.push_back({true, -w / 2, w / 2, e.min_y - 0.6, fixed(w, 2), true});  // the band, just under the picture
  }
  // The finger hole; a signet's face across (front) and along the finger (side); the centre
  // stone the same way.
  add_model_dimensions(model_lines, front_view(), {"inside_diameter", "face_width", "stone_width"}, front);
  add_model_dimensions(model_lines, side_view(), {"face_length", "stone_length"}, side);
  std::vector<std::pair<const ViewDirection*, std::vector<Dimension>>> shown = {{&front_view(), front}, {&side_view(), side}, {&top_view(), {}}};
  // Text on a pendant's back is cast there: the bench sees where it lies.
  if (piece.engraved_on_back()) shown.push_back({&back_view(), {}});
  std::string out = "<div class=\"views\">\n";
  for (const auto& [view, dims] : shown)
    out += "<figure>" + view_svg(parts, *view, kViewPxPerMm, dims) + "<figcaption><span class=\"zh\">" + view->name_zh + "</span> " + view->name_en +
           " (mm)</figcaption></figure>\n";
  return out + "</div>\n";
}

constexpr const char* kStyle = R"(
@page { size: A4; margin: 10mm; }
body { font-family: "Noto Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       font-size: 9.5pt; color: #222; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2mm; } h2 { font-size: 11pt; margin: 4mm 0 1.5mm; border-bottom: 0.4mm solid #9e7838; }
.zh { font-weight: 600; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.2mm solid #bbb; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #f3efe6; font-weight: normal; white-space: nowrap; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.verdict { padding: 2mm 3mm; font-size: 12pt; font-weight: 600; margin: 2mm 0; }
.verdict.pass { background: #e4f2e4; color: #1d5e1d; } .verdict.warn { background: #fbf0d9; color: #7a5300; }
.verdict.fail { background: #f8dede; color: #8b1a1a; }
tr.fail td { color: #8b1a1a; font-weight: 600; } tr.warn td { color: #7a5300; }
.views { display: flex; gap: 2mm; justify-content: space-between; align-items: flex-end; page-break-inside: avoid; }
figure { margin: 0; text-align: center; } svg.view { max-width: 62mm; height: auto; }
.rendered { margin-top: 2mm; } .rendered img { width: 52mm; height: auto; border-radius: 1mm; }
.note { font-size: 8pt; color: #666; margin: 1mm 0 0; }
.dim { stroke: #444; stroke-width: 0.8; } .dimtext { font-size: 11px; fill: #222; }
.id { font-family: monospace; font-size: 8pt; word-break: break-all; }
.engraving { font-size: 12pt; }
.engraving-outline { margin: 4px 0; }
.engraving-outline figcaption { font-size: 8pt; color: #555; }
)";

}  // namespace

namespace {
// A coloured gem (ruby, jadeite) is drawn in its body colour, lightened so the shading reads; a
// colourless one (diamond, moissanite) keeps the drawing's pale blue, or it would vanish on the
// white paper.
std::array<float, 3> stone_display_rgb(const spec::Piece& piece, const std::string& group_id) {
  const std::array<float, 3> colourless{0.78f, 0.86f, 0.95f};
  const auto group = std::find_if(piece.stones.begin(), piece.stones.end(), [&](const spec::StoneGroup& g) { return g.id == group_id; });
  const catalog::Gem* gem = group == piece.stones.end() ? nullptr : catalog::find_gem(group->gem);
  if (gem == nullptr) return colourless;
  const float* body = gem->body_color;
  if (std::max({body[0], body[1], body[2]}) - std::min({body[0], body[1], body[2]}) < 0.1f) return colourless;
  return {0.35f + 0.65f * body[0], 0.35f + 0.65f * body[1], 0.35f + 0.65f * body[2]};
}
}  // namespace

ViewParts piece_view_parts(const BuiltPiece& built) {
  const spec::Piece& piece = built.design.piece;
  const catalog::Alloy* alloy = catalog::find_alloy(piece.metal.alloy);
  const catalog::AlloyColor* color = catalog::find_alloy_color(*alloy, piece.metal.color);
  const catalog::SurfaceLook look = catalog::surface_look(*color, piece.metal.finish, piece.metal.plating);
  ViewParts parts{&built.metal, {}, {}, {}};
  // sRGB display colour by square root: a picture, exact on every target (pow is not).
  const float f0[3] = {look.f0.r, look.f0.g, look.f0.b};
  for (int c = 0; c < 3; ++c) parts.metal_rgb[c] = float(std::sqrt(double(f0[c])));
  for (const geometry::PlacedStone& stone : built.stones) {
    parts.stones.push_back(stone.world_mesh());
    parts.stone_rgb.push_back(stone_display_rgb(piece, stone.id));
  }
  return parts;
}

namespace {

// The renderer's pictures, marked so a reader (or a test) can tell them from the drawings: they
// show the look, the drawings the measures.
std::string rendered_views(const std::vector<RenderedView>& rendered) {
  if (rendered.empty()) return "";
  std::string out = "<!-- rendered views -->\n<div class=\"views rendered\">\n";
  for (const RenderedView& view : rendered)
    out += "<figure><img src=\"data:image/png;base64," + exporting::base64(view.png) + "\" alt=\"" + xml_escaped(view.name_en) +
           "\"><figcaption><span class=\"zh\">" + xml_escaped(view.name_zh) + "</span> " + xml_escaped(view.name_en) + "</figcaption></figure>\n";
  return out + "</div>\n<p class=\"note\">效果图仅供参考，尺寸以上方视图为准 · Rendered for the look; the drawings above carry the measures.</p>\n<!-- /rendered views -->\n";
}

}  // namespace

std::string jobsheet_html(const BuiltPiece& built, const spec::Json& report, const std::vector<RenderedView>& rendered) {
  const spec::Design& design = built.design;
  const spec::Piece& piece = design.piece;
  const spec::Meta& meta = design.meta;
  const spec::Json& metal = report["metal"];
  const std::string title = piece_title(design);
  std::string html = "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>生产工单 Job sheet · " + xml_escaped(title) +
                     "</title>\n<style>" + kStyle + "</style></head>\n<body>\n";
  html += "<h1>生产工单 Job sheet · " + xml_escaped(title) + "</h1>\n";
  html += "<div class=\"id\">design_id " + text_of(report["design_id"]) + "</div>\n";
  html += verdict(built);

  html += "<div class=\"grid\"><div>\n<h2>订单 Order</h2><table>\n";
  html += row("订单号", "Order", or_dash(meta.order_id));
  html += row("客户编号", "Customer ref", or_dash(meta.customer_ref));
  html += row("款式", "Style", xml_escaped(piece.type + " · " + piece.style));
  html += row("设计师", "Designer", or_dash(meta.designer));
  html += row("日期", "Date", or_dash(meta.created));
  html += row("备注", "Notes", or_dash(meta.notes));
  html += "</table>\n";

  html += "<h2>尺寸 Size</h2><table>\n";
  if (report.contains("size")) {
    const spec::Json& size = report["size"];
    html += row("周长 ISO", "Inside circumference", number_text(size["iso_mm"], 1) + " mm (内径 inside Ø " + number_text(size["diameter_mm"], 2) + " mm)");
    html += row("客户尺码", "Customer's size", text_of(size["system"]) + " " + text_of(size["value"]));
    html += row("对照", "Equivalents",
                "US " + text_of(size["us"]) + " · UK " + text_of(size["uk"]) + " · 港 HK " + text_of(size["hk"]) + " · 内地 CN " + text_of(size["cn"]) +
                    " · JP " + text_of(size["jp"]));
  }
  if (piece.shank)
    html += row("戒臂", "Shank",
                xml_escaped(piece.shank->profile) + ", " + fixed(piece.shank->width_mm, 2) + " × " + fixed(piece.shank->thickness_mm, 2) + " mm; top " +
                    fixed(piece.shank->top_width_mm, 2) + " × " + fixed(piece.shank->top_thickness_mm, 2) + " mm");
  if (piece.signet) {
    static const std::map<std::string, std::string> kFaceZh = {{"oval", "椭圆"}, {"cushion", "枕形"}, {"octagon", "八角形"}};
    const auto zh = kFaceZh.find(piece.signet->shape);
    html += row("印面", "Signet face",
                (zh != kFaceZh.end() ? zh->second + " " : "") + xml_escaped(piece.signet->shape) + ", " + fixed(piece.signet->length_mm, 2) +
                    " × " + fixed(piece.signet->width_mm, 2) + " mm (along × across the finger), flat, " +
                    fixed(piece.shank ? piece.shank->top_thickness_mm : 0.0, 2) + " mm over the finger");
  }
  if (piece.pendant) {
    const std::string bail = piece.pendant->bail;
    const std::string bail_zh = bail == "fixed" ? "固定扣头" : bail == "hinged" ? "活动扣头" : "隐藏扣头";
    if (bail == "hinged")
      html += row("扣头", "Bail", bail_zh + " hinged: bought in (瓜子扣 or the like, 外购, not modelled), hung on the cast lug (" +
                                     fixed(geometry::kLugHoleMm, 1) + " mm hole 挂耳孔)");
    else
      html += row("扣头", "Bail", bail_zh + " " + xml_escaped(bail) + " (" + fixed(geometry::kBailOpeningMm, 1) + " mm opening 内孔)");
    html += row("链长", "Chain", piece.pendant->chain_length_mm ? fixed(*piece.pendant->chain_length_mm, 0) + " mm" : "&mdash;");
  }
  if (piece.earrings) {
    const std::string back = piece.earrings->back;
    const std::string back_zh = back == "push" ? "耳堵" : back == "screw" ? "螺丝耳堵" : "杠杆扣";
    html += row("数量", "Quantity", "一对 a pair: make 2 from this sheet (mirror images are not needed)");
    html += row("耳针", "Post", "Ø " + fixed(piece.earrings->post_diameter_mm, 2) + " × " + fixed(geometry::kPostLengthMm, 1) +
                                   " mm, cast with the basket (or cut off and a stock post soldered)");
    html += row("耳堵", "Back", back_zh + " " + xml_escaped(back) + " (bought in, 2, not modelled)");
  }
  html += "</table>\n</div><div>\n";

  html += "<h2>金属 Metal</h2><table>\n";
  html += row("材质", "Alloy", "<span class=\"zh\">" + text_of(metal["name_zh"]) + "</span> " + text_of(metal["name_en"]) + " (" + text_of(metal["alloy"]) + ")");
  html += row("印记", "Fineness mark (GB 11887)", text_of(metal["mark"]) + " / " + text_of(metal["mark_zh"]));
  html += row("颜色", "Colour", piece.metal.color.empty() ? "&mdash;" : xml_escaped(piece.metal.color));
  html += row("表面", "Finish", xml_escaped(piece.metal.finish));
  html += row("电镀", "Plating", piece.metal.plating == "none" ? "无 none" : xml_escaped(piece.metal.plating));
  const double weight = metal.value("weight_g", 0.0);
  html += row("成品金重(估)", "Estimated metal weight", fixed(weight, 2) + " g (" + number_text(metal["volume_mm3"], 1) + " mm³ × " +
                                                         number_text(metal["density_g_cm3"], 2) + " g/cm³)" +
                                                         (piece.pieces_made() == 2 ? " each; the pair " + fixed(2 * weight, 2) + " g" : ""));
  html += row("铸造余量", "Casting allowance", "+" + fixed(weight * kCastingAllowanceMin, 2) + " to +" + fixed(weight * kCastingAllowanceMax, 2) +
                                                     " g (10-50% for button and sprues), not in the weight above");
  html += row("缩水补偿", "Shrinkage", xml_escaped(shrinkage_text(design)));
  const std::string hallmark = design.production && design.production->hallmark ? *design.production->hallmark : std::string(metal.value("mark", ""));
  html += row("打印", "Hallmark", xml_escaped(hallmark));
  if (design.production && design.production->notes) html += row("生产备注", "Production notes", xml_escaped(*design.production->notes));
  html += "</table>\n</div></div>\n";

  html += "<h2>宝石 Stones</h2>\n" + stones_table(report["stones"], piece);
  html += "<h2>刻字 Engraving</h2>\n" + engraving_rows(piece, report);
  html += "<h2>视图 Views</h2>\n" + views(built) + rendered_views(rendered);
  html += "<h2>工艺检查 Manufacturability checks</h2>\n" + checks_table(report["checks"]);
  html += "<p class=\"id\">Facet · " + std::to_string(built.metal.triangle_count()) + " triangles · files: metal.stl, stones.stl, piece.3mf, piece.glb, report.json</p>\n";
  html += "</body></html>\n";
  return html;
}

}  // namespace facet::jobsheet
