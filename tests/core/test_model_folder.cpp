// Model folders: diffusers layout, weight-file choice (variant, shards, .bin), Hugging Face
// cache entries, and the errors a person sees for missing pieces.
#include "core/model/model_folder.h"

#include <cstdlib>

#include <gtest/gtest.h>

#include "core/error.h"
#include "tests/test_support.h"

namespace fs = std::filesystem;

namespace cds {

namespace {

void touch(const fs::path& p, const std::string& content = "x") {
  fs::create_directories(p.parent_path());
  test::write_bytes(p, content);
}

void make_pipeline(const fs::path& root) {
  touch(root / "model_index.json", R"({"_class_name": "StableDiffusionPipeline",
    "unet": ["diffusers", "UNet2DConditionModel"], "vae": ["diffusers", "AutoencoderKL"],
    "text_encoder": ["transformers", "CLIPTextModel"], "tokenizer": ["transformers", "CLIPTokenizer"],
    "scheduler": ["diffusers", "PNDMScheduler"], "safety_checker": [null, null]})");
  touch(root / "unet/config.json", "{}");
  touch(root / "unet/diffusion_pytorch_model.safetensors");
}

// Sets an environment variable for the scope of a test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_)
      ::setenv(name_, old_->c_str(), 1);
    else
      ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace

TEST(ModelFolder, ListsComponentsSkippingNullOnes) {
  test::TempDir dir;
  make_pipeline(dir.path());
  const auto m = ModelFolder::open(dir.path().string());
  EXPECT_EQ(m.pipeline_class(), "StableDiffusionPipeline");
  EXPECT_EQ(m.components().size(), 5u);
  EXPECT_EQ(m.find("safety_checker"), nullptr);
  EXPECT_EQ(m.find("unet")->class_name, "UNet2DConditionModel");
  EXPECT_EQ(m.config_file("unet"), dir.path() / "unet/config.json");
}

TEST(ModelFolder, MissingPiecesAreNamed) {
  test::TempDir dir;
  try {
    ModelFolder::open(dir.path().string());
    FAIL();
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("model_index.json"), std::string::npos);
  }
  make_pipeline(dir.path());
  const auto m = ModelFolder::open(dir.path().string());
  try {
    m.config_file("vae");  // listed, but no folder
    FAIL();
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("vae"), std::string::npos);
  }
  try {
    m.component_dir("controlnet");
    FAIL();
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("lists no \"controlnet\""), std::string::npos);
  }
  EXPECT_THROW(ModelFolder::open("not a folder nor a repo"), CoreError);
}

TEST(WeightFiles, PrefersSafetensorsAndVariant) {
  test::TempDir dir;
  touch(dir / "diffusion_pytorch_model.bin");
  EXPECT_EQ(find_weight_files(dir.path()).format, WeightFormat::Pickle);
  touch(dir / "diffusion_pytorch_model.safetensors");
  auto w = find_weight_files(dir.path());
  EXPECT_EQ(w.format, WeightFormat::Safetensors);
  EXPECT_EQ(w.files.at(0).filename(), "diffusion_pytorch_model.safetensors");
  EXPECT_EQ(w.variant, "");
  touch(dir / "diffusion_pytorch_model.fp16.safetensors");
  w = find_weight_files(dir.path(), "fp16");
  EXPECT_EQ(w.files.at(0).filename(), "diffusion_pytorch_model.fp16.safetensors");
  EXPECT_EQ(w.variant, "fp16");
  // Without a variant asked for, the full-precision file wins.
  EXPECT_EQ(find_weight_files(dir.path()).files.at(0).filename(),
            "diffusion_pytorch_model.safetensors");
}

TEST(WeightFiles, TransformersNamesAndFp16Only) {
  test::TempDir dir;
  touch(dir / "model.fp16.safetensors");
  const auto w = find_weight_files(dir.path());
  EXPECT_EQ(w.files.at(0).filename(), "model.fp16.safetensors");
  EXPECT_EQ(w.variant, "fp16");
}

