// knn-service queries (see clip_retrieval_client.h); the body mirrors clip_retrieval's
// ClipClient.__search_knn_api__ field for field.
#include "core/net/clip_retrieval_client.h"

#include <nlohmann/json.hpp>

#include "core/net/http_fetch.h"

namespace cds {

std::string clip_retrieval_request_body(const ClipRetrievalOptions& o, const std::string& text,
                                        int num_images) {
  nlohmann::json body = {
      {"text", text},
      {"image", nullptr},
      {"embedding_input", nullptr},
      {"deduplicate", o.deduplicate},
      {"use_safety_model", o.use_safety_model},
      {"use_violence_detector", o.use_violence_detector},
      {"indice_name", o.indice_name},
      {"use_mclip", o.use_mclip},
      {"aesthetic_score", o.aesthetic_score},
      {"aesthetic_weight", o.aesthetic_weight},
      {"modality", "image"},
      {"num_images", num_images},
      {"num_result_ids", num_images},
  };
  return body.dump();
}

std::vector<ClipRetrievalResult> clip_retrieval_query(const ClipRetrievalOptions& options,
                                                      const std::string& text, int num_images,
                                                      const CancelToken* cancel) {
  HttpRequest request;
  request.url = options.url;
  request.method = "POST";
  request.body = clip_retrieval_request_body(options, text, num_images);
  request.headers = {{"Content-Type", "application/json"}};
  request.timeout_ms = options.timeout_ms;
  request.idle_timeout_ms = options.timeout_ms;
  request.cancel = cancel;
  const HttpResponse response = fetch_ok(request);
  return read_clip_retrieval_answer(
      parse_json_answer(request, response, " (is this a knn-service URL?)"), "POST " + options.url);
}

std::vector<ClipRetrievalResult> read_clip_retrieval_answer(const nlohmann::json& answer,
                                                            const std::string& origin) {
  // The back-end answers errors as {"error": "..."} with status 200.
  if (answer.is_object() && answer.contains("error"))
    throw NetError(origin + ": the service answered: " + answer["error"].dump());
  if (!answer.is_array()) throw NetError(origin + ": the answer is not a list of images");
  std::vector<ClipRetrievalResult> results;
  for (const auto& item : answer) {
    if (!item.is_object() || !item.contains("url") || !item["url"].is_string()) continue;
    ClipRetrievalResult r;
    r.url = item["url"].get<std::string>();
    r.caption = json_string(item, "caption");
    if (item.contains("similarity") && item["similarity"].is_number())
      r.similarity = item["similarity"].get<double>();
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace cds
