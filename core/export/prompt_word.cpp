// Prompt words for exported tokens (see prompt_word.h).
#include "core/export/prompt_word.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace cds {

namespace {

constexpr std::array<const char*, 10> kDigitNames = {"zero", "one", "two",   "three", "four",
                                                     "five", "six", "seven", "eight", "nine"};

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string prompt_word_for_token(const std::string& token, const std::vector<std::string>& taken) {
  std::string word;
  for (unsigned char c : token) {
    if (std::isalpha(c) && c < 0x80)
      word += static_cast<char>(std::tolower(c));
    else if (std::isdigit(c))
      word += kDigitNames[c - '0'];
  }
  if (word.empty()) word = "concept";
  while (std::find(taken.begin(), taken.end(), word) != taken.end()) word += "x";
  return word;
}

std::string prompt_word_problem(const std::string& word) {
  if (word.empty()) return "it is empty";
  for (unsigned char c : word) {
    if (c < 0x20 || c == 0x7f) return "it contains a control character";
    if (std::isspace(c)) return "it contains white space, which splits a prompt word";
    if (std::string("<>:\"/\\|?*").find(static_cast<char>(c)) != std::string::npos)
      return std::string("it contains '") + static_cast<char>(c) +
             "', which Windows does not allow in a file name";
  }
  if (word.back() == '.') return "it ends with a dot, which Windows drops from file names";
  if (word == "." || word == "..") return "it names a folder";
  // Windows reserves these device names, with or without an extension.
  const auto stem = upper(word.substr(0, word.find('.')));
  static const std::array<const char*, 4> plain = {"CON", "PRN", "AUX", "NUL"};
  for (const char* r : plain)
    if (stem == r) return "it is a device name Windows reserves (" + stem + ")";
  if (stem.size() == 4 && (stem.rfind("COM", 0) == 0 || stem.rfind("LPT", 0) == 0) &&
      std::isdigit(static_cast<unsigned char>(stem[3])) && stem[3] != '0')
    return "it is a device name Windows reserves (" + stem + ")";
  return {};
}

bool prompt_word_fits_stable_diffusion_cpp(const std::string& word) {
  return !word.empty() && std::all_of(word.begin(), word.end(),
                                      [](unsigned char c) { return c < 0x80 && std::isalpha(c); });
}

}  // namespace cds