TEST(WeightFiles, ShardedIndex) {
  test::TempDir dir;
  touch(dir / "diffusion_pytorch_model.safetensors.index.json",
        R"({"metadata": {}, "weight_map": {"a": "part-1.safetensors", "b": "part-2.safetensors",
            "c": "part-1.safetensors"}})");
  touch(dir / "part-1.safetensors");
  try {
    find_weight_files(dir.path());
    FAIL() << "a missing shard must be reported";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("part-2.safetensors"), std::string::npos) << e.what();
  }
  touch(dir / "part-2.safetensors");
  const auto w = find_weight_files(dir.path());
  ASSERT_EQ(w.files.size(), 2u);
  EXPECT_TRUE(w.index.has_value());
}

TEST(WeightFiles, IndexCannotEscapeItsFolder) {
  test::TempDir dir;
  touch(dir / "model.safetensors.index.json", R"({"weight_map": {"a": "../../etc/passwd"}})");
  EXPECT_THROW(find_weight_files(dir.path()), FileError);
}

TEST(WeightFiles, NoWeightsListsWhatWasLookedFor) {
  test::TempDir dir;
  try {
    find_weight_files(dir.path());
    FAIL();
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("diffusion_pytorch_model.safetensors"), std::string::npos);
  }
}

TEST(HfCache, ResolvesRefsAndSnapshots) {
  test::TempDir dir;
  ScopedEnv cache("HF_HUB_CACHE", (dir / "hub").string());
  const std::string commit = "0123456789abcdef0123456789abcdef01234567";
  const auto repo = dir / "hub/models--acme--tiny-sd";
  make_pipeline(repo / "snapshots" / commit);
  touch(repo / "refs/main", commit + "\n");
  EXPECT_EQ(hf_hub_cache_dir(), dir / "hub");
  const auto snap = find_in_hf_cache("acme/tiny-sd");
  ASSERT_TRUE(snap.has_value());
  EXPECT_EQ(*snap, repo / "snapshots" / commit);
  EXPECT_EQ(find_in_hf_cache("acme/tiny-sd", commit), snap);
  EXPECT_FALSE(find_in_hf_cache("acme/other").has_value());
  EXPECT_FALSE(find_in_hf_cache("acme/tiny-sd", "v2").has_value());
  EXPECT_EQ(ModelFolder::open("acme/tiny-sd").root(), *snap);
  EXPECT_EQ(list_cached_pipelines(), std::vector<std::string>{"acme/tiny-sd"});
  try {
    ModelFolder::open("acme/missing");
    FAIL();
  } catch (const CoreError& e) {
    EXPECT_NE(std::string(e.what()).find("not in the Hugging Face cache"), std::string::npos);
  }
}

TEST(HfCache, HomeVariables) {
  ScopedEnv a("HF_HUB_CACHE", "");
  ScopedEnv b("HUGGINGFACE_HUB_CACHE", "");
  ScopedEnv c("HF_HOME", "/data/hf");
  EXPECT_EQ(hf_hub_cache_dir(), fs::path("/data/hf/hub"));
  ScopedEnv d("HF_HOME", "");
  ScopedEnv e("XDG_CACHE_HOME", "/xdg");
  EXPECT_EQ(hf_hub_cache_dir(), fs::path("/xdg/huggingface/hub"));
}

TEST(HfCache, RepoIdShape) {
  EXPECT_TRUE(looks_like_repo_id("runwayml/stable-diffusion-v1-5"));
  EXPECT_TRUE(looks_like_repo_id("stabilityai/stable-diffusion-2.1"));
  EXPECT_FALSE(looks_like_repo_id("/abs/path"));
  EXPECT_FALSE(looks_like_repo_id("a/b/c"));
  EXPECT_FALSE(looks_like_repo_id("../x"));
  EXPECT_FALSE(looks_like_repo_id("a/.."));
}

TEST(GoldenModelFolder, TinySd) {
  CDS_REQUIRE_GOLDEN();
  for (const char* name : {"tiny-sd", "tiny-sd-v2"}) {
    const auto m = ModelFolder::open((test::golden_dir() / name).string());
    EXPECT_EQ(m.components().size(), 5u) << name;
    EXPECT_EQ(m.weights("unet").files.at(0).filename(), "diffusion_pytorch_model.safetensors");
    EXPECT_EQ(m.weights("text_encoder").files.at(0).filename(), "model.safetensors");
    EXPECT_EQ(m.config_file("scheduler").filename(), "scheduler_config.json");
  }
}

}  // namespace cds
