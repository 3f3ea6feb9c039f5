// The JSON answers of the services the studio asks: a clip-retrieval knn-service, Openverse and
// the Hugging Face Hub's file list. Any shape must end in NetError, never a JSON type error.
#include <nlohmann/json.hpp>

#include "core/net/clip_retrieval_client.h"
#include "core/net/http_fetch.h"
#include "core/net/hub_download.h"
#include "core/net/openverse_client.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto answer = nlohmann::json::parse(cds::fuzz::as_text(data, size), nullptr, false);
  if (answer.is_discarded()) return 0;  // not JSON: parse_json_answer's NetError, tested apart
  try {
    (void)cds::read_clip_retrieval_answer(answer, "POST fuzz");
  } catch (const cds::NetError&) {
  }
  try {
    (void)cds::read_openverse_answer(answer, "GET fuzz");
  } catch (const cds::NetError&) {
  }
  try {
    const cds::HubListing listing = cds::read_hub_listing(answer, "GET fuzz");
    std::vector<std::string> names;
    for (const auto& f : listing.files) names.push_back(f.path);
    (void)cds::select_pipeline_files(names, "fp16");
  } catch (const cds::NetError&) {
  }
  return 0;
}
