// A training run killed with SIGKILL, at chosen moments of its file writes and at random ones,
// then resumed with --resume_from_checkpoint latest, ends with exactly the weights of a run
// that was never interrupted; after every kill, each file that looks finished is whole.
// cdstudio-cli trains the project's own demo model; the moments come from kill_shim.cpp.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <random>
#include <thread>

#include <gtest/gtest.h>
#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/io/json_file.h"
#include "core/io/safetensors_file.h"
#include "core/io/tensor_file.h"
#include "core/model/demo_model.h"
#include "tests/test_support.h"

extern char** environ;

namespace cds {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  bool killed = false;  // ended by SIGKILL
  int exit_code = -1;
  std::string log;
};

// Starts cdstudio-cli with `args` and the extra environment; `kill_after` > 0 kills it that long
// after the start unless it ended before.
CliRun run_cli(const std::vector<std::string>& args, const std::vector<std::string>& extra_env,
               const fs::path& log_file, std::chrono::milliseconds kill_after = {}) {
  std::vector<std::string> argv_s = {CDS_CLI_PATH};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_s(extra_env);
  for (char** e = environ; *e; ++e) env_s.emplace_back(*e);
  std::vector<char*> envp;
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  CliRun r;
  if (rc != 0) {
    r.log = "posix_spawn failed: " + std::string(std::strerror(rc));
    return r;
  }
  int status = 0;
  if (kill_after.count() > 0) {
    const auto deadline = std::chrono::steady_clock::now() + kill_after;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() >= deadline) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  } else {
    ::waitpid(pid, &status, 0);
  }
  r.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.log = test::read_bytes(log_file);
  return r;
}

class KillResume : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    write_demo_model(*dir_ / "model");
    write_demo_images(*dir_ / "photos", 5);
    const auto t0 = std::chrono::steady_clock::now();
    const CliRun r = run_cli(train_args(*dir_ / "straight"), {}, *dir_ / "straight.log");
    straight_seconds_ =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_EQ(r.exit_code, 0) << r.log;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  // Six steps, a checkpoint after every step but the last, at most two kept (pruning runs
  // too), flips drawn from the data generator: every piece of resume state matters.
  static std::vector<std::string> train_args(const fs::path& out) {
    return {"train",
            "--pretrained_model_name_or_path",
            (*dir_ / "model").string(),
            "--instance_data_dir",
            (*dir_ / "photos").string(),
            "--instance_prompt",
            "photo of a <new1> toy",
            "--modifier_token",
            "<new1>",
            "--initializer_token",
            "ktn",
            "--resolution",
            "64",
            "--train_batch_size",
            "2",
            "--max_train_steps",
            "6",
            "--checkpointing_steps",
            "1",
            "--checkpoints_total_limit",
            "2",
            "--learning_rate",
            "1e-3",
            "--hflip",
            "--seed",
            "5",
            "--threads",
            "1",
            "--device",
            "cpu",
            "--output_dir",
            out.string()};
  }

  // Every file that carries its final name is whole: safetensors and JSON files parse.
  static void expect_no_partial_files(const fs::path& out, const std::string& when) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(out, ec); it != fs::end(it); ++it) {
      const auto name = it->path().filename().string();
      if (name.front() == '.') {  // a temporary file or folder: never read as a result
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->path().extension() == ".safetensors")
        EXPECT_NO_THROW(load_safetensors(it->path())) << it->path() << " " << when;
      else if (it->path().extension() == ".json")
        EXPECT_NO_THROW(read_json_object(it->path())) << it->path() << " " << when;
    }
  }

  static void expect_same_weights(const fs::path& out, const std::string& when) {
    for (const char* file :
         {"pytorch_custom_diffusion_weights.safetensors", "<new1>.safetensors"}) {
      ASSERT_TRUE(fs::exists(out / file)) << out / file << " " << when;
      const auto a = load_safetensors(*dir_ / "straight" / file);
      const auto b = load_safetensors(out / file);
      ASSERT_EQ(a.size(), b.size()) << file;
      for (const auto& [name, t] : a) {
        ASSERT_EQ(b.count(name), 1u) << name;
        EXPECT_TRUE(torch::equal(t, b.at(name))) << file << " " << name << " " << when;
      }
    }
  }

  // Kills a run at the shim's moment, checks the files, resumes until it finishes.
  void kill_then_resume(const std::string& kill_at) {
    const fs::path out = *dir_ / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    const CliRun killed =
        run_cli(train_args(out), {"LD_PRELOAD=" CDS_KILL_SHIM_PATH, "CDS_KILL_AT=" + kill_at},
                *dir_ / "killed.log");
    ASSERT_TRUE(killed.killed) << "the shim never fired for " << kill_at << "\n" << killed.log;
    expect_no_partial_files(out, "after a kill at " + kill_at);
    auto args = train_args(out);
    args.insert(args.end(), {"--resume_from_checkpoint", "latest"});
    const CliRun resumed = run_cli(args, {}, *dir_ / "resumed.log");
    ASSERT_EQ(resumed.exit_code, 0) << resumed.log;
    expect_no_partial_files(out, "after resuming from a kill at " + kill_at);
    expect_same_weights(out, "after a kill at " + kill_at);
    for (const auto& e : fs::directory_iterator(out))
      EXPECT_NE(e.path().filename().string().front(), '.')
          << e.path() << " left behind after a kill at " << kill_at;
  }

  static test::TempDir* dir_;
  static double straight_seconds_;
};

