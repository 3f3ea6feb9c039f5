// ftfy's "utf-8-variants" decoder (ftfy 6.3.1 ftfy/bad_codecs/utf8_variants.py), step by step
// as its IncrementalDecoder runs with final=True, quirks included: SPECIAL_BYTES_RE and
// CESU8_RE use `$`, which in Python also matches just before a final '\n'.
#include "core/text/utf8_variants.h"

#include "core/text/unicode_text.h"

namespace cds::ftfy {
namespace {

unsigned char byte_at(std::string_view b, size_t pos) { return static_cast<unsigned char>(b[pos]); }

bool byte_in(std::string_view b, size_t pos, unsigned char lo, unsigned char hi) {
  return pos < b.size() && byte_at(b, pos) >= lo && byte_at(b, pos) <= hi;
}

// Python's `$` without MULTILINE: at the end, or just before a '\n' that ends the bytes.
bool at_end(std::string_view b, size_t pos) {
  return pos == b.size() || (pos + 1 == b.size() && b[pos] == '\n');
}

// Whether SPECIAL_BYTES_RE (NULL_EXPR | CESU8_EXPR | SURROGATE_EXPR) matches at pos. Any CESU8
// match is also a SURROGATE match, so SURROGATE_EXPR = \xed([\xa0-\xbf]|$)([\x80-\xbf]|$)
// decides for 0xED.
bool special_at(std::string_view b, size_t pos) {
  const unsigned char c = byte_at(b, pos);
  if (c == 0xC0) return byte_in(b, pos + 1, 0x80, 0x80) || at_end(b, pos + 1);
  if (c == 0xED) {
    if (at_end(b, pos + 1)) return true;
    return byte_in(b, pos + 1, 0xA0, 0xBF) &&
           (byte_in(b, pos + 2, 0x80, 0xBF) || at_end(b, pos + 2));
  }
  return false;
}

// CESU8_RE.match at pos, where at least six bytes remain.
bool cesu8_at(std::string_view b, size_t pos) {
  return byte_in(b, pos + 1, 0xA0, 0xAF) && byte_in(b, pos + 2, 0x80, 0xBF) &&
         byte_at(b, pos + 3) == 0xED && byte_in(b, pos + 4, 0xB0, 0xBF) &&
         (byte_in(b, pos + 5, 0x80, 0xBF) || at_end(b, pos + 5));
}

}  // namespace

std::optional<std::u32string> decode_utf8_strict(std::string_view bytes) {
  if (!unicode::is_valid_utf8(bytes)) return std::nullopt;
  return unicode::decode_utf8(bytes);
}

std::optional<std::u32string> decode_utf8_variants(std::string_view bytes) {
  std::u32string out;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t special = pos;
    while (special < bytes.size() && !special_at(bytes, special)) ++special;
    if (special > pos) {
      // Plain UTF-8 up to the next special sequence (or the end) goes to the real decoder.
      auto plain = decode_utf8_strict(bytes.substr(pos, special - pos));
      if (!plain) return std::nullopt;
      out += *plain;
      pos = special;
      continue;
    }
    if (byte_at(bytes, pos) == 0xC0) {
      // Java's null, C0 80; with `$` the second byte can also be a final '\n'.
      if (bytes.size() - pos < 2) return std::nullopt;
      out.push_back(U'\0');
      pos += 2;
      continue;
    }
    // 0xED: a CESU-8 surrogate pair ED A0-AF 80-BF ED B0-BF 80-BF carries 20 bits; anything
    // else starting with ED A0-BF is an encoded lone surrogate, which strict UTF-8 rejects.
    if (bytes.size() - pos < 6 || !cesu8_at(bytes, pos)) return std::nullopt;
    const char32_t cp =
        ((byte_at(bytes, pos + 1) & 0x0F) << 16) + ((byte_at(bytes, pos + 2) & 0x3F) << 10) +
        ((byte_at(bytes, pos + 4) & 0x0F) << 6) + (byte_at(bytes, pos + 5) & 0x3F) + 0x10000;
    out.push_back(cp);
    pos += 6;
  }
  return out;
}

}  // namespace cds::ftfy
