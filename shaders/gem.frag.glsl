// Stones. A convex cut is traced through its facet planes: the view ray splits at the crown by
// Fresnel (the reflection leaves, the rest refracts in), then bounces inside: at every facet it
// meets, the part that can leave refracts out into the studio (per colour channel: the fire) and
// the rest reflects on, all of it where the angle is past the critical one (total internal
// reflection: what makes a well-cut pavilion return the light). The body colour is absorbed along
// the path (Beer-Lambert). Cabochons and beads go through their dome (translucent(): clear ones
// and jadeite, which scatters). Pearls are opaque: nacre (see nacre()). A stone without facet
// planes or a dome (a heart), and every faceted one at the lowest quality, keeps the surface
// approximation: Fresnel reflection and the refracted ray turned back up the stone's axis.
in vec3 v_position;
in vec3 v_normal;
uniform vec3 u_camera_position;
uniform vec3 u_stone_up;       // the table's normal
uniform vec3 u_body_color;     // linear transmittance (the surface approximation)
uniform vec3 u_absorption;     // per mm inside the stone (the trace)
uniform float u_ior;
uniform float u_dispersion;    // B-G spread of the refractive index
uniform float u_env_unscale;
uniform samplerCube u_environment;
// The stone's facet planes in world space: xyz the outward unit normal, w the offset (inside:
// dot(n, x) <= w). The girdle's many narrow planes are left out: the crown and pavilion close the
// stone within the girdle's thickness, and a ray seldom leaves there.
const int kMaxPlanes = 64;
uniform vec4 u_planes[kMaxPlanes];
uniform int u_plane_count;     // 0: not traced
uniform int u_bounces;         // internal bounces traced (quality)
uniform int u_nacre;           // 1: a pearl (opaque nacre), not a stone light passes through
uniform float u_env_max_lod;   // the environment's blurriest mip (roughness 1)
uniform int u_domed;           // 1: a cabochon or bead (translucent(): its dome's path)
uniform float u_scattering;    // per mm: 0 for a clear stone, > 0 a translucent one (jadeite)
uniform mat3 u_dome_to_unit;   // a cabochon's dome: world to the unit sphere, about u_dome_centre
uniform vec3 u_dome_centre;
uniform float u_dome_base;     // its base's plane, in the unit sphere's z
// 1: the stone sits on a closed metal back (an engraved pendant's), whose base reflectance is
// u_back_f0: what crosses the stone meets the metal there, not the studio behind.
uniform int u_closed_back;
uniform vec3 u_back_f0;
out vec4 frag_color;

vec3 env(vec3 dir) { return textureLod(u_environment, dir, 0.0).rgb * u_env_unscale; }

// Toward the camera is the viewer (or the photographer and the lens), dark against the studio:
// light leaving the stone that way shows as the dark pattern a face-up diamond has (what ASET
// and DiamCalc call obstruction), and it is much of a diamond's contrast.
// And as a photographer sets black cards round a diamond (a white tent alone leaves it a white
// blur), the stone sees the tent's walls darker than the metal does; the softboxes stay as bright.
vec3 g_to_viewer;
vec3 seen_from(vec3 dir) {
  vec3 e = env(dir);
  float cards = mix(0.3, 1.0, smoothstep(1.0, 3.0, max(e.r, max(e.g, e.b))));
  return e * cards * (1.0 - 0.92 * smoothstep(0.80, 0.94, dot(dir, g_to_viewer)));
}

// Unpolarised Fresnel reflectance at an interface from index n1 into n2, cos_i the angle of
// incidence's cosine; 1 past the critical angle.
float fresnel(float cos_i, float n1, float n2) {
  float sin_t = n1 / n2 * sqrt(max(0.0, 1.0 - cos_i * cos_i));
  if (sin_t >= 1.0) return 1.0;
  float cos_t = sqrt(1.0 - sin_t * sin_t);
  float rs = (n1 * cos_i - n2 * cos_t) / (n1 * cos_i + n2 * cos_t);
  float rp = (n1 * cos_t - n2 * cos_i) / (n1 * cos_t + n2 * cos_i);
  return 0.5 * (rs * rs + rp * rp);
}

