// Tests for the zip-pickle state dict reader and writer (core/io/state_dict_pickle.h): round
// trips, files Python's torch.save wrote (tests/data/pickle, diffusers' own outputs in the golden
// data), and hostile or damaged files, which must give a FileError and never crash or balloon.
#include "core/io/state_dict_pickle.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <caffe2/serialize/inline_container.h>
#include <gtest/gtest.h>
#include <torch/csrc/jit/serialization/pickle.h>
#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "tests/test_support.h"

namespace {

namespace fs = std::filesystem;
using cds::StateDict;
using cds::test::TempDir;

// Hand-written pickles, so that each hostile file says exactly what it does.
class Pickle {
 public:
  Pickle() { raw("\x80\x02"); }  // PROTO 2
  Pickle& raw(const std::string& bytes) {
    out_ += bytes;
    return *this;
  }
  Pickle& op(char code) {
    out_.push_back(code);
    return *this;
  }
  Pickle& global(const std::string& module, const std::string& name) {
    return op('c').raw(module + "\n" + name + "\n");
  }
  Pickle& str(const std::string& s) {
    op('X');
    for (int i = 0; i < 4; ++i) out_.push_back(char((s.size() >> (8 * i)) & 0xff));
    return raw(s);
  }
  Pickle& integer(int64_t v) {  // LONG1 with 8 bytes takes every value
    op('\x8a').op('\x08');
    for (int i = 0; i < 8; ++i) out_.push_back(char((uint64_t(v) >> (8 * i)) & 0xff));
    return *this;
  }
  Pickle& ints(const std::vector<int64_t>& values) {
    op('(');
    for (const int64_t v : values) integer(v);
    return op('t');
  }
  // _rebuild_tensor_v2(('storage', torch.<type>, key, 'cpu', numel), offset, size, stride, ...)
  Pickle& tensor(const std::string& storage_type, const std::string& key, int64_t numel,
                 int64_t offset, const std::vector<int64_t>& size,
                 const std::vector<int64_t>& stride) {
    global("torch._utils", "_rebuild_tensor_v2").op('(');
    op('(').str("storage").global("torch", storage_type).str(key).str("cpu").integer(numel).op('t');
    op('Q').integer(offset).ints(size).ints(stride).op('\x89');
    return global("collections", "OrderedDict").op(')').op('R').op('t').op('R');
  }
  // {name: tensor} with one float tensor of the given view on record data/0.
  static Pickle one_tensor(int64_t numel, int64_t offset, const std::vector<int64_t>& size,
                           const std::vector<int64_t>& stride) {
    Pickle p;
    p.op('}').str("w").tensor("FloatStorage", "0", numel, offset, size, stride).op('s').op('.');
    return p;
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

// A zip archive as torch.save lays it out (top folder = the file stem, a version record).
void write_archive(const fs::path& file, const std::string& pickle,
                   const std::map<std::string, std::string>& records = {}) {
  caffe2::serialize::PyTorchStreamWriter writer(file.string());
  writer.writeRecord("data.pkl", pickle.data(), pickle.size());
  for (const auto& [name, bytes] : records) writer.writeRecord(name, bytes.data(), bytes.size());
  writer.writeEndOfFile();
}

std::string float_bytes(const std::vector<float>& values) {
  return std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float));
}

// Runs `load` and checks that it throws a FileError whose message contains `expected`.
void expect_file_error(const std::function<void()>& load, const std::string& expected) {
  try {
    load();
    ADD_FAILURE() << "no error; expected one mentioning \"" << expected << "\"";
  } catch (const cds::FileError& e) {
    EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).find("Exception raised from"), std::string::npos) << e.what();
  }
}

void expect_refused(const fs::path& file, const std::string& expected) {
  expect_file_error([&] { cds::read_state_dict_pickle(file); }, expected);
}

// The same names, dtypes, shapes and bits (NaN payloads and -0 included).
void expect_same(const StateDict& actual, const StateDict& expected) {
  ASSERT_EQ(actual.size(), expected.size());
  for (const auto& [name, want] : expected) {
    SCOPED_TRACE(name);
    ASSERT_EQ(actual.count(name), 1u);
    const at::Tensor& got = actual.at(name);
    EXPECT_EQ(got.scalar_type(), want.scalar_type());
    EXPECT_EQ(got.sizes(), want.sizes());
    EXPECT_TRUE(got.device().is_cpu());
    ASSERT_EQ(got.numel(), want.numel());
    const auto a = got.contiguous();
    const auto b = want.cpu().contiguous();
    EXPECT_EQ(std::memcmp(a.data_ptr(), b.data_ptr(), a.numel() * a.element_size()), 0);
  }
}

