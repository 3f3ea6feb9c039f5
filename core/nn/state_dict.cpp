// Strict by-name loading of module weights (see state_dict.h). Module names mirror the
// checkpoint keys, so there is no key mapping here: a key either matches or is reported.
#include "core/nn/state_dict.h"

#include <sstream>

#include <torch/torch.h>

#include "core/error.h"
#include "core/io/tensor_file.h"

namespace cds {

namespace {

std::string list_some(const std::vector<std::string>& names) {
  std::ostringstream s;
  for (size_t i = 0; i < names.size() && i < 8; ++i) s << (i ? ", " : "") << names[i];
  if (names.size() > 8) s << " and " << names.size() - 8 << " more";
  return s.str();
}

}  // namespace

void load_state_dict(torch::nn::Module& module, const StateDict& weights, const std::string& source,
                     const std::set<std::string>& ignored) {
  torch::NoGradGuard no_grad;
  std::vector<std::string> missing, mismatched;
  std::set<std::string> used;
  auto fill = [&](const std::string& name, torch::Tensor& target) {
    const auto it = weights.find(name);
    if (it == weights.end()) {
      missing.push_back(name);
      return;
    }
    used.insert(name);
    const auto& value = it->second;
    if (value.sizes() != target.sizes()) {
      std::ostringstream s;
      s << name << " (file " << value.sizes() << ", model " << target.sizes() << ")";
      mismatched.push_back(s.str());
      return;
    }
    target.copy_(value);
  };
  for (auto& p : module.named_parameters(true)) fill(p.key(), p.value());
  for (auto& b : module.named_buffers(true)) fill(b.key(), b.value());

  std::vector<std::string> unexpected;
  for (const auto& [name, _] : weights)
    if (!used.count(name) && !ignored.count(name)) unexpected.push_back(name);

  if (missing.empty() && mismatched.empty() && unexpected.empty()) return;
  std::ostringstream msg;
  msg << source << ": the weights do not fit the model configuration.";
  if (!mismatched.empty()) msg << " Wrong shapes: " << list_some(mismatched) << ".";
  if (!missing.empty()) msg << " Missing: " << list_some(missing) << ".";
  if (!unexpected.empty()) msg << " Not used by the model: " << list_some(unexpected) << ".";
  throw CoreError(msg.str());
}

StateDict load_component_weights(const ComponentWeights& weights) {
  StateDict all;
  for (const auto& file : weights.files) {
    auto part = load_weight_file(file);
    for (auto& [name, tensor] : part) {
      if (all.count(name))
        throw FileError(file, "tensor \"" + name + "\" is also in another shard");
      all.emplace(name, std::move(tensor));
    }
  }
  return all;
}

}  // namespace cds
