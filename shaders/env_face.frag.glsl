// Renders one face of the environment cubemap: u_face_basis maps the face's xy to a direction.
in vec2 v_ndc;
uniform mat3 u_face_basis;
uniform int u_lighting;  // environment_radiance's choice
uniform float u_scale;  // 1 for float targets; < 1 to fit an 8-bit target
out vec4 frag_color;
void main() {
  vec3 dir = u_face_basis * vec3(v_ndc, 1.0);
  frag_color = vec4(environment_radiance(dir, u_lighting) * u_scale, 1.0);
}
