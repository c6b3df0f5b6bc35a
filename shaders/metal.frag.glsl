// Metal lit by the studio: GGX image-based lighting with the split sum (Karis 2013). The
// environment's mips hold it prefiltered for roughness 0, 1/5 .. 1; the split-sum table says how
// much of it the surface reflects, with Schlick's Fresnel over the alloy's measured F0 and
// Hoffman's F82 term, which darkens platinum's and palladium's edges as their optics do.
// Finishes: brushed bends the reflection across the lines (anisotropy, after Filament) and
// streaks it; hammered tilts the normal in shallow dimples.
in vec3 v_position;
in vec3 v_normal;
uniform vec3 u_camera_position;
uniform vec3 u_f0;           // linear RGB reflectance at normal incidence
uniform vec3 u_f82;          // linear RGB reflectance at 82 degrees (cos 1/7)
uniform float u_roughness;   // perceptual; GGX's alpha is its square
uniform int u_pattern;       // 0 none, 1 brushed (along the band), 2 hammered
uniform float u_pattern_within;  // mm from the ring's axis the pattern reaches (0: everywhere)
uniform sampler2D u_split_sum;  // x: n.v, y: roughness; scale, bias, edge / u_edge_unscale
uniform float u_edge_unscale;
uniform float u_env_max_lod;
uniform float u_env_unscale; // undoes u_scale of env_face
uniform float u_exposure;
uniform samplerCube u_environment;
// The engraving (EngravingDecal): the text's signed distance over its unrolled (s, v) rectangle.
uniform int u_engraving;            // 0 none, 1 engraved (cut in), 2 embossed (standing on the band)
uniform sampler2D u_engraving_distance;
uniform float u_engraving_inside;   // 1: on the finger side of the band
// On a band:
uniform vec2 u_engraving_centre;    // unit, XY: the middle of the text
uniform vec2 u_engraving_right;     // unit, XY: the reading direction there
uniform float u_engraving_radius;   // mm: where arc lengths s are measured
uniform float u_engraving_up;       // the text's up along the ring axis (Z): -1 or +1
uniform float u_engraving_flat;     // 1: on a plane (a signet's face, a pendant's back), as follows
uniform vec3 u_engraving_plane_centre;   // the text's middle on it
uniform vec3 u_engraving_plane_outward;  // unit, out of the metal
uniform vec3 u_engraving_plane_right;    // unit: s
uniform vec3 u_engraving_plane_up;       // unit: v
uniform vec4 u_engraving_rect;      // (s, v) of the texture's corners
uniform float u_engraving_range;    // mm the texture spans either side of 0.5
uniform float u_engraving_depth;    // mm
out vec4 frag_color;

// What the engraving does to this point of the surface: `floor` inside a letter, `wall` on its
// sides (where the normal turns to `wall_normal`).
struct Engraved {
  float floor;
  float wall;
  vec3 wall_normal;
};

