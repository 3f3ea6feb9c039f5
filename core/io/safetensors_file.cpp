// safetensors reader and writer (see safetensors_file.h). Validation follows the Rust
// `safetensors` crate's checks, so that a corrupt or hostile file is refused before any tensor
// is touched and no allocation is sized from untrusted numbers.
#include "core/io/safetensors_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cstring>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"

namespace cds {

namespace {

// The Rust implementation refuses headers above 100 MB; a real one is a few hundred KB.
constexpr uint64_t kMaxHeaderSize = 100'000'000;

struct DTypeInfo {
  DType dtype;
  const char* name;
  size_t size;
};
constexpr DTypeInfo kDTypes[] = {
    {DType::F64, "F64", 8},   {DType::F32, "F32", 4}, {DType::F16, "F16", 2},
    {DType::BF16, "BF16", 2}, {DType::I64, "I64", 8}, {DType::I32, "I32", 4},
    {DType::I16, "I16", 2},   {DType::I8, "I8", 1},   {DType::U8, "U8", 1},
    {DType::BOOL, "BOOL", 1},
};

const DTypeInfo& info(DType dtype) {
  for (const auto& i : kDTypes)
    if (i.dtype == dtype) return i;
  throw CoreError("unknown dtype");
}

// numel * element size, or nullopt on overflow.
std::optional<uint64_t> checked_byte_size(const std::vector<int64_t>& shape, size_t element) {
  uint64_t total = element;
  for (int64_t d : shape) {
    if (d < 0) return std::nullopt;
    if (d != 0 && total > std::numeric_limits<uint64_t>::max() / static_cast<uint64_t>(d))
      return std::nullopt;
    total *= static_cast<uint64_t>(d);
  }
  return total;
}

std::string shape_string(const std::vector<int64_t>& shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

}  // namespace

size_t dtype_size(DType dtype) { return info(dtype).size; }
const char* dtype_name(DType dtype) { return info(dtype).name; }

std::optional<DType> parse_dtype(const std::string& name) {
  for (const auto& i : kDTypes)
    if (name == i.name) return i.dtype;
  return std::nullopt;
}

int64_t TensorEntry::numel() const {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  return n;
}

struct SafetensorsFile::Mapping {
  void* address = nullptr;
  size_t size = 0;
  ~Mapping() {
    if (address) ::munmap(address, size);
  }
};

SafetensorsFile SafetensorsFile::open(const std::filesystem::path& file) {
  SafetensorsFile st;
  st.path_ = file;
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw FileError(file, std::string("cannot open: ") + std::strerror(errno));
  struct stat sb {};
  if (::fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
    ::close(fd);
    throw FileError(file, "not a regular file");
  }
  const auto file_size = static_cast<uint64_t>(sb.st_size);
  if (file_size < 8) {
    ::close(fd);
    throw FileError(file, "truncated safetensors file: " + std::to_string(file_size) +
                              " bytes, fewer than the 8-byte header length");
  }
  st.mapping_ = std::make_shared<Mapping>();
  void* address = ::mmap(nullptr, file_size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (address == MAP_FAILED)
    throw FileError(file, std::string("cannot map: ") + std::strerror(errno));
  st.mapping_->address = address;
  st.mapping_->size = file_size;
  const auto* bytes = static_cast<const uint8_t*>(address);

  uint64_t header_size = 0;
  for (int i = 7; i >= 0; --i) header_size = (header_size << 8) | bytes[i];
  if (header_size > kMaxHeaderSize)
    throw FileError(file, "not a safetensors file: header length " + std::to_string(header_size) +
                              " bytes is implausibly large");
  if (header_size > file_size - 8)
    throw FileError(file, "truncated safetensors file: the header says " +
                              std::to_string(header_size) + " bytes of JSON but the file has " +
                              std::to_string(file_size - 8) + " after the length");
  const char* header_begin = reinterpret_cast<const char*>(bytes + 8);
  if (header_size == 0 || header_begin[0] != '{')
    throw FileError(file, "not a safetensors file: the header is not a JSON object");

  nlohmann::json header;
  try {
    header = nlohmann::json::parse(header_begin, header_begin + header_size);
  } catch (const nlohmann::json::exception& e) {  // parse_error, out_of_range (huge numbers)
    throw FileError(file, std::string("corrupt safetensors header (invalid JSON): ") + e.what());
  }
  if (!header.is_object()) throw FileError(file, "corrupt safetensors header: not a JSON object");

  const uint64_t data_size = file_size - 8 - header_size;
  st.data_area_ = bytes + 8 + header_size;
  for (auto it = header.begin(); it != header.end(); ++it) {
    const std::string& name = it.key();
    const auto& value = it.value();
    if (name == "__metadata__") {
      if (!value.is_object())
        throw FileError(file, "corrupt safetensors header: __metadata__ is not an object");
      for (auto m = value.begin(); m != value.end(); ++m) {
        if (!m.value().is_string())
          throw FileError(file, "corrupt safetensors header: __metadata__ value \"" + m.key() +
                                    "\" is not a string");
        st.metadata_[m.key()] = m.value().get<std::string>();
      }
      continue;
    }
    const std::string where = "tensor \"" + name + "\": ";
    if (!value.is_object()) throw FileError(file, where + "entry is not an object");
    const auto dtype_it = value.find("dtype");
    const auto shape_it = value.find("shape");
    const auto offsets_it = value.find("data_offsets");
    if (dtype_it == value.end() || !dtype_it->is_string())
      throw FileError(file, where + "missing or non-string \"dtype\"");
    if (shape_it == value.end() || !shape_it->is_array())
      throw FileError(file, where + "missing or non-array \"shape\"");
    if (offsets_it == value.end() || !offsets_it->is_array() || offsets_it->size() != 2)
      throw FileError(file, where + "\"data_offsets\" must be [begin, end]");

    TensorEntry entry;
    entry.name = name;
    const auto dtype = parse_dtype(dtype_it->get<std::string>());
    if (!dtype)
      throw FileError(file, where + "unknown dtype \"" + dtype_it->get<std::string>() +
                                "\" (known: F64 F32 F16 BF16 I64 I32 I16 I8 U8 BOOL)");
    entry.dtype = *dtype;
    for (const auto& d : *shape_it) {
      if (!d.is_number_unsigned())
        throw FileError(file, where + "shape entries must be non-negative integers");
      const auto v = d.get<uint64_t>();
      if (v > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        throw FileError(file, where + "shape entry too large");
      entry.shape.push_back(static_cast<int64_t>(v));
    }
    for (const auto& o : *offsets_it)
      if (!o.is_number_unsigned())
        throw FileError(file, where + "data_offsets must be non-negative integers");
    entry.begin = (*offsets_it)[0].get<uint64_t>();
    entry.end = (*offsets_it)[1].get<uint64_t>();
    if (entry.begin > entry.end)
      throw FileError(file, where + "data_offsets begin " + std::to_string(entry.begin) +
                                " is after end " + std::to_string(entry.end));
    if (entry.end > data_size)
      throw FileError(file, where + "data_offsets end " + std::to_string(entry.end) +
                                " is beyond the data area of " + std::to_string(data_size) +
                                " bytes (truncated file?)");
    const auto expected = checked_byte_size(entry.shape, dtype_size(entry.dtype));
    if (!expected || *expected != entry.byte_size())
      throw FileError(
          file, where + "shape " + shape_string(entry.shape) + " of " + dtype_name(entry.dtype) +
                    " needs " + (expected ? std::to_string(*expected) : std::string("too many")) +
                    " bytes but data_offsets span " + std::to_string(entry.byte_size()));
    st.tensors_.push_back(std::move(entry));
  }

  std::sort(st.tensors_.begin(), st.tensors_.end(), [](const TensorEntry& a, const TensorEntry& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  for (size_t i = 1; i < st.tensors_.size(); ++i) {
    const auto& prev = st.tensors_[i - 1];
    const auto& cur = st.tensors_[i];
    if (cur.begin < prev.end)
      throw FileError(file, "corrupt safetensors header: tensors \"" + prev.name + "\" and \"" +
                                cur.name + "\" overlap");
  }
  for (size_t i = 0; i < st.tensors_.size(); ++i) st.index_[st.tensors_[i].name] = i;
  return st;
}

const TensorEntry* SafetensorsFile::find(const std::string& name) const {
  const auto it = index_.find(name);
  return it == index_.end() ? nullptr : &tensors_[it->second];
}

const uint8_t* SafetensorsFile::data(const TensorEntry& entry) const {
  return data_area_ + entry.begin;
}

void write_safetensors(const std::filesystem::path& file, std::vector<TensorBytes> tensors,
                       const std::map<std::string, std::string>& metadata) {
  std::sort(tensors.begin(), tensors.end(),
            [](const TensorBytes& a, const TensorBytes& b) { return a.name < b.name; });
  nlohmann::ordered_json header = nlohmann::ordered_json::object();
  if (!metadata.empty()) header["__metadata__"] = metadata;
  uint64_t offset = 0;
  for (size_t i = 0; i < tensors.size(); ++i) {
    const auto& t = tensors[i];
    if (i > 0 && tensors[i - 1].name == t.name)
      throw FileError(file, "tensor \"" + t.name + "\" is given twice");
    if (t.name == "__metadata__") throw FileError(file, "\"__metadata__\" is not a tensor name");
    const auto expected = checked_byte_size(t.shape, dtype_size(t.dtype));
    if (!expected || *expected != t.size)
      throw FileError(file, "tensor \"" + t.name + "\": shape " + shape_string(t.shape) +
                                " does not match its " + std::to_string(t.size) + " bytes");
    header[t.name] = {{"dtype", dtype_name(t.dtype)},
                      {"shape", t.shape},
                      {"data_offsets", {offset, offset + t.size}}};
    offset += t.size;
  }
  std::string json = header.dump();
  // Pad with spaces so that the data area starts 8-byte aligned, as the Python library does.
  json.append((8 - json.size() % 8) % 8, ' ');
  uint8_t length[8];
  uint64_t n = json.size();
  for (int i = 0; i < 8; ++i) length[i] = static_cast<uint8_t>(n >> (8 * i));

  AtomicFile out(file);
  out.write(length, 8);
  out.write(json);
  for (const auto& t : tensors) out.write(t.data, t.size);
  out.commit();
}

}  // namespace cds
