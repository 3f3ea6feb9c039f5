// Single-file checkpoints: the tiny golden files (made by diffusers' own conversion) give the
// folder models' tensors bit for bit and the same images; .ckpt, fp16, EMA and separate VAE
// files; and files of other kinds refused with a sentence naming the file.
#include "core/pipeline/single_file_loading.h"

#include <functional>

#include <ATen/CPUGeneratorImpl.h>
#include <caffe2/serialize/inline_container.h>
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "core/error.h"
#include "core/io/state_dict_pickle.h"
#include "core/io/tensor_file.h"
#include "core/model/model_folder.h"
#include "core/model/model_summary.h"
#include "core/nn/state_dict.h"
#include "tests/test_support.h"
#include "tests/tolerances.h"
#include "tests/torch_test_support.h"

namespace cds {
namespace {

namespace fs = std::filesystem;
using test::max_abs_diff;
using test::TempDir;

fs::path tiny_file(const std::string& name) {
  return test::golden_dir() / "single_file" / (name + ".safetensors");
}
fs::path tiny_folder(const std::string& name) { return test::golden_dir() / name; }

// The folder model's weights of every component, as "<component>.<key>".
StateDict folder_weights(const std::string& name) {
  StateDict all;
  for (const char* c : {"unet", "vae", "text_encoder"})
    for (auto& [k, t] : load_component_weights(find_weight_files(tiny_folder(name) / c)))
      all.emplace(std::string(c) + "." + k, t);
  return all;
}

void expect_bit_equal(const StateDict& got, const StateDict& want) {
  ASSERT_EQ(got.size(), want.size());
  for (const auto& [k, t] : want) {
    const auto it = got.find(k);
    ASSERT_NE(it, got.end()) << "missing " << k;
    ASSERT_EQ(it->second.sizes(), t.sizes()) << k;
    EXPECT_TRUE(torch::equal(it->second.contiguous(), t)) << k;
  }
}

// Every parameter of a loaded model as "<component>.<key>" on the CPU.
StateDict model_weights(const StableDiffusionModel& m) {
  StateDict all;
  for (const auto& p : m.unet->named_parameters()) all["unet." + p.key()] = p.value().cpu();
  for (const auto& p : m.vae->named_parameters()) all["vae." + p.key()] = p.value().cpu();
  for (const auto& p : m.text_encoder->named_parameters())
    all["text_encoder." + p.key()] = p.value().cpu();
  return all;
}

LoadOptions with_config(const std::string& name) {
  auto o = test::load_options();
  o.config = tiny_folder(name).string();
  return o;
}

// Runs `load` and expects a FileError that names `file` and says `expected`.
void expect_refused(const std::function<void()>& load, const fs::path& file,
                    const std::string& expected) {
  try {
    load();
    ADD_FAILURE() << "no error; expected one saying \"" << expected << "\"";
  } catch (const FileError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(file.string()), std::string::npos) << what;
    EXPECT_NE(what.find(expected), std::string::npos) << what;
  }
}

class GoldenSingleFile : public ::testing::TestWithParam<const char*> {};

TEST_P(GoldenSingleFile, ConvertsToTheFolderTensorsBitForBit) {
  CDS_REQUIRE_GOLDEN();
  const std::string name = GetParam();
  const auto ckpt = read_checkpoint_file(tiny_file(name));
  const auto plan = single_file_to_diffusers(shapes_of(ckpt.tensors));
  EXPECT_TRUE(plan.unmapped.empty());
  EXPECT_TRUE(plan.ignored.empty());
  expect_bit_equal(apply_key_conversion(plan, ckpt.tensors), folder_weights(name));
}

TEST_P(GoldenSingleFile, ConvertsBackToTheFileBitForBit) {
  CDS_REQUIRE_GOLDEN();
  const std::string name = GetParam();
  const auto ours = folder_weights(name);
  const auto layout = name == std::string("tiny-sd-v2") ? TextEncoderLayout::OpenClip
                                                        : TextEncoderLayout::OpenAiClip;
  const auto plan = diffusers_to_single_file(shapes_of(ours), layout);
  EXPECT_TRUE(plan.unmapped.empty());
  expect_bit_equal(apply_key_conversion(plan, ours), read_checkpoint_file(tiny_file(name)).tensors);
}

TEST_P(GoldenSingleFile, LoadsTheSameModelAndImageAsTheFolder) {
  CDS_REQUIRE_GOLDEN();
  const std::string name = GetParam();
  auto folder = load_stable_diffusion(tiny_folder(name).string(), test::load_options());
  auto single = load_stable_diffusion(tiny_file(name).string(), with_config(name));
  expect_bit_equal(model_weights(single), model_weights(folder));
  ASSERT_TRUE(single.single_file.has_value());
  EXPECT_EQ(single.single_file->family,
            name == std::string("tiny-sd-v2") ? "Stable Diffusion 2.x" : "Stable Diffusion 1.x");
  EXPECT_EQ(single.single_file->vae_source, "in the checkpoint");
  EXPECT_EQ(single.single_file->precision, "F32");
  EXPECT_EQ(single.single_file->unet_parameters + single.single_file->vae_parameters +
                single.single_file->text_encoder_parameters,
            3702916);  // golden single_file/README.md
  // The --config folder's scheduler says what the model predicts (v2: v_prediction).
  EXPECT_EQ(single.scheduler_config.prediction_type.value_or("epsilon"),
            folder.scheduler_config.prediction_type.value_or("epsilon"));
  EXPECT_EQ(single.default_scheduler, folder.default_scheduler);

  GenerationParams p;
  p.prompt = "a photo of a cat";
  p.steps = 4;
  p.width = p.height = 64;
  p.latents = at::randn({1, 4, 32, 32}, at::make_generator<at::CPUGeneratorImpl>(7));
  const auto a = generate(folder, p);
  const auto b = generate(single, p);
  EXPECT_LE(max_abs_diff(a.images, b.images), test::kWholeModelAtol);
  EXPECT_LE(max_abs_diff(a.decoded, b.decoded), test::kWholeModelAtol);
}

INSTANTIATE_TEST_SUITE_P(TinyModels, GoldenSingleFile, ::testing::Values("tiny-sd", "tiny-sd-v2"));

TEST(GoldenSingleFileVariants, CkptWithNestedStateDictFp16AndEma) {
  CDS_REQUIRE_GOLDEN();
  TempDir dir;
  const auto original = read_checkpoint_file(tiny_file("tiny-sd")).tensors;
  StateDict half;
  for (const auto& [k, t] : original) half[k] = t.to(torch::kHalf);
  // EMA copies that differ from the main weights, and schedule buffers.
  for (const auto& [k, t] : original)
    if (k.rfind(kLdmUnetPrefix, 0) == 0)
      half[ldm_ema_key(k)] = torch::zeros_like(t).to(torch::kHalf);
  half["model_ema.num_updates"] = torch::tensor(10);
  half["alphas_cumprod"] = torch::ones({1000});
  const fs::path ckpt = dir / "tiny.ckpt";
  write_checkpoint_pickle(ckpt, half, 470000);

  auto model = load_stable_diffusion(ckpt.string(), with_config("tiny-sd"));
  ASSERT_TRUE(model.single_file);
  EXPECT_EQ(model.single_file->global_step, 470000);
  EXPECT_TRUE(model.single_file->has_ema);
  EXPECT_FALSE(model.single_file->used_ema);
  EXPECT_EQ(model.single_file->precision, "F16");
  // The main weights, converted from float16 to the engine's float32.
  StateDict expected;
  const auto plan = single_file_to_diffusers(shapes_of(original));
  for (auto& [k, t] : apply_key_conversion(plan, original))
    expected[k] = t.to(torch::kHalf).to(torch::kFloat);
  expect_bit_equal(model_weights(model), expected);

  auto options = with_config("tiny-sd");
  options.use_ema = true;
  auto ema = load_stable_diffusion(ckpt.string(), options);
  EXPECT_TRUE(ema.single_file->used_ema);
  EXPECT_EQ(ema.unet->conv_in->weight.abs().sum().item<double>(), 0.0);
  EXPECT_NE(ema.vae->encoder->conv_in->weight.abs().sum().item<double>(), 0.0);
}

TEST(GoldenSingleFileVariants, Bf16FileLoadsInTheEngineDtype) {
  CDS_REQUIRE_GOLDEN();
  TempDir dir;
  const auto original = read_checkpoint_file(tiny_file("tiny-sd")).tensors;
  StateDict bf16;
  for (const auto& [k, t] : original) bf16[k] = t.to(torch::kBFloat16);
  save_safetensors(dir / "bf16.safetensors", bf16, {{"modelspec.prediction_type", "epsilon"}});
  auto model = load_stable_diffusion((dir / "bf16.safetensors").string(), with_config("tiny-sd"));
  EXPECT_EQ(model.single_file->precision, "BF16");
  EXPECT_EQ(model.single_file->prediction_reason, "file metadata (modelspec.prediction_type)");
  EXPECT_EQ(model.unet->conv_in->weight.scalar_type(), torch::kFloat);
  StateDict expected;
  for (auto& [k, t] : apply_key_conversion(single_file_to_diffusers(shapes_of(original)), original))
    expected[k] = t.to(torch::kBFloat16).to(torch::kFloat);
  expect_bit_equal(model_weights(model), expected);
}

TEST(GoldenSingleFileVariants, PlainCkptOpensTheSame) {
  CDS_REQUIRE_GOLDEN();
  TempDir dir;
  const auto original = read_checkpoint_file(tiny_file("tiny-sd-v2")).tensors;
  write_state_dict_pickle(dir / "flat.ckpt", original);
  const auto read = read_checkpoint_file(dir / "flat.ckpt");
  EXPECT_FALSE(read.global_step.has_value());
  expect_bit_equal(read.tensors, original);
}

TEST(GoldenSingleFileVariants, SeparateVaeFileInEitherLayout) {
  CDS_REQUIRE_GOLDEN();
  TempDir dir;
  const auto original = read_checkpoint_file(tiny_file("tiny-sd")).tensors;
  StateDict no_vae, vae_only;
  for (const auto& [k, t] : original)
    (k.rfind(kLdmVaePrefix, 0) == 0 ? vae_only[k.substr(std::string(kLdmVaePrefix).size())]
                                    : no_vae[k]) = t;
  save_safetensors(dir / "no-vae.safetensors", no_vae);
  save_safetensors(dir / "vae.safetensors", vae_only);
  const auto folder =
      model_weights(load_stable_diffusion(tiny_folder("tiny-sd").string(), test::load_options()));

  auto options = with_config("tiny-sd");
  options.vae = (dir / "vae.safetensors").string();
  auto model = load_stable_diffusion((dir / "no-vae.safetensors").string(), options);
  expect_bit_equal(model_weights(model), folder);
  EXPECT_NE(model.single_file->vae_source.find("original layout"), std::string::npos);

  // diffusers' own VAE file of the folder model.
  options.vae = (tiny_folder("tiny-sd") / "vae" / "diffusion_pytorch_model.safetensors").string();
  auto diffusers_vae = load_stable_diffusion((dir / "no-vae.safetensors").string(), options);
  expect_bit_equal(model_weights(diffusers_vae), folder);
  EXPECT_NE(diffusers_vae.single_file->vae_source.find("diffusers layout"), std::string::npos);

  // Without a VAE anywhere the file is named with the flag to give one.
  TempDir bare;
  fs::create_directories(bare / "tokenizer");
  fs::create_directories(bare / "scheduler");
  for (const char* f :
       {"tokenizer/vocab.json", "tokenizer/merges.txt", "tokenizer/special_tokens_map.json",
        "tokenizer/tokenizer_config.json", "scheduler/scheduler_config.json"})
    fs::copy_file(tiny_folder("tiny-sd") / f, bare / f);
  auto no_config_vae = test::load_options();
  no_config_vae.config = bare.path().string();
  expect_refused(
      [&] { load_stable_diffusion((dir / "no-vae.safetensors").string(), no_config_vae); },
      dir / "no-vae.safetensors", "--vae FILE");
}

// --- Bad input --------------------------------------------------------------------------------

StateDict tiny_tensors(const std::vector<std::pair<std::string, std::vector<int64_t>>>& keys) {
  StateDict out;
  for (const auto& [k, shape] : keys) out[k] = torch::zeros(shape);
  return out;
}

void expect_file_refused(const StateDict& tensors, const std::string& expected) {
  TempDir dir;
  const fs::path file = dir / "model.safetensors";
  save_safetensors(file, tensors);
  auto options = test::load_options();
  options.config = "/nonexistent-config-folder";  // never reached: the file is refused first
  expect_refused([&] { load_stable_diffusion(file.string(), options); }, file, expected);
}

TEST(SingleFileRefusal, NamesOtherArchitectures) {
  expect_file_refused(
      tiny_tensors({{"conditioner.embedders.1.model.transformer.resblocks.9.mlp.c_proj.bias", {4}},
                    {"model.diffusion_model.input_blocks.0.0.weight", {4, 4, 3, 3}}}),
      "Stable Diffusion XL");
  expect_file_refused(
      tiny_tensors(
          {{"model.diffusion_model.joint_blocks.0.context_block.adaLN_modulation.1.bias", {4}}}),
      "Stable Diffusion 3");
  expect_file_refused(tiny_tensors({{"double_blocks.0.img_attn.qkv.weight", {12, 4}}}), "FLUX");
  expect_file_refused(
      tiny_tensors({{"model.diffusion_model.input_blocks.0.0.weight", {32, 9, 3, 3}},
                    {"cond_stage_model.transformer.text_model.final_layer_norm.weight", {8}}}),
      "inpainting");
  expect_file_refused(
      tiny_tensors({{"model.diffusion_model.input_blocks.0.0.weight", {32, 8, 3, 3}},
                    {"cond_stage_model.transformer.text_model.final_layer_norm.weight", {8}}}),
      "InstructPix2Pix");
  expect_file_refused(
      tiny_tensors({{"lora_unet_down_blocks_0_attentions_0_proj_in.lora_down.weight", {4, 8}},
                    {"lora_unet_down_blocks_0_attentions_0_proj_in.alpha", {}}}),
      "LoRA");
  expect_file_refused(
      tiny_tensors({{"model.diffusion_model.input_blocks.0.0.weight", {32, 4, 3, 3}}}),
      "no text encoder");
  expect_file_refused(tiny_tensors({{"model.diffusion_model.label_emb.0.0.weight", {8, 8}}}),
                      "label_emb");
}

TEST(GoldenSingleFileRefusal, NamesATruncatedFile) {
  CDS_REQUIRE_GOLDEN();
  TempDir dir;
  const std::string bytes = test::read_bytes(tiny_file("tiny-sd"));
  test::write_bytes(dir / "cut.safetensors", bytes.substr(0, bytes.size() / 2));
  expect_refused(
      [&] { load_stable_diffusion((dir / "cut.safetensors").string(), with_config("tiny-sd")); },
      dir / "cut.safetensors", "");
  // A .ckpt cut short.
  write_checkpoint_pickle(dir / "whole.ckpt", read_checkpoint_file(tiny_file("tiny-sd")).tensors,
                          1);
  const std::string ckpt = test::read_bytes(dir / "whole.ckpt");
  test::write_bytes(dir / "cut.ckpt", ckpt.substr(0, ckpt.size() / 3));
  expect_refused(
      [&] { load_stable_diffusion((dir / "cut.ckpt").string(), with_config("tiny-sd")); },
      dir / "cut.ckpt", "");
}

TEST(SingleFileRefusal, NamesAPickleWithCode) {
  TempDir dir;
  // {"state_dict": os.system("touch pwned")}: refused at the global, nothing runs.
  std::string pickle = "\x80\x02}X";
  const std::string key = "state_dict";
  for (int i = 0; i < 4; ++i) pickle.push_back(char((key.size() >> (8 * i)) & 0xff));
  pickle += key + "cos\nsystem\nX";
  const std::string arg = "touch pwned";
  for (int i = 0; i < 4; ++i) pickle.push_back(char((arg.size() >> (8 * i)) & 0xff));
  pickle += arg + "\x85Rs.";
  {
    caffe2::serialize::PyTorchStreamWriter writer((dir / "evil.ckpt").string());
    writer.writeRecord("data.pkl", pickle.data(), pickle.size());
    writer.writeEndOfFile();
  }
  expect_refused([&] { load_stable_diffusion((dir / "evil.ckpt").string(), test::load_options()); },
                 dir / "evil.ckpt", "refusing to load");
  EXPECT_FALSE(fs::exists("pwned"));
}

TEST(SingleFileRefusal, NamesWhatToDownloadWithoutAConfig) {
  TempDir dir, cache;
  StateDict t = tiny_tensors({{"model.diffusion_model.input_blocks.0.0.weight", {32, 4, 3, 3}},
                              {"cond_stage_model.model.token_embedding.weight", {10, 8}}});
  save_safetensors(dir / "v2.safetensors", t);
  setenv("HF_HUB_CACHE", cache.path().c_str(), 1);
  try {
    load_stable_diffusion((dir / "v2.safetensors").string(), test::load_options());
    ADD_FAILURE() << "no error";
  } catch (const MissingBaseConfig& e) {
    EXPECT_EQ(e.repo_id(), "stabilityai/stable-diffusion-2-1");
    const std::string what = e.what();
    EXPECT_NE(what.find((dir / "v2.safetensors").string()), std::string::npos) << what;
    EXPECT_NE(what.find("--config"), std::string::npos) << what;
  }
  unsetenv("HF_HUB_CACHE");
}

}  // namespace
}  // namespace cds

