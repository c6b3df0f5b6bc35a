// A seamless studio backdrop behind the piece: soft vertical gradient and a vignette, and the
// piece's soft shadow on the floor it stands on (the same sweep of paper, so only the shadow shows).
uniform mat4 u_inverse_view_projection;
uniform vec3 u_eye;
uniform float u_floor_y;          // the piece's lowest point
uniform vec2 u_footprint_centre;  // the middle of the piece's extent in x and z
uniform vec2 u_footprint_radii;   // half that extent (0: no piece, no shadow)
uniform int u_lighting;           // 1: the display case's dark velvet instead of white paper
in vec2 v_ndc;
out vec4 frag_color;

// How much light the floor under this pixel loses: a broad penumbra under the whole piece (the
// softboxes overhead) and a tighter core where it stands, which keeps it from floating.
float floor_shadow() {
  if (u_footprint_radii.x <= 0.0 || u_eye.y <= u_floor_y) return 0.0;
  vec4 far_point = u_inverse_view_projection * vec4(v_ndc, 1.0, 1.0);
  vec3 dir = normalize(far_point.xyz / far_point.w - u_eye);
  if (dir.y >= -1e-4) return 0.0;
  vec3 hit = u_eye + dir * ((u_floor_y - u_eye.y) / dir.y);
  vec2 from_centre = hit.xz - u_footprint_centre;
  // The tent's light comes from all round above, so the penumbra spreads as far across the
  // piece as along it (a band's shadow is a soft disc, not a line under it).
  vec2 broad = from_centre / (1.1 * max(u_footprint_radii.x, u_footprint_radii.y));
  vec2 core = from_centre / (u_footprint_radii * vec2(0.3, 0.9));
  // At most a quarter darker: a shadow on white paper, and the backdrop stays a light grey.
  return 0.15 * exp(-1.5 * dot(broad, broad)) + 0.10 * exp(-2.5 * dot(core, core));
}

void main() {
  vec3 top = u_lighting == 1 ? vec3(0.16, 0.16, 0.17) : vec3(0.93, 0.93, 0.94);
  vec3 bottom = u_lighting == 1 ? vec3(0.07, 0.07, 0.075) : vec3(0.78, 0.78, 0.80);
  vec3 color = mix(bottom, top, smoothstep(-1.0, 1.0, v_ndc.y));
  color *= 1.0 - 0.18 * dot(v_ndc * 0.7, v_ndc * 0.7);
  frag_color = vec4(linear_to_srgb(color * color * (1.0 - floor_shadow())), 1.0);
}
