// Rebuilding full Custom Diffusion weights from a compressed folder (see low_rank_delta.h).
#include "core/concepts/low_rank_delta.h"

#include <map>
#include <utility>

#include <torch/torch.h>

#include "core/error.h"
#include "core/io/shape_text.h"

namespace cds {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() > suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

StateDict expand_low_rank_deltas(const std::filesystem::path& file, const StateDict& factors,
                                 const std::function<at::Tensor(const std::string&)>& original) {
  struct Parts {
    at::Tensor up, down, delta;
  };
  std::map<std::string, Parts> by_key;
  for (const auto& [name, tensor] : factors) {
    if (!tensor.is_floating_point())
      throw FileError(file, "'" + name + "' is not a floating-point tensor");
    const auto t = tensor.detach().to(torch::kCPU, torch::kDouble);
    if (ends_with(name, kUpSuffix))
      by_key[name.substr(0, name.size() - 3)].up = t;
    else if (ends_with(name, kDownSuffix))
      by_key[name.substr(0, name.size() - 5)].down = t;
    else if (ends_with(name, kDeltaSuffix))
      by_key[name.substr(0, name.size() - 6)].delta = t;
    else
      throw FileError(file, "'" + name + "' is no compressed Custom Diffusion entry (" +
                                "<weight key>.up, .down or .delta)");
  }
  if (by_key.empty()) throw FileError(file, "the file holds no compressed weights");
  StateDict out;
  for (const auto& [key, parts] : by_key) {
    const auto base = original(key);
    if (!base.defined())
      throw FileError(file, "'" + key +
                                "' names no attention weight of this model's UNet (compressed "
                                "against another base model?)");
    at::Tensor delta;
    if (parts.delta.defined()) {
      if (parts.up.defined() || parts.down.defined())
        throw FileError(file, "'" + key + "' has both a whole change (.delta) and factors");
      delta = parts.delta;
    } else {
      if (!parts.up.defined() || !parts.down.defined())
        throw FileError(file, "'" + key + "' has only one of its factors (" +
                                  (parts.up.defined() ? ".up" : ".down") + ")");
      if (parts.up.dim() != 2 || parts.down.dim() != 2 || parts.up.size(1) != parts.down.size(0))
        throw FileError(file, "the factors of '" + key + "' do not multiply: up " +
                                  shape_text(parts.up.sizes()) + ", down " +
                                  shape_text(parts.down.sizes()));
      delta = torch::matmul(parts.up, parts.down);
    }
    if (delta.sizes() != base.sizes())
      throw FileError(file, "'" + key + "' rebuilds a change of shape " +
                                shape_text(delta.sizes()) + " but the model's weight is " +
                                shape_text(base.sizes()) +
                                " (compressed against another base model?)");
    out[key] = (base.detach().to(torch::kCPU, torch::kDouble) + delta).to(torch::kFloat);
  }
  return out;
}

}  // namespace cds
