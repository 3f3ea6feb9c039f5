// Exporting a concept to embeddings, a LyCORIS full diff and a LoRA, checked by loading them
// back in our own engine: the same image as the Custom Diffusion folder (diff, full-rank
// LoRA), the reported error (low-rank LoRA), the same text-encoder output (embedding), and the
// key names AUTOMATIC1111, ComfyUI and stable-diffusion.cpp look up.
#include "core/export/concept_export.h"

#include <cmath>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "core/adapters/embedding_file.h"
#include "core/adapters/network_file.h"
#include "core/error.h"
#include "core/export/prompt_word.h"
#include "core/io/safetensors_file.h"
#include "core/io/tensor_file.h"
#include "core/model/demo_model.h"
#include "core/model/single_file_keys.h"
#include "tests/core/export_test_support.h"
#include "tests/test_support.h"
#include "tests/tolerances.h"
#include "tests/torch_test_support.h"

namespace cds {

namespace {

namespace fs = std::filesystem;

using test::max_abs_diff;

// A demo base model and a concept trained on it (q/out too, so biases are covered).
struct DemoConcept {
  test::TempDir dir;
  fs::path base, concept;
  explicit DemoConcept(FreezeMode mode = FreezeMode::CrossAttn) {
    base = dir / "base";
    concept = dir / "concept";
    write_demo_model(base);
    test::write_random_concept(base, concept, mode);
  }
  StableDiffusionModel load() const { return load_stable_diffusion(base.string()); }
  torch::Tensor reference_image() const {
    auto model = load();
    apply_custom_diffusion_weights(model, concept);
    return test::render_small(model, "photo of a <new1> cat");
  }
};

ExportOptions options(ExportFormat format, const fs::path& output) {
  ExportOptions o;
  o.format = format;
  o.output = output;
  return o;
}

// custom - base for every changed weight, keyed by kohya's layer name, read from the files
// directly (not through the exporter).
std::map<std::string, torch::Tensor> true_deltas(const DemoConcept& s) {
  const auto custom = load_safetensors(s.concept / "pytorch_custom_diffusion_weights.safetensors");
  auto base = s.load();
  std::map<std::string, torch::Tensor> params;
  for (const auto& p : base.unet->named_parameters()) params[p.key()] = p->detach();
  std::map<std::string, torch::Tensor> out;
  const std::map<std::string, std::string> parts = {
      {"to_k_custom_diffusion.weight", "to_k.weight"},
      {"to_v_custom_diffusion.weight", "to_v.weight"},
      {"to_q_custom_diffusion.weight", "to_q.weight"},
      {"to_out_custom_diffusion.0.weight", "to_out.0.weight"}};
  for (const auto& [key, t] : custom) {
    const auto at = key.find(".processor.");
    const auto part = parts.find(key.substr(at + 11));
    if (part == parts.end()) continue;
    const auto layer = key.substr(0, at);
    std::string name = "lora_unet_" + layer + "_" + part->second;
    name = name.substr(0, name.size() - 7);  // drop ".weight"
    for (auto& c : name)
      if (c == '.') c = '_';
    out[name] = t - params.at(layer + "." + part->second);
  }
  return out;
}

}  // namespace

TEST(PromptWord, FromTokensAndChecks) {
  EXPECT_EQ(prompt_word_for_token("<new1>", {}), "newone");
  EXPECT_EQ(prompt_word_for_token("<new2>", {}), "newtwo");
  EXPECT_EQ(prompt_word_for_token("<new1>", {"newone"}), "newonex");
  EXPECT_EQ(prompt_word_for_token("<>", {}), "concept");
  EXPECT_EQ(prompt_word_for_token("sks", {}), "sks");
  EXPECT_TRUE(prompt_word_problem("newone").empty());
  for (const std::string bad : {"", "<new1>", "a b", "a:b", "con", "COM3", "x.", "a/b", "a\\b"})
    EXPECT_FALSE(prompt_word_problem(bad).empty()) << bad;
  EXPECT_TRUE(prompt_word_fits_stable_diffusion_cpp("newone"));
  EXPECT_FALSE(prompt_word_fits_stable_diffusion_cpp("new1"));
  EXPECT_FALSE(prompt_word_fits_stable_diffusion_cpp("my_cat"));
}

TEST(ConceptExport, DiffAndFullRankLoraRenderTheFoldersImage) {
  DemoConcept s;
  const auto reference = s.reference_image();
  {
    // The concept changes the image well beyond the tolerance, so a change left out shows.
    auto base = s.load();
    EXPECT_GT(max_abs_diff(test::render_small(base, "photo of a ktn cat"), reference), 1e-2);
  }

  const auto diff = export_concept(s.base.string(), s.concept,
                                   options(ExportFormat::Diff, s.dir / "out" / "cat.safetensors"));
  EXPECT_EQ(diff.relative_error, 0.0);
  ASSERT_EQ(diff.tokens.size(), 1u);
  EXPECT_EQ(diff.tokens[0].word, "newone");
  EXPECT_EQ(diff.tokens[0].file, s.dir / "out" / "newone.safetensors");
  EXPECT_EQ(diff.files.size(), 2u);
  {
    auto model = s.load();
    const auto applied = apply_network_file(model, s.dir / "out" / "cat.safetensors");
    EXPECT_EQ(applied.words, std::vector<std::string>{"newone"});  // the bundled embedding
    EXPECT_EQ(applied.lora_layers, 0u);
    EXPECT_EQ(applied.unet_layers, diff.layers);
    EXPECT_LT(max_abs_diff(test::render_small(model, "photo of a newone cat"), reference),
              test::kWholeModelAtol);
  }

  // Without the bundle: the network file and the embedding beside it, as ComfyUI uses them.
  auto o = options(ExportFormat::Lora, s.dir / "lora" / "cat.safetensors");
  o.rank = 1000;  // above every layer's full rank
  o.bundle_embeddings = false;
  const auto lora = export_concept(s.base.string(), s.concept, o);
  EXPECT_LT(lora.relative_error, 1e-5);
  {
    auto model = s.load();
    const auto applied = apply_network_file(model, s.dir / "lora" / "cat.safetensors");
    EXPECT_TRUE(applied.words.empty());
    EXPECT_EQ(applied.lora_layers, lora.layers);
    load_embedding_file(model, s.dir / "lora" / "newone.safetensors");
    EXPECT_LT(max_abs_diff(test::render_small(model, "photo of a newone cat"), reference),
              test::kWholeModelAtol);
  }
}

TEST(ConceptExport, LowRankLoraReportsItsReconstructionError) {
  DemoConcept s(FreezeMode::CrossAttnKV);
  const auto deltas = true_deltas(s);
  ASSERT_FALSE(deltas.empty());
  auto o = options(ExportFormat::Lora, s.dir / "r1" / "cat.safetensors");
  o.rank = 1;
  const auto report = export_concept(s.base.string(), s.concept, o);
  EXPECT_EQ(report.max_rank, 1);
  const auto file = load_safetensors(o.output);
  double err2 = 0, norm2 = 0, worst = 0;
  for (const auto& [name, delta] : deltas) {
    const auto up = file.at(name + ".lora_up.weight"), down = file.at(name + ".lora_down.weight");
    EXPECT_EQ(down.size(0), 1) << name;
    const double scale = file.at(name + ".alpha").item<double>() / down.size(0);
    const double err = (delta - up.matmul(down) * scale).norm().item<double>();
    const double norm = delta.norm().item<double>();
    err2 += err * err;
    norm2 += norm * norm;
    worst = std::max(worst, err / norm);
  }
  const double measured = std::sqrt(err2 / norm2);
  EXPECT_GT(measured, 0.05);  // rank 1 of a random change is lossy
  EXPECT_NEAR(report.relative_error, measured, 1e-5);
  EXPECT_NEAR(report.max_layer_relative_error, worst, 1e-5);
  const auto meta = SafetensorsFile::open(o.output).metadata();
  EXPECT_NEAR(std::stod(meta.at("cds_relative_error")), measured, 1e-5);
  EXPECT_EQ(meta.at("ss_network_dim"), "1");

  // What the loader applies is exactly base + up * down: the reported error is the weights'.
  auto model = s.load();
  apply_network_file(model, o.output);
  auto base = s.load();
  std::map<std::string, torch::Tensor> now, before;
  for (const auto& p : model.unet->named_parameters()) now[p.key()] = p->detach();
  for (const auto& p : base.unet->named_parameters()) before[p.key()] = p->detach();
  const std::string module = "down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_k.weight";
  ASSERT_TRUE(now.count(module));
  const auto name = "lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_k";
  EXPECT_LT(max_abs_diff(now.at(module) - before.at(module),
                         file.at(std::string(name) + ".lora_up.weight")
                             .matmul(file.at(std::string(name) + ".lora_down.weight"))),
            1e-6);

  // A kept-energy threshold bounds every layer's error by sqrt(1 - energy).
  auto e = options(ExportFormat::Lora, s.dir / "e" / "cat.safetensors");
  e.energy = 0.9;
  const auto energy = export_concept(s.base.string(), s.concept, e);
  EXPECT_LE(energy.max_layer_relative_error, std::sqrt(0.1) + 1e-5);
  EXPECT_GT(energy.max_rank, 1);
  EXPECT_EQ(SafetensorsFile::open(e.output).metadata().at("ss_network_dim"), "Dynamic");
}

TEST(ConceptExport, EmbeddingGivesTheTokensTextEncoderOutput) {
  DemoConcept s(FreezeMode::CrossAttnKV);
  const auto report =
      export_concept(s.base.string(), s.concept, options(ExportFormat::Embedding, s.dir / "emb"));
  ASSERT_EQ(report.files, std::vector<fs::path>{s.dir / "emb" / "newone.safetensors"});
  const auto st = SafetensorsFile::open(report.files[0]);
  ASSERT_EQ(st.tensors().size(), 1u);
  EXPECT_EQ(st.tensors()[0].name, "emb_params");
  EXPECT_EQ(st.tensors()[0].shape, (std::vector<int64_t>{1, 32}));
  EXPECT_EQ(st.metadata().at("cds_token"), "<new1>");
  EXPECT_FALSE(report.notes.empty());  // says the attention weights are not in it

  auto folder = s.load();
  apply_custom_diffusion_weights(folder, s.concept);
  auto embedded = s.load();
  const auto loaded = load_embedding_file(embedded, report.files[0]);
  EXPECT_EQ(loaded.word, "newone");
  torch::NoGradGuard no_grad;
  const auto encode = [](StableDiffusionModel& m, const std::string& prompt) {
    const auto ids = torch::tensor(m.tokenizer.encode_padded(prompt).ids).unsqueeze(0);
    return m.text_encoder->forward(ids).last_hidden_state;
  };
  const auto a = encode(folder, "photo of a <new1> cat");
  const auto b = encode(embedded, "photo of a newone cat");
  EXPECT_EQ(max_abs_diff(a, b), 0.0);
  auto base = s.load();
  EXPECT_GT(max_abs_diff(a, encode(base, "photo of a ktn cat")), 1e-3);

  // Chosen words; a word no file system or prompt can hold is refused before writing.
  auto o = options(ExportFormat::Embedding, s.dir / "named");
  o.words = {"mycat"};
  EXPECT_EQ(export_concept(s.base.string(), s.concept, o).files[0],
            s.dir / "named" / "mycat.safetensors");
  o.words = {"my:cat"};
  EXPECT_THROW(export_concept(s.base.string(), s.concept, o), CoreError);
  o.words = {"a", "b"};
  EXPECT_THROW(export_concept(s.base.string(), s.concept, o), CoreError);
  // Into the concept's own folder it would be read back as a token: refused.
  EXPECT_THROW(export_concept(s.base.string(), s.concept,
                              options(ExportFormat::Diff, s.concept / "x.safetensors")),
               FileError);
}

// The names written, checked against what the loaders look up (read from their code):
// AUTOMATIC1111's lora_convert maps lora_unet_down_blocks_<i>_attentions_<j>_<rest> to its
// input_blocks and reads bundle_emb.<name>.string_to_param.*; ComfyUI's model_lora_keys_unet
// maps "lora_unet_" + the diffusers key with dots as underscores; stable-diffusion.cpp turns the
// same name back into dots. Kohya's metadata says SD 1 or 2 (A1111 reads ss_v2).
TEST(GoldenConceptExport, KeyNamesForSd1AndSd2) {
  CDS_REQUIRE_GOLDEN();
  for (const std::string model : {"tiny-sd", "tiny-sd-v2"}) {
    SCOPED_TRACE(model);
    test::TempDir dir;
    const auto base = test::golden_dir() / model;
    test::write_random_concept(base, dir / "concept", FreezeMode::CrossAttn);
    export_concept(base.string(), dir / "concept",
                   options(ExportFormat::Diff, dir / "d" / "c.safetensors"));
    const auto d = SafetensorsFile::open(dir / "d" / "c.safetensors");
    for (const std::string key :
         {"lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_k.diff",
          "lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn2_to_v.diff",
          "lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_q.diff",
          "lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_attn2_to_out_0.diff",
          "lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_attn2_to_out_0.diff_b",
          "bundle_emb.newone.string_to_param.*"})
      EXPECT_NE(d.find(key), nullptr) << key;
    EXPECT_EQ(d.tensors().size(), 6u * 5 + 1);  // 6 layers: k, v, q, out, out bias; the token
    const bool v2 = model == "tiny-sd-v2";
    EXPECT_EQ(d.metadata().at("ss_v2"), v2 ? "True" : "False");
    EXPECT_EQ(d.metadata().at("ss_base_model_version"), v2 ? "sd_v2" : "sd_v1");
    EXPECT_EQ(d.metadata().at("ss_network_module"), "lycoris.kohya");

    auto o = options(ExportFormat::Lora, dir / "l" / "c.safetensors");
    o.rank = 4;
    export_concept(base.string(), dir / "concept", o);
    const auto l = SafetensorsFile::open(dir / "l" / "c.safetensors");
    const std::string layer = "lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_k";
    for (const std::string part : {".lora_up.weight", ".lora_down.weight", ".alpha"})
      EXPECT_NE(l.find(layer + part), nullptr) << layer + part;
    EXPECT_EQ(l.find(layer + ".alpha")->shape, std::vector<int64_t>{});  // a 0-dim tensor
    EXPECT_EQ(l.find(layer + ".lora_down.weight")->shape, (std::vector<int64_t>{4, 32}));
    EXPECT_EQ(l.metadata().at("ss_network_module"), "networks.lora");
    EXPECT_EQ(l.metadata().at("ss_network_alpha"), "4");
  }
}

// The merged checkpoint, read back through the inverse mapping (single-file -> diffusers):
// the concept's weights where it changed the model, the base's everywhere else, the token
// embedding table at the base's size, for SD 1 (OpenAI CLIP keys) and SD 2 (OpenCLIP keys).
TEST(GoldenConceptExport, CheckpointMapsBackToTheMergedModel) {
  CDS_REQUIRE_GOLDEN();
  for (const std::string name : {"tiny-sd", "tiny-sd-v2"}) {
    SCOPED_TRACE(name);
    test::TempDir dir;
    const auto base_dir = test::golden_dir() / name;
    test::write_random_concept(base_dir, dir / "concept", FreezeMode::CrossAttn);
    const auto report = export_concept(base_dir.string(), dir / "concept",
                                       options(ExportFormat::Checkpoint, dir / "m.safetensors"));
    EXPECT_TRUE(fs::exists(dir / "newone.safetensors"));
    const auto file = load_safetensors(dir / "m.safetensors");
    ShapeMap shapes;
    for (const auto& [k, t] : file) shapes[k] = t.sizes().vec();
    const auto back = single_file_to_diffusers(shapes);
    EXPECT_TRUE(back.unmapped.empty());
    StateDict read;
    for (const auto& m : back.tensors) {
      auto t = file.at(m.sources[0]);
      if (m.op == KeyOp::SplitRows) t = t.chunk(m.parts, 0)[m.part];
      read[m.target] = t.reshape(m.shape);
    }
    auto base = load_stable_diffusion(base_dir.string());
    StateDict expected;
    for (const auto& p : base.unet->named_parameters()) expected["unet." + p.key()] = p->detach();
    for (const auto& p : base.vae->named_parameters()) expected["vae." + p.key()] = p->detach();
    for (const auto& p : base.text_encoder->named_parameters())
      expected["text_encoder." + p.key()] = p->detach();
    const auto custom =
        load_safetensors(dir / "concept/pytorch_custom_diffusion_weights.safetensors");
    // The concept's weights replace the layers' own: "<layer>.processor.to_k_custom_diffusion
    // .weight" is "<layer>.to_k.weight" in the merged model.
    const std::map<std::string, std::string> parts = {
        {"to_k_custom_diffusion.weight", "to_k.weight"},
        {"to_v_custom_diffusion.weight", "to_v.weight"},
        {"to_q_custom_diffusion.weight", "to_q.weight"},
        {"to_out_custom_diffusion.0.weight", "to_out.0.weight"},
        {"to_out_custom_diffusion.0.bias", "to_out.0.bias"}};
    for (const auto& [key, t] : custom) {
      const auto at = key.find(".processor.");
      ASSERT_NE(at, std::string::npos) << key;
      const auto target = "unet." + key.substr(0, at) + "." + parts.at(key.substr(at + 11));
      ASSERT_TRUE(expected.count(target)) << target;
      EXPECT_GT(max_abs_diff(expected.at(target), t), 1e-3) << target;
      expected[target] = t;
    }
    EXPECT_EQ(custom.size(), 6u * 5);
    size_t compared = 0;
    for (const auto& [key, t] : expected) {
      if (!read.count(key)) {
        ADD_FAILURE() << "not in the checkpoint: " << key;
        continue;
      }
      EXPECT_EQ(max_abs_diff(read.at(key), t), 0.0) << key;
      ++compared;
    }
    EXPECT_EQ(compared, expected.size());
    EXPECT_EQ(read.at("text_encoder.text_model.embeddings.token_embedding.weight").size(0),
              base.text_encoder->token_embedding()->weight.size(0));
    EXPECT_FALSE(report.notes.empty());  // the words are beside it, not in it
  }
}

}  // namespace cds
