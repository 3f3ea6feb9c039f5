// DPMSolverMultistepScheduler (see dpm_solver_multistep_scheduler.h). Every update keeps
// diffusers' 0-d float32 arithmetic and operation order.
#include "core/schedulers/dpm_solver_multistep_scheduler.h"

#include <cmath>
#include <limits>
#include <utility>

#include <ATen/ATen.h>

#include "core/error.h"

namespace cds {

namespace {

const char* const kClass = "DPMSolverMultistepScheduler";

// diffusers' _sigma_to_alpha_sigma_t; Python's `1 / x` on a tensor is x.reciprocal() * 1.
std::pair<at::Tensor, at::Tensor> alpha_sigma(const at::Tensor& sigma) {
  auto alpha_t = (sigma.pow(2) + 1).pow(0.5).reciprocal();
  auto sigma_t = sigma * alpha_t;
  return {alpha_t, sigma_t};
}

at::Tensor lambda_of(const at::Tensor& alpha, const at::Tensor& sigma) {
  return alpha.log() - sigma.log();
}

}  // namespace

DpmSolverMultistepScheduler::DpmSolverMultistepScheduler(const SchedulerConfig& config)
    : Scheduler(prediction_type_of(config, kClass, {"epsilon", "sample", "v_prediction"})),
      schedule_(make_noise_schedule(config, kClass, ZeroSnr::rescale_and_floor)),
      spacing_(timestep_spacing_of(config, kClass, TimestepSpacing::linspace)),
      steps_offset_(config.steps_offset.value_or(0)),
      solver_order_(config.solver_order.value_or(2)),
      lower_order_final_(config.lower_order_final.value_or(true)),
      euler_at_final_(config.euler_at_final.value_or(false)),
      use_karras_sigmas_(config.use_karras_sigmas.value_or(false)),
      lambda_min_clipped_(
          config.lambda_min_clipped.value_or(-std::numeric_limits<double>::infinity())) {
  const std::string algorithm = config.algorithm_type.value_or("dpmsolver++");
  if (algorithm == "dpmsolver++" || algorithm == "deis")  // diffusers maps "deis" to dpmsolver++
    algorithm_ = Algorithm::dpmsolver_pp;
  else if (algorithm == "dpmsolver")
    algorithm_ = Algorithm::dpmsolver;
  else if (algorithm == "sde-dpmsolver++")
    algorithm_ = Algorithm::sde_dpmsolver_pp;
  else
    throw_unsupported(kClass, "algorithm_type \"" + algorithm + "\"");
  const std::string solver = config.solver_type.value_or("midpoint");
  if (solver == "heun")
    midpoint_ = false;
  else if (solver == "midpoint" || solver == "logrho" || solver == "bh1" || solver == "bh2")
    midpoint_ = true;  // diffusers maps the other solvers' names to midpoint
  else
    throw_unsupported(kClass, "solver_type \"" + solver + "\"");
  const std::string final_type = config.final_sigmas_type.value_or("zero");
  if (final_type != "zero" && final_type != "sigma_min")
    throw_unsupported(kClass, "final_sigmas_type \"" + final_type + "\"");
  final_sigma_min_ = final_type == "sigma_min";
  if (algorithm_ == Algorithm::dpmsolver && !final_sigma_min_)
    throw_unsupported(kClass, "final_sigmas_type \"zero\" with algorithm_type \"dpmsolver\"");
  if (solver_order_ < 1 || solver_order_ > 3 ||
      (solver_order_ == 3 && algorithm_ == Algorithm::sde_dpmsolver_pp))
    throw_unsupported(kClass,
                      "solver_order " + std::to_string(solver_order_) + " with " + algorithm);
  if (config.thresholding.value_or(false)) throw_unsupported(kClass, "thresholding");
  const std::string variance = config.variance_type.value_or("");
  if (variance == "learned" || variance == "learned_range")
    throw_unsupported(kClass, "variance_type " + variance);
  if (config.use_exponential_sigmas.value_or(false))
    throw_unsupported(kClass, "use_exponential_sigmas");
  if (config.use_beta_sigmas.value_or(false)) throw_unsupported(kClass, "use_beta_sigmas");
  if (config.use_lu_lambdas.value_or(false)) throw_unsupported(kClass, "use_lu_lambdas");
  // diffusers reads sigma_min / sigma_max for Karras sigmas when the config carries them.
  sigma_min_ = config.sigma_min;
  sigma_max_ = config.sigma_max;

  const auto& ac = schedule_.alphas_cumprod;
  lambda_t_ = at::log(at::sqrt(ac)) - at::log(at::sqrt(1 - ac));
}

std::vector<int64_t> DpmSolverMultistepScheduler::spaced(int64_t n) const {
  const int64_t n_train = schedule_.num_train_timesteps;
  // searchsorted(flip(lambda_t), lambda_min_clipped): how many lambdas lie below the clip.
  int64_t clipped = 0;
  const auto lambdas = lambda_t_.contiguous();
  for (int64_t k = 0; k < lambdas.numel(); ++k)
    if (static_cast<double>(lambdas.data_ptr<float>()[k]) < lambda_min_clipped_) ++clipped;
  const int64_t last = n_train - clipped;

  std::vector<int64_t> t;
  if (spacing_ == TimestepSpacing::linspace) {
    const auto v = np::linspace(0, static_cast<double>(last - 1), n + 1);
    for (int64_t k = n; k >= 1; --k) t.push_back(static_cast<int64_t>(np::round(v[k])));
  } else if (spacing_ == TimestepSpacing::leading) {
    const int64_t ratio = last / (n + 1);
    for (int64_t k = n; k >= 1; --k) t.push_back(k * ratio + steps_offset_);
  } else {
    const double ratio = static_cast<double>(n_train) / static_cast<double>(n);
    for (const double v : np::arange(static_cast<double>(last), 0, -ratio))
      t.push_back(static_cast<int64_t>(np::round(v)) - 1);
  }
  return t;
}

void DpmSolverMultistepScheduler::set_timesteps(int64_t num_inference_steps) {
  check_inference_steps(num_inference_steps, schedule_.num_train_timesteps, kClass);
  auto timesteps = spaced(num_inference_steps);
  const auto train = train_sigmas(schedule_.alphas_cumprod);
  std::vector<double> sigmas;
  if (use_karras_sigmas_) {
    std::vector<float> log_sigmas;
    for (const float s : train) log_sigmas.push_back(std::log(s));
    sigmas = karras_sigmas(sigma_min_.value_or(train.front()), sigma_max_.value_or(train.back()),
                           num_inference_steps);
    timesteps.clear();
    for (const double s : sigmas)
      timesteps.push_back(static_cast<int64_t>(np::round(sigma_to_t(s, log_sigmas))));
  } else {
    sigmas = np::interp(std::vector<double>(timesteps.begin(), timesteps.end()),
                        std::vector<double>(train.begin(), train.end()));
  }
  sigmas.push_back(final_sigma(schedule_.alphas_cumprod, final_sigma_min_));
  sigmas_ = float32_tensor(sigmas);
  timesteps_ = int64_tensor(timesteps);
  model_outputs_.assign(static_cast<size_t>(solver_order_), at::Tensor());
  lower_order_nums_ = 0;
  next_step_ = 0;
}

at::Tensor DpmSolverMultistepScheduler::convert_model_output(const at::Tensor& model_output,
                                                             int64_t i,
                                                             const at::Tensor& sample) const {
  if (prediction_type_ == "sample" && algorithm_ != Algorithm::dpmsolver) return model_output;
  if (prediction_type_ == "epsilon" && algorithm_ == Algorithm::dpmsolver) return model_output;
  const auto [alpha_t, sigma_t] = alpha_sigma(sigmas_[i]);
  if (algorithm_ == Algorithm::dpmsolver) {  // DPM-Solver integrates the noise prediction
    if (prediction_type_ == "sample") return (sample - alpha_t * model_output) / sigma_t;
    return alpha_t * model_output + sigma_t * sample;
  }
  // DPM-Solver++ integrates the data prediction x0.
  if (prediction_type_ == "epsilon") return (sample - sigma_t * model_output) / alpha_t;
  return alpha_t * sample - sigma_t * model_output;
}

at::Tensor DpmSolverMultistepScheduler::first_order_update(const at::Tensor& m0, int64_t i,
                                                           const at::Tensor& sample,
                                                           const at::Tensor& noise) const {
  const auto [alpha_t, sigma_t] = alpha_sigma(sigmas_[i + 1]);
  const auto [alpha_s, sigma_s] = alpha_sigma(sigmas_[i]);
  const auto h = lambda_of(alpha_t, sigma_t) - lambda_of(alpha_s, sigma_s);
  if (algorithm_ == Algorithm::dpmsolver_pp)
    return (sigma_t / sigma_s) * sample - (alpha_t * ((-h).exp() - 1.0)) * m0;
  if (algorithm_ == Algorithm::dpmsolver)
    return (alpha_t / alpha_s) * sample - (sigma_t * (h.exp() - 1.0)) * m0;
  return (sigma_t / sigma_s * (-h).exp()) * sample + (alpha_t * (1 - (-2.0 * h).exp())) * m0 +
         sigma_t * (1.0 - (-2 * h).exp()).sqrt() * noise;
}

at::Tensor DpmSolverMultistepScheduler::second_order_update(int64_t i, const at::Tensor& sample,
                                                            const at::Tensor& noise) const {
  const auto [alpha_t, sigma_t] = alpha_sigma(sigmas_[i + 1]);
  const auto [alpha_s0, sigma_s0] = alpha_sigma(sigmas_[i]);
  const auto [alpha_s1, sigma_s1] = alpha_sigma(sigmas_[i - 1]);
  const auto lambda_t = lambda_of(alpha_t, sigma_t);
  const auto lambda_s0 = lambda_of(alpha_s0, sigma_s0);
  const auto lambda_s1 = lambda_of(alpha_s1, sigma_s1);
  const size_t n = model_outputs_.size();
  const auto& m0 = model_outputs_[n - 1];
  const auto& m1 = model_outputs_[n - 2];
  const auto h = lambda_t - lambda_s0;
  const auto h_0 = lambda_s0 - lambda_s1;
  const auto r0 = h_0 / h;
  const auto& d0 = m0;
  const auto d1 = r0.reciprocal() * (m0 - m1);
  if (algorithm_ == Algorithm::dpmsolver_pp) {  // arXiv 2211.01095
    if (midpoint_)
      return (sigma_t / sigma_s0) * sample - (alpha_t * ((-h).exp() - 1.0)) * d0 -
             0.5 * (alpha_t * ((-h).exp() - 1.0)) * d1;
    return (sigma_t / sigma_s0) * sample - (alpha_t * ((-h).exp() - 1.0)) * d0 +
           (alpha_t * (((-h).exp() - 1.0) / h + 1.0)) * d1;
  }
  if (algorithm_ == Algorithm::dpmsolver) {  // arXiv 2206.00927
    if (midpoint_)
      return (alpha_t / alpha_s0) * sample - (sigma_t * (h.exp() - 1.0)) * d0 -
             0.5 * (sigma_t * (h.exp() - 1.0)) * d1;
    return (alpha_t / alpha_s0) * sample - (sigma_t * (h.exp() - 1.0)) * d0 -
           (sigma_t * ((h.exp() - 1.0) / h - 1.0)) * d1;
  }
  if (midpoint_)
    return (sigma_t / sigma_s0 * (-h).exp()) * sample + (alpha_t * (1 - (-2.0 * h).exp())) * d0 +
           0.5 * (alpha_t * (1 - (-2.0 * h).exp())) * d1 +
           sigma_t * (1.0 - (-2 * h).exp()).sqrt() * noise;
  return (sigma_t / sigma_s0 * (-h).exp()) * sample + (alpha_t * (1 - (-2.0 * h).exp())) * d0 +
         (alpha_t * ((1.0 - (-2.0 * h).exp()) / (-2.0 * h) + 1.0)) * d1 +
         sigma_t * (1.0 - (-2 * h).exp()).sqrt() * noise;
}

at::Tensor DpmSolverMultistepScheduler::third_order_update(int64_t i,
                                                           const at::Tensor& sample) const {
  const auto [alpha_t, sigma_t] = alpha_sigma(sigmas_[i + 1]);
  const auto [alpha_s0, sigma_s0] = alpha_sigma(sigmas_[i]);
  const auto [alpha_s1, sigma_s1] = alpha_sigma(sigmas_[i - 1]);
  const auto [alpha_s2, sigma_s2] = alpha_sigma(sigmas_[i - 2]);
  const auto lambda_t = lambda_of(alpha_t, sigma_t);
  const auto lambda_s0 = lambda_of(alpha_s0, sigma_s0);
  const auto lambda_s1 = lambda_of(alpha_s1, sigma_s1);
  const auto lambda_s2 = lambda_of(alpha_s2, sigma_s2);
  const size_t n = model_outputs_.size();
  const auto& m0 = model_outputs_[n - 1];
  const auto& m1 = model_outputs_[n - 2];
  const auto& m2 = model_outputs_[n - 3];
  const auto h = lambda_t - lambda_s0;
  const auto h_0 = lambda_s0 - lambda_s1;
  const auto h_1 = lambda_s1 - lambda_s2;
  const auto r0 = h_0 / h;
  const auto r1 = h_1 / h;
  const auto& d0 = m0;
  const auto d1_0 = r0.reciprocal() * (m0 - m1);
  const auto d1_1 = r1.reciprocal() * (m1 - m2);
  const auto d1 = d1_0 + (r0 / (r0 + r1)) * (d1_0 - d1_1);
  const auto d2 = (r0 + r1).reciprocal() * (d1_0 - d1_1);
  if (algorithm_ == Algorithm::dpmsolver_pp)
    return (sigma_t / sigma_s0) * sample - (alpha_t * ((-h).exp() - 1.0)) * d0 +
           (alpha_t * (((-h).exp() - 1.0) / h + 1.0)) * d1 -
           (alpha_t * (((-h).exp() - 1.0 + h) / h.pow(2) - 0.5)) * d2;
  return (alpha_t / alpha_s0) * sample - (sigma_t * (h.exp() - 1.0)) * d0 -
         (sigma_t * ((h.exp() - 1.0) / h - 1.0)) * d1 -
         (sigma_t * ((h.exp() - 1.0 - h) / h.pow(2) - 0.5)) * d2;
}

SchedulerStep DpmSolverMultistepScheduler::step(const at::Tensor& model_output, size_t step_index,
                                                const at::Tensor& sample_in,
                                                const NoiseSource& noise) {
  check_step_index(step_index, timesteps_, kClass);
  // The solver history assumes consecutive steps, as diffusers' internal step counter does.
  if (step_index != next_step_)
    throw CoreError(std::string(kClass) + ": step " + std::to_string(step_index) +
                    " out of order (expected " + std::to_string(next_step_) + ")");
  const auto i = static_cast<int64_t>(step_index);
  const int64_t n = timesteps_.numel();
  // Improve numerical stability for small number of steps (diffusers' comment).
  const bool lower_order_final =
      i == n - 1 && (euler_at_final_ || (lower_order_final_ && n < 15) || !final_sigma_min_);
  const bool lower_order_second = i == n - 2 && lower_order_final_ && n < 15;

  const auto converted = convert_model_output(model_output, i, sample_in);
  for (int64_t k = 0; k + 1 < solver_order_; ++k) model_outputs_[k] = model_outputs_[k + 1];
  model_outputs_.back() = converted;

  // Upcast to avoid precision issues when computing prev_sample (diffusers' comment).
  const auto sample = sample_in.to(at::kFloat);
  at::Tensor variance_noise;
  if (algorithm_ == Algorithm::sde_dpmsolver_pp)
    variance_noise =
        draw_noise(noise, converted.sizes(), converted.options().dtype(at::kFloat), kClass);

  at::Tensor prev_sample;
  if (solver_order_ == 1 || lower_order_nums_ < 1 || lower_order_final)
    prev_sample = first_order_update(converted, i, sample, variance_noise);
  else if (solver_order_ == 2 || lower_order_nums_ < 2 || lower_order_second)
    prev_sample = second_order_update(i, sample, variance_noise);
  else
    prev_sample = third_order_update(i, sample);
  if (lower_order_nums_ < solver_order_) ++lower_order_nums_;
  ++next_step_;
  return {prev_sample.to(converted.scalar_type()), at::Tensor()};
}

}  // namespace cds
