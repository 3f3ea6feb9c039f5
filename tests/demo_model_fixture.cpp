// The demo model, written once per process (see demo_model_fixture.h).
#include "tests/demo_model_fixture.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/model/demo_model.h"
#include "tests/test_support.h"

namespace cds::test {

namespace {

// The folder and its removal at exit (TempDir's destructor).
struct DemoModel {
  TempDir dir;
  std::filesystem::path root = dir / "demo-model";
  nlohmann::json vocab;
  DemoModel() {
    write_demo_model(root);
    vocab = nlohmann::json::parse(read_bytes(root / "tokenizer/vocab.json"));
  }
};

const DemoModel& demo() {
  static const DemoModel model;
  return model;
}

}  // namespace

const std::filesystem::path& demo_model_dir() { return demo().root; }

int64_t demo_vocab_id(const std::string& entry) {
  const auto& vocab = demo().vocab;
  const auto it = vocab.find(entry);
  if (it == vocab.end()) {
    ADD_FAILURE() << "\"" << entry << "\" is not in the demo vocabulary";
    return -1;
  }
  return it->get<int64_t>();
}

int64_t demo_vocab_size() { return static_cast<int64_t>(demo().vocab.size()); }

}  // namespace cds::test
