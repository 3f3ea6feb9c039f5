// Tests of the CLIP tokenizer and its text cleaning (ftfy.fix_text, Unicode helpers); ftfy's
// mojibake repair has its own tests in test_mojibake.cpp.
// Golden* suites compare with transformers 4.44's slow CLIPTokenizer + ftfy 6.3.1 outputs in
// golden/cases/tokenizer.json; the other suites use small hand-written tokenizer folders.
#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/text/clip_tokenizer.h"
#include "core/text/html_entities.h"
#include "core/text/text_cleaner.h"
#include "core/text/unicode_text.h"
#include "tests/test_support.h"

namespace cds {
namespace {

using nlohmann::json;
using test::TempDir;
using test::write_bytes;

std::string u8(std::u32string_view text) { return unicode::encode_utf8(text); }

// ---------------------------------------------------------------------------------------------
// Unicode helpers

TEST(UnicodeText, DecodesValidUtf8) {
  EXPECT_EQ(unicode::decode_utf8("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x90\xb1"),
            (std::u32string{U'a', 0xE9, 0x20AC, 0x1F431}));
  EXPECT_EQ(unicode::encode_utf8(U"a\u00e9\u20ac\U0001F431"),
            "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x90\xb1");
}

TEST(UnicodeText, ReplacesInvalidUtf8LikePython) {
  // b"\xff".decode("utf-8", "replace") == "\ufffd"; a truncated sequence is one U+FFFD;
  // an encoded surrogate (ED A0 80) is three, as CPython's decoder gives.
  EXPECT_EQ(unicode::decode_utf8("a\xff"
                                 "b"),
            (std::u32string{U'a', 0xFFFD, U'b'}));
  EXPECT_EQ(unicode::decode_utf8("\xe2\x82"
                                 "x"),
            (std::u32string{0xFFFD, U'x'}));
  EXPECT_EQ(unicode::decode_utf8("\xed\xa0\x80"), (std::u32string{0xFFFD, 0xFFFD, 0xFFFD}));
  EXPECT_EQ(unicode::decode_utf8("\xc0\xaf"), (std::u32string{0xFFFD, 0xFFFD}));
  EXPECT_EQ(unicode::decode_utf8("\xf0\x9f\x90"), (std::u32string{0xFFFD}));
  EXPECT_FALSE(unicode::is_valid_utf8("\xc3"));
  EXPECT_TRUE(unicode::is_valid_utf8("caf\xc3\xa9"));
}

TEST(UnicodeText, CharacterClasses) {
  EXPECT_TRUE(unicode::is_letter(U'a'));
  EXPECT_TRUE(unicode::is_letter(0x6771));   // 東 (Lo)
  EXPECT_TRUE(unicode::is_letter(0x02B0));   // ʰ (Lm)
  EXPECT_FALSE(unicode::is_letter(0x0301));  // combining acute (Mn)
  EXPECT_TRUE(unicode::is_number(U'7'));
  EXPECT_TRUE(unicode::is_number(0x00B2));  // ² (No)
  EXPECT_TRUE(unicode::is_number(0x2163));  // Ⅳ (Nl)
  EXPECT_FALSE(unicode::is_decimal_digit(0x00B2));
  EXPECT_TRUE(unicode::is_python_space(0x1C));  // "\x1c".isspace() is True
  EXPECT_FALSE(unicode::is_white_space(0x1C));  // but regex's \s does not match it
  for (char32_t c : {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028,
                     0x2029, 0x202F, 0x205F, 0x3000}) {
    EXPECT_TRUE(unicode::is_white_space(c)) << std::hex << static_cast<uint32_t>(c);
    EXPECT_TRUE(unicode::is_python_space(c)) << std::hex << static_cast<uint32_t>(c);
  }
  EXPECT_FALSE(unicode::is_python_space(0x200B));  // zero width space is Cf
  EXPECT_FALSE(unicode::is_python_space(0x180E));
}

TEST(UnicodeText, NormalisesLikeUnicodedata) {
  EXPECT_EQ(unicode::nfc(U"e\u0301"), U"\u00e9");
  EXPECT_EQ(unicode::nfc(U"\u212b"), U"\u00c5");  // ANGSTROM SIGN is a singleton decomposition
  EXPECT_EQ(unicode::nfc(U"\ufb01"), U"\ufb01");  // NFC keeps compatibility characters
  EXPECT_EQ(unicode::nfkc(U"\ufb01"), U"fi");
  EXPECT_EQ(unicode::nfkc(U"\uff21"), U"A");
}

TEST(UnicodeText, LowerCasesLikePython) {
  EXPECT_EQ(unicode::python_lower(U"ABC \u00c9\u00c5"), U"abc \u00e9\u00e5");
  EXPECT_EQ(unicode::python_lower(U"\u0130"), U"i\u0307");  // "İ".lower() == "i̇"
  // Final sigma: "ΟΔΟΣ ΣΑ".lower() == "οδος σα"; a lone Σ stays σ.
  EXPECT_EQ(unicode::python_lower(U"\u039f\u0394\u039f\u03a3 \u03a3\u0391"),
            U"\u03bf\u03b4\u03bf\u03c2 \u03c3\u03b1");
  EXPECT_EQ(unicode::python_lower(U"\u03a3"), U"\u03c3");
  EXPECT_EQ(unicode::python_lower(U"\u2160"), U"\u2170");  // Ⅰ -> ⅰ
  EXPECT_EQ(unicode::simple_fold(0x017F), U's');
  EXPECT_EQ(unicode::simple_fold(0x212A), U'k');
}

// ---------------------------------------------------------------------------------------------
// ftfy.fix_text. Expected values come from ftfy 6.3.1's docstrings and code.

TEST(TextCleaner, HtmlEntityTableMatchesFtfy) {
  EXPECT_GT(html_entity_count(), 2200u);
  EXPECT_EQ(lookup_html_entity("&amp;").value_or(""), "&");
  EXPECT_EQ(lookup_html_entity("&NTILDE;").value_or(""), "\xc3\x91");  // upper-cased variant
  EXPECT_EQ(lookup_html_entity("&SZLIG;").value_or(""), "SS");         // "ß".upper()
  EXPECT_FALSE(lookup_html_entity("&nTILDE;").has_value());
  EXPECT_FALSE(lookup_html_entity("&amp").has_value());  // only names ending in ';'
}

TEST(TextCleaner, UnescapesHtml) {
  auto unescape = [](std::u32string_view s) { return u8(ftfy::unescape_html(s)); };
  EXPECT_EQ(unescape(U"&lt;tag&gt;"), "<tag>");
  EXPECT_EQ(unescape(U"&Jscr;ohn &HilbertSpace;ancock"), u8(U"\U0001d4a5ohn \u210bancock"));
  EXPECT_EQ(unescape(U"&checkmark;"), u8(U"\u2713"));
  EXPECT_EQ(unescape(U"P&EACUTE;REZ"), u8(U"P\u00c9REZ"));
  EXPECT_EQ(unescape(U"BUNDESSTRA&SZLIG;E"), "BUNDESSTRASSE");
  EXPECT_EQ(unescape(U"&ntilde; &Ntilde; &NTILDE; &nTILDE;"), u8(U"\u00f1 \u00d1 \u00d1 &nTILDE;"));
  EXPECT_EQ(unescape(U"this&not that"), "this&not that");  // no ';', left alone
  // Numeric references go through html.unescape.
  EXPECT_EQ(unescape(U"it&#x2019;s"), u8(U"it\u2019s"));
  EXPECT_EQ(unescape(U"&#65;&#X42;"), "AB");
  EXPECT_EQ(unescape(U"euro &#x80;"), u8(U"euro \u20ac"));  // windows-1252 for 0x80..0x9F
  EXPECT_EQ(unescape(U"doo&#133;"), u8(U"doo\u2026"));
  EXPECT_EQ(unescape(U"not an entity &#20x6;"), "not an entity &#20x6;");
  EXPECT_EQ(unescape(U"&#59;"), "&#59;");  // decodes to ';', which ftfy rejects
  EXPECT_EQ(unescape(U"&#0;&#xD800;&#99999999999999999999;"), u8(U"\ufffd\ufffd\ufffd"));
  EXPECT_EQ(unescape(U"a&#1;b&#x7f;c"), "abc");  // html.unescape's invalid code points vanish
  EXPECT_EQ(unescape(U"&abcdefghijklmnopqrstuvwxyz;"), "&abcdefghijklmnopqrstuvwxyz;");
}

TEST(TextCleaner, IndividualFixers) {
  EXPECT_EQ(u8(ftfy::fix_latin_ligatures(U"\ufb02u\ufb03e\ufb06")), "fluffiest");
  EXPECT_EQ(u8(ftfy::fix_latin_ligatures(U"\u0132ssel \u01c6")), u8(U"IJssel d\u017e"));
  EXPECT_EQ(u8(ftfy::fix_character_width(
                U"\uff2c\uff2f\uff35\uff24\u3000\uff2e\uff2f\uff29\uff33\uff25\uff33")),
            "LOUD NOISES");
  EXPECT_EQ(ftfy::fix_character_width(U"\uff35\uff80\uff70\uff9d"), U"U\u30bf\u30fc\u30f3");
  EXPECT_EQ(u8(ftfy::uncurl_quotes(U"\u201chere\u2019s a test\u201d \u02bc")),
            "\"here's a test\" '");
  EXPECT_EQ(u8(ftfy::fix_line_breaks(U"a\r\nb\rc\u2028d\u2029e\u0085f")), "a\nb\nc\nd\ne\nf");
  EXPECT_EQ(u8(ftfy::remove_terminal_escapes(U"\x1b[36;44mI'm blue\x1b[0m")), "I'm blue");
  EXPECT_EQ(u8(ftfy::remove_control_chars(U"a\x01\x0b\x1f\x7f\u206a\ufeff\ufffc\tb\n\x0c\r")),
            "a\tb\n\x0c\r");
  EXPECT_EQ(ftfy::fix_c1_controls(U"\x80\x85\x92\x81"), U"\u20ac\u2026\u2019\u0081");
}

TEST(TextCleaner, FixTextDocExamples) {
  auto fix = [](std::u32string_view s) { return u8(ftfy::fix_text(s)); };
  EXPECT_EQ(fix(U"Broken text&hellip; it&#x2019;s \ufb02ubberi\ufb01c!"),
            u8(U"Broken text\u2026 it's flubberific!"));
  EXPECT_EQ(fix(U"HTML entities &lt;3"), "HTML entities <3");
  EXPECT_EQ(fix(U"<em>HTML entities &lt;3</em>"), "<em>HTML entities &lt;3</em>");
  EXPECT_EQ(fix(U"\x01\x1b[36;44mI&#x92;m blue, da ba dee da ba doo&#133;\x1b[0m"),
            u8(U"I'm blue, da ba dee da ba doo\u2026"));
  EXPECT_EQ(fix(U"\ufeffParty like\nit&rsquo;s 1999!"), "Party like\nit's 1999!");
  // fix_text works per line and stops unescaping from the first line holding '<'.
  EXPECT_EQ(fix(U"&amp;\n<html>\n&amp;"), "&\n<html>\n&amp;");
  // The fixers loop until nothing changes.
  EXPECT_EQ(fix(U"&amp;amp;amp;"), "&");
  EXPECT_EQ(fix(U"e\u0301 \uff76\uff9e"), u8(U"\u00e9 \u30ac"));  // NFC after the width fix
  EXPECT_EQ(fix(U""), "");
}

TEST(TextCleaner, ClipCleaning) {
  EXPECT_EQ(clip_clean_text(std::string_view("  A  Photo\tOF\r\nA\u00a0CAT  ")),
            "a photo of a cat");
  EXPECT_EQ(clip_clean_text(std::string_view("\xef\xbc\xa6\xef\xbd\x95\xef\xbd\x8c\xef\xbd\x8c")),
            "full");
  EXPECT_EQ(clip_clean_text(std::string_view("caf&eacute; &lt;3")), u8(U"caf\u00e9 <3"));
  EXPECT_EQ(clip_clean_text(std::string_view("<b>caf&eacute;</b>")), "<b>caf&eacute;</b>");
  EXPECT_EQ(clip_clean_text(std::string_view("")), "");
  EXPECT_EQ(u8(whitespace_clean(U"\u2003a\u3000\u3000b\x1c")), "a b");
}

// ---------------------------------------------------------------------------------------------
// Tokenizer on small hand-written folders

// A tiny vocabulary: "cat" merges to "cat</w>" through "a t</w>" then "c at</w>".
struct TinyFolder {
  TempDir dir;
  TinyFolder() {
    const json vocab = {{"a", 0},
                        {"c", 1},
                        {"t", 2},
                        {"a</w>", 3},
                        {"c</w>", 4},
                        {"t</w>", 5},
                        {"at</w>", 6},
                        {"cat</w>", 7},
                        {"-", 8},
                        {"-</w>", 9},
                        {"!", 10},
                        {"!</w>", 11},
                        {"<|startoftext|>", 12},
                        {"<|endoftext|>", 13},
                        {"'s</w>", 14},
                        {"'", 15},
                        {"s</w>", 16}};
    write_bytes(dir / "vocab.json", vocab.dump());
    write_bytes(dir / "merges.txt", "#version: 0.2\na t</w>\nc at</w>\n' s</w>\n");
  }
  std::filesystem::path path() const { return dir.path(); }
  ClipTokenizer load() const { return ClipTokenizer::from_folder(dir.path()); }
};

using Strings = std::vector<std::string>;
using Ids = std::vector<int64_t>;

TEST(ClipTokenizer, LoadsMinimalFolderWithDefaults) {
  TinyFolder f;
  const ClipTokenizer t = f.load();
  EXPECT_EQ(t.size(), 17u);
  EXPECT_EQ(t.bos_id(), 12);
  EXPECT_EQ(t.eos_id(), 13);
  EXPECT_EQ(t.pad_id(), 13);
  EXPECT_EQ(t.model_max_length(), 77);
  EXPECT_TRUE(t.added_tokens().empty());
  EXPECT_EQ(t.id_to_token(7).value_or(""), "cat</w>");
  EXPECT_FALSE(t.id_to_token(99).has_value());
}

TEST(ClipTokenizer, TokenizesAndMerges) {
  const ClipTokenizer t = TinyFolder().load();
  EXPECT_EQ(t.tokenize("CAT  cat"), (Strings{"cat</w>", "cat</w>"}));
  EXPECT_EQ(t.encode("cat"), (Ids{12, 7, 13}));
  EXPECT_EQ(t.tokenize("cats"), (Strings{"c", "a", "t", "s</w>"}));           // no merge applies
  EXPECT_EQ(t.tokenize("cat's"), (Strings{"cat</w>", "'s</w>"}));             // contraction split
  EXPECT_EQ(t.tokenize("cat\xe2\x80\x99s"), (Strings{"cat</w>", "'s</w>"}));  // ’ uncurled
  // The `regex` module's IGNORECASE quirks: U+0345 (upper case U+0399, a letter) matches no
  // alternative and is dropped; "'" + U+017F LONG S matches the contraction 's.
  EXPECT_EQ(t.tokenize("cat\xcd\x85"), (Strings{"cat</w>"}));
  EXPECT_EQ(t.tokenize("cat'\xc5\xbf"), (Strings{"cat</w>", "'", "\xc3\x85", "\xc2\xbf</w>"}));
  // Unknown symbols map to the unk id (<|endoftext|>).
  EXPECT_EQ(t.encode("z"), (Ids{12, 13, 13}));
}

TEST(ClipTokenizer, EmptyBlankAndLeadingDash) {
  const ClipTokenizer t = TinyFolder().load();
  EXPECT_TRUE(t.tokenize("").empty());
  EXPECT_EQ(t.encode(""), (Ids{12, 13}));
  EXPECT_EQ(t.encode(" \t\n "), (Ids{12, 13}));
  EXPECT_EQ(t.tokenize("-cat"), (Strings{"-</w>", "cat</w>"}));
  EXPECT_EQ(t.tokenize("--"), (Strings{"-", "-</w>"}));
  EXPECT_EQ(t.encode("--"), (Ids{12, 8, 9, 13}));
}

TEST(ClipTokenizer, InvalidUtf8DoesNotCrash) {
  const ClipTokenizer t = TinyFolder().load();
  Ids ids;
  ASSERT_NO_THROW(ids = t.encode("\xff\xfe cat \xc3"));
  ASSERT_GE(ids.size(), 3u);
  EXPECT_EQ(ids.front(), 12);
  EXPECT_EQ(ids.back(), 13);
  EXPECT_NE(std::find(ids.begin(), ids.end(), 7), ids.end());
  EXPECT_NO_THROW(t.encode(std::string("a\0b", 3)));
}

TEST(ClipTokenizer, PadsAndTruncates) {
  const ClipTokenizer t = TinyFolder().load();
  TokenizedPrompt p = t.encode_padded("cat", 5);
  EXPECT_EQ(p.ids, (Ids{12, 7, 13, 13, 13}));
  EXPECT_EQ(p.attention_mask, (Ids{1, 1, 1, 0, 0}));
  EXPECT_EQ(p.length, 3);
  EXPECT_FALSE(p.truncated);

  p = t.encode_padded("cat cat cat cat", 4);
  EXPECT_EQ(p.ids, (Ids{12, 7, 7, 13}));
  EXPECT_EQ(p.attention_mask, (Ids{1, 1, 1, 1}));
  EXPECT_EQ(p.length, 6);
  EXPECT_TRUE(p.truncated);

  p = t.encode_padded("cat cat", 4);  // exactly max_length: not truncated
  EXPECT_EQ(p.ids, (Ids{12, 7, 7, 13}));
  EXPECT_FALSE(p.truncated);

  p = t.encode_padded("cat");  // model_max_length
  EXPECT_EQ(p.ids.size(), 77u);
  EXPECT_EQ(p.attention_mask[2], 1);
  EXPECT_EQ(p.attention_mask[3], 0);

  EXPECT_EQ(t.encode_padded("", 2).ids, (Ids{12, 13}));
  EXPECT_THROW(t.encode_padded("cat", 2), CoreError);
}

TEST(ClipTokenizer, LiteralSpecialTokensBecomeTheirIds) {
  const ClipTokenizer t = TinyFolder().load();
  EXPECT_EQ(t.tokenize("a<|endoftext|>cat"), (Strings{"a</w>", "<|endoftext|>", "cat</w>"}));
  EXPECT_EQ(t.encode("<|startoftext|>cat"), (Ids{12, 12, 7, 13}));
  // Not matched on the raw text (case differs), but lower-cased by the cleaning and then kept
  // whole by the CLIP pattern and BPE cache, as in transformers.
  EXPECT_EQ(t.tokenize("<|EndOfText|>"), (Strings{"<|endoftext|>"}));
}

TEST(ClipTokenizer, AddedTokensAreMatchedWholeAndCaseSensitively) {
  ClipTokenizer t = TinyFolder().load();
  EXPECT_EQ(t.add_token("<tok>"), 17);
  EXPECT_EQ(t.add_token("<tok>x"), 18);
  EXPECT_EQ(t.size(), 19u);
  EXPECT_EQ(t.added_tokens(), (Strings{"<tok>", "<tok>x"}));
  EXPECT_EQ(t.tokenize("cat<tok>cat"), (Strings{"cat</w>", "<tok>", "cat</w>"}));
  EXPECT_EQ(t.tokenize("a <tok>x cat"), (Strings{"a</w>", "<tok>x", "cat</w>"}));  // longest
  EXPECT_EQ(t.encode("<tok><tok>"), (Ids{12, 17, 17, 13}));
  const Strings upper = t.tokenize("<TOK>");
  EXPECT_EQ(std::find(upper.begin(), upper.end(), "<tok>"), upper.end());
  EXPECT_EQ(t.token_to_id("<tok>"), 17);
  EXPECT_EQ(t.id_to_token(18).value_or(""), "<tok>x");
}

TEST(ClipTokenizer, AddTokenErrors) {
  ClipTokenizer t = TinyFolder().load();
  EXPECT_THROW(t.add_token(""), CoreError);
  EXPECT_THROW(t.add_token("cat</w>"), CoreError);        // a vocabulary entry
  EXPECT_THROW(t.add_token("<|endoftext|>"), CoreError);  // a vocabulary entry
  t.add_token("<new1>");
  EXPECT_THROW(t.add_token("<new1>"), CoreError);  // already added
  EXPECT_EQ(t.size(), 18u);
}

TEST(ClipTokenizer, TokenToIdIsAPlainLookup) {
  const ClipTokenizer t = TinyFolder().load();
  EXPECT_EQ(t.token_to_id("cat</w>"), 7);
  EXPECT_EQ(t.token_to_id("a"), 0);
  EXPECT_FALSE(t.token_to_id("cat").has_value());  // encoding the text would give ids
}

TEST(ClipTokenizer, ReadsConfigFiles) {
  TinyFolder f;
  write_bytes(f.path() / "tokenizer_config.json",
              R"({"model_max_length": 16, "pad_token": "<|endoftext|>",
                  "bos_token": {"__type": "AddedToken", "content": "<|startoftext|>"}})");
  // special_tokens_map.json wins over tokenizer_config.json (no added_tokens_decoder here).
  write_bytes(f.path() / "special_tokens_map.json", R"({"pad_token": {"content": "!"}})");
  const ClipTokenizer t = f.load();
  EXPECT_EQ(t.model_max_length(), 16);
  EXPECT_EQ(t.pad_id(), 10);
  EXPECT_EQ(t.encode_padded("cat").ids,
            (Ids{12, 7, 13, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10}));
  // Like SD 2's "!" pad token in transformers, the pad token is an added token matched whole.
  EXPECT_EQ(t.tokenize("cat!!"), (Strings{"cat</w>", "!", "!"}));
}

TEST(ClipTokenizer, ReadsAddedTokensJson) {
  TinyFolder f;
  write_bytes(f.path() / "added_tokens.json", R"({"<x>": 17})");
  ClipTokenizer t = f.load();
  EXPECT_EQ(t.size(), 18u);
  EXPECT_EQ(t.added_tokens(), (Strings{"<x>"}));
  EXPECT_EQ(t.encode("cat<x>"), (Ids{12, 7, 17, 13}));
  EXPECT_EQ(t.add_token("<y>"), 18);
}

TEST(ClipTokenizer, HonoursStripFlagsOfAddedTokens) {
  TinyFolder f;
  write_bytes(f.path() / "tokenizer_config.json",
              R"({"added_tokens_decoder": {"17": {"content": "<s>", "lstrip": true,
                  "rstrip": true, "special": false}}})");
  const ClipTokenizer t = f.load();
  EXPECT_EQ(t.size(), 18u);
  EXPECT_EQ(t.tokenize("cat  <s>  cat"), (Strings{"cat</w>", "<s>", "cat</w>"}));
}

