// A tensor's shape as error messages write it: "[64, 32]".
#pragma once

#include <string>

#include <c10/util/ArrayRef.h>

namespace cds {

inline std::string shape_text(c10::IntArrayRef sizes) {
  std::string out = "[";
  for (size_t i = 0; i < sizes.size(); ++i) out += (i ? ", " : "") + std::to_string(sizes[i]);
  return out + "]";
}

}  // namespace cds
