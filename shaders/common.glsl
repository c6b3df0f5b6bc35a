// Shared by the environment and metal shaders (prepended at compile time after #version).
precision highp float;

const float PI = 3.14159265358979;

// Studio environment, as jewelry is photographed: a light tent with a large overhead softbox, two
// strip boxes left and right, a front fill card and a darker floor. Radiance in linear HDR units.
float softbox(vec3 dir, vec3 center, vec3 right, vec3 up, vec2 half_size, float softness) {
  float facing = dot(dir, center);
  if (facing <= 0.0) return 0.0;
  vec3 p = dir / facing;  // onto the plane one unit away along `center`
  vec2 uv = vec2(dot(p, right), dot(p, up));
  vec2 d = abs(uv) - half_size;
  float outside = length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
  return 1.0 - smoothstep(-softness, softness, outside);
}

vec3 studio_environment(vec3 dir) {
  dir = normalize(dir);
  float up = dir.y;
  // Tent walls: bright above, soft grey horizon, darker floor.
  vec3 color = mix(vec3(0.42, 0.42, 0.43), vec3(0.85, 0.86, 0.88), smoothstep(-0.35, 0.75, up));
  // Overhead softbox.
  color += vec3(6.0) * softbox(dir, vec3(0.0, 1.0, 0.0), vec3(1.0, 0.0, 0.0), vec3(0.0, 0.0, 1.0), vec2(0.8, 0.55), 0.08);
  // Strip boxes left and right, slightly warm and slightly cool.
  color += vec3(5.0, 4.8, 4.5) * softbox(dir, normalize(vec3(1.0, 0.25, 0.2)), normalize(vec3(-0.2, 0.0, 1.0)), vec3(0.0, 1.0, 0.0), vec2(0.18, 0.9), 0.05);
  color += vec3(4.3, 4.5, 5.0) * softbox(dir, normalize(vec3(-1.0, 0.25, 0.2)), normalize(vec3(0.2, 0.0, 1.0)), vec3(0.0, 1.0, 0.0), vec2(0.18, 0.9), 0.05);
  // Front fill card and a black flag behind for contrast in the reflections.
  color += vec3(1.6) * softbox(dir, normalize(vec3(0.0, 0.1, 1.0)), vec3(1.0, 0.0, 0.0), vec3(0.0, 1.0, 0.0), vec2(0.9, 0.35), 0.2);
  color *= 1.0 - 0.85 * softbox(dir, normalize(vec3(0.0, 0.15, -1.0)), vec3(-1.0, 0.0, 0.0), vec3(0.0, 1.0, 0.0), vec2(0.35, 0.5), 0.15);
  return color;
}

// A jeweller's display case, the second light a customer can pick: dark all round, a glass top
// catching a faint sheen, and small bright spots overhead, as shop counters light stones to make
// them sparkle (the tent's broad boxes flatter metal; pinpoint spots flatter fire).
float spot(vec3 dir, vec3 center, float radius, float softness) {
  float angle = acos(clamp(dot(dir, normalize(center)), -1.0, 1.0));
  return 1.0 - smoothstep(radius - softness, radius + softness, angle);
}

vec3 display_case_environment(vec3 dir) {
  dir = normalize(dir);
  float up = dir.y;
  // Dark velvet and counter below; above, the shop's bright ceiling through the case's glass.
  vec3 color = mix(vec3(0.04, 0.037, 0.035), vec3(0.95, 0.95, 0.97), smoothstep(-0.05, 0.6, up));
  // LED bars along the lid's front and back edges, the case's working light.
  color += vec3(6.0, 6.0, 6.3) * softbox(dir, normalize(vec3(0.0, 1.0, 0.75)), vec3(1.0, 0.0, 0.0), vec3(0.0, 0.6, -0.8), vec2(1.4, 0.06), 0.05);
  color += vec3(5.0, 5.0, 5.3) * softbox(dir, normalize(vec3(0.0, 1.0, -0.75)), vec3(-1.0, 0.0, 0.0), vec3(0.0, 0.6, 0.8), vec2(1.4, 0.06), 0.05);
  // Spots: a ring of neutral-cool LEDs above, and one warm one behind the customer.
  for (int i = 0; i < 6; ++i) {
    float a = float(i) * PI / 3.0 + 0.3;
    color += vec3(36.0, 37.0, 40.0) * spot(dir, vec3(cos(a), 1.6, sin(a)), 0.07, 0.02);
  }
  color += vec3(50.0, 51.0, 55.0) * spot(dir, vec3(0.0, 1.0, 0.1), 0.07, 0.02);
  color += vec3(36.0, 32.0, 26.0) * spot(dir, vec3(0.3, 0.6, 1.0), 0.06, 0.02);
  // A white card low in front, so the metal's lower side is not lost in black.
  color += vec3(1.2) * softbox(dir, normalize(vec3(0.0, -0.1, 1.0)), vec3(1.0, 0.0, 0.0), vec3(0.0, 1.0, 0.0), vec2(0.7, 0.2), 0.15);
  return color;
}

// The light the renderer is asked for: 0 the studio tent, 1 the display case.
vec3 environment_radiance(vec3 dir, int lighting) {
  return lighting == 1 ? display_case_environment(dir) : studio_environment(dir);
}

// Khronos PBR Neutral tone mapping (Khronos 3D Commerce, 2024).
vec3 pbr_neutral(vec3 color) {
  const float start_compression = 0.8 - 0.04;
  const float desaturation = 0.15;
  float x = min(color.r, min(color.g, color.b));
  float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
  color -= offset;
  float peak = max(color.r, max(color.g, color.b));
  if (peak < start_compression) return color;
  const float d = 1.0 - start_compression;
  float new_peak = 1.0 - d * d / (peak + d - start_compression);
  color *= new_peak / peak;
  float g = 1.0 - 1.0 / (desaturation * (peak - new_peak) + 1.0);
  return mix(color, new_peak * vec3(1.0), g);
}

vec3 linear_to_srgb(vec3 c) {
  c = clamp(c, 0.0, 1.0);
  return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(vec3(0.0031308), c));
}
