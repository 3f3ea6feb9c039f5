// Text normalisation of transformers' slow CLIPTokenizer when ftfy is installed:
// whitespace_clean(ftfy.fix_text(text)).lower(). Mirrors ftfy 6.3.1 (ftfy/__init__.py fix_text
// with the default TextFixerConfig, ftfy/fixes.py, ftfy/chardata.py) and whitespace_clean in
// transformers/models/clip/tokenization_clip.py.
//
// ftfy's mojibake repair (fix_encoding: "cafÃ©" -> "café") is in mojibake.h, with its badness
// heuristic in badness.h and its code pages in code_pages.h.
#pragma once

#include <string>
#include <string_view>

namespace cds::ftfy {

// The individual fixers, in the order fix_text applies them (fix_encoding, from mojibake.h,
// runs after unescape_html; fix_surrogates is a no-op here: decoded UTF-8 never holds
// surrogates).
// Decodes "&name;" entities from ftfy's table and numeric "&#NNN;" / "&#xHH;" references
// (HTML_ENTITY_RE = &#?[0-9A-Za-z]{1,24};). Unknown or partial references stay as they are.
std::u32string unescape_html(std::u32string_view text);
// C1 controls U+0080..U+009F read as windows-1252 bytes ("sloppy": the five bytes that
// windows-1252 leaves undefined stay as they are).
std::u32string fix_c1_controls(std::u32string_view text);
// Latin ligatures and legacy digraphs such as U+FB01 -> "fi" and U+01C6 -> "dž".
std::u32string fix_latin_ligatures(std::u32string_view text);
// U+3000 -> space; U+FF01..U+FFEF -> their NFKC form (full-width ASCII, half-width kana).
std::u32string fix_character_width(std::u32string_view text);
// U+02BC and U+2018..U+201B -> "'"; U+201C..U+201F -> '"'.
std::u32string uncurl_quotes(std::u32string_view text);
// CRLF, CR, U+2028, U+2029 and U+0085 -> LF.
std::u32string fix_line_breaks(std::u32string_view text);
// ANSI escapes ESC [ (digits or ';')* letter.
std::u32string remove_terminal_escapes(std::u32string_view text);
// U+0000..U+0008, U+000B, U+000E..U+001F, U+007F, U+206A..U+206F, U+FEFF, U+FFF9..U+FFFC.
std::u32string remove_control_chars(std::u32string_view text);

// ftfy.fix_text(text): the text is fixed line by line (each segment ends after a '\n'); every
// fixer (unescape_html, fix_encoding, then the ones above) and NFC are applied until the segment
// stops changing. HTML unescaping is skipped from the first segment that contains '<' on
// (ftfy's "auto").
std::u32string fix_text(std::u32string_view text);

}  // namespace cds::ftfy

namespace cds {

// transformers' whitespace_clean: runs of \s (Unicode White_Space, as the `regex` module
// matches it) become one space, then str.strip().
std::u32string whitespace_clean(std::u32string_view text);

// whitespace_clean(ftfy.fix_text(text)).lower(), what CLIPTokenizer._tokenize does before
// splitting. The UTF-8 overload decodes invalid input with U+FFFD replacement characters.
std::u32string clip_clean_text(std::u32string_view text);
std::string clip_clean_text(std::string_view utf8);

}  // namespace cds
