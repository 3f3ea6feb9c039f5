// Unicode helpers for the CLIP tokenizer, built on utf8proc: UTF-8 decoding the way Python's
// bytes.decode("utf-8", "replace") does it, the character classes that Python's str methods and
// the `regex` module use, NFC/NFKC, and Python's str.lower().
#pragma once

#include <string>
#include <string_view>

namespace cds::unicode {

constexpr char32_t kReplacementChar = 0xFFFD;

// UTF-8 to code points. Each maximal invalid subsequence becomes one U+FFFD, as CPython's
// decoder with errors="replace" does (so a truncated 3-byte sequence is one U+FFFD, a lone
// continuation byte is one U+FFFD, and encoded surrogates are one U+FFFD per byte).
std::u32string decode_utf8(std::string_view bytes);
bool is_valid_utf8(std::string_view bytes);
// Code points to UTF-8. Surrogates and values above U+10FFFF are written as U+FFFD.
std::string encode_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t cp);

bool is_letter(char32_t cp);         // \p{L}: Lu Ll Lt Lm Lo
bool is_number(char32_t cp);         // \p{N}: Nd Nl No
bool is_decimal_digit(char32_t cp);  // Nd, what Python's re matches with \d
// Python's str.isspace(): bidirectional class WS, B or S, or category Zs. Used by str.strip().
bool is_python_space(char32_t cp);
// The Unicode White_Space property, which the `regex` module matches with \s (unlike str.isspace
// it excludes U+001C..U+001F).
bool is_white_space(char32_t cp);

// Canonical composition (NFC) and compatibility composition (NFKC), as unicodedata.normalize.
std::u32string nfc(std::u32string_view text);
std::u32string nfkc(std::u32string_view text);

// Python's str.lower(): full lower-case mapping (U+0130 becomes "i" + U+0307) with the
// Final_Sigma rule for U+03A3.
std::u32string python_lower(std::u32string_view text);

// Simple case folding of one code point, the equivalence the `regex` module uses for a literal
// character under IGNORECASE (so U+017F LONG S folds to 's' and U+212A KELVIN SIGN to 'k').
char32_t simple_fold(char32_t cp);
// Simple (one code point) case mappings from UnicodeData.txt.
char32_t simple_upper(char32_t cp);
char32_t simple_lower(char32_t cp);
char32_t simple_title(char32_t cp);

}  // namespace cds::unicode
