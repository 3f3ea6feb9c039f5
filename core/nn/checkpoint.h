// Activation (gradient) checkpointing, as torch.utils.checkpoint: a block runs without keeping
// its intermediate activations, and backward runs it again to get them. Trades compute for
// memory during training (--gradient_checkpointing).
#pragma once

#include <functional>
#include <vector>

#include <ATen/core/Tensor.h>

namespace cds {

using CheckpointBody = std::function<std::vector<at::Tensor>(const std::vector<at::Tensor>&)>;

// Runs body(inputs); when grad mode is on, through a checkpoint. Inputs must be defined.
// As torch.utils.checkpoint's reentrant variant, a body whose inputs all lack gradients gets
// none for its own parameters either: checkpoint only blocks fed by a trainable input.
// The body must be deterministic (no dropout draws), as the UNet's blocks are.
std::vector<at::Tensor> checkpoint(const CheckpointBody& body,
                                   const std::vector<at::Tensor>& inputs);

}  // namespace cds