namespace cds {
namespace {

TEST(GoldenSingleFileSummary, DescribesTheFileWithoutLoadingIt) {
  CDS_REQUIRE_GOLDEN();
  test::TempDir cache;
  setenv("HF_HUB_CACHE", cache.path().c_str(), 1);
  const auto s =
      summarize_model((test::golden_dir() / "single_file" / "tiny-sd-v2.safetensors").string());
  unsetenv("HF_HUB_CACHE");
  ASSERT_TRUE(s.single_file);
  EXPECT_EQ(s.single_file->family, "Stable Diffusion 2.x");
  EXPECT_EQ(s.single_file->prediction_type, "v_prediction");
  EXPECT_EQ(s.single_file->precision, "F32");
  EXPECT_EQ(s.single_file->vae_source, "in the checkpoint");
  EXPECT_FALSE(s.single_file->has_ema);
  EXPECT_EQ(s.single_file->unet_parameters + s.single_file->vae_parameters +
                s.single_file->text_encoder_parameters,
            3702916);
  int64_t counted = 0;
  for (const auto& c : s.components) {
    counted += c.parameters;
    if (c.name == "unet" || c.name == "vae" || c.name == "text_encoder")
      EXPECT_TRUE(c.problem.empty()) << c.name << ": " << c.problem;
    if (c.name == "tokenizer")  // nothing cached: says which base model to fetch
      EXPECT_NE(c.problem.find("stabilityai/stable-diffusion-2-1"), std::string::npos);
  }
  EXPECT_EQ(counted, 3702916);
  EXPECT_FALSE(s.usable());
}

}  // namespace
}  // namespace cds
