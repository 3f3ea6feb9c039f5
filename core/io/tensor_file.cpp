// safetensors <-> torch tensors (see tensor_file.h). Tensors are copied out of the mapping so
// that they are aligned, writable and independent of the file's lifetime.
#include "core/io/tensor_file.h"

#include <fstream>

#include <torch/torch.h>

#include "core/error.h"
#include "core/io/safetensors_file.h"
#include "core/io/state_dict_pickle.h"

namespace cds {

namespace {

torch::Dtype to_torch(DType dtype) {
  switch (dtype) {
    case DType::F64:
      return torch::kFloat64;
    case DType::F32:
      return torch::kFloat32;
    case DType::F16:
      return torch::kFloat16;
    case DType::BF16:
      return torch::kBFloat16;
    case DType::I64:
      return torch::kInt64;
    case DType::I32:
      return torch::kInt32;
    case DType::I16:
      return torch::kInt16;
    case DType::I8:
      return torch::kInt8;
    case DType::U8:
      return torch::kUInt8;
    case DType::BOOL:
      return torch::kBool;
  }
  throw CoreError("unknown dtype");
}

std::optional<DType> from_torch(torch::Dtype dtype) {
  switch (dtype) {
    case torch::kFloat64:
      return DType::F64;
    case torch::kFloat32:
      return DType::F32;
    case torch::kFloat16:
      return DType::F16;
    case torch::kBFloat16:
      return DType::BF16;
    case torch::kInt64:
      return DType::I64;
    case torch::kInt32:
      return DType::I32;
    case torch::kInt16:
      return DType::I16;
    case torch::kInt8:
      return DType::I8;
    case torch::kUInt8:
      return DType::U8;
    case torch::kBool:
      return DType::BOOL;
    default:
      return std::nullopt;
  }
}

torch::Tensor copy_out(const SafetensorsFile& st, const TensorEntry& e) {
  auto t = torch::empty(e.shape, torch::TensorOptions().dtype(to_torch(e.dtype)));
  if (e.byte_size()) std::memcpy(t.data_ptr(), st.data(e), e.byte_size());
  return t;
}

}  // namespace

StateDict load_safetensors(const std::filesystem::path& file) {
  const auto st = SafetensorsFile::open(file);
  StateDict out;
  for (const auto& e : st.tensors()) out.emplace(e.name, copy_out(st, e));
  return out;
}

StateDict load_safetensors(const std::filesystem::path& file,
                           const std::vector<std::string>& names) {
  const auto st = SafetensorsFile::open(file);
  StateDict out;
  for (const auto& name : names) {
    const auto* e = st.find(name);
    if (!e) throw FileError(file, "has no tensor \"" + name + "\"");
    out.emplace(name, copy_out(st, *e));
  }
  return out;
}

void save_safetensors(const std::filesystem::path& file, const StateDict& tensors,
                      const std::map<std::string, std::string>& metadata) {
  std::vector<torch::Tensor> keep;  // contiguous CPU copies live until written
  std::vector<TensorBytes> items;
  keep.reserve(tensors.size());
  for (const auto& [name, tensor] : tensors) {
    const auto dtype = from_torch(tensor.scalar_type());
    if (!dtype)
      throw FileError(file, "tensor \"" + name + "\" has dtype " +
                                std::string(c10::toString(tensor.scalar_type())) +
                                ", which safetensors cannot store");
    keep.push_back(tensor.detach().to(torch::kCPU).contiguous());
    const auto& t = keep.back();
    items.push_back({name, *dtype, t.sizes().vec(), t.data_ptr(),
                     static_cast<size_t>(t.numel()) * t.element_size()});
  }
  write_safetensors(file, std::move(items), metadata);
}

StateDict load_weight_file(const std::filesystem::path& file) {
  char head[2] = {0, 0};
  {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file, "cannot open");
    in.read(head, 2);
  }
  // Zip archives (torch.save) start with "PK"; everything else is treated as safetensors,
  // whose validation then explains what is wrong.
  if (head[0] == 'P' && head[1] == 'K') return read_state_dict_pickle(file);
  return load_safetensors(file);
}

}  // namespace cds
