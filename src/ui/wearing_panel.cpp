#include "ui/wearing_panel.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/geometry/bezel.hpp"
#include "ui/translations.hpp"
#include "ui/widgets.hpp"

namespace facet::ui {

bool centre_setting_combo(spec::Design& design, const char* name) {
  auto& stones = design.piece.stones;
  if (stones.empty() || stones[0].role != "center" || stones[0].placement.kind != spec::Placement::Kind::head) return false;
  // Side stones are laid out beside prong heads only; a halo goes round prongs or a bezel.
  const bool beside = std::any_of(stones.begin(), stones.end(), [](const spec::StoneGroup& g) { return g.role == "side"; });
  if (beside || stones[0].setting.type == "peg") return false;  // a pearl's setting follows its gem
  spec::StoneGroup& centre = stones[0];
  std::string setting = centre.setting.type;
  // Text on the back needs the bezel's closed back: a basket has none.
  const std::vector<const char*> settings = design.piece.engraved_on_back() ? std::vector<const char*>{"bezel"}
                                                                             : std::vector<const char*>{"bezel", "prong"};
  if (!combo("Setting", name, "pendant_setting", setting, settings) || setting == centre.setting.type) return false;
  if (setting == "bezel") {
    centre.setting = {"bezel", 0, 0};
    // A bezel takes round, oval and cabochon stones; any other cut becomes a round one.
    if (!geometry::bezel_fits_cut(centre.cut)) centre.cut = "round";
  } else {
    // Six claws for a round stone alone; four inside a halo, as the halo templates have (with six,
    // a claw crowds the halo's beads).
    const bool haloed = std::any_of(stones.begin(), stones.end(), [](const spec::StoneGroup& g) { return g.role == "halo"; });
    centre.setting = {"prong", centre.cut == "round" && !haloed ? 6 : 4, 0.9};
    if (centre.cut == "cabochon") centre.cut = "round", centre.gem = "diamond";  // prongs grip a girdle
  }
  return true;
}

bool pendant_section(spec::Design& design) {
  if (!design.piece.pendant || design.piece.stones.empty()) return false;
  section(tr("Setting and bail"));
  bool changed = centre_setting_combo(design, "pendant.setting");
  const std::string& bail = design.piece.pendant->bail;
  // A pearl has no flat back for a hidden bail to lie on, and an engraved back shows its text.
  const bool pearl = design.piece.stones[0].setting.type == "peg";
  changed |= pearl || design.piece.engraved_on_back() ? combo("Bail", "pendant.bail", "bail", design.piece.pendant->bail, {"fixed", "hinged"})
                   : combo("Bail", "pendant.bail", "bail", design.piece.pendant->bail, {"fixed", "hidden", "hinged"});
  ImGui::TextDisabled("%s", bail == "hidden"   ? tr("Behind the piece: the chain runs out of sight")
                            : bail == "hinged" ? tr("Bought in, it swings on a lug cast on top")
                                               : tr("Above the piece: a 4 mm opening"));
  return changed;
}

bool earrings_section(spec::Design& design) {
  if (!design.piece.earrings) return false;
  section(tr("Post and back"));
  spec::EarringOptions& earrings = *design.piece.earrings;
  bool changed = combo("Back", "earrings.back", "back", earrings.back, {"push", "screw", "lever"});
  changed |= slider_mm("Post", "earrings.post_diameter", earrings.post_diameter_mm, 0.6f, 1.2f);
  ImGui::TextDisabled(tr("A pair: the price is for two"));
  return changed;
}

}  // namespace facet::ui