test::TempDir* KillResume::dir_ = nullptr;
double KillResume::straight_seconds_ = 0;

TEST_F(KillResume, WhileACheckpointFileIsHalfWritten) {
  kill_then_resume("fwrite:/.checkpoint-3.tmp/:2");
}

TEST_F(KillResume, BeforeACheckpointsStateIsFlushed) {
  kill_then_resume("fsync:training_state.safetensors:2");
}

TEST_F(KillResume, BeforeACheckpointFolderIsMovedIntoPlace) {
  kill_then_resume("rename:/checkpoint-4:1");
}

TEST_F(KillResume, WhileAnOldCheckpointIsSetAsideForRemoval) {
  kill_then_resume("rename:/.checkpoint-2.removing:1");
}

TEST_F(KillResume, WhileTheFinalWeightsAreWritten) {
  kill_then_resume("fwrite:/.pytorch_custom_diffusion_weights.safetensors.tmp-:1");
}

TEST_F(KillResume, BeforeTheTokenFileIsMovedIntoPlace) {
  kill_then_resume("rename:IntoPlace/<new1>.safetensors:1");  // the output folder's file
}

// Kills at random moments, several times over one run, each time resuming; the seed is printed
// so a failure can be replayed.
TEST_F(KillResume, AtRandomMoments) {
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("random seed " + std::to_string(seed));
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> when(0.05, 1.0);
  const fs::path out = *dir_ / "random";
  auto resume_args = train_args(out);
  resume_args.insert(resume_args.end(), {"--resume_from_checkpoint", "latest"});
  int kills = 0;
  for (int round = 0; round < 6; ++round) {
    const auto delay = std::chrono::milliseconds(int(1000 * straight_seconds_ * when(rng)));
    const CliRun r = run_cli(resume_args, {}, *dir_ / "random.log", delay);
    if (!r.killed) {
      ASSERT_EQ(r.exit_code, 0) << r.log;
      break;
    }
    ++kills;
    expect_no_partial_files(out, "after random kill " + std::to_string(kills));
  }
  const CliRun last = run_cli(resume_args, {}, *dir_ / "random.log");
  ASSERT_EQ(last.exit_code, 0) << last.log;
  expect_same_weights(out, "after " + std::to_string(kills) + " random kills");
}

}  // namespace
}  // namespace cds
