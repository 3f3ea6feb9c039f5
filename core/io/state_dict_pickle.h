// Reads and writes PyTorch's zip-pickle state dicts (`*.bin`, `*.pt` from torch.save).
// libtorch's own unpickler cannot read Python state dicts, so this is a small unpickler on
// torch's PyTorchStreamReader that accepts only what a state dict is made of (dicts,
// OrderedDict, tensors via _rebuild_tensor_v2 / _rebuild_parameter, plain values). Any other
// global or opcode is refused: a pickle is code, and we never run or trust it.
#pragma once

#include <filesystem>
#include <string_view>

#include "core/io/tensor_map.h"

namespace cds {

// Throws FileError naming the file and the fault (not a zip archive, unknown opcode,
// refused global, truncated pickle, missing tensor record, record too small for the view...).
StateDict read_state_dict_pickle(const std::filesystem::path& file);
// The same for an archive held in memory (the fuzz target's way in); `name` is what messages
// call it.
StateDict read_state_dict_pickle_bytes(std::string_view bytes, const std::filesystem::path& name);

// Every tensor of a pickled tree of dicts, nested keys joined by '.' and other values (names,
// step counts, None) skipped: AUTOMATIC1111's embedding .pt files ({"string_to_param": {"*": t},
// "name": ..., "step": ...}) read as {"string_to_param.*": t}. The same checks as above.
StateDict read_tensor_tree_pickle(const std::filesystem::path& file);

// Writes a state dict that Python's torch.load(weights_only=True) reads as a plain dict of
// tensors (diffusers' `*.bin` layout). Atomic: a temporary file renamed over the target.
void write_state_dict_pickle(const std::filesystem::path& file, const StateDict& tensors);

}  // namespace cds
