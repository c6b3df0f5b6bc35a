// The studio environment as a latitude-longitude image, for a reference path tracer: u runs
// round the vertical (u = 0.5 + atan(z, x) / 2pi), v up it (v = 0.5 + asin(y) / pi), y up.
in vec2 v_ndc;
out vec4 frag_color;
void main() {
  float longitude = v_ndc.x * PI, latitude = v_ndc.y * 0.5 * PI;
  vec3 dir = vec3(cos(latitude) * cos(longitude), sin(latitude), cos(latitude) * sin(longitude));
  frag_color = vec4(studio_environment(dir), 1.0);
}
