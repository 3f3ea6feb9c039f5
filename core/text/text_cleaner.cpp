// ftfy.fix_text and CLIP's whitespace_clean + lower (see text_cleaner.h).
// Mirrors ftfy 6.3.1 ftfy/__init__.py (fix_text, fix_and_explain), ftfy/fixes.py and
// ftfy/chardata.py, and Python's html.unescape for numeric references; fix_encoding lives in
// mojibake.cpp.
#include "core/text/text_cleaner.h"

#include <cstdint>

#include "core/text/html_entities.h"
#include "core/text/mojibake.h"
#include "core/text/unicode_text.h"

namespace cds::ftfy {
namespace {

// windows-1252 for bytes 0x80..0x9F; the five bytes it leaves undefined map to themselves,
// as ftfy's "sloppy-windows-1252" codec and html.unescape's _invalid_charrefs do.
constexpr char32_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80..87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88..8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90..97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98..9F
};

// ftfy.chardata.LIGATURES.
struct Ligature {
  char32_t from;
  const char32_t* to;
};
constexpr Ligature kLigatures[] = {
    {0x0132, U"IJ"},      {0x0133, U"ij"},      {0x0149, U"\u02BCn"},  // Dutch; Afrikaans 'n
    {0x01C4, U"D\u017D"}, {0x01C5, U"D\u017E"}, {0x01C6, U"d\u017E"},  // Serbian/Croatian
    {0x01C7, U"LJ"},      {0x01C8, U"Lj"},      {0x01C9, U"lj"},
    {0x01CA, U"NJ"},      {0x01CB, U"Nj"},      {0x01CC, U"nj"},
    {0x01F1, U"DZ"},      {0x01F2, U"Dz"},      {0x01F3, U"dz"},
    {0xFB00, U"ff"},      {0xFB01, U"fi"},      {0xFB02, U"fl"},  // typographic ligatures
    {0xFB03, U"ffi"},     {0xFB04, U"ffl"},     {0xFB05, U"\u017Ft"},
    {0xFB06, U"st"},
};

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool is_hex_digit(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

int hex_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  return static_cast<int>(c - 'A' + 10);
}

// html.unescape's _invalid_codepoints: references to these decode to nothing.
bool is_invalid_charref_codepoint(uint32_t num) {
  return (num >= 0x1 && num <= 0x8) || num == 0xB || (num >= 0xE && num <= 0x1F) ||
         (num >= 0x7F && num <= 0x9F) || (num >= 0xFDD0 && num <= 0xFDEF) ||
         (num <= 0x10FFFF && (num & 0xFFFE) == 0xFFFE);
}

// One numeric reference body ("#123" or "#x7B", without '&' and ';'), decoded the way
// ftfy's _unescape_fixup does it through html.unescape. Returns false when ftfy keeps the
// original text: html.unescape only decodes all-digit (or "x" + all-hex) bodies in full;
// anything else is decoded partially and leaves the ';' behind, which ftfy rejects.
bool decode_numeric_reference(std::u32string_view body, std::u32string* out) {
  // body[0] == '#'
  bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  const std::u32string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty()) return false;
  uint32_t num = 0;
  constexpr uint32_t kTooBig = 0x110000;  // any larger value decodes the same way
  for (char32_t c : digits) {
    int d;
    if (hex) {
      if (!is_hex_digit(c)) return false;
      d = hex_value(c);
    } else {
      if (c < '0' || c > '9') return false;
      d = static_cast<int>(c - '0');
    }
    if (num < kTooBig) num = num * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    if (num > kTooBig) num = kTooBig;
  }
  out->clear();
  if (num == 0) {
    out->push_back(unicode::kReplacementChar);
  } else if (num == 0x0D) {
    out->push_back(U'\r');
  } else if (num >= 0x80 && num <= 0x9F) {
    out->push_back(kWindows1252High[num - 0x80]);
  } else if ((num >= 0xD800 && num <= 0xDFFF) || num > 0x10FFFF) {
    out->push_back(unicode::kReplacementChar);
  } else if (is_invalid_charref_codepoint(num)) {
    // decodes to the empty string
  } else {
    out->push_back(static_cast<char32_t>(num));
  }
  // A reference to ';' itself leaves a ';' in the result, and ftfy then keeps the original.
  return out->find(U';') == std::u32string::npos;
}

bool contains(std::u32string_view text, char32_t c) {
  return text.find(c) != std::u32string_view::npos;
}

// ftfy.fix_and_explain's loop for one segment, fixers in ftfy's order.
std::u32string fix_segment(std::u32string text, bool unescape) {
  // ftfy loops until nothing changes; every step here shrinks the text or reaches a fixed point
  // within a couple of rounds, so the cap only guards against surprises.
  for (int round = 0; round < 64; ++round) {
    const std::u32string original = text;
    if (unescape) text = unescape_html(text);
    text = fix_encoding(text);
    text = fix_c1_controls(text);
    text = fix_latin_ligatures(text);
    text = fix_character_width(text);
    text = uncurl_quotes(text);
    text = fix_line_breaks(text);
    // fix_surrogates would come here: decoded UTF-8 holds no surrogates, and fix_encoding's
    // decoders never produce them.
    text = remove_terminal_escapes(text);
    text = remove_control_chars(text);
    text = unicode::nfc(text);
    if (text == original) break;
  }
  return text;
}

}  // namespace

