// safetensors reader/writer: round trips, golden files, and every malformed-header case.
#include "core/io/safetensors_file.h"

#include <cstring>

#include <gtest/gtest.h>

#include "core/error.h"
#include "tests/test_support.h"

namespace cds {

namespace {

// A file made of a raw header text and data bytes.
std::string make_file(const std::string& header, const std::string& data = "") {
  std::string bytes(8, '\0');
  uint64_t n = header.size();
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>(n >> (8 * i));
  return bytes + header + data;
}

// Expects opening the bytes to fail with a FileError whose message names the file and
// contains `fragment`.
void expect_refused(const std::string& bytes, const std::string& fragment) {
  test::TempDir dir;
  const auto file = dir / "bad.safetensors";
  test::write_bytes(file, bytes);
  try {
    SafetensorsFile::open(file);
    ADD_FAILURE() << "accepted a file that should be refused (" << fragment << ")";
  } catch (const FileError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find(file.string()), std::string::npos) << msg;
    EXPECT_NE(msg.find(fragment), std::string::npos) << "message: " << msg;
  }
}

}  // namespace

TEST(Safetensors, RoundTripKeepsValuesShapesAndMetadata) {
  test::TempDir dir;
  const auto file = dir / "t.safetensors";
  const float a[6] = {1, 2, 3, 4, 5, 6};
  const int64_t b[2] = {-7, 1LL << 40};
  const uint8_t c[3] = {0, 1, 255};
  write_safetensors(file,
                    {{"b", DType::I64, {2}, b, sizeof b},
                     {"a", DType::F32, {2, 3}, a, sizeof a},
                     {"c", DType::U8, {3}, c, sizeof c},
                     {"empty", DType::F16, {0, 4}, nullptr, 0}},
                    {{"format", "pt"}});
  const auto st = SafetensorsFile::open(file);
  ASSERT_EQ(st.tensors().size(), 4u);
  EXPECT_EQ(st.metadata().at("format"), "pt");
  const auto* ea = st.find("a");
  ASSERT_NE(ea, nullptr);
  EXPECT_EQ(ea->shape, (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(std::memcmp(st.data(*ea), a, sizeof a), 0);
  EXPECT_EQ(std::memcmp(st.data(*st.find("b")), b, sizeof b), 0);
  EXPECT_EQ(std::memcmp(st.data(*st.find("c")), c, sizeof c), 0);
  EXPECT_EQ(st.find("empty")->numel(), 0);
  EXPECT_EQ(st.find("missing"), nullptr);
  // The header is padded so the data area is 8-byte aligned, as the Python library writes it.
  const auto bytes = test::read_bytes(file);
  uint64_t header_len = 0;
  for (int i = 7; i >= 0; --i) header_len = (header_len << 8) | static_cast<uint8_t>(bytes[i]);
  EXPECT_EQ(header_len % 8, 0u);
}

TEST(Safetensors, WriterRefusesInconsistentInput) {
  test::TempDir dir;
  const float a[4] = {};
  EXPECT_THROW(write_safetensors(dir / "x.safetensors", {{"a", DType::F32, {3}, a, sizeof a}}),
               FileError);
  EXPECT_THROW(write_safetensors(dir / "x.safetensors",
                                 {{"a", DType::F32, {1}, a, 4}, {"a", DType::F32, {1}, a, 4}}),
               FileError);
  EXPECT_FALSE(std::filesystem::exists(dir / "x.safetensors"));
}

TEST(Safetensors, RefusesShortFile) { expect_refused("abc", "truncated"); }

TEST(Safetensors, RefusesHeaderLongerThanFile) {
  std::string bytes = make_file("{}");
  bytes[0] = 100;
  expect_refused(bytes, "truncated");
}

TEST(Safetensors, RefusesHugeHeaderLengthWithoutAllocating) {
  std::string bytes(16, '\xff');
  expect_refused(bytes, "implausibly large");
}

TEST(Safetensors, RefusesInvalidJson) {
  expect_refused(make_file("{\"a\": [1, 2"), "invalid JSON");
}

TEST(Safetensors, RefusesNonObjectHeader) {
  expect_refused(make_file("[1, 2]"), "not a JSON object");
}

TEST(Safetensors, RefusesUnknownDtype) {
  expect_refused(make_file(R"({"a":{"dtype":"F8","shape":[1],"data_offsets":[0,1]}})", "x"),
                 "unknown dtype \"F8\"");
}

TEST(Safetensors, RefusesShapeThatDoesNotMatchSpan) {
  expect_refused(
      make_file(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", std::string(8, '\0')),
      "needs 12 bytes");
}

TEST(Safetensors, RefusesOverflowingShape) {
  expect_refused(
      make_file(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,8]}})",
                std::string(8, '\0')),
      "too many");
}

