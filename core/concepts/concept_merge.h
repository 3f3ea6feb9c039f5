// Merging separately trained Custom Diffusion concepts into one output folder, as the paper's
// sec. 3 "multiple-concept compositional fine-tuning" (constrained optimization), or by adding
// their weight changes. Plain C++ interface: the CLI and the studio call it without torch.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cds {

enum class MergeMethod {
  // Per key/value projection: the weights closest to the base model's on ordinary captions
  // whose outputs on every concept's target captions equal that concept's own (closed form).
  Constrained,
  // w = w0 + sum_i (w_i - w0) on every weight: simple, and lets concepts disturb each other.
  Add,
};
std::optional<MergeMethod> parse_merge_method(const std::string& name);  // "constrained", "add"
const char* merge_method_name(MergeMethod method);

struct MergeConcept {
  std::filesystem::path folder;  // a concept output folder (ours, diffusers', or compressed)
  // The concept's class ("cat"), when its folder does not record one: a regularization caption
  // and part of its target captions. Replaces the recorded class prompt when set.
  std::string class_prompt;
};

struct MergeOptions {
  std::string base_model;  // the model every concept was trained on (folder or ORG/NAME)
  std::vector<MergeConcept> concepts;
  MergeMethod method = MergeMethod::Constrained;
  size_t general_captions = 300;  // ordinary captions of the project's own (general_captions.h)
  size_t class_captions = 200;    // at most this many per concept from its class folder
  bool allow_different_bases = false;  // merge although recorded base models or weights differ
  // Added to C_reg^T C_reg's diagonal, as a fraction of its mean eigenvalue (constrained_update.h).
  // CLIP's final LayerNorm leaves the features nearly in a hyperplane, so C_reg^T C_reg has an
  // almost-null direction (1e-15 of its largest eigenvalue on the demo model); without a ridge the
  // exact minimiser puts weights of size 1e6 along it, which float32 files cannot keep and which
  // any feature outside the regularization set (the prompt's padding) would turn into huge
  // outputs.
  double ridge = 1e-4;
};

struct MergedLayer {
  std::string key;           // save_attn_procs key of the weight
  bool constrained = false;  // solved with the constraint (key/value) or changes added
  int64_t constraints = 0;   // target feature rows
  int64_t rank = 0;          // their independent directions (< constraints: singular system)
  double condition = 0;      // of the whitened constraints (constrained_update.h)
  // max over concepts of ||W C_i^T - W_i C_i^T|| / ||W_i C_i^T||, with W as stored (float32)
  double target_error = 0;
  double target_error_add = 0;           // the same for the added changes
  double regularization_change = 0;      // ||(W - W0) C_reg^T||_F / ||W0 C_reg^T||_F
  double regularization_change_add = 0;  // the same for the added changes
};

struct MergeReport {
  std::filesystem::path output;
  MergeMethod method = MergeMethod::Constrained;
  std::vector<std::vector<std::string>> tokens;  // per input concept, as written (renamed)
  std::vector<MergedLayer> layers;
  int64_t target_features = 0;          // rows of C
  int64_t regularization_features = 0;  // rows of C_reg
  size_t regularization_captions = 0;
  double ridge = 0;       // added to C_reg^T C_reg when the features did not span the width
  bool singular = false;  // some layer's constraints were dependent (solved by least squares)
  std::vector<std::string> notes;  // renamed tokens, mixed kinds, singular systems, ...
  std::vector<std::filesystem::path> files;
};

// Reads every concept against the base model, merges, and writes an ordinary output folder
// (pytorch_custom_diffusion_weights.safetensors with save_attn_procs keys, one <token>.safetensors
// per token, concept.json) at `output`, which must not exist or be empty; it is written into a
// temporary folder beside it and renamed. Tokens that clash (two concepts' "<new1>") are renamed
// "<new1_2>", ... and noted. One concept is written as it is. Throws CoreError / FileError naming
// the folder: no concepts, an unreadable folder, a concept trained on another base model
// (layer shapes, a recorded base model, or weights far from the base's).
MergeReport merge_concepts(const MergeOptions& options, const std::filesystem::path& output);

}  // namespace cds
