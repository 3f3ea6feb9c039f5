// Openverse searches (see openverse_client.h), reading the fields of its v1 image results.
#include "core/net/openverse_client.h"

#include <QUrl>
#include <QUrlQuery>
#include <nlohmann/json.hpp>

#include "core/net/http_fetch.h"

namespace cds {

OpenversePage openverse_search(const OpenverseOptions& options, const std::string& query, int page,
                               const CancelToken* cancel) {
  std::string base = options.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  QUrl url(QString::fromStdString(base + "/v1/images/"));
  QUrlQuery q;
  q.addQueryItem("q", QString::fromStdString(query));
  q.addQueryItem("page", QString::number(page));
  q.addQueryItem("page_size", QString::number(options.page_size));
  url.setQuery(q);

  HttpRequest request;
  request.url = url.toString(QUrl::FullyEncoded).toStdString();
  request.headers = {{"Accept", "application/json"}};
  request.timeout_ms = options.timeout_ms;
  request.cancel = cancel;
  const HttpResponse response = fetch_ok(request);
  return read_openverse_answer(parse_json_answer(request, response), "GET " + request.url);
}

OpenversePage read_openverse_answer(const nlohmann::json& answer, const std::string& origin) {
  if (!answer.is_object() || !answer.contains("results") || !answer["results"].is_array())
    throw NetError(origin + ": the answer has no results list");
  OpenversePage result;
  if (answer.contains("page_count") && answer["page_count"].is_number_integer())
    result.page_count = answer["page_count"].get<int>();
  for (const auto& item : answer["results"]) {
    if (!item.is_object() || json_string(item, "url").empty()) continue;
    result.results.push_back(
        {json_string(item, "url"), json_string(item, "title"), json_string(item, "creator"),
         json_string(item, "creator_url"), json_string(item, "license"),
         json_string(item, "license_version"), json_string(item, "license_url"),
         json_string(item, "foreign_landing_url"), json_string(item, "provider")});
  }
  return result;
}

}  // namespace cds
