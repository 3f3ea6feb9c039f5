// The retrieve.py class folder (see class_folder.h). Images are validated with load_image_rgb,
// as the trainer will read them, and every file is written through AtomicFile.
#include "core/train/class_folder.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/train/image_loading.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

// Duplicates only need a stable digest of the bytes (as script_class_images.cpp: FNV-1a 64).
uint64_t fnv1a(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

// str.splitlines() for \n, \r\n and \r line ends; a UTF-8 byte-order mark is dropped. A
// missing file has no lines.
std::vector<std::string> read_lines(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::vector<std::string> lines;
  std::string line;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      lines.push_back(std::move(line));
      line.clear();
    } else {
      line += text[i];
    }
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string read_all(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One line per image: a caption with a line break would shift every later line.
std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

bool is_jpeg(std::string_view b) {
  return b.size() > 3 && uint8_t(b[0]) == 0xFF && uint8_t(b[1]) == 0xD8 && uint8_t(b[2]) == 0xFF;
}

}  // namespace

std::vector<ClassFolderListing> read_class_folder_listing(const fs::path& folder) {
  const auto images = read_lines(folder / "images.txt");
  const auto captions = read_lines(folder / "caption.txt");
  const auto urls = read_lines(folder / "urls.txt");
  const size_t n = std::min(images.size(), captions.size());
  std::vector<ClassFolderListing> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const fs::path written = images[i];
    fs::path image = folder / written;
    std::error_code ec;
    for (const fs::path& candidate :
         {written, folder / written, folder / "images" / written.filename()}) {
      if (!written.empty() && fs::is_regular_file(candidate, ec)) {
        image = candidate;
        break;
      }
    }
    out.push_back({images[i], image, captions[i], i < urls.size() ? urls[i] : std::string()});
  }
  return out;
}

ClassFolder::ClassFolder(fs::path dir) : dir_(std::move(dir)) {
  std::error_code ec;
  fs::create_directories(dir_ / "images", ec);
  if (!fs::is_directory(dir_ / "images"))
    throw FileError(dir_ / "images", "cannot create the folder");
  for (const ClassFolderListing& listed : read_class_folder_listing(dir_)) {
    entries_.push_back({listed.written, listed.caption, listed.url});
    if (!listed.url.empty()) urls_.insert(listed.url);
  }
  for (const auto& entry : fs::directory_iterator(dir_ / "images", ec))
    if (entry.is_regular_file() && has_image_extension(entry.path()))
      hashes_.insert(fnv1a(read_all(entry.path())));
  if (fs::exists(dir_ / "attribution.json")) {
    try {
      auto j = nlohmann::json::parse(read_all(dir_ / "attribution.json"));
      if (j.is_array()) attribution_ = std::move(j);
    } catch (const nlohmann::json::exception& e) {
      throw FileError(dir_ / "attribution.json", std::string("is not valid JSON: ") + e.what());
    }
  }
}

ClassFolder::Added ClassFolder::add_bytes(std::string_view bytes, const std::string& caption,
                                          const std::string& url,
                                          const nlohmann::json& attribution) {
  last_error_.clear();
  const uint64_t hash = fnv1a(bytes);
  if (hashes_.count(hash)) return Added::Duplicate;

  // The loader reads files: the body goes to a hidden scratch file first.
  const fs::path scratch = dir_ / "images" / ".incoming.part";
  // Outside the try: a folder that cannot be written (a full disk) is an error of its own, not
  // a picture to skip.
  write_file_atomically(scratch, bytes);
  cv::Mat rgb;
  try {
    rgb = load_image_rgb(scratch);
  } catch (const FileError& e) {
    std::error_code ec;
    fs::remove(scratch, ec);
    // The reason only: the scratch file's name means nothing to the person (add_file names theirs).
    const std::string what = e.what(), scratch_name = scratch.string() + ": ";
    last_error_ = what.rfind(scratch_name, 0) == 0 ? what.substr(scratch_name.size()) : what;
    return Added::NotAnImage;
  }
  std::error_code ec;
  fs::remove(scratch, ec);

  std::string stored(bytes);
  if (!is_jpeg(bytes)) {
    // images/N.jpg must be a JPEG for tools that trust the extension.
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uint8_t> jpeg;
    cv::imencode(".jpg", bgr, jpeg, {cv::IMWRITE_JPEG_QUALITY, 95});
    stored.assign(jpeg.begin(), jpeg.end());
  }
  int index = count();
  while (fs::exists(dir_ / "images" / (std::to_string(index) + ".jpg")))
    ++index;  // never overwrite
  const fs::path file = dir_ / "images" / (std::to_string(index) + ".jpg");
  write_file_atomically(file, stored);
  entries_.push_back(
      {(dir_ / "images" / file.filename()).string(), one_line(caption), one_line(url)});
  if (!attribution.is_null()) {
    nlohmann::json a = attribution;
    a["image"] = "images/" + file.filename().string();
    attribution_.push_back(std::move(a));
  }
  try {
    commit();
  } catch (const FileError&) {
    // Lists that could not be written (a full disk): the picture goes too, so the folder holds
    // no image its lists do not name.
    entries_.pop_back();
    if (!attribution.is_null()) attribution_.erase(attribution_.end() - 1);
    fs::remove(file, ec);
    try {
      commit();  // the lists as they were, where a list was already rewritten
    } catch (const FileError&) {
      // Still full: images.txt is written last, so it never names the removed picture.
    }
    throw;
  }
  hashes_.insert(hash);
  hashes_.insert(fnv1a(stored));
  if (!url.empty()) urls_.insert(url);
  return Added::Yes;
}

ClassFolder::Added ClassFolder::add_file(const fs::path& file, const std::string& caption,
                                         const std::string& url,
                                         const nlohmann::json& attribution) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec || size > kMaxImageFileBytes) {
    last_error_ = file.string() + ": " + (ec ? ec.message() : "too large");
    return Added::NotAnImage;
  }
  const Added added = add_bytes(read_all(file), caption, url, attribution);
  if (added == Added::NotAnImage) last_error_ = file.string() + ": " + last_error_;
  return added;
}

void ClassFolder::commit() {
  std::string images, captions, urls;
  for (const auto& e : entries_) {
    images += e.image + "\n";
    captions += e.caption + "\n";
    urls += e.url + "\n";
  }
  // images.txt last: a run stopped in between leaves it no longer than caption.txt, and a failed
  // write (a full disk) leaves it naming only pictures that are there.
  write_file_atomically(dir_ / "caption.txt", captions);
  write_file_atomically(dir_ / "urls.txt", urls);
  if (!attribution_.empty())
    write_file_atomically(dir_ / "attribution.json", attribution_.dump(2) + "\n");
  write_file_atomically(dir_ / "images.txt", images);
}

}  // namespace cds
