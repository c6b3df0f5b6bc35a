// Polished metal lit by the environment cubemap: Schlick Fresnel over the alloy's measured F0,
// roughness picked from the cubemap's mip chain. (The split-sum GGX prefilter comes with the
// renderer issue; this keeps the alloy's true hue and the studio reflections.)
in vec3 v_position;
in vec3 v_normal;
uniform vec3 u_camera_position;
uniform vec3 u_f0;           // linear RGB reflectance at normal incidence
uniform float u_roughness;   // 0 = mirror
uniform float u_env_max_lod;
uniform float u_env_unscale; // undoes u_scale of env_face
uniform float u_exposure;
uniform samplerCube u_environment;
// The engraving (EngravingDecal): the text's signed distance over its unrolled (s, v) rectangle.
uniform int u_engraving;            // 0 none, 1 engraved (cut in), 2 embossed (standing on the band)
uniform sampler2D u_engraving_distance;
uniform float u_engraving_inside;   // 1: on the finger side of the band
uniform vec2 u_engraving_centre;    // unit, XY: the middle of the text
uniform vec2 u_engraving_right;     // unit, XY: the reading direction there
uniform float u_engraving_radius;   // mm: where arc lengths s are measured
uniform float u_engraving_up;       // the text's up along the ring axis (Z): -1 or +1
uniform float u_engraving_flat;     // 1: on a plane (a signet's face) u_engraving_radius along the centre
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
  float r = length(p.xy);
  if (u_engraving == 0 || r < 1e-3) return e;
  bool on_plane = u_engraving_flat > 0.5;
  vec2 radial = on_plane ? u_engraving_centre : p.xy / r;
  float height = on_plane ? dot(p.xy, u_engraving_centre) : r;
  float facing = u_engraving_inside > 0.5 ? -1.0 : 1.0;
  // Only the engraved face: the inside (normal towards the axis) or the outside of the band, or
  // the signet's face.
  if (dot(n.xy, radial) * facing < 0.5 || abs(height - u_engraving_radius) > 1.5) return e;
  float angle = on_plane ? 0.0 : atan(dot(p.xy, u_engraving_right), dot(p.xy, u_engraving_centre));
  vec2 st = vec2(on_plane ? dot(p.xy, u_engraving_right) : u_engraving_radius * angle, u_engraving_up * p.z);
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
  vec3 along = vec3(-sin(angle) * u_engraving_centre + cos(angle) * u_engraving_right, 0.0);
  vec3 outward = g.x * along + g.y * vec3(0.0, 0.0, u_engraving_up);
  // A cut's sides face into the letter; a standing letter's face out of it.
  e.wall_normal = normalize((u_engraving == 1 ? -outward : outward) + 0.3 * n);
  e.wall = wall;
  e.floor = u_engraving == 1 ? cover - wall : 0.0;
  return e;
}

vec3 env(vec3 dir, float roughness) {
  return textureLod(u_environment, dir, roughness * u_env_max_lod).rgb * u_env_unscale;
}

void main() {
  vec3 n = normalize(v_normal);
  Engraved engraved = engraving_at(v_position, n);
  n = normalize(mix(n, engraved.wall_normal, engraved.wall));
  vec3 v = normalize(u_camera_position - v_position);
  if (dot(n, v) < 0.0) n = -n;  // never shade a back face black
  float n_dot_v = clamp(dot(n, v), 0.0, 1.0);
  vec3 r = reflect(-v, n);
  vec3 fresnel = u_f0 + (vec3(1.0) - u_f0) * pow(1.0 - n_dot_v, 5.0);
  // Rough metals lose some energy at grazing angles; a simple fit keeps edges from glowing.
  // The floor of a cut is frosted (a laser or a graver leaves it so) and half in shadow.
  float roughness = mix(u_roughness, max(u_roughness, 0.45), engraved.floor);
  fresnel *= mix(1.0, 0.75, roughness);
  vec3 specular = env(r, roughness) * fresnel * mix(1.0, 0.5, engraved.floor);
  // A touch of the blurred surround for micro-occlusion of the inside of the band.
  float inside = clamp(-dot(n, normalize(vec3(v_position.xy, 0.0))), 0.0, 1.0);
  specular *= mix(1.0, 0.55, inside);
  vec3 color = pbr_neutral(specular * u_exposure);
  frag_color = vec4(linear_to_srgb(color), 1.0);
}
