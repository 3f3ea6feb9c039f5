// ftfy's "badness" heuristic. Mirrors ftfy 6.3.1 ftfy/badness.py: the character categories are
// copied from MOJIBAKE_CATEGORIES and each alternative of BADNESS_RE is one Pattern below.
#include "core/text/badness.h"

#include <initializer_list>
#include <string>
#include <vector>

#include "core/text/char_class.h"

namespace cds::ftfy {
namespace {

// MOJIBAKE_CATEGORIES: the ~400 characters that UTF-8 mojibake in the supported code pages is
// made of, grouped by how they behave in intended text. Written as regex class bodies.
constexpr std::u32string_view kCommon = U"\u00A0\u00AD·´–—―…’";
constexpr std::u32string_view kC1 = U"\u0080-\u009F";
constexpr std::u32string_view kBad = U"¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊\uFFFDªº";
constexpr std::u32string_view kLaw = U"¶§";
constexpr std::u32string_view kCurrency = U"¢£¥₧€";
// U+F8FF is the private-use character that Apple systems show as their logo.
constexpr std::u32string_view kStartPunctuation = U"¡«¿©΄΅‘‚“„•‹\uF8FF";
constexpr std::u32string_view kEndPunctuation = U"®»˝”›™";
constexpr std::u32string_view kNumeric = U"²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№";
constexpr std::u32string_view kKaomoji = U"Ò-ÖÙ-Üò-öø-üŐŌŪŲ°";
constexpr std::u32string_view kUpperAccented = U"À-ÑØÜÝĂĀĄĆČĎĐĘĚĒĖĞĢİĪĶĹĽŁĻŃŇŅŒŘŚŞŠŢŤŮŰŸŹŻŽҐ";
constexpr std::u32string_view kLowerAccented = U"ßà-ñăąāćčďđęěēėğģįīķĺľłļœŕśşšťüźżžґﬁﬂ";
constexpr std::u32string_view kUpperCommon = U"ÞΑ-ΩΆΈΉΊΌΎΏΪΫЁ-Я";
constexpr std::u32string_view kLowerCommon = U"α-ωάέήίΰа-џ";
constexpr std::u32string_view kBox = U"│┌┐┘├┤┬┼═-╬▀▄█▌▐░▒▓";

// One alternative of BADNESS_RE: a fixed-length run of character classes, optionally anchored
// at the start of the text ('^').
struct Pattern {
  std::vector<CharClass> atoms;
  bool anchored = false;
};

// A class atom whose body is the concatenation of parts, as BADNESS_RE's "[{bad}{law}...]".
CharClass cls(std::initializer_list<std::u32string_view> parts) {
  std::u32string body;
  for (std::u32string_view part : parts) body += part;
  return CharClass(body);
}

const std::vector<Pattern>& badness_patterns() {
  static const std::vector<Pattern> patterns = [] {
    const CharClass space(CharClass::Escape::kSpace);
    const CharClass word(CharClass::Escape::kWord);
    const CharClass any(CharClass::Escape::kAnyButNewline);
    const CharClass arabic_tail =
        cls({kCommon, kCurrency, kBad, kNumeric, kStartPunctuation, U"ŸŠ®°µ»"});
    std::vector<Pattern> p = {
        {{cls({kC1})}},
        {{cls({kBad, kLowerAccented, kUpperAccented, kBox, kStartPunctuation, kEndPunctuation,
               kCurrency, kNumeric, kLaw}),
          cls({kBad})}},
        {{cls({U"a-zA-Z"}), cls({kLowerCommon, kUpperCommon}), cls({kBad})}},
        {{cls({kBad}), cls({kLowerAccented, kUpperAccented, kBox, kStartPunctuation,
                            kEndPunctuation, kCurrency, kNumeric, kLaw})}},
        {{cls({kLowerAccented, kLowerCommon, kBox, kEndPunctuation, kCurrency, kNumeric}),
          cls({kUpperAccented})}},
        {{cls({kBox, kEndPunctuation, kCurrency, kNumeric}), cls({kLowerAccented})}},
        {{cls({kLowerAccented, kBox, kEndPunctuation}), cls({kCurrency})}},
        {{space, cls({kUpperAccented}), cls({kCurrency})}},
        {{cls({kUpperAccented, kBox}), cls({kNumeric, kLaw})}},
        {{cls({kLowerAccented, kUpperAccented, kBox, kCurrency, kEndPunctuation}),
          cls({kStartPunctuation}), cls({kNumeric})}},
        {{cls({kLowerAccented, kUpperAccented, kCurrency, kNumeric, kBox, kLaw}),
          cls({kEndPunctuation}), cls({kStartPunctuation})}},
        {{cls({kCurrency, kNumeric, kBox}), cls({kStartPunctuation})}},
        {{cls({U"a-z"}), cls({kUpperAccented}), cls({kStartPunctuation, kCurrency})}},
        {{cls({kBox}), cls({kKaomoji})}},
        {{cls({kLowerAccented, kUpperAccented, kCurrency, kNumeric, kStartPunctuation,
               kEndPunctuation, kLaw}),
          cls({kBox})}},
        {{cls({kBox}), cls({kEndPunctuation})}},
        {{cls({kLowerAccented, kUpperAccented}), cls({kStartPunctuation, kEndPunctuation}), word}},
        // The ligature œ when not followed by an unaccented Latin letter.
        {{cls({U"Œœ"}), cls({U"^A-Za-z"})}},
        // Degree signs after capital letters.
        {{cls({kUpperAccented}), cls({U"°"})}},
        // Common windows-1252 2-character mojibake that isn't covered by the cases above.
        {{cls({U"ÂÃÎÐ"}),
          cls({U"€œŠš¢£Ÿž\u00A0\u00AD®©°·»", kStartPunctuation, kEndPunctuation, U"–—´"})}},
        {{cls({U"×"}), cls({U"²³"})}},
        // windows-1252 mojibake of Arabic words has to allow the "common" characters, so it
        // takes four characters to match.
        {{cls({U"ØÙ"}), arabic_tail, cls({U"ØÙ"}), arabic_tail}},
        // windows-1252 mojibake that starts 3-character sequences of some South Asian scripts.
        {{cls({U"à"}), cls({U"²µ¹¼½¾"})}},
        // MacRoman mojibake that isn't covered by the cases above.
        {{cls({U"√"}), cls({U"±∂†≠®™´≤≥¥µø"})}},
        {{cls({U"≈"}), cls({U"°¢"})}},
        {{cls({U"‚"}), cls({U"Ä"}), cls({U"ìîïòôúùû†°¢π"})}},
        {{cls({U"‚"}), cls({U"âó"}), cls({U"àä°ê"})}},
        // windows-1251 mojibake of characters in the U+2000 range.
        {{cls({U"в"}), cls({U"Ђ"})}},
        // windows-1251 mojibake of Latin-1 characters and/or Cyrillic; the 2-character
        // sequences may be intended, so 3 are needed.
        {{cls({U"ВГРС"}), cls({kC1, kBad, kStartPunctuation, kEndPunctuation, kCurrency, U"°µ"}),
          cls({U"ВГРС"})}},
        // windows-1251 mojibake on top of latin-1 mojibake of windows-1252 punctuation, with a
        // Latin letter nearby.
        {{cls({U"Г"}), cls({U"ў"}), cls({U"В"}), cls({U"Ђ"}), cls({U"В"}), any, cls({U"A-Za-z "})}},
        // Windows-1252 encodings of 'à' and 'á', and of U+00A0 itself (also with the A0 byte
        // turned into a space).
        {{cls({U"Ã"}), cls({U"\u00A0¡"})}},
        // [a-z]\s?[ÃÂ][ ]: the greedy \s? tries the longer form first.
        {{cls({U"a-z"}), space, cls({U"ÃÂ"}), cls({U" "})}},
        {{cls({U"a-z"}), cls({U"ÃÂ"}), cls({U" "})}},
        {{cls({U"ÃÂ"}), cls({U" "})}, /*anchored=*/true},
        // Â before a common character that it is the encoding of.
        {{cls({U"a-z.,?!", kEndPunctuation}), cls({U"Â"}),
          cls({U" ", kStartPunctuation, kEndPunctuation})}},
        // windows-1253 mojibake of characters in the U+2000 range.
        {{cls({U"β"}), cls({U"€"}), cls({U"™\u00A0Ά\u00AD®°"})}},
        // windows-1253 mojibake of Latin-1 characters and/or Greek.
        {{cls({U"ΒΓΞΟ"}), cls({kC1, kBad, kStartPunctuation, kEndPunctuation, kCurrency, U"°"}),
          cls({U"ΒΓΞΟ"})}},
        // windows-1257 mojibake of characters in the U+2000 range.
        {{cls({U"ā"}), cls({U"€"})}},
    };
    return p;
  }();
  return patterns;
}

// The length of the leftmost-first BADNESS_RE match at pos, or 0.
size_t match_at(std::u32string_view text, size_t pos) {
  for (const Pattern& pattern : badness_patterns()) {
    if (pattern.anchored && pos != 0) continue;
    const size_t len = pattern.atoms.size();
    if (pos + len > text.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < len && ok; ++k) ok = pattern.atoms[k].contains(text[pos + k]);
    if (ok) return len;
  }
  return 0;
}

}  // namespace

int badness(std::u32string_view text) {
  // re.findall: non-overlapping matches scanned left to right, the first alternative that
  // matches at a position winning.
  int count = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t len = match_at(text, pos);
    if (len > 0) {
      ++count;
      pos += len;
    } else {
      ++pos;
    }
  }
  return count;
}

bool is_bad(std::u32string_view text) {
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (match_at(text, pos) > 0) return true;
  }
  return false;
}

}  // namespace cds::ftfy
