#include "render/orbit_camera.hpp"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>

namespace facet::render {
namespace {
constexpr float kDegreesPerPixel = 0.35f;
constexpr float kMinDistanceMm = 18.0f;
constexpr float kMaxDistanceMm = 250.0f;
}  // namespace

void OrbitCamera::orbit(float dx_pixels, float dy_pixels) {
  yaw_deg -= dx_pixels * kDegreesPerPixel;
  pitch_deg = std::clamp(pitch_deg + dy_pixels * kDegreesPerPixel, -85.0f, 85.0f);
}

void OrbitCamera::zoom(float wheel_steps) { pinch(std::pow(1.12f, wheel_steps)); }

void OrbitCamera::pinch(float scale) {
  if (scale > 0.0f) distance_mm = std::clamp(distance_mm / scale, kMinDistanceMm, kMaxDistanceMm);
}

void OrbitCamera::frame_radius(float radius_mm, float aspect, float visible_width, float visible_height) {
  const float tan_half_y = std::tan(glm::radians(fov_deg) * 0.5f);
  // Half-angles of the visible region, vertically and horizontally; the tighter one decides.
  const float half_y = std::atan(tan_half_y * visible_height);
  const float half_x = std::atan(tan_half_y * aspect * visible_width);
  const float half = std::min(half_x, half_y);
  distance_mm = std::clamp(radius_mm / std::sin(half) * 1.1f, kMinDistanceMm, kMaxDistanceMm);
}

void OrbitCamera::face(const glm::vec3& point_mm) {
  const glm::vec3 away = point_mm - target;
  if (glm::length(away) < 1e-4f) return;
  const glm::vec3 d = glm::normalize(away);
  pitch_deg = std::clamp(glm::degrees(std::asin(d.y)), -60.0f, 60.0f);
  // Straight above or below the centre: any side will do, so the customer's stays.
  if (std::hypot(d.x, d.z) > 0.2f) yaw_deg = glm::degrees(std::atan2(d.x, d.z));
}

glm::vec3 OrbitCamera::position() const {
  const float yaw = glm::radians(yaw_deg), pitch = glm::radians(pitch_deg);
  return target + distance_mm * glm::vec3(std::sin(yaw) * std::cos(pitch), std::sin(pitch), std::cos(yaw) * std::cos(pitch));
}

glm::mat4 OrbitCamera::view() const { return glm::lookAt(position(), target, glm::vec3(0.0f, 1.0f, 0.0f)); }

glm::mat4 OrbitCamera::projection(float aspect) const {
  glm::mat4 p = glm::perspective(glm::radians(fov_deg), aspect, distance_mm * 0.05f, distance_mm * 4.0f);
  // Clip-space x spans 2 across the viewport: translate after the perspective divide.
  p[2][0] -= 2.0f * lens_shift_x;
  p[2][1] -= 2.0f * lens_shift_y;
  return p;
}

}  // namespace facet::render