TEST(ClipTokenizer, IsCopyable) {
  const ClipTokenizer t = TinyFolder().load();
  ClipTokenizer copy = t;
  EXPECT_EQ(copy.encode("cat"), t.encode("cat"));
  ClipTokenizer moved = std::move(copy);
  EXPECT_EQ(moved.encode("cat"), (Ids{12, 7, 13}));
}

// Bad files: every problem is a FileError naming the file.
void expect_file_error(const std::filesystem::path& folder, const std::string& file) {
  try {
    ClipTokenizer::from_folder(folder);
    ADD_FAILURE() << "no error for " << file;
  } catch (const FileError& e) {
    EXPECT_EQ(e.file().filename().string(), file) << e.what();
  }
}

TEST(ClipTokenizer, RejectsBadFiles) {
  {
    TempDir empty;
    expect_file_error(empty.path(), "vocab.json");
    expect_file_error(empty.path() / "missing", "vocab.json");
  }
  {
    TinyFolder f;
    write_bytes(f.path() / "vocab.json", "{\"a\": 0,");
    expect_file_error(f.path(), "vocab.json");
    write_bytes(f.path() / "vocab.json", "[\"a\", \"b\"]");
    expect_file_error(f.path(), "vocab.json");
    write_bytes(f.path() / "vocab.json", R"({"a": "zero"})");
    expect_file_error(f.path(), "vocab.json");
    write_bytes(f.path() / "vocab.json", R"({"a": -1})");
    expect_file_error(f.path(), "vocab.json");
    write_bytes(f.path() / "vocab.json", "");
    expect_file_error(f.path(), "vocab.json");
  }
  {
    TinyFolder f;
    std::filesystem::remove(f.path() / "merges.txt");
    expect_file_error(f.path(), "merges.txt");
    write_bytes(f.path() / "merges.txt", "a t</w>\nc at</w>\n");  // no header
    expect_file_error(f.path(), "merges.txt");
    write_bytes(f.path() / "merges.txt", "#version: 0.2\na t</w> x\n");
    expect_file_error(f.path(), "merges.txt");
    write_bytes(f.path() / "merges.txt", "#version: 0.2\n\xff \xfe\n");
    expect_file_error(f.path(), "merges.txt");
  }
  {
    TinyFolder f;
    write_bytes(f.path() / "tokenizer_config.json", "{not json");
    expect_file_error(f.path(), "tokenizer_config.json");
    write_bytes(f.path() / "tokenizer_config.json", "[]");
    expect_file_error(f.path(), "tokenizer_config.json");
    write_bytes(f.path() / "tokenizer_config.json", R"({"bos_token": 5})");
    expect_file_error(f.path(), "tokenizer_config.json");
    write_bytes(f.path() / "tokenizer_config.json", R"({"model_max_length": "long"})");
    expect_file_error(f.path(), "tokenizer_config.json");
  }
  {
    TinyFolder f;
    write_bytes(f.path() / "special_tokens_map.json", R"({"pad_token": {"lstrip": true}})");
    expect_file_error(f.path(), "special_tokens_map.json");
  }
  {
    TinyFolder f;
    write_bytes(f.path() / "added_tokens.json", R"({"<x>": "17"})");
    expect_file_error(f.path(), "added_tokens.json");
  }
}

