// Compressing a concept (core/concepts/concept_compress.h) on the demo model: the error falls as
// more singular values are kept, keeping all of them gives the weights back, the sizes reported
// are the files', a target size is met, and the compressed and expanded folders load.
#include "core/concepts/concept_compress.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "core/concepts/low_rank_delta.h"
#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "tests/core/concept_test_support.h"
#include "tests/test_support.h"

namespace cds {

namespace {

namespace fs = std::filesystem;

class ConceptCompress : public ::testing::Test {
 protected:
  void SetUp() override {
    write_demo_model(dir_ / "model");
    concept_ = test::make_concept(dir_ / "model", dir_ / "a", {"<new1>", "ktn", "cat", 1});
  }
  CompressReport compress(double keep, const std::string& name, int64_t target = 0,
                          bool expand = false) {
    CompressOptions o;
    o.weights = concept_;
    o.base_model = (dir_ / "model").string();
    o.keep = keep;
    o.target_bytes = target;
    o.expand = expand;
    return compress_concept(o, dir_ / name);
  }
  // The weights a folder gives the base model, by apply_custom_diffusion_weights.
  std::map<std::string, torch::Tensor> loaded(const fs::path& folder, std::string* format) {
    auto model = load_stable_diffusion((dir_ / "model").string());
    const auto applied = apply_custom_diffusion_weights(model, folder);
    *format = applied.format;
    std::map<std::string, torch::Tensor> out;
    for (const auto& [name, t] : custom_diffusion_parameters(model.unet))
      out[name] = t.detach().clone();
    return out;
  }

  test::TempDir dir_;
  fs::path concept_;
};

double total_error(const CompressReport& r) {
  double sum = 0;
  for (const auto& l : r.layers) sum += l.delta_error;
  return sum;
}

}  // namespace

TEST_F(ConceptCompress, ErrorFallsAsMoreIsKept) {
  const auto r10 = compress(0.1, "k10"), r50 = compress(0.5, "k50"), r100 = compress(1.0, "k100");
  ASSERT_EQ(r10.layers.size(), r50.layers.size());
  for (size_t i = 0; i < r10.layers.size(); ++i) {
    const auto &a = r10.layers[i], &b = r50.layers[i], &c = r100.layers[i];
    if (a.full_rank == 0) continue;  // a bias is stored whole
    EXPECT_LT(a.rank, b.rank);
    EXPECT_LT(b.rank, c.rank);
    EXPECT_EQ(c.rank, c.full_rank);
    EXPECT_GT(a.delta_error, b.delta_error) << a.key;
    EXPECT_GT(b.delta_error, c.delta_error) << a.key;
    EXPECT_LT(c.delta_error, 1e-5) << a.key;
  }
  EXPECT_GT(total_error(r10), total_error(r50));
  EXPECT_LT(r10.output_bytes, r50.output_bytes);
  EXPECT_LT(r10.output_bytes, r10.input_bytes);
}

TEST_F(ConceptCompress, KeepingEverythingGivesTheWeightsBack) {
  compress(1.0, "all");
  std::string format;
  const auto rebuilt = loaded(dir_ / "all", &format);
  EXPECT_EQ(format, "compressed");
  const auto original = test::weights_of(concept_);
  ASSERT_EQ(rebuilt.size(), original.size());
  for (const auto& [key, w] : original) EXPECT_LT(test::rel_error(rebuilt.at(key), w), 1e-6) << key;
  // The token comes along.
  EXPECT_TRUE(torch::equal(load_safetensors(dir_ / "all" / "<new1>.safetensors").at("<new1>"),
                           load_safetensors(concept_ / "<new1>.safetensors").at("<new1>")));
}

TEST_F(ConceptCompress, SizesAreTheFiles) {
  const auto r = compress(0.25, "quarter");
  int64_t sum = 0;
  for (const auto& [file, bytes] : r.files) {
    EXPECT_EQ(bytes, static_cast<int64_t>(fs::file_size(dir_ / "quarter" / file))) << file;
    sum += bytes;
  }
  EXPECT_EQ(sum, r.output_bytes);
  EXPECT_EQ(r.files.size(), 3u);  // factors, the token, concept.json
  EXPECT_EQ(r.input_bytes,
            static_cast<int64_t>(
                fs::file_size(concept_ / "pytorch_custom_diffusion_weights.safetensors") +
                fs::file_size(concept_ / "<new1>.safetensors")));
  // The factor file holds exactly the reported tensors.
  const auto file = SafetensorsFile::open(dir_ / "quarter" / kCompressedWeightsFile);
  int64_t tensor_bytes = 0, reported = 0;
  for (const auto& t : file.tensors()) tensor_bytes += static_cast<int64_t>(t.byte_size());
  for (const auto& l : r.layers) reported += l.bytes;
  EXPECT_EQ(tensor_bytes, reported);
  EXPECT_EQ(file.metadata().at("cdstudio_format"), kCompressedFormat);
}

TEST_F(ConceptCompress, TargetSizeIsMet) {
  const auto half = compress(0.5, "half");
  const auto r = compress(0, "sized", half.output_bytes);
  EXPECT_LE(r.output_bytes, half.output_bytes);
  EXPECT_GE(r.keep, 0.5 - 1e-9);
  const auto message = [&] {
    try {
      compress(0, "tiny", 100);
    } catch (const CoreError& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  }();
  EXPECT_NE(message.find("cannot be as small as 100 bytes"), std::string::npos) << message;
  EXPECT_FALSE(fs::exists(dir_ / "tiny"));
}

TEST_F(ConceptCompress, ExpandedFolderIsDiffusersForm) {
  const auto r = compress(0.5, "expanded", 0, /*expand=*/true);
  EXPECT_TRUE(r.expanded);
  EXPECT_TRUE(fs::exists(dir_ / "expanded" / "pytorch_custom_diffusion_weights.safetensors"));
  EXPECT_FALSE(fs::exists(dir_ / "expanded" / kCompressedWeightsFile));
  compress(0.5, "factors");
  std::string format_expanded, format_factors;
  const auto expanded = loaded(dir_ / "expanded", &format_expanded);
  const auto factors = loaded(dir_ / "factors", &format_factors);
  EXPECT_EQ(format_expanded, "safetensors");
  EXPECT_EQ(format_factors, "compressed");
  // Same keys as training writes them, same values as the compressed form rebuilds.
  const auto keys = test::weights_of(dir_ / "expanded");
  EXPECT_EQ(keys.size(), test::weights_of(concept_).size());
  for (const auto& [key, w] : factors) EXPECT_LT(test::rel_error(expanded.at(key), w), 1e-6) << key;
}

TEST_F(ConceptCompress, BadInput) {
  EXPECT_THROW(compress(1.5, "x"), CoreError);
  write_demo_model(dir_ / "other", 99);
  CompressOptions o;
  o.weights = concept_;
  o.base_model = (dir_ / "other").string();
  o.keep = 0.5;
  try {
    compress_concept(o, dir_ / "y");
    ADD_FAILURE() << "compressed against another base model";
  } catch (const CoreError& e) {
    EXPECT_NE(std::string(e.what()).find(concept_.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("another base model"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(dir_ / "y"));
}

}  // namespace cds
