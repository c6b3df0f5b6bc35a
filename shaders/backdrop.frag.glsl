// A seamless studio backdrop behind the piece: soft vertical gradient and a vignette.
in vec2 v_ndc;
out vec4 frag_color;
void main() {
  vec3 top = vec3(0.93, 0.93, 0.94);
  vec3 bottom = vec3(0.78, 0.78, 0.80);
  vec3 color = mix(bottom, top, smoothstep(-1.0, 1.0, v_ndc.y));
  color *= 1.0 - 0.18 * dot(v_ndc * 0.7, v_ndc * 0.7);
  frag_color = vec4(linear_to_srgb(color * color), 1.0);
}