// A small safetensors reader, independent of the project's own loader.
StateDict read_safetensors(const fs::path& file) {
  const std::string bytes = cds::test::read_bytes(file);
  uint64_t header_size = 0;
  std::memcpy(&header_size, bytes.data(), 8);
  const auto header = nlohmann::json::parse(bytes.substr(8, header_size));
  const char* data = bytes.data() + 8 + header_size;
  const std::map<std::string, at::ScalarType> dtypes = {
      {"F32", at::kFloat}, {"F16", at::kHalf}, {"BF16", at::kBFloat16}, {"I64", at::kLong}};
  StateDict out;
  for (const auto& [name, info] : header.items()) {
    if (name == "__metadata__") continue;
    const auto shape = info["shape"].get<std::vector<int64_t>>();
    const auto begin = info["data_offsets"][0].get<size_t>();
    out[name] = torch::from_blob(const_cast<char*>(data + begin), shape,
                                 torch::dtype(dtypes.at(info["dtype"].get<std::string>())))
                    .clone();
  }
  return out;
}

fs::path fixture(const std::string& name) {
  return cds::test::source_dir() / "tests" / "data" / "pickle" / name;
}

// ---------------------------------------------------------------------------------------------
// Round trips through our own writer

StateDict sample_state_dict() {
  torch::manual_seed(0);
  const auto big = torch::randn({4, 6});
  return {
      {"f32", torch::randn({3, 5})},
      {"f16", torch::randn({2, 3}).to(torch::kHalf)},
      {"bf16", torch::randn({7}).to(torch::kBFloat16)},
      {"f64", torch::randn({2}).to(torch::kDouble)},
      {"i64", torch::arange(-3, 9, torch::kLong).reshape({3, 4})},
      {"i32", torch::tensor({-70000, 5, 1 << 30}, torch::kInt)},
      {"i16", torch::tensor({-300, 7}, torch::kShort)},
      {"i8", torch::tensor({-100, 100}, torch::kChar)},
      {"u8", torch::tensor({0, 255}, torch::kByte)},
      {"mask", torch::tensor({true, false, true})},
      {"scalar", torch::tensor(2.5f)},
      {"special", torch::tensor({std::nanf("0x123"), -0.f, INFINITY, 1e-45f})},
      {"empty", torch::zeros({0, 3})},
      {"transposed", big.t()},
      {"slice", big.narrow(0, 1, 2).narrow(1, 2, 3)},
      {"down_blocks.0.attentions.1.to_k.weight", torch::randn({8, 4})},
  };
}

TEST(StateDictPickle, RoundTripKeepsDtypesShapesAndBits) {
  TempDir dir;
  const auto state = sample_state_dict();
  cds::write_state_dict_pickle(dir / "w.bin", state);
  const auto loaded = cds::read_state_dict_pickle(dir / "w.bin");
  expect_same(loaded, state);
  for (const auto& [name, t] : loaded) EXPECT_TRUE(t.is_contiguous()) << name;
}

TEST(StateDictPickle, RoundTripOfAnEmptyStateDict) {
  TempDir dir;
  cds::write_state_dict_pickle(dir / "empty.bin", {});
  EXPECT_TRUE(cds::read_state_dict_pickle(dir / "empty.bin").empty());
}

TEST(StateDictPickle, WritesTheRecordsTorchSaveWrites) {
  TempDir dir;
  cds::write_state_dict_pickle(dir / "weights.bin",
                               {{"a", torch::ones({2})}, {"b", torch::zeros({3})}});
  caffe2::serialize::PyTorchStreamReader reader((dir / "weights.bin").string());
  for (const char* name : {"data.pkl", "byteorder", "data/0", "data/1"})
    EXPECT_TRUE(reader.hasRecord(name)) << name;
  EXPECT_TRUE(reader.hasRecord("version") || reader.hasRecord(".data/version"));
  // The reader strips the top folder; torch.save names it "archive" when writing to a stream.
  EXPECT_NE(cds::test::read_bytes(dir / "weights.bin").find("archive/data.pkl"), std::string::npos);
  // Tensor data starts 64-byte aligned, as torch.save leaves it, so the file can be mapped.
  EXPECT_EQ(reader.getRecordOffset("data/0") % 64, 0u);
}

