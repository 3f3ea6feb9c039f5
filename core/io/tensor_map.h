// The engine's in-memory state dict: parameter name (diffusers / transformers key) -> tensor.
#pragma once

#include <map>
#include <string>

#include <ATen/core/Tensor.h>

namespace cds {

using StateDict = std::map<std::string, at::Tensor>;

}  // namespace cds
