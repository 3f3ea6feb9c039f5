// CLIP byte-level BPE tokenizer (see clip_tokenizer.h). Mirrors transformers 4.44
// models/clip/tokenization_clip.py (CLIPTokenizer with ftfy), tokenization_utils.py
// (PreTrainedTokenizer.tokenize, Trie, _add_tokens) and the loading rules of
// tokenization_utils_base.py (tokenizer_config.json, special_tokens_map.json, added_tokens.json).
#include "core/text/clip_tokenizer.h"

#include <algorithm>
#include <fstream>
#include <limits>
#include <sstream>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/json_file.h"
#include "core/text/text_cleaner.h"
#include "core/text/unicode_text.h"

namespace cds {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// CLIPTokenizer reads merges.txt lines 1 .. 49152 - 256 - 2 (the header is line 0).
constexpr size_t kMaxMerges = 49152 - 256 - 2;
// A model_max_length above this is transformers' "no limit" sentinel (int(1e30)).
constexpr double kMaxModelLength = 1000000;
constexpr size_t kBpeCacheLimit = 1 << 16;

// Bytes that GPT-2's bytes_to_unicode maps to themselves (printable Latin-1).
bool printable_byte(int b) {
  return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE);
}

// GPT-2's bytes_to_unicode: printable Latin-1 bytes map to themselves, the others to U+0100...
// Returned as the UTF-8 of each mapped character.
const std::vector<std::string>& byte_encoder() {
  static const std::vector<std::string> table = [] {
    std::vector<std::string> t(256);
    int n = 0;
    for (int b = 0; b < 256; ++b) {
      const bool printable = printable_byte(b);
      const char32_t cp = printable ? static_cast<char32_t>(b) : static_cast<char32_t>(256 + n++);
      unicode::append_utf8(t[static_cast<size_t>(b)], cp);
    }
    return t;
  }();
  return table;
}

// A special or added token as the json files write it: a plain string, or an AddedToken
// object {"content": ..., "lstrip": ..., "rstrip": ..., "single_word": ...}.
struct TokenSpec {
  std::string content;
  bool lstrip = false;
  bool rstrip = false;
  bool single_word = false;
  bool special = false;
};

bool read_flag(const json& obj, const char* key, const fs::path& file) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return false;
  if (!it->is_boolean())
    throw FileError(file, std::string("\"") + key + "\" must be true or false");
  return it->get<bool>();
}

std::optional<TokenSpec> parse_token_spec(const json& value, const fs::path& file,
                                          const std::string& key) {
  if (value.is_null()) return std::nullopt;
  TokenSpec spec;
  if (value.is_string()) {
    spec.content = value.get<std::string>();
  } else if (value.is_object()) {
    auto content = value.find("content");
    if (content == value.end() || !content->is_string())
      throw FileError(file, "\"" + key + "\" has no \"content\" string");
    spec.content = content->get<std::string>();
    spec.lstrip = read_flag(value, "lstrip", file);
    spec.rstrip = read_flag(value, "rstrip", file);
    spec.single_word = read_flag(value, "single_word", file);
    spec.special = read_flag(value, "special", file);
  } else {
    throw FileError(file, "\"" + key + "\" must be a string or an object with \"content\"");
  }
  return spec;
}

std::u32string_view strip_left(std::u32string_view s) {
  size_t b = 0;
  while (b < s.size() && unicode::is_python_space(s[b])) ++b;
  return s.substr(b);
}

std::u32string_view strip_right(std::u32string_view s) {
  size_t e = s.size();
  while (e > 0 && unicode::is_python_space(s[e - 1])) --e;
  return s.substr(0, e);
}

// Matches `literal` at text[pos] the way the `regex` module does under IGNORECASE.
bool match_literal_ignore_case(std::u32string_view text, size_t pos, std::u32string_view literal) {
  if (text.size() - pos < literal.size()) return false;
  for (size_t k = 0; k < literal.size(); ++k) {
    const char32_t c = text[pos + k];
    if (c != literal[k] && unicode::simple_fold(c) != unicode::simple_fold(literal[k]))
      return false;
  }
  return true;
}

