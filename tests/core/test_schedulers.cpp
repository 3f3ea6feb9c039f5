// Sampling and training schedulers against diffusers 0.31 (golden case e.), plus unit tests of
// prediction types, timestep spacings, state resets and the factory.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

#include <gtest/gtest.h>
#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/json_file.h"
#include "core/io/tensor_file.h"
#include "core/model/configs.h"
#include "core/schedulers/ddim_scheduler.h"
#include "core/schedulers/ddpm_scheduler.h"
#include "core/schedulers/dpm_solver_multistep_scheduler.h"
#include "core/schedulers/euler_ancestral_scheduler.h"
#include "core/schedulers/euler_discrete_scheduler.h"
#include "core/schedulers/pndm_scheduler.h"
#include "core/schedulers/scheduler.h"
#include "tests/test_support.h"
#include "tests/tolerances.h"
#include "tests/torch_test_support.h"

namespace cds {

namespace {

// Scheduler arithmetic is compared in float64: its values span many orders of magnitude.
double max_abs_diff(const torch::Tensor& a, const torch::Tensor& b) {
  return test::max_abs_diff(a, b, torch::kDouble);
}

std::vector<int64_t> to_ints(const torch::Tensor& t) {
  const auto c = t.to(torch::kLong).contiguous();
  return std::vector<int64_t>(c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel());
}

// SD v1.4's scheduler_config.json, as in tiny-sd/scheduler (no golden data needed).
SchedulerConfig sd_config() { return SchedulerConfig::sd15(); }

struct GoldenSchedulers {
  StateDict tensors;
  nlohmann::json json;
  SchedulerConfig config;
};

const GoldenSchedulers& golden() {
  static const GoldenSchedulers g = [] {
    const auto dir = test::golden_dir();
    // Python's json writes lambda_min_clipped as -Infinity; read_json_object accepts it.
    return GoldenSchedulers{load_safetensors(dir / "cases/schedulers.safetensors"),
                            read_json_object(dir / "cases/schedulers.json"),
                            read_scheduler_config(dir / "tiny-sd/scheduler/scheduler_config.json")};
  }();
  return g;
}

// Returns the rows of `rows` one per call, like the generator that drew them.
NoiseSource replay(const torch::Tensor& rows) {
  auto next = std::make_shared<int64_t>(0);
  return [rows, next](at::IntArrayRef shape, const at::TensorOptions& options) {
    return rows[(*next)++].reshape(shape).to(options);
  };
}

// The largest |a - b| - kSingleOpRtol * |b|: at most kSingleOpAtol when a is within the combined
// absolute and relative tolerance of b (see tolerances.h).
double max_scaled_diff(const torch::Tensor& a, const torch::Tensor& b) {
  if (!test::expect_same_shape(a, b)) return std::numeric_limits<double>::infinity();
  const auto expected = b.to(torch::kDouble);
  return ((a.to(torch::kDouble) - expected).abs() - test::kSingleOpRtol * expected.abs())
      .max()
      .item<double>();
}

// The golden sampling loop of case e.: model_output = xin * 0.1 + 0.05 * cos(t).
void check_golden_run(const std::string& key, const std::string& name,
                      const SchedulerConfig& config, const NoiseSource& noise,
                      bool has_pred_original) {
  const auto& g = golden();
  const auto& t = g.tensors;
  auto s = make_scheduler(name, config);
  s->set_timesteps(20);
  const auto expected_t = t.at(key + ".timesteps");
  ASSERT_EQ(s->timesteps().scalar_type(), expected_t.scalar_type());
  ASSERT_TRUE(torch::equal(s->timesteps(), expected_t)) << s->timesteps();
  const double sigma0 = g.json[key]["init_noise_sigma"].get<double>();
  EXPECT_NEAR(s->init_noise_sigma(), sigma0, test::kSingleOpRtol * sigma0);
  if (t.count(key + ".sigmas")) {
    const auto* euler = dynamic_cast<EulerDiscreteScheduler*>(s.get());
    const auto* euler_a = dynamic_cast<EulerAncestralScheduler*>(s.get());
    const auto* dpm = dynamic_cast<DpmSolverMultistepScheduler*>(s.get());
    const auto& sigmas = euler ? euler->sigmas() : euler_a ? euler_a->sigmas() : dpm->sigmas();
    EXPECT_LE(max_scaled_diff(sigmas, t.at(key + ".sigmas")), test::kSingleOpAtol);
  }
  auto x = t.at("sampling.latents0") * s->init_noise_sigma();
  // The file stores per-step tensors without the batch dimension of 1.
  const auto at_step = [&](const std::string& what, int64_t i) {
    return t.at(key + "." + what)[i].unsqueeze(0);
  };
  double err = 0;
  for (int64_t i = 0; i < s->timesteps().numel(); ++i) {
    const auto xin = s->scale_model_input(x, static_cast<size_t>(i));
    const double ts = s->timesteps()[i].item<double>();
    const auto model_output = xin * 0.1 + 0.05 * std::cos(ts);
    const auto out = s->step(model_output, static_cast<size_t>(i), x, noise);
    err = std::max({err, max_scaled_diff(xin, at_step("scaled_model_input", i)),
                    max_scaled_diff(model_output, at_step("model_output", i)),
                    max_scaled_diff(out.prev_sample, at_step("prev_sample", i))});
    if (has_pred_original)
      err = std::max(err,
                     max_scaled_diff(out.pred_original_sample, at_step("pred_original_sample", i)));
    else
      EXPECT_FALSE(out.pred_original_sample.defined());
    x = out.prev_sample;
  }
  EXPECT_LE(err, test::kSingleOpAtol) << key;
}

// Built from tiny-sd's file (keys absent there take the class defaults), and again from the
// complete config diffusers resolved (schedulers.json), which must give the same results.
void check_golden_loop(const std::string& key, const std::string& name, bool has_pred_original) {
  const auto& g = golden();
  const auto noise = [&] {
    return key == "euler_a" ? replay(g.tensors.at("euler_a.step_noise")) : NoiseSource();
  };
  check_golden_run(key, name, g.config, noise(), has_pred_original);
  check_golden_run(key, name, SchedulerConfig::from_json(g.json[key]["config"]), noise(),
                   has_pred_original);
}

}  // namespace

// ---- golden (diffusers 0.31). Observed max abs errors (Debian torch 1.13.1, CPU): exactly 0
// everywhere — ddim, pndm, euler, euler_a, dpmpp2m (every step's scaled input, model output,
// prev_sample, pred_original_sample, and sigmas), betas, alphas_cumprod, add_noise, get_velocity.

TEST(GoldenSchedulers, DdpmTrainingSchedule) {
  CDS_REQUIRE_GOLDEN();
  const auto& t = golden().tensors;
  DdpmScheduler ddpm(golden().config);
  EXPECT_EQ(ddpm.num_train_timesteps(), 1000);
  EXPECT_LE(max_abs_diff(ddpm.betas(), t.at("ddpm.betas")), test::kSingleOpAtol);
  EXPECT_LE(max_abs_diff(ddpm.alphas_cumprod(), t.at("ddpm.alphas_cumprod")), test::kSingleOpAtol);
  const auto& sample = t.at("ddpm.add_noise.sample");
  const auto& noise = t.at("ddpm.add_noise.noise");
  const auto& steps = t.at("ddpm.add_noise.timesteps");
  EXPECT_LE(max_abs_diff(ddpm.add_noise(sample, noise, steps), t.at("ddpm.add_noise.noisy")),
            test::kSingleOpAtol);
  EXPECT_LE(max_abs_diff(ddpm.get_velocity(sample, noise, steps), t.at("ddpm.get_velocity")),
            test::kSingleOpAtol);
}

TEST(GoldenSchedulers, NoiseSourceMatchesTorchGenerator) {
  CDS_REQUIRE_GOLDEN();
  const auto& t = golden().tensors;
  const auto opts = torch::TensorOptions().dtype(torch::kFloat);
  EXPECT_TRUE(torch::equal(make_noise_source(5)({1, 4, 8, 8}, opts), t.at("sampling.latents0")));
  const auto seed99 = make_noise_source(99);
  EXPECT_TRUE(torch::equal(seed99({4, 4, 8, 8}, opts), t.at("ddpm.add_noise.sample")));
  EXPECT_TRUE(torch::equal(seed99({4, 4, 8, 8}, opts), t.at("ddpm.add_noise.noise")));
  const auto seed777 = make_noise_source(777);
  for (int64_t i = 0; i < 20; ++i)
    EXPECT_TRUE(
        torch::equal(seed777({1, 4, 8, 8}, opts), t.at("euler_a.step_noise")[i].unsqueeze(0)))
        << i;
}

TEST(GoldenSchedulers, Ddim) {
  CDS_REQUIRE_GOLDEN();
  check_golden_loop("ddim", "ddim", true);
}

TEST(GoldenSchedulers, Pndm) {
  CDS_REQUIRE_GOLDEN();
  check_golden_loop("pndm", "pndm", false);
}

TEST(GoldenSchedulers, EulerDiscrete) {
  CDS_REQUIRE_GOLDEN();
  check_golden_loop("euler", "euler", true);
}

TEST(GoldenSchedulers, EulerAncestral) {
  CDS_REQUIRE_GOLDEN();
  check_golden_loop("euler_a", "euler-a", true);
}

TEST(GoldenSchedulers, DpmSolverPlusPlus2M) {
  CDS_REQUIRE_GOLDEN();
  check_golden_loop("dpmpp2m", "dpm++2m", false);
}

// ---- unit tests ----

TEST(SchedulerFactory, UnknownNameThrows) {
  EXPECT_THROW(make_scheduler("lms", sd_config()), CoreError);
  for (const auto& name : scheduler_names())
    EXPECT_EQ(make_scheduler(name, sd_config())->name(), name);
}

TEST(SchedulerFactory, RefusesWhatItDoesNotImplement) {
  auto c = sd_config();
  c.thresholding = true;
  EXPECT_THROW(make_scheduler("ddim", c), CoreError);
  c = sd_config();
  c.algorithm_type = "sde-dpmsolver";
  EXPECT_THROW(make_scheduler("dpm++2m", c), CoreError);
  c = sd_config();
  c.prediction_type = "sample";
  EXPECT_THROW(make_scheduler("euler-a", c), CoreError);
  c = sd_config();
  c.beta_schedule = "sigmoid";  // DDPM only
  EXPECT_THROW(make_scheduler("ddim", c), CoreError);
  EXPECT_NO_THROW(make_scheduler("ddpm", c));
  auto ddim = make_scheduler("ddim", sd_config());
  EXPECT_THROW(ddim->step(torch::zeros({1}), 0, torch::zeros({1}), nullptr),
               CoreError);  // no set_timesteps
  ddim->set_timesteps(4);
  EXPECT_THROW(ddim->step(torch::zeros({1}), 4, torch::zeros({1}), nullptr), CoreError);
}

TEST(SchedulerFactory, ClassDefaultsFillAbsentKeys) {
  // Empty config: every class's own __init__ defaults (linear 0.0001..0.02, steps_offset 0).
  DdimScheduler ddim{SchedulerConfig{}};
  ddim.set_timesteps(10);
  EXPECT_EQ(to_ints(ddim.timesteps()),
            (std::vector<int64_t>{900, 800, 700, 600, 500, 400, 300, 200, 100, 0}));
  EXPECT_NEAR(ddim.alphas_cumprod()[0].item<double>(), 0.9999, 1e-7);
  // SD's file has no timestep_spacing: Euler and DPM-Solver get their default "linspace".
  auto euler = make_scheduler("euler", sd_config());
  euler->set_timesteps(4);
  EXPECT_EQ(to_ints(euler->timesteps()), (std::vector<int64_t>{999, 666, 333, 0}));
  auto dpm = make_scheduler("dpm++2m", sd_config());
  dpm->set_timesteps(4);
  EXPECT_EQ(to_ints(dpm->timesteps()), (std::vector<int64_t>{999, 749, 500, 250}));
}

TEST(SchedulerTimesteps, SpacingVariants) {
  SchedulerConfig c;
  c.num_train_timesteps = 10;
  c.steps_offset = 1;
  c.skip_prk_steps = true;
  const auto timesteps = [&](const std::string& name, const std::string& spacing, int64_t n) {
    c.timestep_spacing = spacing;
    auto s = make_scheduler(name, c);
    s->set_timesteps(n);
    return to_ints(s->timesteps());
  };
  using V = std::vector<int64_t>;
  EXPECT_EQ(timesteps("ddim", "leading", 4), (V{7, 5, 3, 1}));
  EXPECT_EQ(timesteps("ddim", "linspace", 4), (V{9, 6, 3, 0}));
  // arange(10, 0, -2.5) = 10, 7.5, 5, 2.5; numpy rounds half to even: 10, 8, 5, 2; minus 1.
  EXPECT_EQ(timesteps("ddim", "trailing", 4), (V{9, 7, 4, 1}));
  EXPECT_EQ(timesteps("ddpm", "trailing", 4), (V{9, 7, 4, 1}));
  EXPECT_EQ(timesteps("pndm", "leading", 4), (V{7, 5, 5, 3, 1}));
  EXPECT_EQ(timesteps("euler", "leading", 4), (V{7, 5, 3, 1}));
  EXPECT_EQ(timesteps("euler-a", "trailing", 4), (V{9, 7, 4, 1}));
  // DPM-Solver: linspace(0, 9, 5) = 0, 2.25, 4.5, 6.75, 9 -> 0, 2, 4, 7, 9, reversed, last dropped.
  EXPECT_EQ(timesteps("dpm++2m", "linspace", 4), (V{9, 7, 4, 2}));
  EXPECT_EQ(timesteps("dpm++2m", "leading", 4), (V{9, 7, 5, 3}));  // ratio 10 // 5 = 2, + 1
  c.num_train_timesteps = 1000;
  c.steps_offset = 0;
  c.skip_prk_steps = false;
  // Runge-Kutta warm-up: 3 groups of 4 evaluations over the 4 largest timesteps, then PLMS.
  EXPECT_EQ(timesteps("pndm", "leading", 10), (V{900, 850, 850, 800, 800, 750, 750, 700, 700, 650,
                                                 650, 600, 600, 500, 400, 300, 200, 100, 0}));
}

TEST(SchedulerTimesteps, EulerLeadingInitNoiseSigma) {
  auto c = sd_config();
  c.timestep_spacing = "leading";
  EulerDiscreteScheduler s(c);
  s.set_timesteps(10);
  const double max_sigma = s.sigmas().max().item<double>();
  EXPECT_NEAR(s.init_noise_sigma(), std::sqrt(max_sigma * max_sigma + 1), 1e-5);
  EXPECT_EQ(s.timesteps()[0].item<float>(), 901.0f);
}

TEST(NoiseSchedule, CosineAndZeroTerminalSnr) {
  SchedulerConfig c;
  c.beta_schedule = "squaredcos_cap_v2";
  DdpmScheduler cosine(c);
  // Python: min(1 - alpha_bar(1/1000) / alpha_bar(0), 0.999) and the capped last beta.
  EXPECT_FLOAT_EQ(cosine.betas()[0].item<float>(), static_cast<float>(4.128422482196914e-05));
  EXPECT_FLOAT_EQ(cosine.betas()[999].item<float>(), 0.999f);
  auto z = sd_config();
  z.rescale_betas_zero_snr = true;
  DdimScheduler ddim(z);
  EXPECT_EQ(ddim.alphas_cumprod()[999].item<float>(), 0.0f);
  EXPECT_NEAR(ddim.alphas_cumprod()[0].item<double>(), 1 - 0.00085, 1e-6);
  auto euler = make_scheduler("euler", z);  // alphas_cumprod[-1] = 2**-24 keeps sigma finite
  euler->set_timesteps(5);
  EXPECT_TRUE(std::isfinite(euler->init_noise_sigma()));
  EXPECT_NEAR(euler->init_noise_sigma(), std::sqrt((1 - std::pow(2.0, -24)) / std::pow(2.0, -24)),
              1.0);
}

namespace {

// Runs `steps` steps with an oracle model that knows x0 and eps (so every step lies on the same
// trajectory) and answers in the given prediction type.
torch::Tensor run_oracle(const std::string& name, const std::string& prediction_type, int64_t steps,
                         bool skip_prk_steps = true) {
  auto c = sd_config();
  c.prediction_type = prediction_type;
  c.skip_prk_steps = skip_prk_steps;
  auto s = make_scheduler(name, c);
  const DdpmScheduler train(c);
  s->set_timesteps(10);
  torch::manual_seed(3);
  const auto x0 = torch::randn({1, 4, 4, 4}) * 0.5;
  const auto eps = torch::randn({1, 4, 4, 4});
  auto x = eps * s->init_noise_sigma();
  const auto noise = make_noise_source(11);
  if (steps < 0) steps = s->timesteps().numel();
  for (int64_t i = 0; i < steps; ++i) {
    const auto xin = s->scale_model_input(x, static_cast<size_t>(i));  // variance-preserving space
    double a;
    if (name == "euler" || name == "euler-a" || name == "dpm++2m") {
      const auto* e = dynamic_cast<EulerDiscreteScheduler*>(s.get());
      const auto* ea = dynamic_cast<EulerAncestralScheduler*>(s.get());
      const auto* d = dynamic_cast<DpmSolverMultistepScheduler*>(s.get());
      const double sigma = (e ? e->sigmas() : ea ? ea->sigmas() : d->sigmas())[i].item<double>();
      a = 1 / (1 + sigma * sigma);
    } else {
      a = train.alphas_cumprod()[s->timesteps()[i].item<int64_t>()].item<double>();
    }
    const auto e_hat = (xin - std::sqrt(a) * x0) / std::sqrt(1 - a);
    const auto v = std::sqrt(a) * e_hat - std::sqrt(1 - a) * x0;
    x = s->step(prediction_type == "epsilon"        ? e_hat
                : prediction_type == "v_prediction" ? v
                                                    : x0,
                static_cast<size_t>(i), x, noise)
            .prev_sample;
  }
  return x;
}

}  // namespace

TEST(SchedulerPrediction, VPredictionAndSampleAgreeWithEpsilon) {
  for (const std::string name : {"ddim", "ddpm", "euler", "euler-a", "dpm++2m"}) {
    const auto eps = run_oracle(name, "epsilon", 6);
    EXPECT_LE(max_abs_diff(run_oracle(name, "v_prediction", 6), eps), 1e-4) << name;
    if (name != "euler-a")
      EXPECT_LE(max_abs_diff(run_oracle(name, "sample", 6), eps), 1e-4) << name;
  }
  // PNDM converts v with the shifted timestep of its second step, so only the first compares.
  EXPECT_LE(max_abs_diff(run_oracle("pndm", "v_prediction", 1), run_oracle("pndm", "epsilon", 1)),
            1e-4);
}

TEST(SchedulerPrediction, OracleModelEndsAtItsX0) {
  torch::manual_seed(3);
  const auto x0 = torch::randn({1, 4, 4, 4}) * 0.5;
  // Every sampler but DDIM / PNDM ends at sigma 0 (alpha 1): exactly x0. DDIM and PNDM stop at
  // alphas_cumprod[0] (set_alpha_to_one false), sqrt(1 - 0.99915) = 0.03 of noise away.
  for (const auto& name : scheduler_names()) {
    const double tol = name == "ddim" || name == "pndm" ? 0.1 : 1e-4;
    EXPECT_LE(max_abs_diff(run_oracle(name, "epsilon", -1), x0), tol) << name;
  }
  const auto ends_near_x0 = [&](const std::string& name, double tol, auto tweak) {
    EXPECT_LE(max_abs_diff(run_oracle(name, "epsilon", -1, tweak), x0), tol) << name;
  };
  ends_near_x0("pndm", 0.1, [](SchedulerConfig& c) { c.skip_prk_steps = false; });
  ends_near_x0("euler", 1e-4, [](SchedulerConfig& c) { c.use_karras_sigmas = true; });
  ends_near_x0("dpm++2m", 1e-4, [](SchedulerConfig& c) { c.use_karras_sigmas = true; });
  ends_near_x0("dpm++2m", 1e-4, [](SchedulerConfig& c) { c.solver_order = 3; });
  ends_near_x0("dpm++2m", 1e-4, [](SchedulerConfig& c) { c.solver_type = "heun"; });
  ends_near_x0("dpm++2m", 1e-4, [](SchedulerConfig& c) { c.algorithm_type = "sde-dpmsolver++"; });
  ends_near_x0("dpm++2m", 0.1, [](SchedulerConfig& c) {
    c.algorithm_type = "dpmsolver";
    c.final_sigmas_type = "sigma_min";
  });
}

TEST(SchedulerState, SetTimestepsResetsMultistepState) {
  for (const auto& name : scheduler_names()) {
    auto s = make_scheduler(name, sd_config());
    const auto run = [&] {
      s->set_timesteps(8);
      const auto noise = make_noise_source(21);
      auto x = make_noise_source(4)({1, 4, 8, 8}, torch::TensorOptions()) * s->init_noise_sigma();
      for (int64_t i = 0; i < s->timesteps().numel(); ++i) {
        const auto xin = s->scale_model_input(x, static_cast<size_t>(i));
        x = s->step(xin * 0.1 + 0.05, static_cast<size_t>(i), x, noise).prev_sample;
      }
      return x;
    };
    const auto first = run();
    EXPECT_TRUE(torch::equal(first, run())) << name;
    EXPECT_TRUE(first.isfinite().all().item<bool>()) << name;
  }
}

TEST(NoiseSourceTest, DrawsInTheRequestedDtype) {
  // diffusers' randn_tensor draws in the latents' dtype on the CPU generator's device.
  for (const auto dtype : {torch::kFloat, torch::kBFloat16, torch::kHalf, torch::kDouble}) {
    const auto a = make_noise_source(8)({2, 3, 4}, torch::TensorOptions().dtype(dtype));
    EXPECT_EQ(a.scalar_type(), dtype);
    EXPECT_TRUE(
        torch::equal(a, make_noise_source(8)({2, 3, 4}, torch::TensorOptions().dtype(dtype))));
  }
}

TEST(SchedulerState, MultistepSchedulersRefuseSkippedSteps) {
  for (const std::string name : {"pndm", "dpm++2m"}) {
    auto s = make_scheduler(name, sd_config());
    s->set_timesteps(10);
    const auto x = torch::zeros({1, 4, 2, 2});
    s->step(x, 0, x, nullptr);
    EXPECT_THROW(s->step(x, 2, x, nullptr), CoreError) << name;
  }
}

}  // namespace cds
