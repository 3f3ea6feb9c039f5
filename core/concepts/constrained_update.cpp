// Custom Diffusion's constrained merge of one weight (see constrained_update.h).
#include "core/concepts/constrained_update.h"

#include <limits>

#include <torch/torch.h>

#include "core/error.h"

namespace cds {

at::Tensor constrained_update(const at::Tensor& W0_in, const at::Tensor& C_in,
                              const at::Tensor& V_in, const at::Tensor& C_reg_in,
                              double ridge_fraction, ConstrainedSolveInfo* info) {
  const auto W0 = W0_in.detach().to(torch::kCPU, torch::kDouble);
  const auto C = C_in.detach().to(torch::kCPU, torch::kDouble);
  const auto V = V_in.detach().to(torch::kCPU, torch::kDouble);
  const auto C_reg = C_reg_in.detach().to(torch::kCPU, torch::kDouble);
  if (W0.dim() != 2 || C.dim() != 2 || V.dim() != 2 || C_reg.dim() != 2 ||
      C.size(1) != W0.size(1) || C_reg.size(1) != W0.size(1) || V.size(0) != C.size(0) ||
      V.size(1) != W0.size(0) || C.size(0) == 0 || C_reg.size(0) == 0)
    throw CoreError(
        "constrained merge: mismatched shapes (W0 [out, in], C [n, in], V [n, out], "
        "C_reg [m, in] with n, m > 0)");
  const int64_t in = W0.size(1);
  ConstrainedSolveInfo local;
  local.constraints = C.size(0);

  // G = C_reg^T C_reg plus `ridge_fraction` of its mean eigenvalue on the diagonal (see the
  // header). A G that is still singular (fewer features than the width) gets 1e-10 of it.
  auto G = torch::matmul(C_reg.t(), C_reg);
  const double mean_eigenvalue = torch::trace(G).item<double>() / double(in);
  const double eps = std::numeric_limits<double>::epsilon();
  local.ridge = ridge_fraction * mean_eigenvalue;
  if (local.ridge > 0) G = G + local.ridge * torch::eye(in, G.options());
  auto [L, status] = torch::linalg_cholesky_ex(G);
  const auto diag = torch::diagonal(L);
  if (status.item<int64_t>() != 0 ||
      (diag.min() / diag.max()).item<double>() < std::sqrt(eps) * 1e-2) {
    const double extra = mean_eigenvalue > 0 ? 1e-10 * mean_eigenvalue : 1e-10;
    local.ridge += extra;
    G = G + extra * torch::eye(in, G.options());
    L = torch::linalg_cholesky(G);
  }
  // B = L^-1 C^T [in, n]: the constraints in whitened coordinates.
  const auto B = torch::linalg_solve_triangular(L, C.t(), /*upper=*/false);
  const auto R = V.t() - torch::matmul(W0, C.t());  // [out, n]
  auto [U, S, Vh] = torch::linalg_svd(B, /*full_matrices=*/false);
  const double s_max = S.numel() ? S.max().item<double>() : 0.0;
  const double tol = s_max * double(std::max(B.size(0), B.size(1))) * eps * 1e3;
  const auto keep = S > tol;
  local.rank = keep.sum().item<int64_t>();
  if (local.rank > 0) local.condition = s_max / S.masked_select(keep).min().item<double>();
  // X = R pinv(B) = R V_r S_r^-1 U_r^T  [out, in]
  const auto S_inv = torch::where(keep, 1.0 / S, torch::zeros_like(S));
  const auto X = torch::matmul(torch::matmul(R, Vh.t()) * S_inv, U.t());
  // W - W0 = X L^-1, i.e. (L^-T X^T)^T.
  const auto delta = torch::linalg_solve_triangular(L.t(), X.t(), /*upper=*/true).t();
  const auto W = W0 + delta;
  const double v_norm = V.norm().item<double>();
  const double residual = (torch::matmul(W, C.t()) - V.t()).norm().item<double>();
  local.target_relative_error = v_norm > 0 ? residual / v_norm : residual;
  if (info) *info = local;
  return W;
}

}  // namespace cds