// Whether a character matches [^\s\p{L}\p{N}] under IGNORECASE. The `regex` module tests a
// negated set against every case variant of the character, so a character whose variant is a
// letter does not match (U+0345 COMBINING GREEK YPOGEGRAMMENI, whose upper case is U+0399);
// such a character matches no alternative of CLIP's pattern and is dropped. A lone \p{L} or
// \p{N} property is not affected by IGNORECASE.
bool is_other_ignore_case(char32_t c) {
  auto excluded = [](char32_t v) {
    return unicode::is_white_space(v) || unicode::is_letter(v) || unicode::is_number(v);
  };
  return !excluded(c) && !excluded(unicode::simple_upper(c)) &&
         !excluded(unicode::simple_lower(c)) && !excluded(unicode::simple_title(c));
}

// re.findall(CLIPTokenizer.pat, text) over cleaned text, with the pattern
// <\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+
// and re.IGNORECASE; alternatives are tried in order at each position.
std::vector<std::u32string_view> clip_pre_tokenize(std::u32string_view text) {
  static constexpr std::u32string_view kLiterals[] = {
      U"<|startoftext|>", U"<|endoftext|>", U"'s", U"'t", U"'re", U"'ve", U"'m", U"'ll", U"'d"};
  std::vector<std::u32string_view> pieces;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const char32_t c = text[i];
    bool matched = false;
    for (std::u32string_view literal : kLiterals) {
      if (match_literal_ignore_case(text, i, literal)) {
        pieces.push_back(text.substr(i, literal.size()));
        i += literal.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (unicode::is_letter(c)) {
      size_t j = i + 1;
      while (j < n && unicode::is_letter(text[j])) ++j;
      pieces.push_back(text.substr(i, j - i));
      i = j;
    } else if (unicode::is_number(c)) {
      pieces.push_back(text.substr(i, 1));
      ++i;
    } else if (is_other_ignore_case(c)) {
      size_t j = i + 1;
      while (j < n && is_other_ignore_case(text[j])) ++j;
      pieces.push_back(text.substr(i, j - i));
      i = j;
    } else {
      ++i;
    }
  }
  return pieces;
}

// Splits a byte-mapped word into its characters (each one UTF-8 sequence).
std::vector<std::string> split_chars(const std::string& word) {
  std::vector<std::string> chars;
  size_t i = 0;
  while (i < word.size()) {
    const auto b = static_cast<unsigned char>(word[i]);
    const size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    chars.push_back(word.substr(i, len));
    i += len;
  }
  return chars;
}

}  // namespace