// ---------------------------------------------------------------------------------------------
// Golden: transformers 4.44 CLIPTokenizer (slow) with ftfy 6.3.1

json read_golden_cases() {
  return json::parse(test::read_bytes(test::golden_dir() / "cases" / "tokenizer.json"));
}

Ids to_ids(const json& j) { return j.get<Ids>(); }

void check_record(const ClipTokenizer& t, const json& r) {
  const std::string prompt = r.at("prompt").get<std::string>();
  SCOPED_TRACE("prompt: " + prompt + " (" + r.at("tokenizer").get<std::string>() + ")");
  EXPECT_EQ(t.tokenize(prompt), r.at("tokens").get<Strings>());
  const Ids unpadded = to_ids(r.at("input_ids_unpadded"));
  EXPECT_EQ(t.encode(prompt), unpadded);
  const TokenizedPrompt p = t.encode_padded(prompt, 77);
  EXPECT_EQ(p.ids, to_ids(r.at("input_ids_77")));
  EXPECT_EQ(p.attention_mask, to_ids(r.at("attention_mask_77")));
  EXPECT_EQ(p.length, static_cast<int64_t>(unpadded.size()));
  EXPECT_EQ(p.truncated, unpadded.size() > 77);
}

TEST(GoldenClipTokenizer, AllRecordsMatchTransformers) {
  CDS_REQUIRE_GOLDEN();
  const json cases = read_golden_cases();
  const ClipTokenizer base = ClipTokenizer::from_folder(test::golden_dir() / "tokenizer");
  ClipTokenizer added = base;
  ASSERT_EQ(added.add_token("<new1>"), 49408);
  ASSERT_EQ(added.add_token("<new2>"), 49409);
  int checked = 0;
  for (const json& r : cases.at("records")) {
    const std::string which = r.at("tokenizer").get<std::string>();
    ASSERT_TRUE(which == "sd_v1" || which == "sd_v1+added") << which;
    check_record(which == "sd_v1" ? base : added, r);
    ++checked;
  }
  EXPECT_GE(checked, 43);
}