TEST(StateDictPickle, WritingReplacesTheFileAndLeavesNoTemporaryFile) {
  TempDir dir;
  cds::test::write_bytes(dir / "w.bin", "old contents");
  cds::write_state_dict_pickle(dir / "w.bin", {{"x", torch::ones({3})}});
  expect_same(cds::read_state_dict_pickle(dir / "w.bin"), {{"x", torch::ones({3})}});
  size_t files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1u);
}

TEST(StateDictPickle, WritingIntoAMissingFolderFails) {
  TempDir dir;
  expect_file_error(
      [&] {
        cds::write_state_dict_pickle(dir / "no" / "w.bin", {{"x", torch::ones({1})}});
      },
      "does not exist");
}

TEST(StateDictPickle, WritingRefusesWhatABinCannotHold) {
  TempDir dir;
  expect_file_error(
      [&] {
        cds::write_state_dict_pickle(dir / "w.bin", {{"u", at::Tensor()}});
      },
      "'u': the tensor is undefined");
  expect_file_error(
      [&] {
        cds::write_state_dict_pickle(dir / "w.bin",
                                     {{"c", torch::zeros({2}, torch::kComplexFloat)}});
      },
      "cannot save 'c'");
  EXPECT_FALSE(fs::exists(dir / "w.bin"));
}

// torch::pickle_save tags its dict with torch.jit._pickle.restore_type_tag.
TEST(StateDictPickle, ReadsTorchPickleSave) {
  TempDir dir;
  c10::Dict<std::string, at::Tensor> dict;
  dict.insert("a", torch::arange(6, torch::kFloat).reshape({2, 3}));
  dict.insert("b", torch::tensor({1, 2}, torch::kLong));
  const auto bytes = torch::pickle_save(dict);
  cds::test::write_bytes(dir / "p.pt", std::string(bytes.begin(), bytes.end()));
  expect_same(cds::read_state_dict_pickle(dir / "p.pt"),
              {{"a", dict.at("a")}, {"b", dict.at("b")}});
}

// ---------------------------------------------------------------------------------------------
// Files Python's torch.save wrote (scripts/make_pickle_fixtures.py)

void expect_matches_json(const StateDict& state, const fs::path& json_file) {
  std::ifstream in(json_file);
  const auto expected = nlohmann::json::parse(in);
  ASSERT_EQ(state.size(), expected.size());
  for (const auto& [name, info] : expected.items()) {
    SCOPED_TRACE(name);
    ASSERT_EQ(state.count(name), 1u);
    const at::Tensor& t = state.at(name);
    const std::map<std::string, at::ScalarType> dtypes = {{"float32", at::kFloat},
                                                          {"float16", at::kHalf},
                                                          {"bfloat16", at::kBFloat16},
                                                          {"int64", at::kLong},
                                                          {"bool", at::kBool}};
    EXPECT_EQ(t.scalar_type(), dtypes.at(info["dtype"].get<std::string>()));
    EXPECT_EQ(t.sizes().vec(), info["shape"].get<std::vector<int64_t>>());
    const auto values = info["values"].get<std::vector<double>>();
    const auto got = t.to(at::kDouble).contiguous();
    ASSERT_EQ(got.numel(), int64_t(values.size()));
    for (size_t i = 0; i < values.size(); ++i) EXPECT_EQ(got.data_ptr<double>()[i], values[i]) << i;
    // A view is copied out of its storage, not kept as a window on all of it.
    EXPECT_EQ(t.storage().nbytes(), size_t(t.numel()) * t.element_size());
  }
}

class StateDictPicklePython : public testing::TestWithParam<std::string> {};

TEST_P(StateDictPicklePython, ReadsModuleStateDict) {
  const auto state = cds::read_state_dict_pickle(fixture(GetParam() + ".pt"));
  expect_matches_json(state, fixture(GetParam() + ".json"));
  // table_row and table_t share table's storage in the file; here each owns its memory.
  EXPECT_NE(state.at("table_row").data_ptr(), state.at("table").data_ptr());
}

INSTANTIATE_TEST_SUITE_P(Protocols, StateDictPicklePython,
                         testing::Values("module_state_dict_p2", "module_state_dict_p4"));

