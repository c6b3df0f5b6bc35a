// A second reader for our 3MF: lib3mf (the 3MF Consortium's library, from Debian) loads the file
// and this prints what it found as JSON, for tests/cli/cli_test.sh to check.
// usage: read_3mf FILE.3mf
#include <Model/COM/NMR_DLLInterfaces.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace NMR;

namespace {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

template <typename Getter>
std::string utf8(Getter get) {
  ULONG needed = 0;
  get(nullptr, 0, &needed);
  std::vector<char> buffer(needed + 1, '\0');
  get(buffer.data(), ULONG(buffer.size()), &needed);
  return buffer.data();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  PLib3MFModel* model = nullptr;
  PLib3MFModelReader* reader = nullptr;
  if (lib3mf_createmodel(&model) != LIB3MF_OK || lib3mf_model_queryreader(model, "3mf", &reader) != LIB3MF_OK) return 2;
  if (lib3mf_reader_readfromfileutf8(reader, argv[1]) != LIB3MF_OK) {
    std::printf("{\"read\": false}\n");
    return 1;
  }
  DWORD warnings = 0;
  lib3mf_reader_getwarningcount(reader, &warnings);
  std::string out = "{\"read\": true, \"warnings\": " + std::to_string(warnings) + ", \"metadata\": {";
  DWORD metadata = 0;
  lib3mf_model_getmetadatacount(model, &metadata);
  for (DWORD i = 0; i < metadata; ++i) {
    const std::string key = utf8([&](LPSTR b, ULONG n, ULONG* need) { return lib3mf_model_getmetadatakeyutf8(model, i, b, n, need); });
    const std::string value = utf8([&](LPSTR b, ULONG n, ULONG* need) { return lib3mf_model_getmetadatavalueutf8(model, i, b, n, need); });
    out += (i ? ", " : "") + json_string(key) + ": " + json_string(value);
  }
  out += "}, \"objects\": [";
  PLib3MFModelResourceIterator* meshes = nullptr;
  lib3mf_model_getmeshobjects(model, &meshes);
  BOOL more = false;
  bool first = true;
  while (lib3mf_resourceiterator_movenext(meshes, &more) == LIB3MF_OK && more) {
    PLib3MFModelResource* mesh = nullptr;
    lib3mf_resourceiterator_getcurrent(meshes, &mesh);
    DWORD vertex_count = 0, triangle_count = 0;
    lib3mf_meshobject_getvertexcount(mesh, &vertex_count);
    lib3mf_meshobject_gettrianglecount(mesh, &triangle_count);
    std::vector<MODELMESHVERTEX> vertices(vertex_count);
    std::vector<MODELMESHTRIANGLE> triangles(triangle_count);
    lib3mf_meshobject_getvertices(mesh, vertices.data(), vertex_count, nullptr);
    lib3mf_meshobject_gettriangleindices(mesh, triangles.data(), triangle_count, nullptr);
    double volume = 0;
    for (const MODELMESHTRIANGLE& t : triangles) {
      const FLOAT* a = vertices[t.m_nIndices[0]].m_fPosition;
      const FLOAT* b = vertices[t.m_nIndices[1]].m_fPosition;
      const FLOAT* c = vertices[t.m_nIndices[2]].m_fPosition;
      volume += (double(a[0]) * (double(b[1]) * c[2] - double(b[2]) * c[1]) - double(a[1]) * (double(b[0]) * c[2] - double(b[2]) * c[0]) +
                 double(a[2]) * (double(b[0]) * c[1] - double(b[1]) * c[0])) / 6.0;
    }
    BOOL manifold = false;
    lib3mf_meshobject_ismanifoldandoriented(mesh, &manifold);
    const std::string name = utf8([&](LPSTR b, ULONG n, ULONG* need) { return lib3mf_object_getnameutf8(mesh, b, n, need); });
    char volume_text[32];
    std::snprintf(volume_text, sizeof volume_text, "%.4f", volume);
    out += std::string(first ? "" : ", ") + "{\"name\": " + json_string(name) + ", \"vertices\": " + std::to_string(vertex_count) +
           ", \"triangles\": " + std::to_string(triangle_count) + ", \"manifold_oriented\": " + (manifold ? "true" : "false") +
           ", \"volume_mm3\": " + volume_text + "}";
    first = false;
    lib3mf_release(mesh);
  }
  lib3mf_release(meshes);
  PLib3MFModelBuildItemIterator* items = nullptr;
  lib3mf_model_getbuilditems(model, &items);
  int build_items = 0;
  while (lib3mf_builditemiterator_movenext(items, &more) == LIB3MF_OK && more) ++build_items;
  lib3mf_release(items);
  // The package thumbnail, if any: its size and whether it is a PNG (by its 8-byte signature).
  PLib3MFModelAttachment* thumbnail = nullptr;
  ULONG64 thumbnail_bytes = 0;
  bool thumbnail_png = false;
  if (lib3mf_model_getpackagethumbnailattachment(model, false, &thumbnail) == LIB3MF_OK && thumbnail != nullptr) {
    lib3mf_attachment_getstreamsize(thumbnail, &thumbnail_bytes);
    std::string bytes(size_t(thumbnail_bytes), '\0');
    if (thumbnail_bytes >= 8 && lib3mf_attachment_writetobuffer(thumbnail, reinterpret_cast<BYTE*>(bytes.data()), thumbnail_bytes) == LIB3MF_OK)
      thumbnail_png = bytes.compare(0, 8, "\x89PNG\r\n\x1a\n", 8) == 0;
    lib3mf_release(thumbnail);
  }
  out += "], \"build_items\": " + std::to_string(build_items) + ", \"thumbnail_bytes\": " + std::to_string(thumbnail_bytes) +
         ", \"thumbnail_png\": " + (thumbnail_png ? "true" : "false") + "}";
  std::printf("%s\n", out.c_str());
  lib3mf_release(reader);
  lib3mf_release(model);
  return 0;
}
