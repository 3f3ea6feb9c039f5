// Character classes for the ftfy 6.3.1 regexes mirrored in badness.cpp and mojibake.cpp.
#include "core/text/char_class.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "core/text/unicode_text.h"

namespace cds::ftfy {

CharClass::CharClass(std::u32string_view body) {
  if (!body.empty() && body.front() == U'^') {
    negated_ = true;
    body.remove_prefix(1);
  }
  for (size_t i = 0; i < body.size();) {
    if (i + 2 < body.size() && body[i + 1] == U'-') {
      ranges_.emplace_back(body[i], body[i + 2]);
      i += 3;
    } else {
      ranges_.emplace_back(body[i], body[i]);
      ++i;
    }
  }
  // Sorted and merged, so the one range starting at or before a character decides.
  std::sort(ranges_.begin(), ranges_.end());
  std::vector<std::pair<char32_t, char32_t>> merged;
  for (const auto& r : ranges_) {
    if (!merged.empty() && r.first <= merged.back().second + 1) {
      merged.back().second = std::max(merged.back().second, r.second);
    } else {
      merged.push_back(r);
    }
  }
  ranges_ = std::move(merged);
}

bool CharClass::contains(char32_t c) const {
  switch (escape_) {
    case Escape::kSpace:
      return unicode::is_python_space(c);
    case Escape::kWord:
      return c == U'_' || unicode::is_letter(c) || unicode::is_number(c);
    case Escape::kAnyButNewline:
      return c != U'\n';
    case Escape::kNone:
      break;
  }
  auto it = std::upper_bound(ranges_.begin(), ranges_.end(), c,
                             [](char32_t v, const auto& r) { return v < r.first; });
  const bool found = it != ranges_.begin() && c <= std::prev(it)->second;
  return found != negated_;
}

}  // namespace cds::ftfy
