// Tensors in and out of weight files: safetensors (read and write) and PyTorch pickles (read),
// chosen by file content rather than name.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/io/tensor_map.h"

namespace cds {

// Every tensor of a safetensors file, copied into CPU tensors of the stored dtype.
StateDict load_safetensors(const std::filesystem::path& file);
// The named tensors only (others are not read from disk).
StateDict load_safetensors(const std::filesystem::path& file,
                           const std::vector<std::string>& names);

// Writes CPU or GPU tensors of any supported dtype; atomic (temporary file, then rename).
void save_safetensors(const std::filesystem::path& file, const StateDict& tensors,
                      const std::map<std::string, std::string>& metadata = {{"format", "pt"}});

// A weight file of either format: safetensors when it starts like one, else a PyTorch zip pickle.
StateDict load_weight_file(const std::filesystem::path& file);

}  // namespace cds
