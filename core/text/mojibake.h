// ftfy's mojibake repair: fix_encoding and the steps it is made of. Mirrors ftfy 6.3.1
// ftfy/__init__.py (fix_encoding, fix_encoding_and_explain, _fix_encoding_one_step_and_explain)
// and ftfy/fixes.py (restore_byte_a0, replace_lossy_sequences, decode_inconsistent_utf8).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cds::ftfy {

// One step of ftfy's explanation, such as {"encode", "latin-1"} or {"decode", "utf-8"}.
struct ExplanationStep {
  std::string action;
  std::string parameter;
  bool operator==(const ExplanationStep& other) const {
    return action == other.action && parameter == other.parameter;
  }
};

struct ExplainedText {
  std::u32string text;
  std::vector<ExplanationStep> explanation;
};

// Text that was UTF-8 decoded in a single-byte code page ("cafÃ©") re-encoded and decoded as
// UTF-8 ("café"), repeated until nothing changes, with the default TextFixerConfig.
ExplainedText fix_encoding_and_explain(std::u32string_view text);
std::u32string fix_encoding(std::u32string_view text);

// Puts back byte A0 where a process turned it into a space inside a UTF-8 sequence
// ("\xc3 " -> "\xc3\xa0 " for 'à', and ALTERED_UTF8_RE).
std::string restore_byte_a0(std::string_view bytes);
// UTF-8 sequences that a sloppy code page lost bytes of (byte 1A for U+FFFD, or '?') become the
// UTF-8 bytes of U+FFFD.
std::string replace_lossy_sequences(std::string_view bytes);
// Fixes runs of UTF-8 mojibake (UTF8_DETECTOR_RE) that sit inside otherwise correct text.
std::u32string decode_inconsistent_utf8(std::u32string_view text);

}  // namespace cds::ftfy
