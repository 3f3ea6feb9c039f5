// A client of the Openverse image search API (https://api.openverse.org/v1/images/): openly
// licensed images with their title, creator, licence and landing page, for attribution.json.
// No key is needed for modest use; anonymous requests are limited to small pages.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/cancel_token.h"

namespace cds {

struct OpenverseOptions {
  std::string base_url = "https://api.openverse.org";  // tests point this at a local server
  int page_size = 20;                                  // the anonymous maximum
  int max_pages = 50;
  int timeout_ms = 60000;
};

struct OpenverseImage {
  std::string url, title, creator, creator_url, license, license_version, license_url,
      foreign_landing_url, provider;
};

struct OpenversePage {
  std::vector<OpenverseImage> results;
  int page_count = 0;  // as the API reports it; 0 when absent
};

// GET {base_url}/v1/images/?q=...&page=N&page_size=P. Throws NetError for an HTTP error or an
// answer without a results list.
OpenversePage openverse_search(const OpenverseOptions& options, const std::string& query, int page,
                               const CancelToken* cancel = nullptr);

// One page of Openverse's image search answer: entries without a URL are skipped; an answer
// without a results list throws NetError naming `origin`.
OpenversePage read_openverse_answer(const nlohmann::json& answer, const std::string& origin);

}  // namespace cds
