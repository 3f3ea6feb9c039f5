// A class image folder in the layout of diffusers' examples/custom_diffusion/retrieve.py:
// images/N.jpg, with caption.txt, urls.txt and images.txt holding one line per image in the
// same order (what --real_prior reads), plus attribution.json for openly licensed sources.
#pragma once

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cds {

class ClassFolder {
 public:
  enum class Added { Yes, Duplicate, NotAnImage };

  // Creates `dir`/images when missing and reads the lists already there, so that a second run
  // continues after the images a first one kept. Nothing already in the folder is changed.
  explicit ClassFolder(std::filesystem::path dir);

  const std::filesystem::path& dir() const { return dir_; }
  int count() const { return static_cast<int>(entries_.size()); }
  bool hasUrl(const std::string& url) const { return urls_.count(url) > 0; }

  // Keeps an image given as file bytes: decoded with the project's loader (a body that is not
  // an image is refused, with the reason in lastError()), stored as the next free images/N.jpg
  // (JPEG bytes as they are, other formats re-encoded as JPEG), and the lists rewritten
  // atomically. Bytes equal to an image already kept give Duplicate.
  Added addBytes(std::string_view bytes, const std::string& caption, const std::string& url,
                 const nlohmann::json& attribution = nullptr);
  Added addFile(const std::filesystem::path& file, const std::string& caption,
                const std::string& url, const nlohmann::json& attribution = nullptr);
  const std::string& lastError() const { return last_error_; }

 private:
  struct Entry {
    std::string image, caption, url;
  };
  void commit();

  std::filesystem::path dir_;
  std::vector<Entry> entries_;
  std::set<std::string> urls_;
  std::set<uint64_t> hashes_;
  nlohmann::json attribution_ = nlohmann::json::array();
  std::string last_error_;
};

}  // namespace cds
