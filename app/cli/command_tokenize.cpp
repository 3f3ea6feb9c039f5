// `cdstudio-cli tokenize`: one JSON object per prompt with its 77 CLIP ids, as transformers'
// CLIPTokenizer(prompt, padding="max_length", truncation=True) gives them.
#include <filesystem>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "app/cli/arg_parser.h"
#include "app/cli/commands.h"
#include "core/error.h"
#include "core/model/model_folder.h"
#include "core/text/clip_tokenizer.h"

namespace cds::cli {

namespace {

constexpr const char* kHelp =
    "usage: cdstudio-cli tokenize (--model MODEL | --tokenizer DIR) [--add-token TOKEN]...\n"
    "                             [--max-length N] [--tokens] [--] [TEXT...]\n"
    "\n"
    "Prints one JSON object per text: {\"text\", \"ids\", \"length\", \"truncated\"}.\n"
    "ids are padded or truncated to the tokenizer's model_max_length (77); length counts the\n"
    "ids before truncation and padding, start and end tokens included. Without TEXT, each line\n"
    "of standard input is one text. '--' ends the options, so a text may start with '-'.\n"
    "\n"
    "  --model MODEL      model folder or ORG/NAME in the Hugging Face cache\n"
    "  --tokenizer DIR    a tokenizer folder (vocab.json, merges.txt) instead of a model\n"
    "  --add-token TOKEN  add a modifier token such as <new1> (repeatable)\n"
    "  --max-length N     pad/truncate to N instead of model_max_length\n"
    "  --tokens           also print the BPE pieces\n";

std::filesystem::path tokenizer_dir(const ParsedArgs& args) {
  if (args.has("tokenizer")) return args.value("tokenizer");
  if (!args.has("model")) throw UsageError("give --model MODEL or --tokenizer DIR");
  const auto model = args.value("model");
  std::error_code ec;
  // A tokenizer folder given as the model is accepted too.
  if (std::filesystem::exists(std::filesystem::path(model) / "vocab.json", ec)) return model;
  return ModelFolder::open(model).component_dir("tokenizer");
}

nlohmann::ordered_json encode(const ClipTokenizer& tokenizer, const std::string& text,
                              int max_length, bool with_tokens) {
  const auto enc = tokenizer.encode_padded(text, max_length);
  nlohmann::ordered_json j;
  j["text"] = text;
  j["ids"] = enc.ids;
  j["length"] = enc.length;
  j["truncated"] = enc.truncated;
  if (with_tokens) j["tokens"] = tokenizer.tokenize(text);
  return j;
}

}  // namespace

int run_tokenize(const std::vector<std::string>& argv) {
  const auto args =
      parse_args(argv, {{"model", "tokenizer", "add-token", "max-length"}, {"tokens", "help"}});
  if (args.has("help")) {
    std::cout << kHelp;
    return 0;
  }
  auto tokenizer = ClipTokenizer::from_folder(tokenizer_dir(args));
  for (const auto& token : args.values("add-token")) tokenizer.add_token(token);
  const int max_length = args.int_value("max-length", 0);
  if (args.has("max-length") && max_length < 2) throw UsageError("--max-length must be at least 2");
  const bool with_tokens = args.has("tokens");

  auto emit = [&](const std::string& text) {
    // Invalid UTF-8 in the input is shown with replacement characters rather than failing.
    std::cout << encode(tokenizer, text, max_length, with_tokens)
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  };
  if (!args.positional().empty()) {
    for (const auto& text : args.positional()) emit(text);
  } else {
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      emit(line);
    }
  }
  std::cout.flush();
  return 0;
}

}  // namespace cds::cli
