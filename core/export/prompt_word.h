// The word an exported concept token is written as in other tools' prompts, and the file name
// it lives in: AUTOMATIC1111 and ComfyUI name a textual-inversion embedding by its file stem
// (ComfyUI as `embedding:<stem>`), stable-diffusion.cpp by the lower-cased stem matched against
// one run of letters of the prompt. No torch here.
#pragma once

#include <string>
#include <vector>

namespace cds {

// A prompt word for a modifier token that every one of those tools can use: the token's ASCII
// letters in lower case, each digit spelled out ("<new1>" -> "newone"), so that "<new1>" and
// "<new2>" stay apart and the word is one run of letters; "concept" when nothing is left.
// `taken` words (earlier tokens of the same export) get an "x" appended until unique.
std::string prompt_word_for_token(const std::string& token, const std::vector<std::string>& taken);

// Why `word` cannot be an embedding's file stem on Windows, macOS and Linux and a single prompt
// word (empty, white space, characters Windows forbids such as < > : " / \ | ? *, control
// characters, a trailing dot, a reserved device name like CON or COM1); empty when it can.
std::string prompt_word_problem(const std::string& word);

// True when stable-diffusion.cpp can match the word: it looks up each run of letters of the
// lower-cased prompt, so only a word of ASCII letters alone can name an embedding there.
bool prompt_word_fits_stable_diffusion_cpp(const std::string& word);

}  // namespace cds