TEST(GoldenClipTokenizer, V2PadsWithExclamationMark) {
  CDS_REQUIRE_GOLDEN();
  const json cases = read_golden_cases();
  const ClipTokenizer t =
      ClipTokenizer::from_folder(test::golden_dir() / "tiny-sd-v2" / "tokenizer");
  EXPECT_EQ(t.pad_id(), cases.at("special").at("v2_pad_token_id").get<int64_t>());
  ASSERT_FALSE(cases.at("v2_records").empty());
  for (const json& r : cases.at("v2_records")) check_record(t, r);
}

TEST(GoldenClipTokenizer, SpecialTokens) {
  CDS_REQUIRE_GOLDEN();
  const json special = read_golden_cases().at("special");
  ClipTokenizer t = ClipTokenizer::from_folder(test::golden_dir() / "tokenizer");
  EXPECT_EQ(t.bos_id(), special.at("bos_token_id").get<int64_t>());
  EXPECT_EQ(t.eos_id(), special.at("eos_token_id").get<int64_t>());
  EXPECT_EQ(t.pad_id(), special.at("pad_token_id").get<int64_t>());
  EXPECT_EQ(t.token_to_id(special.at("unk_token").get<std::string>()),
            special.at("unk_token_id").get<int64_t>());
  EXPECT_EQ(t.model_max_length(), special.at("model_max_length").get<int>());
  EXPECT_EQ(t.size(), special.at("len_base").get<size_t>());
  for (const auto& [token, id] : special.at("added_tokens").items())
    EXPECT_EQ(t.add_token(token), id.get<int64_t>());
  EXPECT_EQ(t.size(), special.at("len_added").get<size_t>());
  EXPECT_EQ(t.added_tokens(), (Strings{"<new1>", "<new2>"}));
}

