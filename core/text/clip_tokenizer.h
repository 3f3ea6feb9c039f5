// CLIP byte-level BPE tokenizer, equal to transformers' slow CLIPTokenizer (with ftfy installed)
// as Stable Diffusion pipelines and train_custom_diffusion.py use it.
// Mirrors transformers/models/clip/tokenization_clip.py and PreTrainedTokenizer's added-token
// split.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cds {

// One prompt encoded to a fixed length: BOS + ids + EOS, truncated to max_length (keeping
// EOS last) and padded with the pad id, as tokenizer(prompt, padding="max_length",
// truncation=True) does.
struct TokenizedPrompt {
  std::vector<int64_t> ids;             // exactly max_length ids
  std::vector<int64_t> attention_mask;  // 1 for real tokens, 0 for padding
  int64_t length = 0;                   // ids before truncation and padding, BOS and EOS included
  bool truncated = false;               // length > max_length
};

class ClipTokenizer {
 public:
  // Reads vocab.json, merges.txt and, when present, tokenizer_config.json,
  // special_tokens_map.json and added_tokens.json from a tokenizer folder.
  // Throws FileError naming the file for anything missing or malformed.
  static ClipTokenizer from_folder(const std::filesystem::path& folder);

  // BPE pieces of a text, as tokenizer.tokenize(text): added tokens whole, the rest cleaned
  // (ftfy.fix_text, whitespace collapse, lower case), split with CLIP's pattern and BPE-merged.
  std::vector<std::string> tokenize(std::string_view text) const;
  // BOS + ids + EOS, neither truncated nor padded (tokenizer(text).input_ids).
  std::vector<int64_t> encode(std::string_view text) const;
  // Truncated and padded to max_length (model_max_length when max_length <= 0).
  TokenizedPrompt encode_padded(std::string_view text, int max_length = 0) const;

  // Adds a token matched whole on the raw text (case-sensitive), as tokenizer.add_tokens([t]).
  // Returns its id. Throws CoreError when it is empty or already a vocabulary entry or added token.
  int64_t add_token(const std::string& token);
  // Makes the added token `token` stand for itself followed by the added tokens `following`
  // wherever a prompt holds it: a textual-inversion embedding of several vectors is one word
  // for several ids, as diffusers' maybe_convert_prompt expands "<w>" to "<w> <w>_1 ...".
  // Throws CoreError when any of them is not an added token.
  void expand_token(const std::string& token, std::vector<std::string> following);
  // A plain vocabulary lookup of one string as one token, as tokenizer.encode([token],
  // add_special_tokens=False) does with a list argument; nullopt when it is not an entry.
  std::optional<int64_t> token_to_id(const std::string& token) const;
  // The string of an id (vocabulary or added), or nullopt when out of range.
  std::optional<std::string> id_to_token(int64_t id) const;

  size_t size() const;  // vocabulary + added tokens, as len(tokenizer)
  int64_t bos_id() const { return bos_id_; }
  int64_t eos_id() const { return eos_id_; }
  int64_t pad_id() const { return pad_id_; }
  int model_max_length() const { return model_max_length_; }
  const std::vector<std::string>& added_tokens() const { return added_tokens_; }

 private:
  // An entry of transformers' _added_tokens_decoder: matched whole on the raw text.
  struct AddedToken {
    std::string content;
    int64_t id = 0;
    bool lstrip = false;       // eats white space on its left
    bool rstrip = false;       // eats white space on its right
    bool single_word = false;  // only matched as a whole word
    bool special = false;
  };
  struct TrieNode {
    std::map<char32_t, int> children;
    bool terminal = false;
  };
  // A mutex that copies as a fresh one, so the tokenizer stays copyable and movable.
  struct CacheMutex {
    CacheMutex() = default;
    CacheMutex(const CacheMutex&) {}
    CacheMutex& operator=(const CacheMutex&) { return *this; }
    std::mutex mutex;
  };

  std::vector<std::string> bpe(const std::string& byte_mapped_word) const;
  // CLIPTokenizer._tokenize of one chunk between added tokens.
  void tokenize_chunk(std::u32string_view text, std::vector<std::string>& out) const;
  int64_t convert_token_to_id(const std::string& token) const;
  // Registers an added token (as _added_tokens_decoder[id] = token) and adds it to the trie.
  void register_added_token(const AddedToken& token);
  void trie_add(std::u32string_view word);
  // transformers' Trie.split: the text cut around every added token, longest match first.
  std::vector<std::u32string> trie_split(std::u32string_view text) const;

  std::unordered_map<std::string, int64_t> encoder_;
  std::unordered_map<int64_t, std::string> decoder_;
  std::unordered_map<std::string, int> merge_ranks_;        // "first second" -> rank
  std::vector<std::string> added_tokens_;                   // non-special added tokens, in id order
  std::vector<std::string> special_tokens_;                 // bos, eos, unk, pad contents
  std::unordered_map<std::string, int64_t> added_encoder_;  // every added token, specials too
  std::map<int64_t, AddedToken> added_decoder_;
  std::unordered_map<std::string, std::vector<std::string>> expansions_;  // see expand_token
  std::vector<TrieNode> trie_ = std::vector<TrieNode>(1);
  size_t vocab_union_size_ = 0;  // distinct strings over vocabulary and added tokens
  mutable std::unordered_map<std::string, std::vector<std::string>> bpe_cache_;
  mutable CacheMutex cache_mutex_;
  int64_t bos_id_ = 0, eos_id_ = 0, pad_id_ = 0, unk_id_ = 0;
  int model_max_length_ = 77;
};

// The 256 byte symbols of GPT-2's bytes_to_unicode (UTF-8) in the order CLIP's vocabulary lists
// them first; for building small vocabularies of our own (the demo model, benchmarks).
std::vector<std::string> clip_byte_vocabulary();

}  // namespace cds
