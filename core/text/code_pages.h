// The single-byte code pages that ftfy 6.3.1 uses to undo mojibake: ftfy/chardata.py
// CHARMAP_ENCODINGS (with `possible_encoding`), the "sloppy" codecs of
// ftfy/bad_codecs/sloppy.py, and Python's strict windows-1252.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cds::ftfy {

// The values index the generated tables in code_page_tables.cpp; keep the order in step with
// scripts/gen_code_pages.py.
enum class CodePage {
  kLatin1,
  // "sloppy-windows-125x": bytes the real code page leaves undefined decode as in latin-1, and
  // byte 0x1A stands for U+FFFD, so text holding U+FFFD can still be re-encoded (and U+001A
  // cannot).
  kSloppyWindows1252,
  kSloppyWindows1251,
  kSloppyWindows1250,
  kSloppyWindows1253,
  kSloppyWindows1254,
  kSloppyWindows1257,
  kIso8859_2,
  kMacRoman,
  kCp437,
  kWindows1252,  // strict: 0x81, 0x8D, 0x8F, 0x90 and 0x9D do not decode
};

// chardata.CHARMAP_ENCODINGS, in the order fix_encoding tries them.
inline constexpr CodePage kCharmapEncodings[] = {
    CodePage::kLatin1,
    CodePage::kSloppyWindows1252,
    CodePage::kSloppyWindows1251,
    CodePage::kSloppyWindows1250,
    CodePage::kSloppyWindows1253,
    CodePage::kSloppyWindows1254,
    CodePage::kSloppyWindows1257,
    CodePage::kIso8859_2,
    CodePage::kMacRoman,
    CodePage::kCp437,
};

bool is_sloppy(CodePage page);

// chardata.possible_encoding: whether every character of text has a byte in the page.
bool possible_encoding(std::u32string_view text, CodePage page);
// text.encode(page); nullopt when some character has no byte.
std::optional<std::string> encode(std::u32string_view text, CodePage page);
// bytes.decode(page); nullopt when a byte is undefined in the page.
std::optional<std::u32string> decode(std::string_view bytes, CodePage page);

}  // namespace cds::ftfy
