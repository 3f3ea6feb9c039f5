// A client of the Openverse image search API (https://api.openverse.org/v1/images/): openly
// licensed images with their title, creator, licence and landing page, for attribution.json.
// No key is needed for modest use; anonymous requests are limited to small pages.
#pragma once

#include <atomic>
#include <string>
#include <vector>

namespace cds {

struct OpenverseOptions {
  std::string baseUrl = "https://api.openverse.org";  // tests point this at a local server
  int pageSize = 20;                                  // the anonymous maximum
  int maxPages = 50;
  int timeoutMs = 60000;
};

struct OpenverseImage {
  std::string url, title, creator, creatorUrl, license, licenseVersion, licenseUrl,
      foreignLandingUrl, provider;
};

struct OpenversePage {
  std::vector<OpenverseImage> results;
  int pageCount = 0;  // as the API reports it; 0 when absent
};

// GET {baseUrl}/v1/images/?q=...&page=N&page_size=P. Throws NetError for an HTTP error or an
// answer without a results list.
OpenversePage openverseSearch(const OpenverseOptions& options, const std::string& query, int page,
                              const std::atomic<bool>* cancel = nullptr);

}  // namespace cds
