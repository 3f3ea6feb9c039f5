// A client of clip-retrieval's knn-service (`clip-retrieval back`): the POST that
// clip_retrieval.clip_client.ClipClient.query sends, and its list of {url, caption, similarity}.
// Defaults are those of diffusers' examples/custom_diffusion/retrieve.py.
#pragma once

#include <atomic>
#include <string>
#include <vector>

namespace cds {

struct ClipRetrievalOptions {
  // LAION's public service, closed since 2024; kept as the default so that a self-hosted
  // back-end is one --server away and the error says what happened.
  std::string url = "https://knn.laion.ai/knn-service";
  std::string indiceName = "laion_400m";
  double aestheticScore = 9;
  double aestheticWeight = 0.1;
  bool deduplicate = true;
  bool useSafetyModel = true;
  bool useViolenceDetector = true;
  bool useMclip = false;
  int timeoutMs = 120000;
};

struct ClipRetrievalResult {
  std::string url;
  std::string caption;
  double similarity = 0;
};

// The request body ClientApi sends for a text query.
std::string clipRetrievalRequestBody(const ClipRetrievalOptions& options, const std::string& text,
                                     int numImages);

// Throws NetError for an unreachable service, an HTTP error or an answer that is not the
// expected JSON list; entries without a url are skipped.
std::vector<ClipRetrievalResult> clipRetrievalQuery(const ClipRetrievalOptions& options,
                                                    const std::string& text, int numImages,
                                                    const std::atomic<bool>* cancel = nullptr);

}  // namespace cds
