// cdstudio-cli as a person runs it: exit codes, JSON lines, and error messages.
#include <array>
#include <cstdio>
#include <sys/wait.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace cds {

namespace {

struct Result {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

Result run(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  std::string cmd = quote(CDS_CLI_PATH);
  for (const auto& a : args) cmd += " " + quote(a);
  test::TempDir dir;
  test::write_bytes(dir / "stdin", stdin_text);
  cmd += " < " + quote((dir / "stdin").string()) + " 2>&1";
  Result r;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  size_t start = 0;
  while (start < out.size()) {
    const auto end = out.find('\n', start);
    const auto line = out.substr(start, end - start);
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace

TEST(Cli, UsageAndUnknownCommand) {
  auto r = run({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("usage: cdstudio-cli"), std::string::npos);
  r = run({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("unknown command"), std::string::npos);
  r = run({"tokenize", "--bogus"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("unknown option --bogus"), std::string::npos);
  EXPECT_EQ(run({"tokenize", "--help"}).exit_code, 0);
  EXPECT_EQ(run({"inspect", "--help"}).exit_code, 0);
}

TEST(Cli, MissingModelIsOneClearLine) {
  test::TempDir dir;
  const auto r = run({"tokenize", "--model", (dir / "nothing").string(), "cat"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("error:"), std::string::npos) << r.out;
  const auto i = run({"inspect", dir.path().string()});
  EXPECT_EQ(i.exit_code, 1);
  EXPECT_NE(i.out.find("model_index.json"), std::string::npos) << i.out;
}

TEST(GoldenCli, TokenizeMatchesTransformers) {
  CDS_REQUIRE_GOLDEN();
  const auto golden = nlohmann::json::parse(test::read_bytes(test::golden_dir() / "cases/tokenizer.json"));
  std::vector<std::string> args = {"tokenize", "--model", (test::golden_dir() / "tiny-sd").string(), "--"};
  std::vector<nlohmann::json> expected;
  for (const auto& rec : golden["records"]) {
    if (rec["tokenizer"] != "sd_v1") continue;
    args.push_back(rec["prompt"].get<std::string>());
    expected.push_back(rec);
  }
  const auto r = run(args);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), expected.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i]["text"], expected[i]["prompt"]);
    EXPECT_EQ(lines[i]["ids"], expected[i]["input_ids_77"]) << expected[i]["prompt"];
    const auto unpadded = expected[i]["input_ids_unpadded"].size();
    EXPECT_EQ(lines[i]["length"].get<size_t>(), unpadded);
    EXPECT_EQ(lines[i]["truncated"].get<bool>(), unpadded > 77);
  }
}

TEST(GoldenCli, TokenizeAddedTokensAndStdin) {
  CDS_REQUIRE_GOLDEN();
  const auto r = run({"tokenize", "--tokenizer", (test::golden_dir() / "tokenizer").string(),
                      "--add-token", "<new1>", "--add-token", "<new2>"},
                     "photo of a<new1>cat\n-leading dash\n\n");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["ids"][4], 49408);
  EXPECT_EQ(lines[2]["length"], 2);  // an empty line is an empty prompt: BOS, EOS
  const auto dup = run({"tokenize", "--tokenizer", (test::golden_dir() / "tokenizer").string(),
                        "--add-token", "cat</w>", "x"});
  EXPECT_EQ(dup.exit_code, 1);
  EXPECT_NE(dup.out.find("cat</w>"), std::string::npos) << dup.out;
}

TEST(GoldenCli, InspectTinyModel) {
  CDS_REQUIRE_GOLDEN();
  const auto r = run({"inspect", (test::golden_dir() / "tiny-sd").string(), "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["components"]["unet"]["weights"]["parameters"], 1427012);
  EXPECT_EQ(j["components"]["unet"]["weights"]["precision"], "F32");
  EXPECT_EQ(j["family"], "Stable Diffusion 1.x-style (cross-attention 32)");
  EXPECT_TRUE(j["usable"].get<bool>());
  const auto text = run({"inspect", (test::golden_dir() / "tiny-sd-v2").string()});
  EXPECT_EQ(text.exit_code, 0) << text.out;
  EXPECT_NE(text.out.find("Ready to use."), std::string::npos);
}

}  // namespace cds