ClipTokenizer ClipTokenizer::from_folder(const fs::path& folder) {
  ClipTokenizer t;

  // vocab.json: {token: id}.
  const fs::path vocab_path = folder / "vocab.json";
  {
    const json vocab = read_json(vocab_path);
    if (!vocab.is_object())
      throw FileError(vocab_path, "expected a JSON object mapping tokens to ids");
    t.encoder_.reserve(vocab.size());
    t.decoder_.reserve(vocab.size());
    for (auto it = vocab.begin(); it != vocab.end(); ++it) {
      const json& id = it.value();
      if (!id.is_number_integer())
        throw FileError(vocab_path, "the id of \"" + it.key() + "\" is not an integer");
      const int64_t value = id.get<int64_t>();
      if (value < 0 || value > std::numeric_limits<int32_t>::max())
        throw FileError(vocab_path, "the id of \"" + it.key() + "\" is out of range");
      t.encoder_[it.key()] = value;
      t.decoder_[value] = it.key();
    }
  }
  t.vocab_union_size_ = t.encoder_.size();

  // merges.txt: "#version" header, then "first second" per line; the rank is the line number.
  const fs::path merges_path = folder / "merges.txt";
  {
    const std::string text = read_text_file(merges_path);
    if (!unicode::is_valid_utf8(text)) throw FileError(merges_path, "is not valid UTF-8");
    // Python: merges_handle.read().strip().split("\n")[1 : 49152 - 256 - 2 + 1]
    size_t begin = 0, end = text.size();
    auto is_space = [](char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    const std::string_view body(text.data() + begin, end - begin);
    if (body.substr(0, 8) != "#version")
      throw FileError(merges_path, "missing the \"#version\" header line");
    size_t line_no = 0;
    size_t pos = 0;
    t.merge_ranks_.reserve(kMaxMerges);
    while (pos <= body.size()) {
      size_t nl = body.find('\n', pos);
      if (nl == std::string_view::npos) nl = body.size();
      const std::string_view line = body.substr(pos, nl - pos);
      pos = nl + 1;
      if (line_no++ == 0) continue;
      if (line_no - 1 > kMaxMerges) break;
      // merge.split(): the symbols never contain white space (bytes_to_unicode avoids it).
      std::vector<std::string_view> parts;
      size_t k = 0;
      while (k < line.size()) {
        while (k < line.size() && is_space(line[k])) ++k;
        const size_t s = k;
        while (k < line.size() && !is_space(line[k])) ++k;
        if (k > s) parts.push_back(line.substr(s, k - s));
      }
      if (parts.empty()) continue;  // a blank line keeps its rank slot, as in Python
      if (parts.size() != 2)
        throw FileError(merges_path, "line " + std::to_string(line_no) +
                                         " is not two symbols separated by a space");
      std::string key(parts[0]);
      key += ' ';
      key += parts[1];
      t.merge_ranks_[key] = static_cast<int>(line_no - 2);
    }
  }

  // CLIPTokenizer seeds its BPE cache so that a literal special-token string surviving the
  // added-token split (say "<|StartOfText|>", lower-cased) becomes that token whole.
  t.bpe_cache_.emplace("<|startoftext|>", std::vector<std::string>{"<|startoftext|>"});
  t.bpe_cache_.emplace("<|endoftext|>", std::vector<std::string>{"<|endoftext|>"});

  // Special tokens: CLIPTokenizer's defaults, then tokenizer_config.json, then (when that file
  // has no added_tokens_decoder) special_tokens_map.json, as PreTrainedTokenizerBase loads them.
  const char* const kSpecialKeys[] = {"bos_token", "eos_token", "unk_token", "pad_token"};
  TokenSpec specs[4];
  specs[0].content = "<|startoftext|>";
  specs[1].content = "<|endoftext|>";
  specs[2].content = "<|endoftext|>";
  specs[3].content = "<|endoftext|>";

  const fs::path config_path = folder / "tokenizer_config.json";
  json config = json::object();
  std::error_code ec;
  if (fs::exists(config_path, ec)) config = read_json_object(config_path);
  for (int k = 0; k < 4; ++k) {
    auto it = config.find(kSpecialKeys[k]);
    if (it == config.end()) continue;
    if (auto spec = parse_token_spec(*it, config_path, kSpecialKeys[k])) specs[k] = *spec;
  }
  if (auto it = config.find("model_max_length"); it != config.end() && !it->is_null()) {
    if (!it->is_number()) throw FileError(config_path, "\"model_max_length\" is not a number");
    const double value = it->get<double>();
    if (value < 2) throw FileError(config_path, "\"model_max_length\" is smaller than 2");
    if (value <= kMaxModelLength) t.model_max_length_ = static_cast<int>(value);
  }

  const auto decoder_it = config.find("added_tokens_decoder");
  const bool has_added_decoder = decoder_it != config.end() && !decoder_it->is_null();
  if (!has_added_decoder) {
    const fs::path map_path = folder / "special_tokens_map.json";
    if (fs::exists(map_path, ec)) {
      const json map = read_json_object(map_path);
      for (int k = 0; k < 4; ++k) {
        auto it = map.find(kSpecialKeys[k]);
        if (it == map.end()) continue;
        if (auto spec = parse_token_spec(*it, map_path, kSpecialKeys[k])) specs[k] = *spec;
      }
    }
  }
  for (const TokenSpec& spec : specs) {
    if (std::find(t.special_tokens_.begin(), t.special_tokens_.end(), spec.content) ==
        t.special_tokens_.end())
      t.special_tokens_.push_back(spec.content);
  }
  auto is_special_content = [&](const std::string& s) {
    return std::find(t.special_tokens_.begin(), t.special_tokens_.end(), s) !=
           t.special_tokens_.end();
  };

  // Tokens saved with the tokenizer: added_tokens_decoder in tokenizer_config.json, or the
  // legacy added_tokens.json ({token: id}).
  if (has_added_decoder) {
    if (!decoder_it->is_object())
      throw FileError(config_path, "\"added_tokens_decoder\" must be an object");
    for (auto it = decoder_it->begin(); it != decoder_it->end(); ++it) {
      int64_t id = -1;
      try {
        size_t used = 0;
        id = std::stoll(it.key(), &used);
        if (used != it.key().size()) id = -1;
      } catch (const std::exception&) {
        id = -1;
      }
      if (id < 0) throw FileError(config_path, "added token id \"" + it.key() + "\" is invalid");
      if (!it.value().is_object())
        throw FileError(config_path, "added token " + it.key() + " must be an object");
      auto spec = parse_token_spec(it.value(), config_path, "added_tokens_decoder." + it.key());
      if (!spec || spec->content.empty()) continue;
      t.register_added_token(
          {spec->content, id, spec->lstrip, spec->rstrip, spec->single_word, spec->special});
    }
  } else {
    const fs::path added_path = folder / "added_tokens.json";
    if (fs::exists(added_path, ec)) {
      const json added = read_json_object(added_path);
      for (auto it = added.begin(); it != added.end(); ++it) {
        if (!it.value().is_number_integer() || it.value().get<int64_t>() < 0)
          throw FileError(added_path, "the id of \"" + it.key() + "\" is not a valid integer");
        if (it.key().empty()) continue;
        AddedToken token;
        token.content = it.key();
        token.id = it.value().get<int64_t>();
        token.special = is_special_content(token.content);
        t.register_added_token(token);
      }
    }
  }

  // PreTrainedTokenizer.__init__: special tokens not yet added are added now, in the order
  // bos, eos, unk, pad, with the vocabulary id when they are entries and a new id otherwise.
  for (const TokenSpec& spec : specs) {
    if (spec.content.empty() || t.added_encoder_.count(spec.content)) continue;
    AddedToken token{spec.content, 0, spec.lstrip, spec.rstrip, spec.single_word, true};
    auto vocab_it = t.encoder_.find(spec.content);
    token.id =
        vocab_it != t.encoder_.end() ? vocab_it->second : static_cast<int64_t>(t.vocab_union_size_);
    t.register_added_token(token);
  }
  for (const auto& [id, token] : t.added_decoder_) {
    if (!token.special && !is_special_content(token.content))
      t.added_tokens_.push_back(token.content);
  }

  t.bos_id_ = t.convert_token_to_id(specs[0].content);
  t.eos_id_ = t.convert_token_to_id(specs[1].content);
  t.unk_id_ = t.convert_token_to_id(specs[2].content);
  t.pad_id_ = t.convert_token_to_id(specs[3].content);
  return t;
}

void ClipTokenizer::register_added_token(const AddedToken& token) {
  const bool new_string = !encoder_.count(token.content) && !added_encoder_.count(token.content);
  added_decoder_[token.id] = token;
  added_encoder_[token.content] = token.id;
  if (new_string) ++vocab_union_size_;
  trie_add(unicode::decode_utf8(token.content));
}

void ClipTokenizer::trie_add(std::u32string_view word) {
  if (word.empty()) return;
  int node = 0;
  for (char32_t c : word) {
    auto it = trie_[static_cast<size_t>(node)].children.find(c);
    if (it == trie_[static_cast<size_t>(node)].children.end()) {
      trie_.push_back(TrieNode{});
      const int next = static_cast<int>(trie_.size() - 1);
      trie_[static_cast<size_t>(node)].children[c] = next;
      node = next;
    } else {
      node = it->second;
    }
  }
  trie_[static_cast<size_t>(node)].terminal = true;
}

std::vector<std::u32string> ClipTokenizer::trie_split(std::u32string_view text) const {
  // A line-by-line port of transformers' Trie.split, quirks included: `states` holds the
  // partial matches in order of their start, a full match triggers a lookahead for the longest
  // match among the earlier starts, and everything restarts after a cut.
  auto child = [this](int node, char32_t c) -> int {
    const auto& children = trie_[static_cast<size_t>(node)].children;
    auto it = children.find(c);
    return it == children.end() ? -1 : it->second;
  };
  auto terminal = [this](int node) { return trie_[static_cast<size_t>(node)].terminal; };

  const size_t n = text.size();
  std::vector<std::pair<size_t, int>> states;  // (start, trie node)
  std::vector<size_t> offsets{0};
  size_t skip = 0;
  for (size_t current = 0; current < n; ++current) {
    const char32_t current_char = text[current];
    if (skip && current < skip) continue;
    std::vector<size_t> to_remove;
    bool reset = false;
    for (size_t s = 0; s < states.size(); ++s) {
      size_t start = states[s].first;
      const int trie_pointer = states[s].second;
      if (terminal(trie_pointer)) {
        size_t end = 0;
        for (const auto& [lookstart, pointer] : states) {
          int looktrie_pointer = pointer;
          size_t lookahead_index;
          if (lookstart > start) {
            break;
          } else if (lookstart < start) {
            lookahead_index = current + 1;
            end = current + 1;
          } else {
            lookahead_index = current;
            end = current;
          }
          bool has_next = lookahead_index < n;
          char32_t next_char = has_next ? text[lookahead_index] : 0;
          if (terminal(looktrie_pointer)) {
            start = lookstart;
            end = lookahead_index;
            skip = lookahead_index;
          }
          while (has_next && child(looktrie_pointer, next_char) >= 0) {
            looktrie_pointer = child(looktrie_pointer, next_char);
            ++lookahead_index;
            if (terminal(looktrie_pointer)) {
              start = lookstart;
              end = lookahead_index;
              skip = lookahead_index;
            }
            if (lookahead_index == n) break;
            next_char = text[lookahead_index];
          }
        }
        offsets.push_back(start);
        offsets.push_back(end);
        reset = true;
        break;
      }
      const int next = child(trie_pointer, current_char);
      if (next >= 0) {
        states[s].second = next;
      } else {
        to_remove.push_back(start);
      }
    }
    if (reset) {
      states.clear();
    } else if (!to_remove.empty()) {
      states.erase(std::remove_if(states.begin(), states.end(),
                                  [&](const std::pair<size_t, int>& st) {
                                    return std::find(to_remove.begin(), to_remove.end(),
                                                     st.first) != to_remove.end();
                                  }),
                   states.end());
    }
    if (current >= skip) {
      const int first = child(0, current_char);
      if (first >= 0) states.emplace_back(current, first);
    }
  }
  for (const auto& [start, pointer] : states) {
    if (terminal(pointer)) {
      offsets.push_back(start);
      offsets.push_back(n);
      break;
    }
  }

  // cut_text
  offsets.push_back(n);
  std::vector<std::u32string> tokens;
  size_t start = 0;
  for (size_t end : offsets) {
    if (start >= end) continue;  // zero-width cut, or the "bug in Trie algorithm" case
    tokens.emplace_back(text.substr(start, end - start));
    start = end;
  }
  return tokens;
}

std::vector<std::string> ClipTokenizer::bpe(const std::string& byte_mapped_word) const {
  {
    std::lock_guard<std::mutex> lock(cache_mutex_.mutex);
    auto it = bpe_cache_.find(byte_mapped_word);
    if (it != bpe_cache_.end()) return it->second;
  }
  std::vector<std::string> word = split_chars(byte_mapped_word);
  if (word.empty()) return {};
  word.back() += "</w>";
  std::string key;
  while (word.size() > 1) {
    // The adjacent pair with the lowest merge rank.
    int best_rank = std::numeric_limits<int>::max();
    size_t best = 0;
    for (size_t i = 0; i + 1 < word.size(); ++i) {
      key.assign(word[i]);
      key += ' ';
      key += word[i + 1];
      auto it = merge_ranks_.find(key);
      if (it != merge_ranks_.end() && it->second < best_rank) {
        best_rank = it->second;
        best = i;
      }
    }
    if (best_rank == std::numeric_limits<int>::max()) break;
    const std::string first = word[best];
    const std::string second = word[best + 1];
    std::vector<std::string> merged;
    merged.reserve(word.size());
    for (size_t i = 0; i < word.size();) {
      if (i + 1 < word.size() && word[i] == first && word[i + 1] == second) {
        merged.push_back(first + second);
        i += 2;
      } else {
        merged.push_back(std::move(word[i]));
        ++i;
      }
    }
    word = std::move(merged);
  }
  std::lock_guard<std::mutex> lock(cache_mutex_.mutex);
  if (bpe_cache_.size() >= kBpeCacheLimit) {
    bpe_cache_.clear();
    bpe_cache_.emplace("<|startoftext|>", std::vector<std::string>{"<|startoftext|>"});
    bpe_cache_.emplace("<|endoftext|>", std::vector<std::string>{"<|endoftext|>"});
  }
  bpe_cache_.emplace(byte_mapped_word, word);
  return word;
}

void ClipTokenizer::tokenize_chunk(std::u32string_view text, std::vector<std::string>& out) const {
  // CLIPTokenizer._tokenize: whitespace_clean(ftfy.fix_text(text)).lower(), the CLIP pattern,
  // then byte-level BPE of each piece.
  const std::u32string cleaned = clip_clean_text(text);
  const auto& bytes_map = byte_encoder();
  std::string mapped;
  for (std::u32string_view piece : clip_pre_tokenize(cleaned)) {
    mapped.clear();
    for (unsigned char b : unicode::encode_utf8(piece)) mapped += bytes_map[b];
    for (std::string& symbol : bpe(mapped)) out.push_back(std::move(symbol));
  }
}

std::vector<std::string> ClipTokenizer::tokenize(std::string_view text) const {
  const std::u32string decoded = unicode::decode_utf8(text);
  std::vector<std::u32string> chunks = trie_split(decoded);

  // PreTrainedTokenizer.tokenize: stripping around added tokens that ask for it.
  auto added_info = [this](const std::u32string& chunk) -> const AddedToken* {
    auto it = added_encoder_.find(unicode::encode_utf8(chunk));
    if (it == added_encoder_.end()) return nullptr;
    auto dec = added_decoder_.find(it->second);
    return dec == added_decoder_.end() ? nullptr : &dec->second;
  };
  for (size_t i = 0; i < chunks.size(); ++i) {
    const std::u32string token = chunks[i];
    const AddedToken* info = added_info(token);
    if (!info) continue;
    const bool has_left = i > 0 && !chunks[i - 1].empty();
    const bool has_right = i + 1 < chunks.size() && !chunks[i + 1].empty();
    const std::u32string left = has_left ? chunks[i - 1] : std::u32string();
    const std::u32string right = has_right ? chunks[i + 1] : std::u32string();
    if (info->rstrip && has_right) chunks[i + 1] = std::u32string(strip_left(right));
    if (info->lstrip && has_left) chunks[i - 1] = std::u32string(strip_right(left));
    if (info->single_word && has_left && left.back() != U' ') {
      chunks[i - 1] += token;
      chunks[i].clear();
    } else if (info->single_word && has_right && right.front() != U' ') {
      chunks[i] += right;
      chunks[i + 1].clear();
    }
  }

  std::vector<std::string> tokens;
  for (const std::u32string& chunk : chunks) {
    if (chunk.empty()) continue;
    std::string utf8 = unicode::encode_utf8(chunk);
    if (added_encoder_.count(utf8)) {
      const auto expansion = expansions_.find(utf8);
      tokens.push_back(std::move(utf8));
      if (expansion != expansions_.end())
        tokens.insert(tokens.end(), expansion->second.begin(), expansion->second.end());
    } else {
      tokenize_chunk(chunk, tokens);
    }
  }
  return tokens;
}

int64_t ClipTokenizer::convert_token_to_id(const std::string& token) const {
  if (auto it = added_encoder_.find(token); it != added_encoder_.end()) return it->second;
  if (auto it = encoder_.find(token); it != encoder_.end()) return it->second;
  return unk_id_;
}

std::vector<int64_t> ClipTokenizer::encode(std::string_view text) const {
  const std::vector<std::string> tokens = tokenize(text);
  std::vector<int64_t> ids;
  ids.reserve(tokens.size() + 2);
  ids.push_back(bos_id_);
  for (const std::string& token : tokens) ids.push_back(convert_token_to_id(token));
  ids.push_back(eos_id_);
  return ids;
}

TokenizedPrompt ClipTokenizer::encode_padded(std::string_view text, int max_length) const {
  if (max_length <= 0) max_length = model_max_length_;
  std::vector<int64_t> ids = encode(text);
  TokenizedPrompt result;
  result.length = static_cast<int64_t>(ids.size());
  const auto limit = static_cast<size_t>(max_length);
  result.truncated = ids.size() > limit;
  if (result.truncated) {
    // truncation=True keeps BOS, the first max_length - 2 ids and EOS. transformers cannot do
    // that for max_length <= 2 (it logs an error and returns everything).
    if (max_length < 3)
      throw CoreError("cannot truncate a prompt to " + std::to_string(max_length) +
                      " tokens: BOS and EOS alone take 2");
    ids.resize(limit - 1);
    ids.push_back(eos_id_);
  }
  result.attention_mask.assign(ids.size(), 1);
  result.attention_mask.resize(limit, 0);
  ids.resize(limit, pad_id_);
  result.ids = std::move(ids);
  return result;
}

int64_t ClipTokenizer::add_token(const std::string& token) {
  if (token.empty()) throw CoreError("cannot add an empty token to the tokenizer");
  if (!unicode::is_valid_utf8(token))
    throw CoreError("cannot add a token that is not valid UTF-8 to the tokenizer");
  if (encoder_.count(token))
    throw CoreError("the tokenizer already contains the token \"" + token +
                    "\" in its vocabulary; choose a different token");
  if (added_encoder_.count(token))
    throw CoreError("the token \"" + token + "\" has already been added to the tokenizer");
  AddedToken added;
  added.content = token;
  added.id = static_cast<int64_t>(vocab_union_size_);  // len(tokenizer)
  register_added_token(added);
  added_tokens_.push_back(token);
  return added.id;
}

void ClipTokenizer::expand_token(const std::string& token, std::vector<std::string> following) {
  if (!added_encoder_.count(token))
    throw CoreError("cannot expand \"" + token + "\": it is not an added token");
  for (const auto& f : following)
    if (!added_encoder_.count(f))
      throw CoreError("cannot expand \"" + token + "\" to \"" + f + "\": not an added token");
  expansions_[token] = std::move(following);
}

std::optional<int64_t> ClipTokenizer::token_to_id(const std::string& token) const {
  if (auto it = added_encoder_.find(token); it != added_encoder_.end()) return it->second;
  if (auto it = encoder_.find(token); it != encoder_.end()) return it->second;
  return std::nullopt;
}

std::optional<std::string> ClipTokenizer::id_to_token(int64_t id) const {
  if (auto it = added_decoder_.find(id); it != added_decoder_.end()) return it->second.content;
  if (auto it = decoder_.find(id); it != decoder_.end()) return it->second;
  return std::nullopt;
}

size_t ClipTokenizer::size() const { return vocab_union_size_; }

std::vector<std::string> clip_byte_vocabulary() {
  // bytes_to_unicode's order: the printable bytes ascending, then the others ascending.
  const auto& encoder = byte_encoder();
  std::vector<std::string> out;
  for (const bool printable : {true, false})
    for (int b = 0; b < 256; ++b)
      if (printable_byte(b) == printable) out.push_back(encoder[static_cast<size_t>(b)]);
  return out;
}

}  // namespace cds
