// knn-service queries (see clip_retrieval_client.h); the body mirrors clip_retrieval's
// ClipClient.__search_knn_api__ field for field.
#include "core/net/clip_retrieval_client.h"

#include <nlohmann/json.hpp>

#include "core/net/http_fetch.h"

namespace cds {

std::string clipRetrievalRequestBody(const ClipRetrievalOptions& o, const std::string& text,
                                     int numImages) {
  nlohmann::json body = {
      {"text", text},
      {"image", nullptr},
      {"embedding_input", nullptr},
      {"deduplicate", o.deduplicate},
      {"use_safety_model", o.useSafetyModel},
      {"use_violence_detector", o.useViolenceDetector},
      {"indice_name", o.indiceName},
      {"use_mclip", o.useMclip},
      {"aesthetic_score", o.aestheticScore},
      {"aesthetic_weight", o.aestheticWeight},
      {"modality", "image"},
      {"num_images", numImages},
      {"num_result_ids", numImages},
  };
  return body.dump();
}

std::vector<ClipRetrievalResult> clipRetrievalQuery(const ClipRetrievalOptions& options,
                                                    const std::string& text, int numImages,
                                                    const std::atomic<bool>* cancel) {
  HttpRequest request;
  request.url = options.url;
  request.method = "POST";
  request.body = clipRetrievalRequestBody(options, text, numImages);
  request.headers = {{"Content-Type", "application/json"}};
  request.timeoutMs = options.timeoutMs;
  request.idleTimeoutMs = options.timeoutMs;
  request.cancel = cancel;
  const HttpResponse response = fetchOk(request);
  const nlohmann::json answer = parseJsonAnswer(request, response, " (is this a knn-service URL?)");
  // The back-end answers errors as {"error": "..."} with status 200.
  if (answer.is_object() && answer.contains("error"))
    throw NetError("POST " + options.url + ": the service answered: " + answer["error"].dump());
  if (!answer.is_array())
    throw NetError("POST " + options.url + ": the answer is not a list of images");
  std::vector<ClipRetrievalResult> results;
  for (const auto& item : answer) {
    if (!item.is_object() || !item.contains("url") || !item["url"].is_string()) continue;
    ClipRetrievalResult r;
    r.url = item["url"].get<std::string>();
    if (item.contains("caption") && item["caption"].is_string())
      r.caption = item["caption"].get<std::string>();
    if (item.contains("similarity") && item["similarity"].is_number())
      r.similarity = item["similarity"].get<double>();
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace cds
