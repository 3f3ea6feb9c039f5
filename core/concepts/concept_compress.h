// Compressing a Custom Diffusion concept (the paper's sec. 4, "compression"): each trained
// weight's change from the base model, W - W0, replaced by its best low-rank approximation
// (truncated SVD), stored as factors in our compressed folder form (low_rank_delta.h) or, with
// `expand`, rebuilt into diffusers' full form. Plain C++ interface for the CLI and the studio.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace cds {

struct CompressOptions {
  std::filesystem::path weights;  // the concept folder (full or already compressed)
  std::string base_model;         // the model it was trained on (folder or ORG/NAME)
  // The fraction of each weight change's singular values to keep, in (0, 1]: rank
  // ceil(keep * min(out, in)). 0: chosen from target_bytes, or 1 (everything) when that is 0 too.
  double keep = 0;
  // The largest output folder wanted, in bytes (0: none): the largest keep whose folder fits.
  int64_t target_bytes = 0;
  // Write full weights (pytorch_custom_diffusion_weights.safetensors = W0 + the low-rank change)
  // that diffusers loads, instead of the factors. No smaller on disk than the original.
  bool expand = false;
};

struct CompressedLayer {
  std::string key;          // save_attn_procs key of the weight
  int64_t rank = 0;         // singular values kept (0 for a bias, stored whole)
  int64_t full_rank = 0;    // min(out, in)
  double delta_error = 0;   // ||dW - dW_r||_F / ||dW||_F, from the stored float32 factors
  double weight_error = 0;  // ||W - W_r||_F / ||W||_F
  int64_t bytes = 0;        // the stored tensors' bytes (factors, or the full weight)
  int64_t full_bytes = 0;   // the full weight's bytes
};

struct CompressReport {
  std::filesystem::path output;
  double keep = 0;  // the fraction used
  bool expanded = false;
  std::vector<CompressedLayer> layers;
  int64_t input_bytes = 0;   // the input folder's weight and token files
  int64_t output_bytes = 0;  // every file of the output folder
  std::vector<std::pair<std::filesystem::path, int64_t>> files;  // the output's files and sizes
  std::vector<std::string> notes;
};

// Reads the concept against the base model and writes the result at `output` (which must not
// exist or be empty; written into a temporary folder and renamed). Throws CoreError / FileError:
// keep outside (0, 1], a target size below the smallest result (rank 1 everywhere), a concept
// trained on another base model, unreadable files.
CompressReport compress_concept(const CompressOptions& options,
                                const std::filesystem::path& output);

}  // namespace cds
