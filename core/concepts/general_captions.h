// Ordinary image descriptions for the constrained merge's regularization features: what the
// merged weights must keep answering as the base model does (the paper's 1000 LAION captions,
// sec. 3). Made up combinatorially here, so nothing is downloaded or copied from a dataset.
#pragma once

#include <string>
#include <vector>

namespace cds {

// `count` distinct captions (at most a few hundred), the same on every call.
std::vector<std::string> general_captions(size_t count = 300);

}  // namespace cds
