// Prompt text as the tokenizer takes it: ftfy's fix_text and mojibake repair (fix_encoding),
// whitespace and case cleaning, CLIP's split pattern and BPE, on any bytes (invalid UTF-8 too).
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/text/clip_tokenizer.h"
#include "core/text/mojibake.h"
#include "core/text/text_cleaner.h"
#include "core/text/unicode_text.h"
#include "fuzz/fuzz_support.h"

namespace {

// A tokenizer with CLIP's byte symbols, a few merges and the special tokens (the real
// vocabulary is OpenAI's data, which the project does not carry).
const cds::ClipTokenizer& tokenizer() {
  static const cds::ClipTokenizer t = [] {
    std::vector<std::string> vocab = cds::clip_byte_vocabulary();
    const size_t base = vocab.size();
    for (size_t i = 0; i < base; ++i) vocab.push_back(vocab[i] + "</w>");
    std::string merges = "#version: 0.2\n";
    for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
             {"c", "a"}, {"ca", "t</w>"}, {"p", "h"}, {"ph", "o"}, {"t", "o"}, {"pho", "to</w>"}}) {
      merges += a + " " + b + "\n";
      vocab.push_back(a + b);
    }
    vocab.push_back("<|startoftext|>");
    vocab.push_back("<|endoftext|>");
    nlohmann::ordered_json j;
    for (size_t i = 0; i < vocab.size(); ++i) j[vocab[i]] = i;
    cds::fuzz::write_file("tokenizer/vocab.json", j.dump());
    cds::fuzz::write_file("tokenizer/merges.txt", merges);
    cds::ClipTokenizer tok =
        cds::ClipTokenizer::from_folder(cds::fuzz::scratch_dir() / "tokenizer");
    tok.add_token("<new1>");
    return tok;
  }();
  return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = cds::fuzz::as_text(data, size);
  try {
    (void)tokenizer().encode_padded(text);
    (void)cds::clip_clean_text(text);
    const std::u32string decoded = cds::unicode::decode_utf8(text);
    (void)cds::ftfy::fix_encoding(decoded);
    (void)cds::ftfy::fix_text(decoded);
  } catch (const cds::CoreError&) {
  }
  return 0;
}
