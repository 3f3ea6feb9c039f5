// Unicode helpers for the CLIP tokenizer (see unicode_text.h). Character data comes from
// utf8proc; the rules on top of it follow CPython's Objects/unicodeobject.c (decoding with
// errors="replace", str.lower) and Tools/unicode/makeunicodedata.py (str.isspace).
#include "core/text/unicode_text.h"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

namespace cds::unicode {
namespace {

utf8proc_category_t category(char32_t cp) {
  if (cp > 0x10FFFF) return UTF8PROC_CATEGORY_CN;
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence at bytes[i], or 0 when invalid; *consumed is then the
// length of the maximal subpart (at least 1) that one U+FFFD replaces, as in CPython.
size_t utf8_sequence(std::string_view bytes, size_t i, char32_t* cp, size_t* consumed) {
  const auto b0 = static_cast<unsigned char>(bytes[i]);
  const size_t n = bytes.size();
  *consumed = 1;
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;  // no overlong forms
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  char32_t value = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= n) return 0;
    const auto b = static_cast<unsigned char>(bytes[i + k]);
    const bool ok = k == 1 ? (b >= lo && b <= hi) : is_continuation(b);
    if (!ok) return 0;
    value = (value << 6) | (b & 0x3F);
    *consumed = k + 1;
  }
  *cp = value;
  *consumed = len;
  return len;
}

// Runs utf8proc_map with the given options over code points.
std::u32string utf8proc_transform(std::u32string_view text, int options) {
  if (text.empty()) return {};
  const std::string utf8 = encode_utf8(text);
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                                            static_cast<utf8proc_ssize_t>(utf8.size()), &out,
                                            static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> holder(out, &std::free);
  // encode_utf8 only writes valid UTF-8, so utf8proc cannot fail short of running out of
  // memory; keep the text unchanged rather than lose it.
  if (len < 0) return std::u32string(text);
  return decode_utf8(
      std::string_view(reinterpret_cast<const char*>(out), static_cast<size_t>(len)));
}

// DerivedCoreProperties "Cased", approximated from utf8proc's data: cased letters plus anything
// with a case mapping (this covers Roman numerals and circled letters; it misses the few
// Other_Lowercase modifier letters such as U+02B0, which only matters for where a capital sigma
// counts as final).
bool is_cased(char32_t cp) {
  const auto cat = category(cp);
  if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT)
    return true;
  const auto c = static_cast<utf8proc_int32_t>(cp);
  return utf8proc_tolower(c) != c || utf8proc_toupper(c) != c;
}

// DerivedCoreProperties "Case_Ignorable": Mn, Me, Cf, Lm, Sk, and the Word_Break classes
// MidLetter, MidNumLet and Single_Quote (listed here: utf8proc has no word-break data).
bool is_case_ignorable(char32_t cp) {
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_SK:
      return true;
    default:
      break;
  }
  switch (cp) {
    case 0x0027:
    case 0x002E:
    case 0x003A:
    case 0x00B7:
    case 0x0387:
    case 0x055F:
    case 0x05F4:
    case 0x2018:
    case 0x2019:
    case 0x2024:
    case 0x2027:
    case 0xFE13:
    case 0xFE52:
    case 0xFE55:
    case 0xFF07:
    case 0xFF0E:
    case 0xFF1A:
      return true;
    default:
      return false;
  }
}

// CPython's handle_capital_sigma: U+03A3 lower-cases to final sigma U+03C2 when preceded by a
// cased letter and not followed by one (case-ignorable characters skipped on both sides).
char32_t lower_capital_sigma(std::u32string_view text, size_t i) {
  size_t j = i;
  char32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = text[--j];
    if (!is_case_ignorable(c)) {
      found = true;
      break;
    }
  }
  bool final_sigma = found && is_cased(c);
  if (final_sigma && i + 1 < text.size()) {
    size_t k = i + 1;
    for (; k < text.size(); ++k) {
      c = text[k];
      if (!is_case_ignorable(c)) break;
    }
    final_sigma = k == text.size() || !is_cased(c);
  }
  return final_sigma ? 0x03C2 : 0x03C3;
}

}  // namespace

std::u32string decode_utf8(std::string_view bytes) {
  std::u32string out;
  out.reserve(bytes.size());
  size_t i = 0;
  while (i < bytes.size()) {
    char32_t cp = 0;
    size_t consumed = 1;
    if (utf8_sequence(bytes, i, &cp, &consumed) > 0) {
      out.push_back(cp);
    } else {
      out.push_back(kReplacementChar);
    }
    i += consumed;
  }
  return out;
}

bool is_valid_utf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    char32_t cp = 0;
    size_t consumed = 1;
    if (utf8_sequence(bytes, i, &cp, &consumed) == 0) return false;
    i += consumed;
  }
  return true;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : text) append_utf8(out, cp);
  return out;
}

bool is_letter(char32_t cp) {
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}

bool is_number(char32_t cp) {
  const auto cat = category(cp);
  return cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_NL || cat == UTF8PROC_CATEGORY_NO;
}

bool is_decimal_digit(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_ND; }

bool is_python_space(char32_t cp) {
  if (cp > 0x10FFFF) return false;
  const utf8proc_property_t* prop = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  return prop->bidi_class == UTF8PROC_BIDI_CLASS_WS || prop->bidi_class == UTF8PROC_BIDI_CLASS_B ||
         prop->bidi_class == UTF8PROC_BIDI_CLASS_S || prop->category == UTF8PROC_CATEGORY_ZS;
}

bool is_white_space(char32_t cp) {
  // White_Space is str.isspace() without the four information separators U+001C..U+001F
  // (bidirectional class B/S, yet not white space in PropList.txt).
  return is_python_space(cp) && !(cp >= 0x1C && cp <= 0x1F);
}

std::u32string nfc(std::u32string_view text) {
  return utf8proc_transform(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::u32string nfkc(std::u32string_view text) {
  return utf8proc_transform(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
}

std::u32string python_lower(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t cp = text[i];
    if (cp < 0x80) {
      out.push_back(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    } else if (cp == 0x0130) {
      // SpecialCasing.txt: the only unconditional full lower-case mapping that differs from
      // the simple one.
      out.push_back(U'i');
      out.push_back(0x0307);
    } else if (cp == 0x03A3) {
      out.push_back(lower_capital_sigma(text, i));
    } else if (cp <= 0x10FFFF) {
      out.push_back(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    } else {
      out.push_back(cp);
    }
  }
  return out;
}

char32_t simple_fold(char32_t cp) {
  if (cp > 0x10FFFF) return cp;
  const auto c = static_cast<utf8proc_int32_t>(cp);
  return static_cast<char32_t>(utf8proc_tolower(utf8proc_toupper(c)));
}

char32_t simple_upper(char32_t cp) {
  if (cp > 0x10FFFF) return cp;
  return static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)));
}

char32_t simple_lower(char32_t cp) {
  if (cp > 0x10FFFF) return cp;
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

char32_t simple_title(char32_t cp) {
  if (cp > 0x10FFFF) return cp;
  return static_cast<char32_t>(utf8proc_totitle(static_cast<utf8proc_int32_t>(cp)));
}

}  // namespace cds::unicode