TEST(StateDictPickle, ReadsAOneEntryPythonDict) {
  expect_matches_json(cds::read_state_dict_pickle(fixture("single_entry.pt")),
                      fixture("single_entry.json"));
}

// An archive held in memory reads as the same file does (the pickle fuzz target's way in).
TEST(StateDictPickle, ReadsAnArchiveFromMemory) {
  const std::string bytes = cds::test::read_bytes(fixture("single_entry.pt"));
  expect_matches_json(cds::read_state_dict_pickle_bytes(bytes, "in-memory.pt"),
                      fixture("single_entry.json"));
  try {
    cds::read_state_dict_pickle_bytes(bytes.substr(0, bytes.size() / 2), "half.pt");
    FAIL() << "half an archive was read";
  } catch (const cds::FileError& e) {
    EXPECT_NE(std::string(e.what()).find("half.pt: not a readable PyTorch checkpoint"),
              std::string::npos)
        << e.what();
  }
  EXPECT_THROW(cds::read_state_dict_pickle_bytes("not a zip", "text.pt"), cds::FileError);
}

// ---------------------------------------------------------------------------------------------
// Hostile and damaged files

TEST(StateDictPickle, RefusesOsSystem) {
  TempDir dir;
  Pickle p;
  p.global("os", "system").str("touch pwned").op('\x85').op('R').op('.');
  write_archive(dir / "evil.pt", p.bytes());
  expect_refused(dir / "evil.pt",
                 "refusing to load: the pickle names os system, which a state dict never contains");
}

TEST(StateDictPickle, RefusesBuiltinsEvalNamedByStackGlobal) {
  TempDir dir;
  Pickle p;
  p.str("builtins").str("eval").op('\x93').str("1").op('\x85').op('R').op('.');
  write_archive(dir / "evil.pt", p.bytes());
  expect_refused(dir / "evil.pt", "the pickle names builtins eval");
}

TEST(StateDictPickle, RefusesGetattrInsideAnOtherwiseValidStateDict) {
  TempDir dir;
  Pickle p;
  p.op('}').op('(').str("w").tensor("FloatStorage", "0", 2, 0, {2}, {1});
  p.str("x").global("__builtin__", "getattr").op('u').op('.');
  write_archive(dir / "evil.pt", p.bytes(), {{"data/0", float_bytes({1, 2})}});
  expect_refused(dir / "evil.pt", "the pickle names __builtin__ getattr");
}

TEST(StateDictPickle, RefusesAFileThatIsNotAZip) {
  TempDir dir;
  cds::test::write_bytes(dir / "a.bin", "this is text, not a checkpoint");
  expect_refused(dir / "a.bin", "not a zip archive");
  cds::test::write_bytes(dir / "empty.bin", "");
  expect_refused(dir / "empty.bin", "not a zip archive");
  expect_refused(dir / "missing.bin", "file not found");
}

TEST(StateDictPickle, ExplainsTheLegacyFormat) {
  TempDir dir;
  cds::test::write_bytes(dir / "old.bin",
                         std::string("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8", 12));
  expect_refused(dir / "old.bin", "legacy");
}

TEST(StateDictPickle, RefusesATruncatedArchive) {
  TempDir dir;
  cds::write_state_dict_pickle(dir / "w.bin", sample_state_dict());
  const std::string bytes = cds::test::read_bytes(dir / "w.bin");
  for (const size_t keep : {bytes.size() / 2, bytes.size() - 10, size_t(30)}) {
    cds::test::write_bytes(dir / "cut.bin", bytes.substr(0, keep));
    expect_refused(dir / "cut.bin",
                   (dir / "cut.bin").string() + ": not a readable PyTorch checkpoint");
  }
}

TEST(StateDictPickle, RefusesATruncatedPickle) {
  TempDir dir;
  const std::string pickle = Pickle::one_tensor(2, 0, {2}, {1}).bytes();
  write_archive(dir / "cut.pt", pickle.substr(0, pickle.size() / 2),
                {{"data/0", float_bytes({1, 2})}});
  expect_refused(dir / "cut.pt", "the pickle ends early");
  write_archive(dir / "nostop.pt", pickle.substr(0, pickle.size() - 1),
                {{"data/0", float_bytes({1, 2})}});
  expect_refused(dir / "nostop.pt", "the pickle ends early");
}

