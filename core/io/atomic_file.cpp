// Temporary-file-and-rename writer (see atomic_file.h).
#include "core/io/atomic_file.h"

#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <random>

#include "core/error.h"

namespace cds {

namespace {
std::string random_suffix() {
  std::random_device rd;
  static const char digits[] = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 8; ++i) s += digits[rd() % 16];
  return s;
}
}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  const auto dir = target_.has_parent_path() ? target_.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw FileError(target_, "the folder " + dir.string() + " does not exist");
  temp_ = dir / ("." + target_.filename().string() + ".tmp-" + random_suffix());
  file_ = std::fopen(temp_.c_str(), "wb");
  if (!file_)
    throw FileError(target_,
                    std::string("cannot write in this folder (") + std::strerror(errno) + ")");
}

AtomicFile::~AtomicFile() {
  if (file_) {
    std::fclose(file_);
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
  }
}

void AtomicFile::write(const void* data, size_t size) {
  if (!file_) throw FileError(target_, "write after commit");
  if (size && std::fwrite(data, 1, size, file_) != size)
    throw FileError(target_, std::string("write failed (") + std::strerror(errno) + ")");
}

void AtomicFile::commit() {
  if (!file_) throw FileError(target_, "committed twice");
  const bool flushed = std::fflush(file_) == 0 && ::fsync(fileno(file_)) == 0;
  const int saved_errno = errno;
  std::fclose(file_);
  file_ = nullptr;
  std::error_code ec;
  if (!flushed) {
    std::filesystem::remove(temp_, ec);
    throw FileError(target_, std::string("write failed (") + std::strerror(saved_errno) + ")");
  }
  std::filesystem::rename(temp_, target_, ec);
  if (ec) {
    std::filesystem::remove(temp_, ec);
    throw FileError(target_, "cannot replace the file (" + ec.message() + ")");
  }
}

void write_file_atomically(const std::filesystem::path& target, std::string_view bytes) {
  AtomicFile f(target);
  f.write(bytes);
  f.commit();
}

}  // namespace cds
