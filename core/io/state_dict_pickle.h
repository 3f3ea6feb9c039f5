// Reads and writes PyTorch's zip-pickle state dicts (`*.bin`, `*.pt` from torch.save).
// libtorch's own unpickler cannot read Python state dicts, so this is a small unpickler on
// torch's PyTorchStreamReader that accepts only what a state dict is made of (dicts,
// OrderedDict, tensors via _rebuild_tensor_v2 / _rebuild_parameter, plain values). Any other
// global or opcode is refused: a pickle is code, and we never run or trust it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
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

// A training checkpoint (an LDM / Stable Diffusion `.ckpt`): the tensors of the dict under
// "state_dict" (nested any depth, as diffusers descends) or of the top level, and global_step
// when present. Entries that are not tensors (epoch, hyper-parameters as plain values) are
// left out; anything a state dict never holds (classes, code) is still refused.
struct CheckpointContents {
  StateDict tensors;
  std::optional<int64_t> global_step;
};
CheckpointContents read_checkpoint_pickle(const std::filesystem::path& file);

// Writes a state dict that Python's torch.load(weights_only=True) reads as a plain dict of
// tensors (diffusers' `*.bin` layout). Atomic: a temporary file renamed over the target.
void write_state_dict_pickle(const std::filesystem::path& file, const StateDict& tensors);
// The same tensors in an LDM checkpoint's layout: {"state_dict": {...}, "global_step": N}.
void write_checkpoint_pickle(const std::filesystem::path& file, const StateDict& tensors,
                             int64_t global_step);

}  // namespace cds