TEST(StateDictPickle, ReadsAHandWrittenFile) {
  // The baseline the hostile variants below start from: it loads, with any top folder name.
  TempDir dir;
  write_archive(dir / "any_name.pt", Pickle::one_tensor(4, 1, {3}, {1}).bytes(),
                {{"data/0", float_bytes({1, 2, 3, 4})}});
  expect_same(cds::read_state_dict_pickle(dir / "any_name.pt"),
              {{"w", torch::tensor({2.f, 3.f, 4.f})}});
}

TEST(StateDictPickle, RefusesARecordSmallerThanItsStorage) {
  TempDir dir;
  write_archive(dir / "small.pt", Pickle::one_tensor(10, 0, {10}, {1}).bytes(),
                {{"data/0", float_bytes({1, 2})}});
  expect_refused(dir / "small.pt", "holds 8 bytes, less than its 10 elements");
}

TEST(StateDictPickle, RefusesViewsBeyondTheStorage) {
  TempDir dir;
  const std::map<std::string, std::string> records = {{"data/0", float_bytes({1, 2, 3, 4})}};
  const struct {
    int64_t offset;
    std::vector<int64_t> size, stride;
    const char* error;
  } cases[] = {
      {0, {5}, {1}, "reaches beyond its storage"},
      {3, {2}, {1}, "reaches beyond its storage"},
      {0, {2, 2}, {3, 1}, "reaches beyond its storage"},
      {5, {0}, {1}, "reaches beyond its storage"},
      {0, {int64_t(1) << 40}, {0}, "reaches beyond its storage"},  // would copy 4 TB
      {0, {-1}, {1}, "negative size or stride"},
      {0, {2}, {-1}, "negative size or stride"},
      {-1, {1}, {1}, "negative offset"},
      {0, {int64_t(1) << 62, int64_t(1) << 62}, {1, 1}, "impossibly large"},
      {0, {2}, {int64_t(1) << 62}, "reaches beyond its storage"},
      {0, {3, 2}, {int64_t(1) << 62, int64_t(1) << 62}, "impossibly large"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.error);
    write_archive(dir / "view.pt", Pickle::one_tensor(4, c.offset, c.size, c.stride).bytes(),
                  records);
    expect_refused(dir / "view.pt", c.error);
  }
}

TEST(StateDictPickle, RefusesAMissingTensorRecord) {
  TempDir dir;
  write_archive(dir / "nodata.pt", Pickle::one_tensor(2, 0, {2}, {1}).bytes());
  expect_refused(dir / "nodata.pt", "the tensor record data/0 is missing");
}

TEST(StateDictPickle, RefusesWhatIsNotAFlatDictOfTensors) {
  TempDir dir;
  const std::map<std::string, std::string> records = {{"data/0", float_bytes({1, 2})}};
  Pickle nested;
  nested.op('}')
      .str("unet")
      .op('}')
      .str("w")
      .tensor("FloatStorage", "0", 2, 0, {2}, {1})
      .op('s')
      .op('s')
      .op('.');
  write_archive(dir / "nested.pt", nested.bytes(), records);
  expect_refused(dir / "nested.pt", "the entry 'unet' is a nested dict");

  // diffusers' save_attn_procs writes an empty dict for each processor without weights.
  Pickle empty_nested;
  empty_nested.op('}').op('(').str("w").tensor("FloatStorage", "0", 2, 0, {2}, {1});
  empty_nested.str("attn1.processor").op('}').op('u').op('.');
  write_archive(dir / "empty_nested.pt", empty_nested.bytes(), records);
  expect_same(cds::read_state_dict_pickle(dir / "empty_nested.pt"),
              {{"w", torch::tensor({1.f, 2.f})}});

  Pickle number;
  number.op('}').str("step").integer(7).op('s').op('.');
  write_archive(dir / "number.pt", number.bytes());
  expect_refused(dir / "number.pt", "the entry 'step' is an int, not a tensor");

  Pickle list;
  list.op(']').op('.');
  write_archive(dir / "list.pt", list.bytes());
  expect_refused(dir / "list.pt", "the file holds a list, not a state dict");
}

