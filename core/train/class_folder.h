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

// One picture a class folder lists: line n of images.txt, caption.txt and urls.txt.
struct ClassFolderListing {
  std::string written;          // the images.txt line as it stands
  std::filesystem::path image;  // where that picture is (see read_class_folder_listing)
  std::string caption;
  std::string url;  // empty when urls.txt has no line n
};

// The pictures a class folder lists, as --real_prior trains on them. The one reader of the
// lists: training, the studio's counts and thumbnails, and ClassFolder (adding more) all use it.
// Lines end in \n, \r\n or \r; a UTF-8 byte-order mark is dropped. When images.txt and
// caption.txt differ in length (a gathering stopped between its two writes) the shorter wins.
// A relative path is tried as written (from the current folder, as the script opens it), then
// inside the folder, then as images/<name> there, so a moved folder still works; `image` is the
// first that exists, else the path inside the folder. Missing lists: no pictures.
std::vector<ClassFolderListing> read_class_folder_listing(const std::filesystem::path& folder);

class ClassFolder {
 public:
  enum class Added { Yes, Duplicate, NotAnImage };

  // Creates `dir`/images when missing and reads the lists already there, so that a second run
  // continues after the images a first one kept. Nothing already in the folder is changed.
  explicit ClassFolder(std::filesystem::path dir);

  const std::filesystem::path& dir() const { return dir_; }
  int count() const { return static_cast<int>(entries_.size()); }
  bool has_url(const std::string& url) const { return urls_.count(url) > 0; }

  // Keeps an image given as file bytes: decoded with the project's loader (a body that is not
  // an image is refused, with the reason in last_error()), stored as the next free images/N.jpg
  // (JPEG bytes as they are, other formats re-encoded as JPEG), and the lists rewritten
  // atomically. Bytes equal to an image already kept give Duplicate.
  Added add_bytes(std::string_view bytes, const std::string& caption, const std::string& url,
                  const nlohmann::json& attribution = nullptr);
  Added add_file(const std::filesystem::path& file, const std::string& caption,
                 const std::string& url, const nlohmann::json& attribution = nullptr);
  // Why the last add was refused: for add_file the file's path and the reason, for add_bytes the
  // reason alone (the caller names the source, a URL).
  const std::string& last_error() const { return last_error_; }

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
