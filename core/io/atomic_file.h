// Writes a file so that readers never see half of it: the bytes go to a temporary file beside
// the target, which is flushed and then renamed over it. A failed write leaves the old file alone.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace cds {

class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();  // removes the temporary file when commit() was not reached
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(const void* data, size_t size);
  void write(std::string_view bytes) { write(bytes.data(), bytes.size()); }
  // Flushes, syncs and renames the temporary file over the target.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  std::FILE* file_ = nullptr;
};

// Convenience: the whole content at once.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace cds