TEST(StateDictPickle, RefusesDamagedPickles) {
  TempDir dir;
  const struct {
    std::string pickle;
    const char* error;
  } cases[] = {
      {Pickle().op('i').raw("os\nsystem\n").op('.').bytes(), "unsupported pickle opcode 0x69"},
      {Pickle().op('R').op('.').bytes(), "pops more values than it pushed"},
      {Pickle().op('(').op('R').op('.').bytes(), "pops more values than it pushed"},
      {Pickle().op('u').op('.').bytes(), "closes a group it never opened"},
      {Pickle().op('h').raw("\x05").op('.').bytes(), "a value it never stored"},
      {Pickle().op('\x8a').raw("\x09").raw(std::string(9, 'x')).op('.').bytes(),
       "too large for 64 bits"},
      {Pickle().op('X').raw("\xff\xff\xff\x7f").raw("ab").bytes(), "the pickle ends early"},
      {Pickle().op('}').str("a").op('s').op('.').bytes(), "uses a value it never pushed"},
      {Pickle().op('}').op('(').str("a").op('u').op('.').bytes(), "a key but no value"},
      {Pickle().str("x").op('a').op('.').bytes(), "uses a value it never pushed"},
      {Pickle().integer(1).op('}').op('s').op('.').bytes(), "uses a value it never pushed"},
      {Pickle().op('c').raw(std::string(300, 'a')).bytes(), "unterminated or too long"},
      {Pickle().global("torch", "FloatStorage").op(')').op('R').op('.').bytes(),
       "calls a storage class"},
      {Pickle().str("storage").op('Q').op('.').bytes(), "not a tuple"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.error);
    write_archive(dir / "bad.pt", c.pickle);
    expect_refused(dir / "bad.pt", c.error);
  }
}

// A bool record holding bytes other than 0 and 1 still gives valid bools.
TEST(StateDictPickle, NormalisesBoolBytes) {
  TempDir dir;
  Pickle p;
  p.op('}').str("m").tensor("BoolStorage", "0", 3, 0, {3}, {1}).op('s').op('.');
  write_archive(dir / "mask.pt", p.bytes(), {{"data/0", std::string("\x00\x01\x07", 3)}});
  expect_same(cds::read_state_dict_pickle(dir / "mask.pt"),
              {{"m", torch::tensor({false, true, true})}});
}

// Thousands of views of one small record would copy far more than the file holds.
TEST(StateDictPickle, RefusesViewsThatCopyFarMoreThanTheFile) {
  TempDir dir;
  const int64_t numel = 1 << 12;  // a 16 KiB record; each view below copies nearly all of it
  Pickle p;
  p.op(']').global("torch._utils", "_rebuild_tensor_v2").raw("q\x01").op('(');
  p.op('(')
      .str("storage")
      .global("torch", "FloatStorage")
      .str("0")
      .str("cpu")
      .integer(numel)
      .op('t');
  p.op('Q').raw("q\x02").raw("K\x01").ints({numel - 1}).raw("q\x03").ints({1}).raw("q\x04");
  p.raw("\x89NtRa");  // requires_grad False, hooks None; call; append to the list
  // The same call again, each time from the memo: 16 bytes per 16 KiB copy.
  for (int i = 0; i < 5000; ++i) p.raw("h\x01(h\x02K\x01h\x03h\x04\x89NtRa");
  p.op('.');
  write_archive(dir / "bomb.pt", p.bytes(), {{"data/0", std::string(numel * 4, '\0')}});
  expect_refused(dir / "bomb.pt", "copy far more data than the file holds");
}

// ---------------------------------------------------------------------------------------------
// Golden: diffusers' own saved files (torch.save of a state dict) against the same tensors in
// safetensors.

TEST(GoldenStateDictPickle, CustomDiffusionWeightsMatchSafetensors) {
  CDS_REQUIRE_GOLDEN();
  const auto dir = cds::test::golden_dir() / "cases" / "saved_output";
  const auto bin = cds::read_state_dict_pickle(dir / "pytorch_custom_diffusion_weights.bin");
  EXPECT_EQ(bin.size(), 12u);
  expect_same(bin, read_safetensors(dir / "pytorch_custom_diffusion_weights.safetensors"));
}

TEST(GoldenStateDictPickle, ModifierTokenEmbeddingMatchesSafetensors) {
  CDS_REQUIRE_GOLDEN();
  const auto dir = cds::test::golden_dir() / "cases" / "saved_output";
  const auto bin = cds::read_state_dict_pickle(dir / "<new1>.bin");
  expect_same(bin, read_safetensors(dir / "<new1>.safetensors"));
  // The file stores the whole embedding matrix; the result keeps only its one row.
  EXPECT_EQ(bin.at("<new1>").storage().nbytes(), 32u * sizeof(float));
  EXPECT_FALSE(bin.at("<new1>").requires_grad());
}

}  // namespace