Engraved engraving_at(vec3 p, vec3 n) {
  Engraved e = Engraved(0.0, 0.0, n);
  if (u_engraving == 0) return e;
  vec2 st;
  vec3 along, up;  // the surface's directions of s and v here
  if (u_engraving_flat > 0.5) {
    // Only the face itself, where the normal points out of it.
    vec3 q = p - u_engraving_plane_centre;
    if (dot(n, u_engraving_plane_outward) < 0.5 || abs(dot(q, u_engraving_plane_outward)) > 1.5) return e;
    st = vec2(dot(q, u_engraving_plane_right), dot(q, u_engraving_plane_up));
    along = u_engraving_plane_right;
    up = u_engraving_plane_up;
  } else {
    float r = length(p.xy);
    if (r < 1e-3) return e;
    vec2 radial = p.xy / r;
    float facing = u_engraving_inside > 0.5 ? -1.0 : 1.0;
    // Only the engraved face: the inside (normal towards the axis) or the outside of the band.
    if (dot(n.xy, radial) * facing < 0.5 || abs(r - u_engraving_radius) > 1.5) return e;
    float angle = atan(dot(p.xy, u_engraving_right), dot(p.xy, u_engraving_centre));
    st = vec2(u_engraving_radius * angle, u_engraving_up * p.z);
    along = vec3(-sin(angle) * u_engraving_centre + cos(angle) * u_engraving_right, 0.0);
    up = vec3(0.0, 0.0, u_engraving_up);
  }
  vec2 uv = (st - u_engraving_rect.xy) / (u_engraving_rect.zw - u_engraving_rect.xy);
  if (any(lessThan(uv, vec2(0.0))) || any(greaterThan(uv, vec2(1.0)))) return e;
  float d = (texture(u_engraving_distance, uv).r * 2.0 - 1.0) * u_engraving_range;  // mm, < 0 in a letter
  float pixel = max(fwidth(d), 1e-4);
  float cover = clamp(0.5 - d / pixel, 0.0, 1.0);
  // The sides: a band just inside each outline, as wide as a cut that deep shows at an angle.
  float wall_width = max(min(0.4 * u_engraving_depth, 0.6 * u_engraving_range), pixel);
  float wall = cover * (1.0 - smoothstep(0.0, wall_width, -d));
  // The outline's outward direction on the surface, from the distance's gradient.
  vec2 texel = 1.0 / vec2(textureSize(u_engraving_distance, 0));
  vec2 g = vec2(texture(u_engraving_distance, uv + vec2(texel.x, 0.0)).r - texture(u_engraving_distance, uv - vec2(texel.x, 0.0)).r,
                texture(u_engraving_distance, uv + vec2(0.0, texel.y)).r - texture(u_engraving_distance, uv - vec2(0.0, texel.y)).r);
  if (dot(g, g) < 1e-10) return e;
  g = normalize(g);
  vec3 outward = g.x * along + g.y * up;
  // A cut's sides face into the letter; a standing letter's face out of it.
  e.wall_normal = normalize((u_engraving == 1 ? -outward : outward) + 0.3 * n);
  e.wall = wall;
  e.floor = u_engraving == 1 ? cover - wall : 0.0;
  return e;
}

vec3 env(vec3 dir, float roughness) {
  return textureLod(u_environment, dir, roughness * u_env_max_lod).rgb * u_env_unscale;
}

float hash13(vec3 p) {
  p = fract(p * 0.1031);
  p += dot(p, p.zyx + 31.32);
  return fract((p.x + p.y) * p.z);
}

vec3 hash33(vec3 p) {
  return vec3(hash13(p), hash13(p + 17.1), hash13(p + 41.7));
}

// Hammered: the surface is dimpled by a round-faced hammer, each blow a shallow spherical dent
// about a millimetre across. The nearest blow's centre (a 3D cell pattern on the piece) tilts the
// normal as a dent of radius kDentRadiusMm would; the cells' borders are the ridges between blows.
vec3 hammered_normal(vec3 p, vec3 n) {
  const float kCellMm = 1.0, kDentRadiusMm = 3.4;
  vec3 cell = floor(p / kCellMm);
  vec3 nearest = vec3(0.0);
  float best = 1e9;
  for (int z = -1; z <= 1; ++z)
    for (int y = -1; y <= 1; ++y)
      for (int x = -1; x <= 1; ++x) {
        vec3 c = cell + vec3(x, y, z);
        vec3 centre = (c + 0.15 + 0.7 * hash33(c)) * kCellMm;
        float d = dot(p - centre, p - centre);
        if (d < best) {
          best = d;
          nearest = centre;
        }
      }
  vec3 offset = p - nearest;
  offset -= n * dot(offset, n);  // along the surface
  return normalize(n - offset / kDentRadiusMm);
}

