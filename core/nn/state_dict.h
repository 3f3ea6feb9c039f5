// Filling a torch module from a state dict by name, strictly: every parameter and buffer of
// the module must be in the dict with its shape, and every entry of the dict must be used
// (a few known-harmless extras excepted). A mismatch is an error that lists what differs.
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include <torch/nn/module.h>

#include "core/io/tensor_map.h"
#include "core/model/model_folder.h"

namespace cds {

// Copies values into the module's parameters and buffers (converting dtype to the module's).
// `ignored` names keys that may be present in the dict without a module counterpart.
// `source` names the file or component in error messages.
void load_state_dict(torch::nn::Module& module, const StateDict& weights, const std::string& source,
                     const std::set<std::string>& ignored = {});

// All tensors of a component's weight files (every shard), CPU, as stored.
StateDict load_component_weights(const ComponentWeights& weights);

}  // namespace cds
