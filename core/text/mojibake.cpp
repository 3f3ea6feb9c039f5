// ftfy's fix_encoding. Mirrors ftfy 6.3.1 ftfy/__init__.py (fix_encoding_and_explain and
// _fix_encoding_one_step_and_explain with the default TextFixerConfig), ftfy/fixes.py and the
// byte regexes and UTF8_CLUES of ftfy/chardata.py.
#include "core/text/mojibake.h"

#include <algorithm>
#include <bitset>
#include <optional>
#include <vector>

#include "core/text/badness.h"
#include "core/text/char_class.h"
#include "core/text/code_pages.h"
#include "core/text/text_cleaner.h"
#include "core/text/utf8_variants.h"

namespace cds::ftfy {
namespace {

// A set of bytes written like the body of a Python bytes-regex class ("\xc2-\xdf", "\x1a?").
class ByteClass {
 public:
  // Implicit, so the patterns below read like the regexes they mirror.
  ByteClass(const char* body) : ByteClass(std::string_view(body)) {}  // NOLINT
  explicit ByteClass(std::string_view body) {
    for (size_t i = 0; i < body.size();) {
      const auto lo = static_cast<unsigned char>(body[i]);
      auto hi = lo;
      if (i + 2 < body.size() && body[i + 1] == '-') {
        hi = static_cast<unsigned char>(body[i + 2]);
        i += 3;
      } else {
        ++i;
      }
      for (unsigned c = lo; c <= hi; ++c) bits_.set(c);
    }
  }
  bool contains(unsigned char c) const { return bits_.test(c); }

