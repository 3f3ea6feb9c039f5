// ftfy's mojibake heuristic: mirrors ftfy 6.3.1 ftfy/badness.py (MOJIBAKE_CATEGORIES,
// BADNESS_RE, badness, is_bad).
#pragma once

#include <string_view>

namespace cds::ftfy {

// The number of non-overlapping matches of BADNESS_RE, sequences that are far likelier to be
// mojibake than intended text (such as a lower-case accented letter followed by a currency sign).
int badness(std::u32string_view text);
// badness(text) > 0.
bool is_bad(std::u32string_view text);

}  // namespace cds::ftfy
