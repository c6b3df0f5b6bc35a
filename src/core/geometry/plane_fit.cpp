#include "core/geometry/plane_fit.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

namespace facet::geometry {

namespace {

// Eigen-decomposition of a symmetric 3x3 matrix by Jacobi rotations (no library offers one that
// fits in the core without pulling in a linear algebra package for this one use).
void symmetric_eigen(double m[3][3], double values[3], double vectors[3][3]) {
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) vectors[i][j] = i == j ? 1.0 : 0.0;
  }
  for (int sweep = 0; sweep < 12; ++sweep) {
    const double off = m[0][1] * m[0][1] + m[0][2] * m[0][2] + m[1][2] * m[1][2];
    if (off < 1e-24) break;
    for (int p = 0; p < 2; ++p) {
      for (int q = p + 1; q < 3; ++q) {
        if (std::fabs(m[p][q]) < 1e-300) continue;
        const double theta = (m[q][q] - m[p][p]) / (2.0 * m[p][q]);
        const double t = (theta >= 0 ? 1.0 : -1.0) / (std::fabs(theta) + std::sqrt(theta * theta + 1.0));
        const double c = 1.0 / std::sqrt(t * t + 1.0), s = t * c;
        for (int k = 0; k < 3; ++k) {  // m = J^T m J
          const double mkp = m[k][p], mkq = m[k][q];
          m[k][p] = c * mkp - s * mkq, m[k][q] = s * mkp + c * mkq;
        }
        for (int k = 0; k < 3; ++k) {
          const double mpk = m[p][k], mqk = m[q][k];
          m[p][k] = c * mpk - s * mqk, m[q][k] = s * mpk + c * mqk;
        }
        for (int k = 0; k < 3; ++k) {
          const double vkp = vectors[k][p], vkq = vectors[k][q];
          vectors[k][p] = c * vkp - s * vkq, vectors[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  for (int i = 0; i < 3; ++i) values[i] = m[i][i];
}

}  // namespace

void PlaneFit::add(const glm::dvec3& p, const glm::dvec3& n) {
  a[0] += n.x * n.x, a[1] += n.x * n.y, a[2] += n.x * n.z, a[3] += n.y * n.y, a[4] += n.y * n.z, a[5] += n.z * n.z;
  b += n * glm::dot(n, p);
  mass += p;
  ++count;
}

glm::dvec3 PlaneFit::solve(int* rank) const {
  const glm::dvec3 mean = mass / double(count);
  double m[3][3] = {{a[0], a[1], a[2]}, {a[1], a[3], a[4]}, {a[2], a[4], a[5]}};
  const glm::dvec3 residual = b - glm::dvec3(m[0][0] * mean.x + m[0][1] * mean.y + m[0][2] * mean.z,
                                             m[1][0] * mean.x + m[1][1] * mean.y + m[1][2] * mean.z,
                                             m[2][0] * mean.x + m[2][1] * mean.y + m[2][2] * mean.z);
  double values[3], vectors[3][3];
  symmetric_eigen(m, values, vectors);
  const double largest = std::max({std::fabs(values[0]), std::fabs(values[1]), std::fabs(values[2])});
  glm::dvec3 x = mean;
  int fixed = 0;
  for (int i = 0; i < 3; ++i) {
    if (std::fabs(values[i]) < 0.02 * largest) continue;
    const glm::dvec3 v(vectors[0][i], vectors[1][i], vectors[2][i]);
    x += v * (glm::dot(v, residual) / values[i]);
    ++fixed;
  }
  if (rank) *rank = fixed;
  return x;
}

}  // namespace facet::geometry
