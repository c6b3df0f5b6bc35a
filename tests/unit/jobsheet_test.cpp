// The job sheet's parts: base64 by the RFC's vectors, the orthographic views' extents and pictures,
// and the page escaping what a customer typed.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/export/png.hpp"
#include "core/jobsheet/jobsheet.hpp"
#include "core/jobsheet/views.hpp"
#include "core/spec/spec_io.hpp"
#include "test_data.hpp"

using namespace facet;

TEST_CASE("base64: the RFC 4648 test vectors") {
  CHECK(exporting::base64("") == "");
  CHECK(exporting::base64("f") == "Zg==");
  CHECK(exporting::base64("fo") == "Zm8=");
  CHECK(exporting::base64("foo") == "Zm9v");
  CHECK(exporting::base64("foob") == "Zm9vYg==");
  CHECK(exporting::base64("fooba") == "Zm9vYmE=");
  CHECK(exporting::base64("foobar") == "Zm9vYmFy");
}

TEST_CASE("views: a band seen from the front, the side and the top measures what it is") {
  const BuiltPiece built = build_piece(*spec::default_design("band"));
  const spec::Shank& shank = *built.design.piece.shank;
  const double inner_r = built.design.piece.size->circumference_mm / (2 * 3.141592653589793);
  jobsheet::ViewParts parts{&built.metal, {}, {0.8f, 0.7f, 0.4f}, {}};
  const jobsheet::Extent front = jobsheet::view_extent(parts, jobsheet::front_view());
  CHECK(front.max_x - front.min_x == doctest::Approx(2 * (inner_r + shank.thickness_mm)).epsilon(0.002));
  const jobsheet::Extent side = jobsheet::view_extent(parts, jobsheet::side_view());
  CHECK(side.max_x - side.min_x == doctest::Approx(shank.width_mm).epsilon(0.002));
  const jobsheet::Extent top = jobsheet::view_extent(parts, jobsheet::top_view());
  CHECK(top.max_y - top.min_y == doctest::Approx(shank.width_mm).epsilon(0.002));

  const std::string svg = jobsheet::view_svg(parts, jobsheet::side_view(), 10.0, {});
  CHECK(svg.find("data:image/png;base64,iVBORw0KGgo") != std::string::npos);  // a PNG's signature
  char width[16];
  std::snprintf(width, sizeof width, ">%.2f<", shank.width_mm);
  CHECK(svg.find(width) != std::string::npos);  // the band's width, dimensioned
  CHECK(svg == jobsheet::view_svg(parts, jobsheet::side_view(), 10.0, {}));
}

