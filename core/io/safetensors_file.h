// safetensors reading (memory-mapped, every header field validated) and writing (atomic).
// Format: 8-byte little-endian header length N, N bytes of JSON, then the raw tensor bytes.
// No torch here: the GUI inspects models with it; core/io/tensor_file.h makes tensors from it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cds {

enum class DType { F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL };

size_t dtype_size(DType dtype);
const char* dtype_name(DType dtype);  // safetensors spelling: "F32", "BF16", ...
std::optional<DType> parse_dtype(const std::string& name);

struct TensorEntry {
  std::string name;
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  uint64_t begin = 0;  // byte offsets relative to the start of the data area
  uint64_t end = 0;

  int64_t numel() const;
  uint64_t byte_size() const { return end - begin; }
};

class SafetensorsFile {
 public:
  // Maps the file and validates its header. Throws FileError naming the file and the fault.
  static SafetensorsFile open(const std::filesystem::path& file);

  const std::filesystem::path& path() const { return path_; }
  // Entries in data order (ascending offsets).
  const std::vector<TensorEntry>& tensors() const { return tensors_; }
  const TensorEntry* find(const std::string& name) const;
  const std::map<std::string, std::string>& metadata() const { return metadata_; }
  // The bytes of an entry, valid while this object (or a copy) lives.
  const uint8_t* data(const TensorEntry& entry) const;

 private:
  struct Mapping;
  std::filesystem::path path_;
  std::shared_ptr<Mapping> mapping_;
  const uint8_t* data_area_ = nullptr;
  std::vector<TensorEntry> tensors_;
  std::map<std::string, size_t> index_;
  std::map<std::string, std::string> metadata_;
};

// One tensor to write: its bytes must be contiguous, little-endian, in the given dtype.
struct TensorBytes {
  std::string name;
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  const void* data = nullptr;
  size_t size = 0;
};

// Writes tensors (sorted by name, as the Python library does) and metadata to a temporary file
// renamed over `file`. Throws FileError when a shape does not match its byte size or on I/O errors.
void write_safetensors(const std::filesystem::path& file, std::vector<TensorBytes> tensors,
                       const std::map<std::string, std::string>& metadata = {});

}  // namespace cds
