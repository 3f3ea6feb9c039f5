// A client of clip-retrieval's knn-service (`clip-retrieval back`): the POST that
// clip_retrieval.clip_client.ClipClient.query sends, and its list of {url, caption, similarity}.
// Defaults are those of diffusers' examples/custom_diffusion/retrieve.py.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/cancel_token.h"

namespace cds {

struct ClipRetrievalOptions {
  // LAION's public service, closed since 2024; kept as the default so that a self-hosted
  // back-end is one --server away and the error says what happened.
  std::string url = "https://knn.laion.ai/knn-service";
  std::string indice_name = "laion_400m";
  double aesthetic_score = 9;
  double aesthetic_weight = 0.1;
  bool deduplicate = true;
  bool use_safety_model = true;
  bool use_violence_detector = true;
  bool use_mclip = false;
  int timeout_ms = 120000;
};

struct ClipRetrievalResult {
  std::string url;
  std::string caption;
  double similarity = 0;
};

// The request body ClientApi sends for a text query.
std::string clip_retrieval_request_body(const ClipRetrievalOptions& options,
                                        const std::string& text, int num_images);

// Throws NetError for an unreachable service, an HTTP error or an answer that is not the
// expected JSON list; entries without a url are skipped.
std::vector<ClipRetrievalResult> clip_retrieval_query(const ClipRetrievalOptions& options,
                                                      const std::string& text, int num_images,
                                                      const CancelToken* cancel = nullptr);

// What a knn-service answered (a JSON list of {url, caption, similarity}): entries without a URL
// are skipped; an {"error": ...} object or anything else throws NetError naming `origin`.
std::vector<ClipRetrievalResult> read_clip_retrieval_answer(const nlohmann::json& answer,
                                                            const std::string& origin);

}  // namespace cds
