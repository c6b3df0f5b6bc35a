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
out vec4 frag_color;

vec3 env(vec3 dir, float roughness) {
  return textureLod(u_environment, dir, roughness * u_env_max_lod).rgb * u_env_unscale;
}

void main() {
  vec3 n = normalize(v_normal);
  vec3 v = normalize(u_camera_position - v_position);
  if (dot(n, v) < 0.0) n = -n;  // never shade a back face black
  float n_dot_v = clamp(dot(n, v), 0.0, 1.0);
  vec3 r = reflect(-v, n);
  vec3 fresnel = u_f0 + (vec3(1.0) - u_f0) * pow(1.0 - n_dot_v, 5.0);
  // Rough metals lose some energy at grazing angles; a simple fit keeps edges from glowing.
  fresnel *= mix(1.0, 0.75, u_roughness);
  vec3 specular = env(r, u_roughness) * fresnel;
  // A touch of the blurred surround for micro-occlusion of the inside of the band.
  float inside = clamp(-dot(n, normalize(vec3(v_position.xy, 0.0))), 0.0, 1.0);
  specular *= mix(1.0, 0.55, inside);
  vec3 color = pbr_neutral(specular * u_exposure);
  frag_color = vec4(linear_to_srgb(color), 1.0);
}