TEST_CASE("job sheet: what the customer typed is escaped, missing order fields show a dash") {
  spec::Design design = *spec::default_design("band");
  design.meta.title = "<b>Anna & Li</b>";
  design.meta.order_id.reset();
  const BuiltPiece built = build_piece(design);
  const std::string html = jobsheet::jobsheet_html(built, piece_report(built));
  CHECK(html.find("&lt;b&gt;Anna &amp; Li&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("<b>Anna") == std::string::npos);
  CHECK(html.find("订单号</span> Order</th><td>&mdash;") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);  // self-contained and inert
}

TEST_CASE("job sheet: a renderer's pictures are added under the drawings, marked, and nothing else changes") {
  const BuiltPiece built = build_piece(*spec::default_design("band"));
  const spec::Json report = piece_report(built);
  const std::string drawings_only = jobsheet::jobsheet_html(built, report);
  CHECK(drawings_only.find("rendered views") == std::string::npos);
  CHECK(drawings_only.find("<img") == std::string::npos);

  const std::string png = exporting::write_png_rgb(2, 1, {255, 0, 0, 0, 0, 255});
  const std::vector<RenderedView> rendered = {{"立体", "Three-quarter", png}, {"俯视", "Top <&>", png}};
  const std::string html = jobsheet::jobsheet_html(built, report, rendered);
  const size_t start = html.find("<!-- rendered views -->\n"), end = html.find("<!-- /rendered views -->\n");
  REQUIRE(start != std::string::npos);
  REQUIRE(end != std::string::npos);
  const std::string section = html.substr(start, end - start);
  CHECK(section.find("<img src=\"data:image/png;base64," + exporting::base64(png) + "\" alt=\"Three-quarter\">") != std::string::npos);
  CHECK(section.find("立体</span> Three-quarter") != std::string::npos);
  CHECK(section.find("Top &lt;&amp;&gt;") != std::string::npos);  // captions are text, escaped
  CHECK(section.find("Top <&>") == std::string::npos);
  // Under the drawings, before the checks; without the section the page is the CLI's to the byte.
  CHECK(html.find("视图 Views") < start);
  CHECK(end < html.find("工艺检查 Manufacturability checks"));
  CHECK(html.substr(0, start) + html.substr(end + std::string("<!-- /rendered views -->\n").size()) == drawings_only);
  // And the package: the same files, only the job sheet differs.
  const std::vector<PackageFile> plain = factory_package(built, report), with_views = factory_package(built, report, rendered);
  REQUIRE(plain.size() == with_views.size());
  for (size_t i = 0; i < plain.size(); ++i) {
    CHECK(plain[i].name == with_views[i].name);
    CHECK((plain[i].bytes == with_views[i].bytes) == (plain[i].name != "jobsheet.html"));
  }
}

TEST_CASE("job sheet: a pavé row says where on the shank it is laid") {
  spec::Design design = *spec::default_design("band");
  design.piece.shank->profile = "flat";
  design.piece.shank->width_mm = design.piece.shank->top_width_mm = 2.4;
  spec::StoneGroup row;
  row.id = "pave";
  row.role = "accent";
  row.gem = "diamond";
  row.cut = "round";
  row.size.diameter_mm = 1.5;
  row.count = 9;
  row.setting.type = "pave";
  row.placement = {spec::Placement::Kind::along_shank, -45, 45, ""};
  design.piece.stones.push_back(row);
  const BuiltPiece built = build_piece(design);
  REQUIRE(built.stones.size() == 9);
  const std::string html = jobsheet::jobsheet_html(built, piece_report(built));
  CHECK(html.find("accent (along the shank 戒臂 -45° to 45°, 0° = top 顶部)") != std::string::npos);
}

TEST_CASE("job sheet: a signet's face is given with its size, and its monogram as on the face") {
  spec::Design design = *spec::default_design("signet");
  design.piece.signet->shape = "cushion";
  design.piece.engraving.push_back({"JS", "", "outside", 5.0, 0.5, "engraved", spec::Json::object()});
  const BuiltPiece built = build_piece(design);
  const std::string html = jobsheet::jobsheet_html(built, piece_report(built));
  CHECK(html.find("枕形 cushion, 12.00 × 10.00 mm (along × across the finger), flat, 2.50 mm over the finger") != std::string::npos);
  CHECK(html.find("印面 on the face") != std::string::npos);
  CHECK(html.find("外圈 outside") == std::string::npos);
  // The views dimension the face as the configurator's "Dimensions" does: across it in the
  // front view, along the finger in the side view.
  CHECK(html.find("class=\"dimtext\">10.00</text>") != std::string::npos);
  CHECK(html.find("class=\"dimtext\">12.00</text>") != std::string::npos);
}

namespace {
// Pixels of the front view whose green stands clear of red and blue: a jade or emerald stone.
size_t green_pixels(const BuiltPiece& built) {
  const jobsheet::Picture picture = jobsheet::render_picture(jobsheet::piece_view_parts(built), jobsheet::front_view(), 10.0);
  size_t green = 0;
  for (size_t i = 0; i + 2 < picture.rgb.size(); i += 3)
    if (picture.rgb[i + 1] > picture.rgb[i] + 20 && picture.rgb[i + 1] > picture.rgb[i + 2] + 10) ++green;
  return green;
}
}  // namespace

TEST_CASE("views: a coloured stone is drawn in its gem's colour, a diamond in the drawing's pale blue") {
  const BuiltPiece jade = build_piece(test::read_test_spec("spec-example-jadeite-pendant.facet.json"));
  const BuiltPiece diamond = build_piece(*spec::default_design("pendant_solitaire"));
  CHECK(green_pixels(jade) > 2000);  // the 14 x 10 mm cabochon at 10 px/mm, most of it
  CHECK(green_pixels(diamond) == 0);
}
