// One face of one mip level of the prefiltered environment: the studio as a GGX surface of this
// level's roughness reflects it (Karis 2013, normal = view = reflection). Samples read the source
// cubemap at the mip whose texel matches the sample's solid angle (filtered importance sampling),
// so 64 samples show no speckle from the small, bright softboxes.
in vec2 v_ndc;
uniform mat3 u_face_basis;
uniform samplerCube u_source;    // the studio, box-filtered mips
uniform float u_roughness;       // this level's perceptual roughness
uniform float u_source_size;     // the source's level-0 face size in texels
out vec4 frag_color;

const int kSamples = 64;

vec2 hammersley(int i, int n) {
  uint bits = uint(i);
  bits = (bits << 16u) | (bits >> 16u);
  bits = ((bits & 0x55555555u) << 1u) | ((bits & 0xAAAAAAAAu) >> 1u);
  bits = ((bits & 0x33333333u) << 2u) | ((bits & 0xCCCCCCCCu) >> 2u);
  bits = ((bits & 0x0F0F0F0Fu) << 4u) | ((bits & 0xF0F0F0F0u) >> 4u);
  bits = ((bits & 0x00FF00FFu) << 8u) | ((bits & 0xFF00FF00u) >> 8u);
  return vec2(float(i) / float(n), float(bits) * 2.3283064365386963e-10);
}

void main() {
  vec3 n = normalize(u_face_basis * vec3(v_ndc, 1.0));
  vec3 up = abs(n.y) < 0.999 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
  vec3 tangent = normalize(cross(up, n));
  vec3 bitangent = cross(n, tangent);
  float alpha = u_roughness * u_roughness;
  float texel_solid_angle = 4.0 * PI / (6.0 * u_source_size * u_source_size);
  vec3 sum = vec3(0.0);
  float weight = 0.0;
  for (int i = 0; i < kSamples; ++i) {
    vec2 xi = hammersley(i, kSamples);
    float phi = 2.0 * PI * xi.x;
    float cos_theta = sqrt((1.0 - xi.y) / (1.0 + (alpha * alpha - 1.0) * xi.y));
    float sin_theta = sqrt(max(0.0, 1.0 - cos_theta * cos_theta));
    vec3 h = tangent * (sin_theta * cos(phi)) + bitangent * (sin_theta * sin(phi)) + n * cos_theta;
    vec3 l = 2.0 * dot(n, h) * h - n;
    float n_dot_l = dot(n, l);
    if (n_dot_l <= 0.0) continue;
    // GGX's density of this direction (with N = V, pdf = D / 4) and the solid angle it stands for.
    float d_denominator = cos_theta * cos_theta * (alpha * alpha - 1.0) + 1.0;
    float d = alpha * alpha / (PI * d_denominator * d_denominator);
    float sample_solid_angle = 1.0 / (float(kSamples) * d * 0.25 + 1e-6);
    float lod = max(0.5 * log2(sample_solid_angle / texel_solid_angle) + 1.0, 0.0);
    sum += textureLod(u_source, l, lod).rgb * n_dot_l;
    weight += n_dot_l;
  }
  frag_color = vec4(sum / max(weight, 1e-4), 1.0);
}
