// Tensors to and from safetensors files: dtype round trips, golden files, and loading either
// weight format through one entry point.
#include "core/io/tensor_file.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "tests/test_support.h"

namespace cds {

TEST(TensorFile, RoundTripEveryDtype) {
  test::TempDir dir;
  StateDict in;
  in["f32"] = torch::randn({3, 5});
  in["f64"] = torch::randn({2}, torch::kFloat64);
  in["f16"] = torch::randn({4, 4}).to(torch::kFloat16);
  in["bf16"] = torch::randn({4, 4}).to(torch::kBFloat16);
  in["i64"] = torch::arange(10);
  in["i32"] = torch::arange(10, torch::kInt32);
  in["u8"] = torch::arange(200, torch::kUInt8);
  in["bool"] = torch::tensor({true, false, true});
  in["noncontig"] = torch::randn({6, 4}).t();
  in["scalar"] = torch::tensor(3.5f);
  const auto file = dir / "all.safetensors";
  save_safetensors(file, in);
  const auto out = load_safetensors(file);
  ASSERT_EQ(out.size(), in.size());
  for (const auto& [name, t] : in) {
    ASSERT_TRUE(out.count(name)) << name;
    EXPECT_EQ(out.at(name).scalar_type(), t.scalar_type()) << name;
    EXPECT_EQ(out.at(name).sizes(), t.sizes()) << name;
    EXPECT_TRUE(torch::equal(out.at(name), t)) << name;
  }
  EXPECT_EQ(SafetensorsFile::open(file).metadata().at("format"), "pt");
  // Selected names only, and a clear error for a missing one.
  EXPECT_EQ(load_safetensors(file, {"i64"}).size(), 1u);
  EXPECT_THROW(load_safetensors(file, {"nope"}), FileError);
}

TEST(TensorFile, UnsupportedDtypeIsRefused) {
  test::TempDir dir;
  StateDict in;
  in["c"] = torch::zeros({2}, torch::kComplexFloat);
  EXPECT_THROW(save_safetensors(dir / "c.safetensors", in), FileError);
  EXPECT_FALSE(std::filesystem::exists(dir / "c.safetensors"));
}

TEST(TensorFile, WeightFileDispatchesOnContent) {
  test::TempDir dir;
  StateDict in;
  in["w"] = torch::ones({2, 2});
  save_safetensors(dir / "weights.bin", in);  // a safetensors file despite the name
  EXPECT_TRUE(torch::equal(load_weight_file(dir / "weights.bin").at("w"), in["w"]));
  test::write_bytes(dir / "garbage.bin", "this is not a weight file at all");
  EXPECT_THROW(load_weight_file(dir / "garbage.bin"), FileError);
}

TEST(GoldenTensorFile, ReadsGoldenCases) {
  CDS_REQUIRE_GOLDEN();
  const auto te = load_safetensors(test::golden_dir() / "cases/text_encoder.safetensors");
  ASSERT_TRUE(te.count("v1.input_ids"));
  EXPECT_EQ(te.at("v1.input_ids").scalar_type(), torch::kInt64);
  EXPECT_EQ(te.at("v1.input_ids").sizes(), (std::vector<int64_t>{3, 77}));
  // "a photo of a cat" -> [49406, 320, 1125, 539, 320, 2368, 49407, ...] (golden README)
  EXPECT_EQ(te.at("v1.input_ids")[0][5].item<int64_t>(), 2368);
  EXPECT_EQ(te.at("v1.last_hidden_state").sizes(), (std::vector<int64_t>{3, 77, 32}));
}

}  // namespace cds