 private:
  std::bitset<256> bits_;
};

// An alternation of fixed-length byte sequences; the first alternative matching at a position
// wins, as in Python's re.
using BytePattern = std::vector<std::vector<ByteClass>>;

size_t match_bytes(const BytePattern& pattern, std::string_view bytes, size_t pos) {
  for (const auto& alternative : pattern) {
    if (pos + alternative.size() > bytes.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < alternative.size() && ok; ++k)
      ok = alternative[k].contains(static_cast<unsigned char>(bytes[pos + k]));
    if (ok) return alternative.size();
  }
  return 0;
}

// chardata.ALTERED_UTF8_RE: UTF-8 sequences with byte A0 replaced by a space.
const BytePattern& altered_utf8() {
  static const BytePattern pattern = {
      {"\xc2\xc3\xc5\xce\xd0\xd9", " "},
      {"\xe2\xe3", " ", "\x80-\x84\x86-\x9f\xa1-\xbf"},
      {"\xe0-\xe3", "\x80-\x84\x86-\x9f\xa1-\xbf", " "},
      {"\xf0", " ", "\x80-\xbf", "\x80-\xbf"},
      {"\xf0", "\x80-\xbf", " ", "\x80-\xbf"},
      {"\xf0", "\x80-\xbf", "\x80-\xbf", " "},
  };
  return pattern;
}

// chardata.LOSSY_UTF8_RE: UTF-8 sequences with a byte lost to 1A (a sloppy codec's U+FFFD) or
// '?' (an encoder's replacement), and 1A itself.
const BytePattern& lossy_utf8() {
  static const BytePattern pattern = {
      {"\xc2-\xdf", "\x1a"},
      {"\xc2-\xc3", "?"},
      {"\xed", "\xa0-\xaf", "\x1a?", "\xed", "\xb0-\xbf", "\x1a?\x80-\xbf"},
      {"\xed", "\xa0-\xaf", "\x1a?\x80-\xbf", "\xed", "\xb0-\xbf", "\x1a?"},
      {"\xe0-\xef", "\x1a?", "\x1a\x80-\xbf"},
      {"\xe0-\xef", "\x1a\x80-\xbf", "\x1a?"},
      {"\xf0-\xf4", "\x1a?", "\x1a\x80-\xbf", "\x1a\x80-\xbf"},
      {"\xf0-\xf4", "\x1a\x80-\xbf", "\x1a?", "\x1a\x80-\xbf"},
      {"\xf0-\xf4", "\x1a\x80-\xbf", "\x1a\x80-\xbf", "\x1a?"},
      {"\x1a"},
  };
  return pattern;
}

bool search_bytes(const BytePattern& pattern, std::string_view bytes) {
  for (size_t pos = 0; pos < bytes.size(); ++pos) {
    if (match_bytes(pattern, bytes, pos) > 0) return true;
  }
  return false;
}

// fixes.A_GRAVE_WORD_RE = \xc3 (?! |quele|quela|quilo|s ): "Ã " that stands for 'à' with its A0
// turned into a space, unless the next word suggests Portuguese "às", "àquele"... or a
// double space.
bool a_grave_word_at(std::string_view bytes, size_t pos) {
  if (bytes.substr(pos, 2) != "\xc3 ") return false;
  const std::string_view rest = bytes.substr(pos + 2);
  for (std::string_view veto : {" ", "quele", "quela", "quilo", "s "}) {
    if (rest.substr(0, veto.size()) == veto) return false;
  }
  return true;
}

// chardata.UTF8_CLUES: characters that start a 2-, 3- or 4-byte UTF-8 sequence, or continue
// one, in one of the supported code pages (class bodies; U+0020 stands for a mangled A0).
const CharClass& utf8_first_of_2() {
  static const CharClass c(
      U"ĂÂÄĀÅÃÆĆČÇĎĐÉĚÊËĖÈĒĘÐĞĢÍÎÏİÌĪĶĹĻŁŃŇŅÑÓÔÖŐÒŌØÕŘŚŠŞŢÞÚÛÜŰÙŪŲŮÝŹŽŻß×"
      U"ΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΪΫάέήίВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ");
  return c;
}
const CharClass& utf8_first_of_3() {
  static const CharClass c(U"áăâäàāąåãæćčçďéěêëėèēęęģíîïìīįķĺļŕźΰαβγδεζηθικλμνξοабвгдежзийклмноп");
  return c;
}
const CharClass& utf8_first_of_4() {
  static const CharClass c(U"đðğóšπσру");
  return c;
}
constexpr std::u32string_view kContinuationStrict =
    U"\u0080-¿ĄÆĽŁØŖŚŠŞŤŸŹŽŻŒąæƒľłøŗśšşťźžżœˆˇ˘˛˜˝΄΅ΆΈΉΊΌΎΏЁЂЃЄЅІЇЈЉЊЋЌЎЏёђѓєѕіїјљњћќўџҐґ"
    U"†‡‰‹›€№™";
const CharClass& utf8_continuation() {
  static const CharClass c(std::u32string(kContinuationStrict) + U" –—―‘’‚“”„•…");
  return c;
}
const CharClass& utf8_continuation_strict() {
  static const CharClass c(kContinuationStrict);
  return c;
}

// The end of the UTF8_DETECTOR_RE match starting at pos, or pos when there is none:
// (?<![cont_strict])([first2][cont] | [first3][cont]{2} | [first4][cont]{3})+. The three
// "first" sets are disjoint, so each repetition is decided by its first character.
size_t utf8_detector_match(std::u32string_view text, size_t pos) {
  if (pos > 0 && utf8_continuation_strict().contains(text[pos - 1])) return pos;
  size_t end = pos;
  while (end < text.size()) {
    const char32_t c = text[end];
    size_t continuations = 0;
    if (utf8_first_of_2().contains(c)) {
      continuations = 1;
    } else if (utf8_first_of_3().contains(c)) {
      continuations = 2;
    } else if (utf8_first_of_4().contains(c)) {
      continuations = 3;
    } else {
      break;
    }
    if (end + 1 + continuations > text.size()) break;
    bool ok = true;
    for (size_t k = 1; k <= continuations && ok; ++k)
      ok = utf8_continuation().contains(text[end + k]);
    if (!ok) break;
    end += 1 + continuations;
  }
  return end;
}

const char* code_page_name(CodePage page) {
  switch (page) {
    case CodePage::kLatin1:
      return "latin-1";
    case CodePage::kSloppyWindows1252:
      return "sloppy-windows-1252";
    case CodePage::kSloppyWindows1251:
      return "sloppy-windows-1251";
    case CodePage::kSloppyWindows1250:
      return "sloppy-windows-1250";
    case CodePage::kSloppyWindows1253:
      return "sloppy-windows-1253";
    case CodePage::kSloppyWindows1254:
      return "sloppy-windows-1254";
    case CodePage::kSloppyWindows1257:
      return "sloppy-windows-1257";
    case CodePage::kIso8859_2:
      return "iso-8859-2";
    case CodePage::kMacRoman:
      return "macroman";
    case CodePage::kCp437:
      return "cp437";
    case CodePage::kWindows1252:
      return "windows-1252";
  }
  return "";
}

bool is_ascii(std::u32string_view text) {
  return std::all_of(text.begin(), text.end(), [](char32_t c) { return c < 0x80; });
}

bool has_c1_control(std::u32string_view text) {
  return std::any_of(text.begin(), text.end(), [](char32_t c) { return c >= 0x80 && c <= 0x9F; });
}

// _fix_encoding_one_step_and_explain with the default config (restore_byte_a0,
// replace_lossy_sequences, decode_inconsistent_utf8 and fix_c1_controls all on).
ExplainedText fix_encoding_one_step(std::u32string_view text) {
  ExplainedText unchanged{std::u32string(text), {}};
  // ASCII text, and text that doesn't look like mojibake, stay as they are.
  if (text.empty() || is_ascii(text) || !is_bad(text)) return unchanged;

  // The likeliest case: UTF-8 decoded in a single-byte code page. Try them in ftfy's order and
  // take the first whose bytes decode as UTF-8 (or close enough).
  bool latin1_possible = false;
  for (CodePage page : kCharmapEncodings) {
    auto encoded = encode(text, page);
    if (!encoded) continue;  // not possible_encoding
    if (page == CodePage::kLatin1) latin1_possible = true;
    std::string bytes = std::move(*encoded);
    std::vector<ExplanationStep> steps = {{"encode", code_page_name(page)}};
    // Not in macroman, where an en dash followed by a space would look like altered UTF-8.
    if (page != CodePage::kMacRoman && search_bytes(altered_utf8(), bytes)) {
      std::string replaced = restore_byte_a0(bytes);
      if (replaced != bytes) {
        steps.push_back({"transcode", "restore_byte_a0"});
        bytes = std::move(replaced);
      }
    }
    if (is_sloppy(page)) {
      std::string replaced = replace_lossy_sequences(bytes);
      if (replaced != bytes) {
        steps.push_back({"transcode", "replace_lossy_sequences"});
        bytes = std::move(replaced);
      }
    }
    const bool variants =
        bytes.find('\xed') != std::string::npos || bytes.find('\xc0') != std::string::npos;
    auto fixed = variants ? decode_utf8_variants(bytes) : decode_utf8_strict(bytes);
    if (!fixed) continue;
    steps.push_back({"decode", variants ? "utf-8-variants" : "utf-8"});
    return {std::move(*fixed), std::move(steps)};
  }

  // Runs of mojibake inside otherwise correct text, fixed one by one.
  bool has_utf8_run = false;
  for (size_t pos = 0; pos < text.size() && !has_utf8_run; ++pos)
    has_utf8_run = utf8_detector_match(text, pos) > pos;
  if (has_utf8_run) {
    std::u32string fixed = decode_inconsistent_utf8(text);
    if (fixed != text) return {std::move(fixed), {{"apply", "decode_inconsistent_utf8"}}};
  }

  // Latin-1 that was meant as windows-1252. ftfy first returns the text unchanged when
  // "windows-1252" is among the possible encodings, but its list only ever holds
  // "sloppy-windows-1252", so that never happens; the strict decode fails on the five bytes
  // windows-1252 leaves undefined.
  if (latin1_possible) {
    auto encoded = encode(text, CodePage::kLatin1);
    auto fixed = decode(*encoded, CodePage::kWindows1252);
    if (fixed && *fixed != text) {
      return {std::move(*fixed), {{"encode", "latin-1"}, {"decode", "windows-1252"}}};
    }
  }

  // Remaining C1 controls, one by one.
  if (has_c1_control(text)) return {fix_c1_controls(text), {{"transcode", "fix_c1_controls"}}};

  // Mix-ups between two single-byte code pages are left alone.
  return unchanged;
}

}  // namespace

ExplainedText fix_encoding_and_explain(std::u32string_view text) {
  ExplainedText result{std::u32string(text), {}};
  while (true) {
    ExplainedText step = fix_encoding_one_step(result.text);
    result.explanation.insert(result.explanation.end(), step.explanation.begin(),
                              step.explanation.end());
    if (step.text == result.text) return result;
    result.text = std::move(step.text);
  }
}

std::u32string fix_encoding(std::u32string_view text) {
  return fix_encoding_and_explain(text).text;
}

std::string restore_byte_a0(std::string_view bytes) {
  std::string graves;
  graves.reserve(bytes.size() + 8);
  for (size_t pos = 0; pos < bytes.size();) {
    if (a_grave_word_at(bytes, pos)) {
      graves += "\xc3\xa0 ";
      pos += 2;
    } else {
      graves.push_back(bytes[pos++]);
    }
  }
  std::string out;
  out.reserve(graves.size());
  for (size_t pos = 0; pos < graves.size();) {
    const size_t len = match_bytes(altered_utf8(), graves, pos);
    if (len == 0) {
      out.push_back(graves[pos++]);
      continue;
    }
    for (size_t k = 0; k < len; ++k)
      out.push_back(graves[pos + k] == ' ' ? '\xa0' : graves[pos + k]);
    pos += len;
  }
  return out;
}

std::string replace_lossy_sequences(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + 8);
  for (size_t pos = 0; pos < bytes.size();) {
    const size_t len = match_bytes(lossy_utf8(), bytes, pos);
    if (len == 0) {
      out.push_back(bytes[pos++]);
    } else {
      out += "\xef\xbf\xbd";  // U+FFFD
      pos += len;
    }
  }
  return out;
}

std::u32string decode_inconsistent_utf8(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    const size_t end = utf8_detector_match(text, pos);
    if (end == pos) {
      out.push_back(text[pos++]);
      continue;
    }
    // A run that is the whole text was already tried as a whole by fix_encoding.
    const std::u32string_view run = text.substr(pos, end - pos);
    if (run.size() < text.size() && is_bad(run)) {
      out += fix_encoding(run);
    } else {
      out += run;
    }
    pos = end;
  }
  return out;
}

}  // namespace cds::ftfy
