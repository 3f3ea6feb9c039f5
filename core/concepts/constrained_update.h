// The closed-form solution of Custom Diffusion's multi-concept merge (Kumari et al., CVPR 2023,
// sec. 3 "constrained optimization"; the original repository's src/composenW.py):
//   W = argmin ||W C_reg^T - W0 C_reg^T||_F  subject to  W C^T = V^T
//     = W0 + (V^T - W0 C^T) (C G^-1 C^T)^-1 C G^-1,   G = C_reg^T C_reg.
#pragma once

#include <cstdint>

#include <ATen/core/Tensor.h>

namespace cds {

struct ConstrainedSolveInfo {
  int64_t constraints = 0;  // rows of C
  // The rank of the whitened constraints; below `constraints` when target features repeat or
  // depend on each other. Then the solution is the least-squares one (exact when the repeated
  // rows ask for the same outputs).
  int64_t rank = 0;
  // The largest over the smallest kept singular value of the whitened constraints: large when
  // target features are nearly dependent (then W grows large to tell them apart).
  double condition = 0;
  double ridge = 0;  // added to G's diagonal when G is singular (fewer features than width)
  double target_relative_error = 0;  // ||W C^T - V^T||_F / ||V^T||_F
};

// W0 [out, in]; C [n, in] target features; V [n, out] their wanted outputs; C_reg [m, in]
// regularization features. Solved in float64 without forming an explicit inverse: with
// G = L L^T (Cholesky) the problem is min ||X||_F s.t. X (L^-1 C^T) = R, R = V^T - W0 C^T, whose
// minimum-norm solution X = R pinv(L^-1 C^T) comes from an SVD, and W = W0 + X L^-1. Returns
// float64 [out, in]. Throws CoreError for mismatched shapes.
//
// `ridge_fraction` > 0 adds that fraction of G's mean eigenvalue to its diagonal, i.e. also
// penalises ||W - W0||_F a little. The constraints stay exact; only the choice among the weights
// that meet them changes. 0 is the paper's problem as stated (a G that is singular still gets
// 1e-10 of its mean eigenvalue, reported in `ridge`).
at::Tensor constrained_update(const at::Tensor& W0, const at::Tensor& C, const at::Tensor& V,
                              const at::Tensor& C_reg, double ridge_fraction = 0,
                              ConstrainedSolveInfo* info = nullptr);

}  // namespace cds
