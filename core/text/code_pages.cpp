// Encoding to and decoding from the code pages of ftfy 6.3.1 (ftfy/chardata.py,
// ftfy/bad_codecs/sloppy.py); the tables are generated into code_page_tables.cpp.
#include "core/text/code_pages.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/text/code_page_tables.h"

namespace cds::ftfy {
namespace {

constexpr char32_t kUndefined = 0xFFFE;
constexpr char32_t kReplacement = 0xFFFD;
constexpr unsigned char kSubstitute = 0x1A;  // the byte sloppy pages use for U+FFFD

const char32_t* high_half(CodePage page) {
  return detail::kCodePageHigh[static_cast<size_t>(page)];
}

// Character -> byte for bytes 0x80..0xFF of one page, sorted by character for binary search.
using EncodingTable = std::vector<std::pair<char32_t, unsigned char>>;

const EncodingTable& encoding_table(CodePage page) {
  static const std::array<EncodingTable, detail::kCodePageCount> tables = [] {
    std::array<EncodingTable, detail::kCodePageCount> built;
    for (size_t p = 0; p < detail::kCodePageCount; ++p) {
      for (int i = 0; i < 128; ++i) {
        const char32_t c = detail::kCodePageHigh[p][i];
        if (c != kUndefined) built[p].emplace_back(c, static_cast<unsigned char>(0x80 + i));
      }
      std::sort(built[p].begin(), built[p].end());
    }
    return built;
  }();
  return tables[static_cast<size_t>(page)];
}

// The byte for c in page, or -1.
int encode_char(char32_t c, CodePage page) {
  if (is_sloppy(page)) {
    if (c == kReplacement) return kSubstitute;
    if (c == kSubstitute) return -1;  // byte 0x1A is taken by U+FFFD
  }
  if (c < 0x80) return static_cast<int>(c);
  const EncodingTable& table = encoding_table(page);
  auto it = std::lower_bound(table.begin(), table.end(), std::make_pair(c, uint8_t{0}));
  if (it == table.end() || it->first != c) return -1;
  return it->second;
}

}  // namespace

bool is_sloppy(CodePage page) {
  return page >= CodePage::kSloppyWindows1252 && page <= CodePage::kSloppyWindows1257;
}

bool possible_encoding(std::u32string_view text, CodePage page) {
  return std::all_of(text.begin(), text.end(),
                     [page](char32_t c) { return encode_char(c, page) >= 0; });
}

std::optional<std::string> encode(std::u32string_view text, CodePage page) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    const int byte = encode_char(c, page);
    if (byte < 0) return std::nullopt;
    out.push_back(static_cast<char>(byte));
  }
  return out;
}

std::optional<std::u32string> decode(std::string_view bytes, CodePage page) {
  const char32_t* high = high_half(page);
  std::u32string out;
  out.reserve(bytes.size());
  for (char ch : bytes) {
    const auto byte = static_cast<unsigned char>(ch);
    char32_t c = byte;
    if (byte >= 0x80) {
      c = high[byte - 0x80];
      if (c == kUndefined) return std::nullopt;
    } else if (byte == kSubstitute && is_sloppy(page)) {
      c = kReplacement;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace cds::ftfy