TEST(Safetensors, RefusesNegativeShape) {
  expect_refused(
      make_file(R"({"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})", std::string(4, '\0')),
      "non-negative");
}

TEST(Safetensors, RefusesSpanOutsideData) {
  expect_refused(
      make_file(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", std::string(8, '\0')),
      "beyond the data area");
}

TEST(Safetensors, RefusesReversedOffsets) {
  expect_refused(
      make_file(R"({"a":{"dtype":"U8","shape":[0],"data_offsets":[4,0]}})", std::string(8, '\0')),
      "is after end");
}

TEST(Safetensors, RefusesOverlappingTensors) {
  expect_refused(make_file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                           R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                           std::string(12, '\0')),
                 "overlap");
}

TEST(Safetensors, RefusesMissingFields) {
  expect_refused(make_file(R"({"a":{"shape":[1],"data_offsets":[0,4]}})", std::string(4, '\0')),
                 "dtype");
  expect_refused(make_file(R"({"a":{"dtype":"F32","data_offsets":[0,4]}})", std::string(4, '\0')),
                 "shape");
  expect_refused(
      make_file(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0]}})", std::string(4, '\0')),
      "data_offsets");
}

TEST(Safetensors, RefusesNonStringMetadata) {
  expect_refused(make_file(R"({"__metadata__":{"format":3}})"), "__metadata__");
}

TEST(Safetensors, MissingFileIsNamed) {
  test::TempDir dir;
  EXPECT_THROW(SafetensorsFile::open(dir / "nope.safetensors"), FileError);
}

TEST(GoldenSafetensors, ReadsDiffusersFiles) {
  CDS_REQUIRE_GOLDEN();
  const auto st = SafetensorsFile::open(test::golden_dir() /
                                        "tiny-sd/unet/diffusion_pytorch_model.safetensors");
  int64_t params = 0;
  for (const auto& e : st.tensors()) params += e.numel();
  // The golden README's 1,451,588 counts the UNet with its 12 Custom Diffusion K/V copies
  // installed (12 x 64 x 32); the saved file holds the plain UNet.
  EXPECT_EQ(params, 1451588 - 12 * 64 * 32);
  const auto* conv = st.find("conv_in.weight");
  ASSERT_NE(conv, nullptr);
  EXPECT_EQ(conv->shape, (std::vector<int64_t>{32, 4, 3, 3}));
  EXPECT_EQ(conv->dtype, DType::F32);
  EXPECT_EQ(st.metadata().at("format"), "pt");
}

TEST(GoldenSafetensors, ByteIdenticalRewrite) {
  CDS_REQUIRE_GOLDEN();
  // Re-serialising every golden case file gives the same tensor bytes and header entries.
  test::TempDir dir;
  for (const char* name : {"cases/vae.safetensors", "cases/unet.safetensors",
                           "cases/saved_output/pytorch_custom_diffusion_weights.safetensors"}) {
    const auto src = SafetensorsFile::open(test::golden_dir() / name);
    std::vector<TensorBytes> items;
    for (const auto& e : src.tensors())
      items.push_back({e.name, e.dtype, e.shape, src.data(e), e.byte_size()});
    const auto out = dir / "copy.safetensors";
    write_safetensors(out, items, src.metadata());
    const auto copy = SafetensorsFile::open(out);
    ASSERT_EQ(copy.tensors().size(), src.tensors().size()) << name;
    EXPECT_EQ(copy.metadata(), src.metadata());
    for (const auto& e : src.tensors()) {
      const auto* c = copy.find(e.name);
      ASSERT_NE(c, nullptr) << e.name;
      EXPECT_EQ(c->shape, e.shape);
      EXPECT_EQ(c->dtype, e.dtype);
      EXPECT_EQ(std::memcmp(copy.data(*c), src.data(e), e.byte_size()), 0) << e.name;
    }
  }
}

}  // namespace cds
