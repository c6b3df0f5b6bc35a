// A whole piece as geometry: the shank, the heads with their stones, and the metal as one field.
// From it come the production mesh (one closed shell, seats cut) and the preview mesh (the same
// parts as separate shells, fast enough to rebuild on every slider move).
#pragma once

#include "core/geometry/dual_contour.hpp"
#include "core/geometry/engraving.hpp"
#include "core/geometry/halo.hpp"
#include "core/geometry/head.hpp"
#include "core/geometry/pave.hpp"
#include "core/geometry/pearl.hpp"
#include "core/geometry/pendant.hpp"
#include "core/geometry/stud.hpp"
#include "core/spec/spec.hpp"

namespace facet::geometry {

// What the contoured production mesh promises (issue #4): no point of the exact surface farther
// than this from it, measured by sampling in the tests of every style, pendant and stud.
inline constexpr double kProductionBoundMm = 0.01;
// Grid spacing of the production mesh: the fitted vertices land on the surface, and the flat
// triangles between them stray by about h^2 / (8 r) on a curve of radius r (0.7 um on a 0.45 mm
// prong at 0.05 mm); tests measure the real deviation against the field.
inline constexpr double kProductionCellMm = 0.06;
// The contoured mesh is then simplified: every kept vertex stays within this of each original face
// plane it absorbed (simplify.hpp). Measured on the solitaire, the halo and the three-stone, the
// largest distance from the exact surface does not grow, and the triangles fall to a third.
inline constexpr double kProductionSimplifyToleranceMm = 0.005;

// What each of the metal's capsules is, for checks that point at a part.
struct CapsuleRole {
  enum class Kind { prong, rail, halo_frame, halo_bead, halo_tie, pave_bead, post, base, bail, peg } kind;
  uint32_t head;  // index into PieceModel::heads (halo parts, a stud's post, a pendant basket's base
                  // and its bail's bar or stem: the head they hold, or 0 for a bezel's
                  // or a pearl's; a pearl's peg: 0;
                  // pavé beads: index into PieceModel::pave_rows)
  int prong;      // which prong (two capsules each), -1 for rails and halo parts
  std::string_view part_name() const;  // "prong", "rail", "frame", "bead", "tie", "post", "base", "bail", "peg"
  // The stone group the part holds, for checks that name it.
  const std::string& group(const struct PieceModel& model) const;
};

struct PieceModel {
  std::optional<BandShape> band;  // rings
  std::vector<ProngHead> heads;
  std::optional<HaloSetting> halo;  // around heads[0]
  std::string halo_id;              // its stone group's id
  std::vector<PaveRow> pave_rows;   // along the shank, after the heads and the halo (they clear them)
  std::optional<BezelSetting> bezel;      // a bezel-set centre stone, a pendant's or a ring's (a prong-set one is heads[0])
  std::optional<PearlSetting> pearl;      // a pearl on a peg in a cup: a stud's or a pendant's
  std::optional<PendantBail> bail;        // pendants
  std::optional<Capsule> post;            // stud earrings (one of the pair): heads[0] is the basket
  std::optional<SignetHead> signet;       // signet rings: the block (band is then the shank under it)
  MetalModel metal;
  std::vector<CapsuleRole> capsule_roles;  // parallel to metal.capsules

  bool plain_band() const { return band && heads.empty() && !bezel && !pearl && pave_rows.empty() && !signet; }
  // The face an outside engraving lies on (engraving_frame), or nullptr.
  const SignetHead* signet_face() const { return signet ? &*signet : nullptr; }
  // Every stone: the bezel's, the pearl's or the heads' in order, then the halo's, then the pavé rows'.
  std::vector<PlacedStone> stones() const;
  // The centre stone's group id: a bezel's, a pearl's or the first head's.
  const std::string& centre_id() const;
};

// Preconditions: a valid design that facet::unbuilt_features() accepts.
PieceModel piece_model(const spec::Piece& piece);

// Where an engraving of the piece lies: inside or outside a ring's band, on a signet's face, or on
// a pendant's closed back; nullopt where the model has no such surface.
std::optional<EngravingFrame> engraving_frame_of(const PieceModel& model, const spec::Engraving& engraving);

// How many stones of `group` (a row along the shank) the piece holds packed on its arc, clear of
// the head: what the configurator sets when the row's stone or arc changes.
int pave_row_capacity(const spec::Piece& piece, const spec::StoneGroup& group);

// How many stones of `group` (a halo) fit round the piece's centre stone (in prongs or a bezel)
// with kHaloFillGapMm between neighbours; 0 if not even 3 do. Precondition: the piece without its
// other groups builds (facet::unbuilt_features).
int halo_capacity(const spec::Piece& piece, const spec::StoneGroup& group);

Mesh production_metal(const PieceModel& model, ContourStats* stats = nullptr);
Mesh preview_metal(const PieceModel& model);

}  // namespace facet::geometry