std::u32string unescape_html(std::u32string_view text) {
  if (!contains(text, U'&')) return std::u32string(text);
  std::u32string out;
  out.reserve(text.size());
  std::u32string decoded;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != U'&') {
      out.push_back(text[i++]);
      continue;
    }
    // HTML_ENTITY_RE = &#?[0-9A-Za-z]{1,24};
    size_t j = i + 1;
    const bool numeric = j < text.size() && text[j] == U'#';
    if (numeric) ++j;
    const size_t name_start = j;
    while (j < text.size() && is_ascii_alnum(text[j]) && j - name_start < 25) ++j;
    const size_t name_len = j - name_start;
    if (name_len < 1 || name_len > 24 || j >= text.size() || text[j] != U';') {
      out.push_back(text[i++]);
      continue;
    }
    const std::u32string_view match = text.substr(i, j + 1 - i);
    std::string key;  // the match is ASCII
    key.reserve(match.size());
    for (char32_t c : match) key.push_back(static_cast<char>(c));
    if (auto entity = lookup_html_entity(key)) {
      out += unicode::decode_utf8(*entity);
    } else if (numeric && decode_numeric_reference(match.substr(1, match.size() - 2), &decoded)) {
      out += decoded;
    } else {
      out += match;
    }
    i = j + 1;
  }
  return out;
}

std::u32string fix_c1_controls(std::u32string_view text) {
  std::u32string out(text);
  for (char32_t& c : out) {
    if (c >= 0x80 && c <= 0x9F) c = kWindows1252High[c - 0x80];
  }
  return out;
}

std::u32string fix_latin_ligatures(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    const Ligature* hit = nullptr;
    if ((c >= 0x0132 && c <= 0x01F3) || (c >= 0xFB00 && c <= 0xFB06)) {
      for (const Ligature& lig : kLigatures) {
        if (lig.from == c) {
          hit = &lig;
          break;
        }
      }
    }
    if (hit) {
      out += hit->to;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::u32string fix_character_width(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    if (c == 0x3000) {
      out.push_back(U' ');
    } else if (c >= 0xFF01 && c <= 0xFFEF) {
      // ftfy's WIDTH_MAP: the NFKC form of each character in this block, where it differs.
      out += unicode::nfkc(std::u32string_view(&c, 1));
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::u32string uncurl_quotes(std::u32string_view text) {
  std::u32string out(text);
  for (char32_t& c : out) {
    if (c == 0x02BC || (c >= 0x2018 && c <= 0x201B)) {
      c = U'\'';
    } else if (c >= 0x201C && c <= 0x201F) {
      c = U'"';
    }
  }
  return out;
}

std::u32string fix_line_breaks(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c == U'\r') {
      if (i + 1 < text.size() && text[i + 1] == U'\n') ++i;
      out.push_back(U'\n');
    } else if (c == 0x2028 || c == 0x2029 || c == 0x0085) {
      out.push_back(U'\n');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::u32string remove_terminal_escapes(std::u32string_view text) {
  if (!contains(text, 0x1B)) return std::u32string(text);
  std::u32string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    // ANSI_RE = \033\[((?:\d|;)*)([a-zA-Z]); Python's \d is any Unicode decimal digit.
    if (text[i] == 0x1B && i + 1 < text.size() && text[i + 1] == U'[') {
      size_t j = i + 2;
      while (j < text.size() && (text[j] == U';' || unicode::is_decimal_digit(text[j]))) ++j;
      if (j < text.size() &&
          ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z'))) {
        i = j + 1;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

std::u32string remove_control_chars(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    const bool control = c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F ||
                         (c >= 0x206A && c <= 0x206F) || c == 0xFEFF ||
                         (c >= 0xFFF9 && c <= 0xFFFC);
    if (!control) out.push_back(c);
  }
  return out;
}

std::u32string fix_text(std::u32string_view text) {
  // TextFixerConfig.max_decode_length: longer lines are cut into pieces of this many characters.
  constexpr size_t kMaxDecodeLength = 1000000;
  std::u32string out;
  out.reserve(text.size());
  bool unescape = true;  // unescape_html="auto"
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t newline = text.find(U'\n', pos);
    size_t end = newline == std::u32string_view::npos ? text.size() : newline + 1;
    if (end - pos > kMaxDecodeLength) end = pos + kMaxDecodeLength;
    const std::u32string_view segment = text.substr(pos, end - pos);
    // fix_text replaces its config once a segment holds '<', so every later segment keeps its
    // entities too.
    if (unescape && contains(segment, U'<')) unescape = false;
    out += fix_segment(std::u32string(segment), unescape);
    pos = end;
  }
  return out;
}

}  // namespace cds::ftfy

namespace cds {

std::u32string whitespace_clean(std::u32string_view text) {
  // re.sub(r"\s+", " ", text) with the `regex` module, then str.strip().
  std::u32string collapsed;
  collapsed.reserve(text.size());
  bool in_space = false;
  for (char32_t c : text) {
    if (unicode::is_white_space(c)) {
      if (!in_space) collapsed.push_back(U' ');
      in_space = true;
    } else {
      collapsed.push_back(c);
      in_space = false;
    }
  }
  size_t begin = 0;
  size_t end = collapsed.size();
  while (begin < end && unicode::is_python_space(collapsed[begin])) ++begin;
  while (end > begin && unicode::is_python_space(collapsed[end - 1])) --end;
  return collapsed.substr(begin, end - begin);
}

std::u32string clip_clean_text(std::u32string_view text) {
  return unicode::python_lower(whitespace_clean(ftfy::fix_text(text)));
}

std::string clip_clean_text(std::string_view utf8) {
  return unicode::encode_utf8(clip_clean_text(unicode::decode_utf8(utf8)));
}

}  // namespace cds
