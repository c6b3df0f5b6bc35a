// The containers factories receive: ZIP (for 3MF) and the 3MF model part. Real readers (lib3mf,
// prusa-slicer) check the whole files in tests/cli; these pin the details.
#include <doctest/doctest.h>

#include <string>

#include "core/export/threemf.hpp"
#include "core/export/zip.hpp"

using namespace facet;

TEST_CASE("zip: CRC-32 check value, entries listed back, compressible text deflated, bytes stable") {
  CHECK(exporting::crc32("123456789") == 0xCBF43926u);  // the published CRC-32 check value
  CHECK(exporting::crc32("") == 0u);
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "<vertex x=\"" + std::to_string(i) + "\"/>\n";
  exporting::ZipWriter writer;
  writer.add("[Content_Types].xml", "<Types/>", false);
  writer.add("3D/3dmodel.model", text);
  writer.add("tiny", "ab");  // deflate would not make it smaller: stored
  const std::string zip = writer.finish();
  const exporting::ZipListing listing = exporting::list_zip(zip);
  REQUIRE(listing.ok);
  REQUIRE(listing.items.size() == 3);
  CHECK(listing.items[0].name == "[Content_Types].xml");
  CHECK(listing.items[0].stored_bytes == "<Types/>");
  CHECK(listing.items[1].deflated);
  CHECK(listing.items[1].size == text.size());
  CHECK(!listing.items[2].deflated);
  CHECK(listing.items[2].stored_bytes == "ab");
  CHECK(zip.size() < text.size() / 3);
  exporting::ZipWriter again;
  again.add("[Content_Types].xml", "<Types/>", false);
  again.add("3D/3dmodel.model", text);
  again.add("tiny", "ab");
  CHECK(again.finish() == zip);
  CHECK(!exporting::list_zip(zip.substr(0, zip.size() - 1)).ok);  // truncated
}

TEST_CASE("3mf: millimetres, fixed decimals without trailing zeros, escaped names, one build item per part") {
  geometry::Mesh mesh;
  mesh.positions = {{1.5, -0.25, 1e-7}, {-0.000004, 2.0, 3.123456}, {0, 0, 1}};
  mesh.indices = {0, 1, 2};
  exporting::ThreeMfDocument doc;
  doc.metadata = {{"Title", "Rose & \"Moon\""}, {"Designer", ""}};
  doc.facet_metadata = {{"DesignId", "sha256:00"}};
  doc.parts = {{"metal", &mesh, "Au750 rose", 0xE5B0A0FF}, {"stone <c>", &mesh, "Diamond round", 0xFFFFFFC0}};
  const std::string xml = exporting::model_xml(doc);
  CHECK(xml.find("unit=\"millimeter\"") != std::string::npos);
  CHECK(xml.find("<vertex x=\"1.5\" y=\"-0.25\" z=\"0\"/>") != std::string::npos);
  CHECK(xml.find("<vertex x=\"0\" y=\"2\" z=\"3.12346\"/>") != std::string::npos);
  CHECK(xml.find("<metadata name=\"Title\">Rose &amp; &quot;Moon&quot;</metadata>") != std::string::npos);
  CHECK(xml.find("name=\"Designer\"") == std::string::npos);  // empty values are left out
  CHECK(xml.find("xmlns:facet=\"urn:facet:3mf:2026\"") != std::string::npos);
  CHECK(xml.find("<metadata name=\"facet:DesignId\" preserve=\"1\">sha256:00</metadata>") != std::string::npos);
  CHECK(xml.find("<base name=\"Au750 rose\" displaycolor=\"#E5B0A0FF\"/>") != std::string::npos);
  CHECK(xml.find("name=\"stone &lt;c&gt;\" pid=\"1\" pindex=\"1\"") != std::string::npos);
  CHECK(xml.find("<item objectid=\"2\"/>\n<item objectid=\"3\"/>") != std::string::npos);
  const exporting::ZipListing listing = exporting::list_zip(exporting::write_3mf(doc));
  REQUIRE(listing.ok);
  REQUIRE(listing.items.size() == 3);
  CHECK(listing.items[2].name == "3D/3dmodel.model");
  CHECK(listing.items[2].size == xml.size());
}