TEST(GoldenClipTokenizer, InitializerLookup) {
  CDS_REQUIRE_GOLDEN();
  const json lookup = read_golden_cases().at("initializer_lookup");
  const ClipTokenizer t = ClipTokenizer::from_folder(test::golden_dir() / "tokenizer");
  const std::string list_prefix = "encode_list_";
  const std::string text_prefix = "encode_text_";
  int checked = 0;
  for (const auto& [key, value] : lookup.items()) {
    const Ids expected = to_ids(value);
    if (key.rfind(list_prefix, 0) == 0) {
      // encode([token], add_special_tokens=False): unknown strings give the unk id.
      const std::string token = key.substr(list_prefix.size());
      ASSERT_EQ(expected.size(), 1u);
      EXPECT_EQ(t.token_to_id(token).value_or(t.eos_id()), expected[0]) << token;
      ++checked;
    } else if (key.rfind(text_prefix, 0) == 0) {
      Ids ids = t.encode(key.substr(text_prefix.size()));
      ids = Ids(ids.begin() + 1, ids.end() - 1);  // add_special_tokens=False
      EXPECT_EQ(ids, expected) << key;
      ++checked;
    }
  }
  EXPECT_EQ(checked, static_cast<int>(lookup.size()));
  EXPECT_FALSE(t.token_to_id("notatoken").has_value());
}

TEST(GoldenClipTokenizer, LoadsQuickly) {
  CDS_REQUIRE_GOLDEN();
  const auto start = std::chrono::steady_clock::now();
  const ClipTokenizer t = ClipTokenizer::from_folder(test::golden_dir() / "tokenizer");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(t.size(), 49408u);
  // Well under a second in a release build; the margin covers debug and sanitizer builds.
  EXPECT_LT(seconds, 3.0);
}

}  // namespace
}  // namespace cds

namespace cds {

TEST(GoldenClipByteVocabulary, IsTheStartOfClipsVocabulary) {
  CDS_REQUIRE_GOLDEN();
  const auto tokenizer = ClipTokenizer::from_folder(test::golden_dir() / "tokenizer");
  const auto bytes = clip_byte_vocabulary();
  ASSERT_EQ(bytes.size(), 256u);
  for (size_t i = 0; i < bytes.size(); ++i)
    EXPECT_EQ(tokenizer.id_to_token(static_cast<int64_t>(i)), bytes[i]) << i;
}

}  // namespace cds
