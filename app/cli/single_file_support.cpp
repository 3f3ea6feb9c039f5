// Base model settings for single files from the Hub (see single_file_support.h).
#include "app/cli/single_file_support.h"

#include <filesystem>
#include <iostream>

#include "core/error.h"
#include "core/model/single_file_architecture.h"
#include "core/model/single_file_config.h"
#include "core/net/hub_download.h"
#include "core/pipeline/single_file_probe.h"

namespace cds::cli {

std::string single_file_config_for(const std::string& model, const std::string& config) {
  return resolve_single_file_config(model, config, [&](const std::string& repo) {
    std::cerr << "Downloading the tokenizer and scheduler settings of " << repo
              << " (a few small files, no weights) for " << model << "...\n";
    HubDownloadOptions o;
    o.repo_id = repo;
    o.only_files = single_file_config_files();
    try {
      return download_pipeline(o).snapshot;
    } catch (const FileError&) {
      throw;
    } catch (const CoreError& e) {
      throw CoreError(MissingBaseConfig(model, repo).what() + std::string(" (download failed: ") +
                      e.what() + ")");
    }
  });
}

}  // namespace cds::cli