// The refractive index per channel: diamond's 2.405 / 2.4175 / 2.430 from its 0.044 B-G spread.
vec3 channel_ior() { return u_ior + vec3(-0.284, 0.0, 0.284) * u_dispersion; }

// Light reaching the eye along a ray inside the stone from `p` going `d`.
vec3 trace(vec3 p, vec3 d) {
  vec3 iors = channel_ior();
  vec3 throughput = vec3(1.0), light = vec3(0.0);
  for (int bounce = 0; bounce < 16; ++bounce) {
    if (bounce >= u_bounces) break;
    float t_exit = 1e6;
    vec3 n = vec3(0.0);
    for (int i = 0; i < kMaxPlanes; ++i) {
      if (i >= u_plane_count) break;
      vec4 plane = u_planes[i];
      float towards = dot(plane.xyz, d);
      if (towards <= 1e-5) continue;
      float t = (plane.w - dot(plane.xyz, p)) / towards;
      if (t < t_exit) {
        t_exit = t;
        n = plane.xyz;
      }
    }
    if (t_exit >= 1e6) break;
    t_exit = max(t_exit, 0.0);
    p += d * t_exit;
    throughput *= exp(-u_absorption * t_exit);
    float cos_i = dot(d, n);
    float leaves = 1.0 - fresnel(cos_i, iors.g, 1.0);
    if (leaves > 0.0) {
      // Each channel bends out by its own index; one past its critical angle stays inside.
      vec3 out_r = refract(d, -n, iors.r), out_g = refract(d, -n, iors.g), out_b = refract(d, -n, iors.b);
      vec3 seen = vec3(dot(out_r, out_r) > 0.0 ? seen_from(out_r).r : 0.0, seen_from(out_g).g,
                       dot(out_b, out_b) > 0.0 ? seen_from(out_b).b : 0.0);
      light += throughput * leaves * seen;
      throughput *= 1.0 - leaves;
    }
    d = reflect(d, n);
  }
  // What is still inside after the last bounce leaves the way it is going.
  return light + throughput * seen_from(d);
}

vec3 surface_approximation(vec3 v, vec3 n) {
  float f0 = pow((u_ior - 1.0) / (u_ior + 1.0), 2.0);
  float f = f0 + (1.0 - f0) * pow(1.0 - clamp(dot(n, v), 0.0, 1.0), 5.0);
  vec3 inside = refract(-v, n, 1.0 / u_ior);
  if (dot(inside, inside) == 0.0) inside = reflect(-v, n);
  vec3 iors = channel_ior();
  vec3 back = reflect(inside, u_stone_up);
  vec3 fire = vec3(env(normalize(back + n * (iors.r - 1.0) * 0.8)).r, env(normalize(back + n * (iors.g - 1.0) * 0.8)).g,
                   env(normalize(back + n * (iors.b - 1.0) * 0.8)).b);
  return env(reflect(-v, n)) * f + fire * u_body_color * (1.0 - f);
}

// A pearl: light goes a little way into the nacre's layers and comes back out diffused, in the
// body colour, lit by the sky round the normal (a blurred mip of the environment); the
// outermost layers mirror the studio sharply but not perfectly (lustre: what a pearl is graded
// on); and the layers, thin as light's wavelength, tint that reflection rosé to green with the
// angle (orient, the overtone a good Akoya shows at its edges).
vec3 nacre(vec3 v, vec3 n) {
  float cos_v = clamp(dot(n, v), 0.0, 1.0);
  vec3 diffused = textureLod(u_environment, n, 0.7 * u_env_max_lod).rgb * u_env_unscale * u_body_color;
  vec3 r = reflect(-v, n);
  vec3 mirrored = textureLod(u_environment, r, 0.1 * u_env_max_lod).rgb * u_env_unscale;
  float lustre = 0.1 + 0.9 * pow(1.0 - cos_v, 5.0);  // aragonite's index (1.53-1.68), and the layers' sheen
  vec3 orient = vec3(1.0) + vec3(0.10, -0.04, 0.03) * cos(6.0 * cos_v);
  return diffused * (1.0 - lustre) * 0.55 + mirrored * lustre * orient;
}

