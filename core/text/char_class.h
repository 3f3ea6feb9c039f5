// A set of code points written like the body of a Python `re` character class ("a-zÀ-Ñ",
// "^A-Za-z"), so ftfy 6.3.1's regexes (ftfy/badness.py, ftfy/chardata.py) carry over as written.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace cds::ftfy {

class CharClass {
 public:
  // Class escapes that a body cannot spell; Python's re reads them for str patterns.
  enum class Escape {
    kNone,
    kSpace,          // \s: str.isspace()
    kWord,           // \w: str.isalnum() or '_'
    kAnyButNewline,  // .
  };

  // "x-y" is a range, a leading '^' negates, every other character stands for itself (the
  // bodies used here hold no '\\', ']' or literal '-').
  explicit CharClass(std::u32string_view body);
  explicit CharClass(Escape escape) : escape_(escape) {}

  bool contains(char32_t c) const;

 private:
  std::vector<std::pair<char32_t, char32_t>> ranges_;  // sorted, disjoint
  bool negated_ = false;
  Escape escape_ = Escape::kNone;
};

}  // namespace cds::ftfy
