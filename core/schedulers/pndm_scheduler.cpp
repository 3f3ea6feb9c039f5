// PNDMScheduler (see pndm_scheduler.h). The step index must advance one by one, as diffusers'
// internal counter does; scalars stay 0-d float32 tensors in diffusers' operation order.
#include "core/schedulers/pndm_scheduler.h"

#include <algorithm>

#include <ATen/ATen.h>

#include "core/error.h"

namespace cds {

namespace {
const char* const kClass = "PNDMScheduler";
}

PndmScheduler::PndmScheduler(const SchedulerConfig& config)
    : Scheduler(prediction_type_of(config, kClass, {"epsilon", "v_prediction"})),
      schedule_(make_noise_schedule(config, kClass, ZeroSnr::ignored)),
      spacing_(timestep_spacing_of(config, kClass, TimestepSpacing::leading)),
      steps_offset_(config.steps_offset.value_or(0)),
      skip_prk_steps_(config.skip_prk_steps.value_or(false)) {
  final_alpha_cumprod_ = config.set_alpha_to_one.value_or(false)
                             ? at::ones({}, at::TensorOptions().dtype(at::kFloat))
                             : schedule_.alphas_cumprod[0];
}

void PndmScheduler::set_timesteps(int64_t num_inference_steps) {
  const int64_t n_train = schedule_.num_train_timesteps;
  check_inference_steps(num_inference_steps, n_train, kClass);
  num_inference_steps_ = num_inference_steps;
  // diffusers' self._timesteps, ascending.
  auto base = spaced_timesteps(spacing_, n_train, num_inference_steps, steps_offset_);
  std::reverse(base.begin(), base.end());
  const auto n = static_cast<int64_t>(base.size());

  std::vector<int64_t> plms;
  prk_timesteps_.clear();
  if (skip_prk_steps_) {
    // concatenate([_timesteps[:-1], _timesteps[-2:-1], _timesteps[-1:]])[::-1]
    plms.assign(base.begin(), base.end() - 1);
    if (n >= 2) plms.push_back(base[n - 2]);
    plms.push_back(base[n - 1]);
    std::reverse(plms.begin(), plms.end());
  } else {
    if (n < kPndmOrder) throw_unsupported(kClass, "fewer than 4 steps with Runge-Kutta warm-up");
    // _timesteps[-4:].repeat(2) + tile([0, N // n // 2], 4), then [:-1].repeat(2)[1:-1][::-1]
    const int64_t half = n_train / num_inference_steps / 2;
    std::vector<int64_t> prk;
    for (int64_t k = n - kPndmOrder; k < n; ++k) {
      prk.push_back(base[k]);
      prk.push_back(base[k] + half);
    }
    prk.pop_back();
    std::vector<int64_t> doubled;
    for (const int64_t v : prk) doubled.insert(doubled.end(), {v, v});
    prk_timesteps_.assign(doubled.begin() + 1, doubled.end() - 1);
    std::reverse(prk_timesteps_.begin(), prk_timesteps_.end());
    plms.assign(base.begin(), base.end() - 3);
    std::reverse(plms.begin(), plms.end());
  }
  std::vector<int64_t> all = prk_timesteps_;
  all.insert(all.end(), plms.begin(), plms.end());
  timesteps_ = int64_tensor(all);

  ets_.clear();
  counter_ = 0;
  cur_model_output_ = at::Tensor();
  cur_sample_ = at::Tensor();
}

SchedulerStep PndmScheduler::step(const at::Tensor& model_output, size_t step_index,
                                  const at::Tensor& sample, const NoiseSource&) {
  check_step_index(step_index, timesteps_, kClass);
  // diffusers keys its state on an internal counter; a skipped or repeated index would
  // silently corrupt it, so refuse it.
  if (static_cast<int64_t>(step_index) != counter_)
    throw CoreError(std::string(kClass) + ": step " + std::to_string(step_index) +
                    " out of order (expected " + std::to_string(counter_) + ")");
  const int64_t t = timesteps_[static_cast<int64_t>(step_index)].item<int64_t>();
  if (counter_ < static_cast<int64_t>(prk_timesteps_.size()) && !skip_prk_steps_)
    return {step_prk(model_output, t, sample), at::Tensor()};
  return {step_plms(model_output, t, sample), at::Tensor()};
}

at::Tensor PndmScheduler::step_prk(const at::Tensor& model_output, int64_t timestep,
                                   const at::Tensor& sample) {
  const int64_t half = schedule_.num_train_timesteps / num_inference_steps_ / 2;
  const int64_t diff_to_prev = counter_ % 2 ? 0 : half;
  const int64_t prev_timestep = timestep - diff_to_prev;
  timestep = prk_timesteps_[counter_ / 4 * 4];

  at::Tensor output = model_output;
  if (counter_ % 4 == 0) {
    cur_model_output_ = (1.0 / 6) * model_output;
    ets_.push_back(model_output);
    cur_sample_ = sample;
  } else if ((counter_ - 1) % 4 == 0 || (counter_ - 2) % 4 == 0) {
    cur_model_output_ += (1.0 / 3) * model_output;
  } else {
    output = cur_model_output_ + (1.0 / 6) * model_output;
    cur_model_output_ = at::Tensor();
  }
  const at::Tensor& cur_sample = cur_sample_.defined() ? cur_sample_ : sample;
  auto prev = prev_sample(cur_sample, timestep, prev_timestep, output);
  ++counter_;
  return prev;
}

at::Tensor PndmScheduler::step_plms(const at::Tensor& model_output, int64_t timestep,
                                    const at::Tensor& sample_in) {
  const int64_t ratio = schedule_.num_train_timesteps / num_inference_steps_;
  int64_t prev_timestep = timestep - ratio;
  if (counter_ != 1) {
    if (ets_.size() > 3) ets_.erase(ets_.begin(), ets_.end() - 3);
    ets_.push_back(model_output);
  } else {
    prev_timestep = timestep;
    timestep = timestep + ratio;
  }

  at::Tensor output;
  at::Tensor sample = sample_in;
  const size_t n = ets_.size();
  if (n == 1 && counter_ == 0) {
    output = model_output;
    cur_sample_ = sample;
  } else if (n == 1 && counter_ == 1) {
    output = (model_output + ets_[n - 1]) / 2;
    sample = cur_sample_;
    cur_sample_ = at::Tensor();
  } else if (n == 2) {
    output = (3 * ets_[n - 1] - ets_[n - 2]) / 2;
  } else if (n == 3) {
    output = (23 * ets_[n - 1] - 16 * ets_[n - 2] + 5 * ets_[n - 3]) / 12;
  } else {
    output =
        (1.0 / 24) * (55 * ets_[n - 1] - 59 * ets_[n - 2] + 37 * ets_[n - 3] - 9 * ets_[n - 4]);
  }
  auto prev = prev_sample(sample, timestep, prev_timestep, output);
  ++counter_;
  return prev;
}

// Formula (9) of the PNDM paper.
at::Tensor PndmScheduler::prev_sample(const at::Tensor& sample, int64_t timestep,
                                      int64_t prev_timestep, at::Tensor model_output) const {
  const auto alpha_prod_t = schedule_.alphas_cumprod[timestep];
  const auto alpha_prod_t_prev =
      prev_timestep >= 0 ? schedule_.alphas_cumprod[prev_timestep] : final_alpha_cumprod_;
  const auto beta_prod_t = 1 - alpha_prod_t;
  const auto beta_prod_t_prev = 1 - alpha_prod_t_prev;

  if (prediction_type_ == "v_prediction")
    model_output = alpha_prod_t.pow(0.5) * model_output + beta_prod_t.pow(0.5) * sample;

  // (alpha_(t-d) - alpha_t) / (sqrt(alpha_t) * (sqrt(alpha_(t-d)) + sqrt(alpha_t))) + 1
  const auto sample_coeff = (alpha_prod_t_prev / alpha_prod_t).pow(0.5);
  // denominator of e_theta(x_t, t) in formula (9)
  const auto model_output_denom_coeff = alpha_prod_t * beta_prod_t_prev.pow(0.5) +
                                        (alpha_prod_t * beta_prod_t * alpha_prod_t_prev).pow(0.5);
  return sample_coeff * sample -
         (alpha_prod_t_prev - alpha_prod_t) * model_output / model_output_denom_coeff;
}

}  // namespace cds
