// Betas, alphas_cumprod and the numpy helpers (see noise_schedule.h). Mirrors the __init__ of
// diffusers 0.31's schedulers (scheduling_ddim.py et al.), betas_for_alpha_bar and
// rescale_zero_terminal_snr, and numpy 1.24's linspace / arange / interp.
#include "core/schedulers/noise_schedule.h"

#include <algorithm>
#include <cmath>

#include <ATen/ATen.h>

#include "core/error.h"

namespace cds {

namespace {

// diffusers' betas_for_alpha_bar(alpha_transform_type="cosine", max_beta=0.999): Python
// floats (double), then torch.tensor(betas, dtype=torch.float32).
at::Tensor cosine_betas(int64_t n) {
  const double pi = 3.141592653589793;  // math.pi
  const auto alpha_bar = [pi](double t) {
    return std::pow(std::cos((t + 0.008) / 1.008 * pi / 2), 2.0);
  };
  std::vector<double> betas(n);
  for (int64_t i = 0; i < n; ++i) {
    const double t1 = static_cast<double>(i) / static_cast<double>(n);
    const double t2 = static_cast<double>(i + 1) / static_cast<double>(n);
    betas[i] = std::min(1 - alpha_bar(t2) / alpha_bar(t1), 0.999);
  }
  return float32_tensor(betas);
}

}  // namespace

NoiseSchedule make_noise_schedule(const SchedulerConfig& config, const std::string& scheduler_class,
                                  ZeroSnr zero_snr, bool allow_sigmoid) {
  NoiseSchedule s;
  s.num_train_timesteps = config.num_train_timesteps.value_or(1000);
  const int64_t n = s.num_train_timesteps;
  if (n < 2) throw_unsupported(scheduler_class, "num_train_timesteps " + std::to_string(n));
  const double beta_start = config.beta_start.value_or(0.0001);
  const double beta_end = config.beta_end.value_or(0.02);
  const std::string schedule = config.beta_schedule.value_or("linear");
  const auto f32 = at::TensorOptions().dtype(at::kFloat);
  if (config.trained_betas) {
    // diffusers does not check the length; a mismatch would index out of range later.
    if (static_cast<int64_t>(config.trained_betas->size()) != n)
      throw CoreError(scheduler_class + ": trained_betas has " +
                      std::to_string(config.trained_betas->size()) + " values, expected " +
                      std::to_string(n) + " (num_train_timesteps)");
    s.betas = float32_tensor(*config.trained_betas);
  } else if (schedule == "linear") {
    s.betas = at::linspace(beta_start, beta_end, n, f32);
  } else if (schedule == "scaled_linear") {
    // Python's beta_start**0.5 is pow(), not sqrt(); the square is torch's pow(t, 2).
    s.betas = at::linspace(std::pow(beta_start, 0.5), std::pow(beta_end, 0.5), n, f32).pow(2);
  } else if (schedule == "squaredcos_cap_v2") {
    s.betas = cosine_betas(n);
  } else if (schedule == "sigmoid" && allow_sigmoid) {
    s.betas = at::sigmoid(at::linspace(-6, 6, n, f32)) * (beta_end - beta_start) + beta_start;
  } else {
    throw_unsupported(scheduler_class, "beta_schedule \"" + schedule + "\"");
  }
  const bool rescale = config.rescale_betas_zero_snr.value_or(false);
  if (rescale && zero_snr != ZeroSnr::ignored) s.betas = rescale_zero_terminal_snr(s.betas);
  s.alphas_cumprod = at::cumprod(1.0 - s.betas, 0);
  // "Close to 0 without being 0 so first sigma is not inf" (diffusers' comment).
  if (rescale && zero_snr == ZeroSnr::rescale_and_floor)
    s.alphas_cumprod[n - 1].fill_(std::pow(2.0, -24));
  return s;
}

at::Tensor rescale_zero_terminal_snr(const at::Tensor& betas) {
  const auto alphas_cumprod = at::cumprod(1.0 - betas, 0);
  auto alphas_bar_sqrt = alphas_cumprod.sqrt();
  const auto sqrt_0 = alphas_bar_sqrt[0].clone();
  const auto sqrt_t = alphas_bar_sqrt[-1].clone();
  alphas_bar_sqrt -= sqrt_t;                      // last timestep becomes zero
  alphas_bar_sqrt *= sqrt_0 / (sqrt_0 - sqrt_t);  // first keeps its value
  const auto alphas_bar = alphas_bar_sqrt.pow(2);
  const auto alphas =
      at::cat({alphas_bar.slice(0, 0, 1), alphas_bar.slice(0, 1) / alphas_bar.slice(0, 0, -1)});
  return 1 - alphas;
}

double final_sigma(const at::Tensor& alphas_cumprod, bool sigma_min) {
  if (!sigma_min) return 0.0;
  const auto ac0 = alphas_cumprod[0];
  return ((1 - ac0) / ac0).pow(0.5).item<float>();
}

std::vector<float> train_sigmas(const at::Tensor& alphas_cumprod) {
  const auto sigmas = ((1 - alphas_cumprod) / alphas_cumprod).pow(0.5).contiguous();
  const float* p = sigmas.data_ptr<float>();
  return std::vector<float>(p, p + sigmas.numel());
}

// ---- configuration checks ----

void throw_unsupported(const std::string& scheduler_class, const std::string& what) {
  throw CoreError(scheduler_class + ": " + what + " is not supported");
}

std::string prediction_type_of(const SchedulerConfig& config, const std::string& scheduler_class,
                               const std::vector<std::string>& allowed) {
  const std::string p = config.prediction_type.value_or("epsilon");
  if (std::find(allowed.begin(), allowed.end(), p) == allowed.end())
    throw_unsupported(scheduler_class, "prediction_type \"" + p + "\"");
  return p;
}

TimestepSpacing timestep_spacing_of(const SchedulerConfig& config,
                                    const std::string& scheduler_class,
                                    TimestepSpacing class_default) {
  if (!config.timestep_spacing) return class_default;
  const std::string& s = *config.timestep_spacing;
  if (s == "linspace") return TimestepSpacing::linspace;
  if (s == "leading") return TimestepSpacing::leading;
  if (s == "trailing") return TimestepSpacing::trailing;
  throw_unsupported(scheduler_class, "timestep_spacing \"" + s + "\"");
}

void check_inference_steps(int64_t num_inference_steps, int64_t num_train_timesteps,
                           const std::string& scheduler_class) {
  // diffusers checks the upper bound in DDIM / DDPM only; beyond it no scheduler makes sense.
  if (num_inference_steps < 1 || num_inference_steps > num_train_timesteps)
    throw CoreError(scheduler_class + ": num_inference_steps must be between 1 and " +
                    std::to_string(num_train_timesteps) + ", got " +
                    std::to_string(num_inference_steps));
}

void check_step_index(size_t step_index, const at::Tensor& timesteps,
                      const std::string& scheduler_class) {
  if (!timesteps.defined() || timesteps.numel() == 0)
    throw CoreError(scheduler_class + ": set_timesteps must be called before step");
  if (step_index >= static_cast<size_t>(timesteps.numel()))
    throw CoreError(scheduler_class + ": step index " + std::to_string(step_index) +
                    " is past the last of " + std::to_string(timesteps.numel()) + " steps");
}

at::Tensor draw_noise(const NoiseSource& noise, at::IntArrayRef shape,
                      const at::TensorOptions& options, const std::string& scheduler_class) {
  if (!noise) throw CoreError(scheduler_class + ": this step needs a noise source");
  auto drawn = noise(shape, options);
  if (!drawn.sizes().equals(shape))
    throw CoreError(scheduler_class + ": the noise source returned a tensor of the wrong shape");
  return drawn.to(options);
}

// ---- numpy ----

namespace np {

std::vector<double> linspace(double start, double stop, int64_t num) {
  std::vector<double> y(static_cast<size_t>(std::max<int64_t>(num, 0)));
  if (num == 1) y[0] = start;
  if (num < 2) return y;
  const double div = static_cast<double>(num - 1);
  const double delta = stop - start;
  const double step = delta / div;
  for (int64_t i = 0; i < num; ++i) {
    const double k = static_cast<double>(i);
    y[i] = (step == 0 ? k / div * delta : k * step) + start;
  }
  y[num - 1] = stop;
  return y;
}

std::vector<double> arange(double start, double stop, double step) {
  const double len = std::ceil((stop - start) / step);
  if (!(len > 0)) return {};
  std::vector<double> y(static_cast<size_t>(len));
  y[0] = start;
  if (y.size() > 1) {
    // numpy fills from the first two values: start + i * ((start + step) - start).
    const double delta = (start + step) - start;
    for (size_t i = 1; i < y.size(); ++i) y[i] = start + static_cast<double>(i) * delta;
  }
  return y;
}

double round(double x) { return std::nearbyint(x); }

std::vector<double> interp(const std::vector<double>& x, const std::vector<double>& fp) {
  const auto n = static_cast<int64_t>(fp.size());
  std::vector<double> out(x.size());
  for (size_t i = 0; i < x.size(); ++i) {
    const double v = x[i];
    if (std::isnan(v)) {
      out[i] = v;
    } else if (v < 0) {
      out[i] = fp.front();
    } else if (v >= static_cast<double>(n - 1)) {
      out[i] = fp.back();
    } else {
      const auto j = static_cast<int64_t>(std::floor(v));
      const double xj = static_cast<double>(j);
      if (xj == v) {
        out[i] = fp[j];
      } else {
        const double slope = (fp[j + 1] - fp[j]) / (static_cast<double>(j + 1) - xj);
        out[i] = slope * (v - xj) + fp[j];
      }
    }
  }
  return out;
}

}  // namespace np

std::vector<int64_t> spaced_timesteps(TimestepSpacing spacing, int64_t num_train_timesteps,
                                      int64_t num_inference_steps, int64_t steps_offset) {
  std::vector<int64_t> t;
  if (spacing == TimestepSpacing::linspace) {
    for (const double v :
         np::linspace(0, static_cast<double>(num_train_timesteps - 1), num_inference_steps))
      t.push_back(static_cast<int64_t>(np::round(v)));
    std::reverse(t.begin(), t.end());
  } else if (spacing == TimestepSpacing::leading) {
    const int64_t ratio = num_train_timesteps / num_inference_steps;
    for (int64_t i = num_inference_steps - 1; i >= 0; --i) t.push_back(i * ratio + steps_offset);
  } else {
    const double ratio =
        static_cast<double>(num_train_timesteps) / static_cast<double>(num_inference_steps);
    for (const double v : np::arange(static_cast<double>(num_train_timesteps), 0, -ratio))
      t.push_back(static_cast<int64_t>(np::round(v)) - 1);
  }
  return t;
}

std::vector<double> euler_timesteps(TimestepSpacing spacing, int64_t num_train_timesteps,
                                    int64_t num_inference_steps, int64_t steps_offset) {
  std::vector<double> t;
  if (spacing == TimestepSpacing::linspace) {
    // np.linspace(..., dtype=np.float32): computed in double, then rounded to float.
    for (const double v :
         np::linspace(0, static_cast<double>(num_train_timesteps - 1), num_inference_steps))
      t.push_back(static_cast<float>(v));
    std::reverse(t.begin(), t.end());
  } else {
    // The integer timesteps of DDIM's leading / trailing spacing, shifted in float32.
    const auto discrete = spaced_timesteps(spacing, num_train_timesteps, num_inference_steps, 0);
    const float shift =
        spacing == TimestepSpacing::leading ? static_cast<float>(steps_offset) : 0.0f;
    for (const int64_t v : discrete) t.push_back(static_cast<float>(v) + shift);
  }
  return t;
}

std::vector<double> karras_sigmas(double sigma_min, double sigma_max, int64_t num_inference_steps) {
  const double rho = 7.0;
  const double min_inv_rho = std::pow(sigma_min, 1 / rho);
  const double max_inv_rho = std::pow(sigma_max, 1 / rho);
  std::vector<double> sigmas;
  for (const double r : np::linspace(0, 1, num_inference_steps))
    sigmas.push_back(std::pow(max_inv_rho + r * (min_inv_rho - max_inv_rho), rho));
  return sigmas;
}

double sigma_to_t(double sigma, const std::vector<float>& log_sigmas) {
  const double log_sigma = std::log(std::max(sigma, 1e-10));
  // numpy 1.x value-based casting: a float64 scalar against a float32 array computes in float32.
  const auto log_sigma_f = static_cast<float>(log_sigma);
  const auto n = static_cast<int64_t>(log_sigmas.size());
  // cumsum(dists >= 0).argmax(): the last index with log_sigmas[i] <= log_sigma, else 0.
  int64_t low = 0;
  for (int64_t i = 0; i < n; ++i)
    if (log_sigma_f - log_sigmas[i] >= 0) low = i;
  low = std::min(low, n - 2);
  const int64_t high = low + 1;
  const float lo = log_sigmas[low];
  const float hi = log_sigmas[high];
  float w = (lo - log_sigma_f) / (lo - hi);
  w = std::min(std::max(w, 0.0f), 1.0f);
  // float32 weights times the int64 indices promote to float64.
  return static_cast<double>(1.0f - w) * static_cast<double>(low) +
         static_cast<double>(w) * static_cast<double>(high);
}

at::Tensor int64_tensor(const std::vector<int64_t>& values) {
  return at::tensor(at::ArrayRef<int64_t>(values), at::TensorOptions().dtype(at::kLong));
}

at::Tensor float32_tensor(const std::vector<double>& values) {
  const std::vector<float> f(values.begin(), values.end());
  return at::tensor(at::ArrayRef<float>(f), at::TensorOptions().dtype(at::kFloat));
}

}  // namespace cds
