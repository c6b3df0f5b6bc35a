// Faceted stones, until the renderer issue brings ray tracing through the facet planes: the
// surface reflection by Fresnel at the gem's refractive index, and the light a well-cut pavilion
// returns through the crown approximated by the refracted view ray turned back up the stone's
// axis and out through the facet, per colour channel (dispersion: the fire).
in vec3 v_position;
in vec3 v_normal;
uniform vec3 u_camera_position;
uniform vec3 u_stone_up;       // the table's normal
uniform vec3 u_body_color;     // linear transmittance
uniform float u_ior;
uniform float u_dispersion;    // B-G spread of the refractive index
uniform float u_env_unscale;
uniform samplerCube u_environment;
out vec4 frag_color;

vec3 env(vec3 dir) { return textureLod(u_environment, dir, 0.0).rgb * u_env_unscale; }

vec3 returned_light(vec3 v, vec3 n, float ior) {
  vec3 inside = refract(-v, n, 1.0 / ior);
  if (dot(inside, inside) == 0.0) inside = reflect(-v, n);
  // The pavilion sends the ray back up; it leaves through a crown facet, bent away from it.
  vec3 back = reflect(inside, u_stone_up);
  return normalize(back + n * (ior - 1.0) * 0.8);
}

void main() {
  vec3 n = normalize(v_normal);
  vec3 v = normalize(u_camera_position - v_position);
  if (dot(n, v) < 0.0) n = -n;
  float f0 = pow((u_ior - 1.0) / (u_ior + 1.0), 2.0);
  float fresnel = f0 + (1.0 - f0) * pow(1.0 - clamp(dot(n, v), 0.0, 1.0), 5.0);
  vec3 reflection = env(reflect(-v, n));
  vec3 fire = vec3(env(returned_light(v, n, u_ior - u_dispersion)).r,
                   env(returned_light(v, n, u_ior)).g,
                   env(returned_light(v, n, u_ior + u_dispersion)).b);
  vec3 color = reflection * fresnel + fire * u_body_color * (1.0 - fresnel);
  frag_color = vec4(linear_to_srgb(pbr_neutral(color)), 1.0);
}