// How far a ray inside a cabochon goes from `p` along unit `d` before it leaves: to the far side
// of the dome's ellipsoid, or to the base (then `through_base`).
float path_to_exit(vec3 p, vec3 d, out bool through_base) {
  vec3 q = u_dome_to_unit * (p - u_dome_centre), e = u_dome_to_unit * d;
  float a = dot(e, e), b = dot(q, e), c = dot(q, q) - 1.0;
  float t = (-b + sqrt(max(b * b - a * c, 0.0))) / a;
  through_base = false;
  if (e.z < 0.0) {
    float to_base = (u_dome_base - q.z) / e.z;
    through_base = to_base < t;
    t = min(t, to_base);
  }
  return clamp(t, 0.0, 30.0);
}

// A cabochon or bead: the refracted ray crosses the dome and its colour is absorbed on the way, so
// a clear stone (a sapphire cabochon) is deep where it is thick. Jadeite is a felt of small
// crystals, so light going in is turned aside every few tenths of a millimetre to a few
// millimetres (its translucency, 水头). What goes straight through shows the
// studio behind, blurred, where the stone is thin (the rim of a cabochon glows pale); the rest
// wanders on a path that lengthens with the thickness it crosses, and its colour deepens on the
// way (Beer-Lambert), so a thick middle is a deep, even green. The polished surface mirrors the
// studio as glass does.
// On a closed back no light comes from behind: what reaches the base is mirrored by the metal (its
// colour, u_back_f0) and crosses the stone again, so the stone is darker, deeper and warmed by
// the gold, as a closed-set jade is (the jeweller's foil back works the same way).
vec3 translucent(vec3 v, vec3 n) {
  float f = fresnel(clamp(dot(n, v), 0.0, 1.0), 1.0, u_ior);
  vec3 d = refract(-v, n, 1.0 / u_ior);
  if (dot(d, d) == 0.0) d = -n;
  bool through_base;
  float t = path_to_exit(v_position, d, through_base);
  vec3 beyond = d;       // where the light that goes straight through comes from
  vec3 beyond_tint = vec3(1.0);
  float beyond_mm = t;
  if (u_closed_back == 1 && through_base) {
    beyond = reflect(d, u_stone_up);  // mirrored by the back, up through the stone again
    bool again;
    beyond_mm += path_to_exit(v_position + d * t + beyond * 1e-3, beyond, again);
    beyond_tint = u_back_f0;
  }
  float straight = exp(-u_scattering * beyond_mm);
  vec3 behind = beyond_tint * textureLod(u_environment, beyond, u_env_max_lod * mix(0.75, 0.25, straight)).rgb * u_env_unscale;
  // What wanders comes in from all round: half the front, half what lies beyond (behind, or the
  // front again by way of the metal back).
  vec3 from_beyond = u_closed_back == 1 ? u_back_f0 * textureLod(u_environment, reflect(d, u_stone_up), 0.8 * u_env_max_lod).rgb
                                        : textureLod(u_environment, d, 0.8 * u_env_max_lod).rgb;
  vec3 around = 0.5 * (textureLod(u_environment, n, 0.8 * u_env_max_lod).rgb + from_beyond) * u_env_unscale;
  float wandered_mm = t * (1.0 + u_scattering * t);  // a diffusing path: longer than the thickness crossed
  vec3 body = straight * behind * exp(-u_absorption * beyond_mm) + (1.0 - straight) * around * exp(-u_absorption * wandered_mm);
  return env(reflect(-v, n)) * f + body * (1.0 - f);
}

void main() {
  vec3 n = normalize(v_normal);
  vec3 v = normalize(u_camera_position - v_position);
  if (dot(n, v) < 0.0) n = -n;
  vec3 color;
  if (u_nacre == 1) {
    color = nacre(v, n);
  } else if (u_domed == 1) {
    color = translucent(v, n);
  } else if (u_plane_count == 0) {
    color = surface_approximation(v, n);
  } else {
    g_to_viewer = v;
    float f = fresnel(clamp(dot(n, v), 0.0, 1.0), 1.0, u_ior);
    color = seen_from(reflect(-v, n)) * f + trace(v_position, refract(-v, n, 1.0 / u_ior)) * (1.0 - f);
  }
  frag_color = vec4(linear_to_srgb(pbr_neutral(color)), 1.0);
}
