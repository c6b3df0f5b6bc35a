// An orbit camera around the piece: drag to turn, wheel or pinch to zoom.
#pragma once

#include <glm/glm.hpp>

namespace facet::render {

struct OrbitCamera {
  float yaw_deg = 25.0f;     // around the vertical axis
  float pitch_deg = 18.0f;   // above the horizon
  float distance_mm = 60.0f;
  glm::vec3 target{0.0f};
  float fov_deg = 30.0f;
  // Shifts the picture's centre horizontally, in fractions of the viewport width, so the piece sits
  // in the space beside a panel rather than behind it.
  float lens_shift_x = 0.0f;
  float lens_shift_y = 0.0f;  // likewise vertically, in fractions of the height (positive: up)

  void orbit(float dx_pixels, float dy_pixels);
  void zoom(float wheel_steps);        // positive: closer
  void pinch(float scale);             // > 1: fingers apart, closer
  // Distance that fits a sphere of this radius into the part of the view that is visible:
  // `visible_width` and `visible_height` are fractions of the viewport, `aspect` its width / height.
  void frame_radius(float radius_mm, float aspect, float visible_width = 1.0f, float visible_height = 1.0f);

  // Turns (not zooms) to look at `point_mm` from the side it is on, from at most 60 degrees above
  // or below: a check's place on the piece, say.
  void face(const glm::vec3& point_mm);

  glm::vec3 position() const;
  glm::mat4 view() const;
  glm::mat4 projection(float aspect) const;
};

}  // namespace facet::render