// Brushed: fine lines around the band (the ring's axis is Z). Returns the direction across the
// lines, along which the highlights stretch.
vec3 across_brushing(vec3 p, vec3 n) {
  vec3 along = length(p.xy) > 1e-3 ? normalize(vec3(-p.y, p.x, 0.0)) : vec3(1.0, 0.0, 0.0);
  vec3 across = cross(n, along);
  return length(across) > 1e-3 ? normalize(across) : vec3(0.0, 0.0, 1.0);
}

// The lines themselves: brightness that varies across them, constant along them.
float brush_streaks(vec3 p) {
  float across = p.z * 60.0 + 3.0 * sin(atan(p.y, p.x) * 2.0);
  float i = floor(across), f = fract(across);
  float line = mix(hash13(vec3(i, 1.0, 2.0)), hash13(vec3(i + 1.0, 1.0, 2.0)), smoothstep(0.0, 1.0, f));
  float coarse = hash13(vec3(floor(p.z * 9.0), 5.0, 7.0));
  return 0.86 + 0.2 * line + 0.08 * coarse;
}

void main() {
  vec3 n = normalize(v_normal);
  Engraved engraved = engraving_at(v_position, n);
  n = normalize(mix(n, engraved.wall_normal, engraved.wall));
  vec3 v = normalize(u_camera_position - v_position);
  if (dot(n, v) < 0.0) n = -n;  // never shade a back face black
  // A hammered or brushed ring keeps a polished inside (the comfort side), as jewellers make them.
  float radial_r = length(v_position.xy);
  bool inside_of_band = radial_r > 1e-3 && dot(n.xy, v_position.xy / radial_r) < -0.5;
  bool on_shank = u_pattern_within <= 0.0 || radial_r < u_pattern_within;
  bool patterned = u_pattern != 0 && on_shank && !inside_of_band && engraved.floor + engraved.wall < 0.5;
  if (u_pattern == 2 && patterned) n = hammered_normal(v_position, n);
  // The floor of a cut is frosted (a laser or a graver leaves it so) and half in shadow.
  float base_roughness = u_pattern != 0 && inside_of_band ? min(u_roughness, 0.06) : u_roughness;
  float roughness = mix(base_roughness, max(base_roughness, 0.45), engraved.floor);
  vec3 reflect_normal = n;
  float streaks = 1.0;
  if (u_pattern == 1 && patterned) {
    // Filament's bent normal: the reflection leans towards the lines' normal plane, as the
    // highlight stretches across them.
    vec3 across = across_brushing(v_position, n);
    vec3 bend_tangent = cross(across, v);
    vec3 bend_normal = cross(bend_tangent, across);
    reflect_normal = normalize(mix(n, bend_normal, 0.7 * clamp(5.0 * roughness, 0.0, 1.0)));
    streaks = brush_streaks(v_position);
  }
  float n_dot_v = clamp(dot(n, v), 1e-3, 1.0);
  vec3 r = reflect(-v, reflect_normal);
  // The split sum with the F82 term: F0 * scale + bias - a * edge, a from F0 and F82.
  vec3 split = texture(u_split_sum, vec2(n_dot_v, roughness)).rgb;
  const float mu_bar = 1.0 / 7.0;
  vec3 schlick_bar = u_f0 + (vec3(1.0) - u_f0) * pow(1.0 - mu_bar, 5.0);
  vec3 a = (schlick_bar - u_f82) / (mu_bar * pow(1.0 - mu_bar, 6.0));
  vec3 reflectance = u_f0 * split.r + vec3(split.g) - a * (split.b * u_edge_unscale);
  vec3 specular = env(r, roughness) * reflectance * streaks * mix(1.0, 0.5, engraved.floor);
  // No darkening of the band's inside: Cycles (docs/CYCLES.md) shows it as bright as the outside,
  // lit by the other side's reflection of the tent; halving it was 6 of the 20 levels between us.
  vec3 color = pbr_neutral(specular * u_exposure);
  frag_color = vec4(linear_to_srgb(color), 1.0);
}
