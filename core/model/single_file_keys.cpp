// Original single-file <-> diffusers key mapping (see single_file_keys.h). The numbering rules
// are diffusers' (single_file_utils.py convert_ldm_unet_checkpoint / convert_ldm_vae_checkpoint /
// convert_open_clip_checkpoint, and the tables of
// convert_diffusers_to_original_stable_diffusion.py), written as rules over the block structure
// found in the keys rather than as SD-sized tables, so that every depth and width maps the same
// way.
#include "core/model/single_file_keys.h"

#include <algorithm>
#include <optional>
#include <set>

namespace cds {

const char* const kLdmUnetPrefix = "model.diffusion_model.";
const char* const kLdmVaePrefix = "first_stage_model.";
const char* const kLdmClipPrefix = "cond_stage_model.transformer.";
const char* const kLdmOpenClipPrefix = "cond_stage_model.model.";
const char* const kLdmEmaPrefix = "model_ema.";

namespace {

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> split(const std::string& key) {
  std::vector<std::string> parts;
  size_t begin = 0;
  for (;;) {
    const size_t dot = key.find('.', begin);
    parts.push_back(key.substr(begin, dot - begin));
    if (dot == std::string::npos) return parts;
    begin = dot + 1;
  }
}

std::string join(const std::vector<std::string>& parts, size_t from) {
  std::string out;
  for (size_t i = from; i < parts.size(); ++i) out += (i > from ? "." : "") + parts[i];
  return out;
}

// A non-negative decimal index, or -1.
int64_t index_of(const std::string& s) {
  if (s.empty() || s.size() > 9) return -1;
  int64_t v = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// The distinct indices N of keys "<prefix>N.".
std::set<int64_t> indices_after(const ShapeMap& keys, const std::string& prefix) {
  std::set<int64_t> out;
  for (const auto& [key, _] : keys) {
    if (!starts_with(key, prefix)) continue;
    const auto rest = key.substr(prefix.size());
    const int64_t n = index_of(rest.substr(0, rest.find('.')));
    if (n >= 0) out.insert(n);
  }
  return out;
}

// Replaces the leading name of `rest` by table: {from, to} pairs matched on whole segments.
std::optional<std::string> rename_head(
    const std::string& rest, const std::vector<std::pair<std::string, std::string>>& table) {
  for (const auto& [from, to] : table)
    if (rest == from || starts_with(rest, from + ".")) return to + rest.substr(from.size());
  return std::nullopt;
}

const std::vector<std::pair<std::string, std::string>> kUnetResnetFromLdm = {
    {"in_layers.0", "norm1"},  {"in_layers.2", "conv1"},  {"emb_layers.1", "time_emb_proj"},
    {"out_layers.0", "norm2"}, {"out_layers.3", "conv2"}, {"skip_connection", "conv_shortcut"}};

std::vector<std::pair<std::string, std::string>> reversed(
    const std::vector<std::pair<std::string, std::string>>& table) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [a, b] : table) out.emplace_back(b, a);
  return out;
}

const std::vector<std::pair<std::string, std::string>> kVaeResnetFromLdm = {
    {"norm1", "norm1"},
    {"conv1", "conv1"},
    {"norm2", "norm2"},
    {"conv2", "conv2"},
    {"nin_shortcut", "conv_shortcut"}};

const std::vector<std::pair<std::string, std::string>> kVaeAttentionFromLdm = {
    {"norm", "group_norm"}, {"q", "to_q"}, {"k", "to_k"}, {"v", "to_v"}, {"proj_out", "to_out.0"}};

TensorShape target_shape(KeyOp op, const std::vector<TensorShape>& sources, int parts) {
  const TensorShape& s = sources.front();
  switch (op) {
    case KeyOp::Copy:
      return s;
    case KeyOp::Conv1x1ToLinear:
      return s.size() >= 2 ? TensorShape{s[0], s[1]} : s;
    case KeyOp::LinearToConv1x1: {
      auto out = s;
      out.push_back(1);
      out.push_back(1);
      return out;
    }
    case KeyOp::SplitRows: {
      auto out = s;
      if (!out.empty()) out[0] /= parts;
      return out;
    }
    case KeyOp::ConcatRows: {
      auto out = s;
      for (size_t i = 1; i < sources.size() && !out.empty(); ++i)
        out[0] += sources[i].empty() ? 0 : sources[i][0];
      return out;
    }
  }
  return s;
}

class Builder {
 public:
  explicit Builder(const ShapeMap& from) : from_(from) {}

  void add(const std::string& target, const std::vector<std::string>& sources,
           KeyOp op = KeyOp::Copy, int part = 0, int parts = 1) {
    std::vector<TensorShape> shapes;
    for (const auto& s : sources) shapes.push_back(from_.at(s));
    out_.tensors.push_back({target, sources, op, part, parts, target_shape(op, shapes, parts)});
  }
  void ignore(const std::string& key) { out_.ignored.push_back(key); }
  void unmapped(const std::string& key) { out_.unmapped.push_back(key); }

  KeyConversion finish() {
    std::sort(out_.tensors.begin(), out_.tensors.end(),
              [](const KeyMapping& a, const KeyMapping& b) { return a.target < b.target; });
    return std::move(out_);
  }

 private:
  const ShapeMap& from_;
  KeyConversion out_;
};

// --- UNet -------------------------------------------------------------------------------------

// Resnets per down level: one input block per resnet, then one for the downsampler. With a
// single level there is no downsampler and every input block after conv_in is a resnet.
int64_t ldm_layers_per_block(const ShapeMap& ldm) {
  int64_t first_downsampler = -1, last_block = 0;
  for (const auto& [key, _] : ldm) {
    const auto seg = split(key);
    if (seg.size() < 4 || seg[0] != "input_blocks") continue;
    const int64_t n = index_of(seg[1]);
    last_block = std::max(last_block, n);
    if (n > 0 && seg[2] == "0" && seg[3] == "op" &&
        (first_downsampler < 0 || n < first_downsampler))
      first_downsampler = n;
  }
  return first_downsampler > 0 ? first_downsampler - 1 : last_block;
}

}  // namespace

KeyConversion unet_from_ldm(const ShapeMap& ldm) {
  Builder b(ldm);
  const int64_t lpb = ldm_layers_per_block(ldm);
  const int64_t stride = lpb + 1;
  for (const auto& [key, shape] : ldm) {
    const auto seg = split(key);
    std::optional<std::string> target;
    auto resnet = [&](const std::string& prefix, size_t from) -> std::optional<std::string> {
      const auto r = rename_head(join(seg, from), kUnetResnetFromLdm);
      return r ? std::optional<std::string>(prefix + *r) : std::nullopt;
    };
    if (seg.size() >= 3 && (seg[0] == "time_embed" || seg[0] == "out") &&
        (seg[1] == "0" || seg[1] == "2")) {
      const bool first = seg[1] == "0";
      target = (seg[0] == "time_embed"
                    ? (first ? "time_embedding.linear_1." : "time_embedding.linear_2.")
                    : (first ? "conv_norm_out." : "conv_out.")) +
               join(seg, 2);
    } else if (seg.size() >= 4 && seg[0] == "input_blocks") {
      const int64_t n = index_of(seg[1]), m = index_of(seg[2]);
      if (n == 0 && m == 0) {
        target = "conv_in." + join(seg, 3);
      } else if (n > 0 && stride > 0) {
        const int64_t level = (n - 1) / stride, j = (n - 1) % stride;
        const std::string down = "down_blocks." + std::to_string(level) + ".";
        if (j < lpb && m == 0)
          target = resnet(down + "resnets." + std::to_string(j) + ".", 3);
        else if (j < lpb && m == 1)
          target = down + "attentions." + std::to_string(j) + "." + join(seg, 3);
        else if (j == lpb && m == 0 && seg[3] == "op" && seg.size() >= 5)
          target = down + "downsamplers.0.conv." + join(seg, 4);
      }
    } else if (seg.size() >= 3 && seg[0] == "middle_block") {
      const int64_t n = index_of(seg[1]);
      if (n == 0 || n == 2)
        target = resnet("mid_block.resnets." + std::to_string(n / 2) + ".", 2);
      else if (n == 1)
        target = "mid_block.attentions.0." + join(seg, 2);
    } else if (seg.size() >= 4 && seg[0] == "output_blocks" && stride > 0) {
      const int64_t n = index_of(seg[1]), m = index_of(seg[2]);
      const std::string up = "up_blocks." + std::to_string(n / stride) + ".";
      const std::string rest = join(seg, 3);
      // An upsampler holds only conv.weight / conv.bias; an attention never does.
      const bool upsampler = seg[3] == "conv" && seg.size() == 5;
      if (n >= 0 && m == 0)
        target = resnet(up + "resnets." + std::to_string(n % stride) + ".", 3);
      else if (n >= 0 && (m == 1 || m == 2) && upsampler)
        target = up + "upsamplers.0." + rest;
      else if (n >= 0 && m == 1)
        target = up + "attentions." + std::to_string(n % stride) + "." + rest;
    }
    if (target)
      b.add(*target, {key});
    else
      b.unmapped(key);
  }
  return b.finish();
}

KeyConversion unet_to_ldm(const ShapeMap& diffusers) {
  Builder b(diffusers);
  const int64_t lpb =
      static_cast<int64_t>(indices_after(diffusers, "down_blocks.0.resnets.").size());
  const int64_t stride = lpb + 1;
  const auto resnet_table = reversed(kUnetResnetFromLdm);
  for (const auto& [key, shape] : diffusers) {
    const auto seg = split(key);
    std::optional<std::string> target;
    auto resnet = [&](const std::string& prefix, size_t from) -> std::optional<std::string> {
      const auto r = rename_head(join(seg, from), resnet_table);
      return r ? std::optional<std::string>(prefix + *r) : std::nullopt;
    };
    if (const auto top = rename_head(key, {{"conv_in", "input_blocks.0.0"},
                                           {"time_embedding.linear_1", "time_embed.0"},
                                           {"time_embedding.linear_2", "time_embed.2"},
                                           {"conv_norm_out", "out.0"},
                                           {"conv_out", "out.2"}})) {
      target = top;
    } else if (seg.size() >= 5 && seg[0] == "down_blocks") {
      const int64_t i = index_of(seg[1]), j = index_of(seg[3]);
      const std::string block = "input_blocks." + std::to_string(1 + i * stride + j) + ".";
      if (i >= 0 && j >= 0 && seg[2] == "resnets")
        target = resnet(block + "0.", 4);
      else if (i >= 0 && j >= 0 && seg[2] == "attentions")
        target = block + "1." + join(seg, 4);
      else if (i >= 0 && seg[2] == "downsamplers" && j == 0 && seg.size() >= 6 && seg[4] == "conv")
        target = "input_blocks." + std::to_string((i + 1) * stride) + ".0.op." + join(seg, 5);
    } else if (seg.size() >= 5 && seg[0] == "mid_block") {
      const int64_t j = index_of(seg[2]);
      if (seg[1] == "resnets" && (j == 0 || j == 1))
        target = resnet("middle_block." + std::to_string(2 * j) + ".", 3);
      else if (seg[1] == "attentions" && j == 0)
        target = "middle_block.1." + join(seg, 3);
    } else if (seg.size() >= 5 && seg[0] == "up_blocks") {
      const int64_t i = index_of(seg[1]), j = index_of(seg[3]);
      const std::string block = "output_blocks." + std::to_string(i * stride + j) + ".";
      if (i >= 0 && j >= 0 && seg[2] == "resnets") {
        target = resnet(block + "0.", 4);
      } else if (i >= 0 && j >= 0 && seg[2] == "attentions") {
        target = block + "1." + join(seg, 4);
      } else if (i >= 0 && j == 0 && seg[2] == "upsamplers") {
        // The upsampler follows the level's last resnet, and its attention when it has one.
        const std::string attentions = "up_blocks." + seg[1] + ".attentions.";
        const auto it = diffusers.lower_bound(attentions);
        const bool has_attention = it != diffusers.end() && starts_with(it->first, attentions);
        target = "output_blocks." + std::to_string(i * stride + lpb) + "." +
                 (has_attention ? "2." : "1.") + join(seg, 4);
      }
    }
    if (target)
      b.add(*target, {key});
    else
      b.unmapped(key);
  }
  return b.finish();
}

// --- VAE --------------------------------------------------------------------------------------

namespace {

// `mid.attn_1.<name>.<param>` of the original layout <-> `mid_block.attentions.0.<name>.<param>`:
// the four projection weights are 1x1 convolutions there and linear layers here.
void vae_attention(Builder& b, const std::string& key, const TensorShape& shape,
                   const std::string& target_prefix, const std::string& rest, bool from_ldm) {
  const auto table = from_ldm ? kVaeAttentionFromLdm : reversed(kVaeAttentionFromLdm);
  const auto renamed = rename_head(rest, table);
  if (!renamed) return b.unmapped(key);
  const bool norm = starts_with(rest, from_ldm ? "norm." : "group_norm.");
  const bool weight = rest.size() > 7 && rest.compare(rest.size() - 7, 7, ".weight") == 0;
  KeyOp op = KeyOp::Copy;
  if (!norm && weight && from_ldm && shape.size() > 2) op = KeyOp::Conv1x1ToLinear;
  if (!norm && weight && !from_ldm && shape.size() == 2) op = KeyOp::LinearToConv1x1;
  b.add(target_prefix + *renamed, {key}, op);
}

}  // namespace

KeyConversion vae_from_ldm(const ShapeMap& ldm) {
  Builder b(ldm);
  const auto up_levels = indices_after(ldm, "decoder.up.");
  const int64_t levels = up_levels.empty() ? 0 : *up_levels.rbegin() + 1;
  for (const auto& [key, shape] : ldm) {
    const auto seg = split(key);
    std::optional<std::string> target;
    const bool coder = seg.size() >= 3 && (seg[0] == "encoder" || seg[0] == "decoder");
    if (seg[0] == "loss") {
      b.ignore(key);  // the autoencoder's training discriminator, in some VAE checkpoints
      continue;
    }
    if ((seg[0] == "quant_conv" || seg[0] == "post_quant_conv") && seg.size() == 2) {
      target = key;
    } else if (coder && (seg[1] == "conv_in" || seg[1] == "conv_out")) {
      target = key;
    } else if (coder && seg[1] == "norm_out") {
      target = seg[0] + ".conv_norm_out." + join(seg, 2);
    } else if (coder && seg[1] == "mid" && seg.size() >= 4) {
      const std::string mid = seg[0] + ".mid_block.";
      if (seg[2] == "block_1" || seg[2] == "block_2") {
        if (const auto r = rename_head(join(seg, 3), kVaeResnetFromLdm))
          target = mid + "resnets." + (seg[2] == "block_1" ? "0." : "1.") + *r;
      } else if (seg[2] == "attn_1") {
        vae_attention(b, key, shape, mid + "attentions.0.", join(seg, 3), true);
        continue;
      }
    } else if (coder && seg.size() >= 5 && (seg[1] == "down" || seg[1] == "up")) {
      const bool down = seg[1] == "down";
      const int64_t level = index_of(seg[2]);
      // The decoder's levels are numbered from the bottom in the original layout.
      const std::string block = seg[0] + (down ? ".down_blocks." : ".up_blocks.") +
                                std::to_string(down ? level : levels - 1 - level) + ".";
      if (level >= 0 && seg[3] == "block" && seg.size() >= 6 && index_of(seg[4]) >= 0) {
        if (const auto r = rename_head(join(seg, 5), kVaeResnetFromLdm))
          target = block + "resnets." + seg[4] + "." + *r;
      } else if (level >= 0 && seg[3] == (down ? "downsample" : "upsample") && seg[4] == "conv") {
        target = block + (down ? "downsamplers.0.conv." : "upsamplers.0.conv.") + join(seg, 5);
      }
    }
    if (target)
      b.add(*target, {key});
    else
      b.unmapped(key);
  }
  return b.finish();
}

KeyConversion vae_to_ldm(const ShapeMap& diffusers) {
  Builder b(diffusers);
  const auto up_levels = indices_after(diffusers, "decoder.up_blocks.");
  const int64_t levels = up_levels.empty() ? 0 : *up_levels.rbegin() + 1;
  const auto resnet_table = reversed(kVaeResnetFromLdm);
  for (const auto& [key, shape] : diffusers) {
    const auto seg = split(key);
    std::optional<std::string> target;
    const bool coder = seg.size() >= 3 && (seg[0] == "encoder" || seg[0] == "decoder");
    if ((seg[0] == "quant_conv" || seg[0] == "post_quant_conv") && seg.size() == 2) {
      target = key;
    } else if (coder && (seg[1] == "conv_in" || seg[1] == "conv_out")) {
      target = key;
    } else if (coder && seg[1] == "conv_norm_out") {
      target = seg[0] + ".norm_out." + join(seg, 2);
    } else if (coder && seg[1] == "mid_block" && seg.size() >= 5) {
      const int64_t j = index_of(seg[3]);
      if (seg[2] == "resnets" && (j == 0 || j == 1)) {
        if (const auto r = rename_head(join(seg, 4), resnet_table))
          target = seg[0] + ".mid." + (j == 0 ? "block_1." : "block_2.") + *r;
      } else if (seg[2] == "attentions" && j == 0) {
        vae_attention(b, key, shape, seg[0] + ".mid.attn_1.", join(seg, 4), false);
        continue;
      }
    } else if (coder && seg.size() >= 6 && (seg[1] == "down_blocks" || seg[1] == "up_blocks")) {
      const bool down = seg[1] == "down_blocks";
      const int64_t level = index_of(seg[2]);
      const std::string block = seg[0] + (down ? ".down." : ".up.") +
                                std::to_string(down ? level : levels - 1 - level) + ".";
      if (level >= 0 && seg[3] == "resnets" && index_of(seg[4]) >= 0) {
        if (const auto r = rename_head(join(seg, 5), resnet_table))
          target = block + "block." + seg[4] + "." + *r;
      } else if (level >= 0 && seg[3] == (down ? "downsamplers" : "upsamplers") && seg[4] == "0" &&
                 seg.size() >= 7 && seg[5] == "conv") {
        target = block + (down ? "downsample.conv." : "upsample.conv.") + join(seg, 6);
      }
    }
    if (target)
      b.add(*target, {key});
    else
      b.unmapped(key);
  }
  return b.finish();
}

// --- Text encoders ----------------------------------------------------------------------------

KeyConversion clip_text_from_ldm(const ShapeMap& ldm) {
  Builder b(ldm);
  for (const auto& [key, _] : ldm) {
    if (key == "text_model.embeddings.position_ids" || key == "embeddings.position_ids") {
      b.ignore(key);  // a constant buffer that newer transformers no longer store
    } else if (starts_with(key, "text_model.")) {
      b.add(key, {key});
    } else if (starts_with(key, "embeddings.") || starts_with(key, "encoder.") ||
               starts_with(key, "final_layer_norm.")) {
      b.add("text_model." + key, {key});  // transformers before 4.x had no text_model level
    } else {
      b.unmapped(key);
    }
  }
  return b.finish();
}

KeyConversion clip_text_to_ldm(const ShapeMap& diffusers) {
  Builder b(diffusers);
  for (const auto& [key, _] : diffusers) {
    if (key == "text_model.embeddings.position_ids")
      b.ignore(key);
    else if (starts_with(key, "text_model."))
      b.add(key, {key});
    else
      b.unmapped(key);
  }
  return b.finish();
}

namespace {

const std::vector<std::pair<std::string, std::string>> kOpenClipTop = {
    {"positional_embedding", "text_model.embeddings.position_embedding.weight"},
    {"token_embedding.weight", "text_model.embeddings.token_embedding.weight"},
    {"ln_final.weight", "text_model.final_layer_norm.weight"},
    {"ln_final.bias", "text_model.final_layer_norm.bias"}};

const std::vector<std::pair<std::string, std::string>> kOpenClipLayer = {
    {"ln_1", "layer_norm1"},
    {"ln_2", "layer_norm2"},
    {"mlp.c_fc", "mlp.fc1"},
    {"mlp.c_proj", "mlp.fc2"},
    {"attn.out_proj", "self_attn.out_proj"}};

}  // namespace

KeyConversion open_clip_text_from_ldm(const ShapeMap& ldm, int64_t layers) {
  Builder b(ldm);
  const auto blocks = indices_after(ldm, "transformer.resblocks.");
  const int64_t resblocks = blocks.empty() ? 0 : *blocks.rbegin() + 1;
  if (layers < 0) layers = ldm.count("text_projection") ? resblocks - 1 : resblocks;
  for (const auto& [key, shape] : ldm) {
    const auto seg = split(key);
    bool done = false;
    for (const auto& [from, to] : kOpenClipTop)
      if (key == from) {
        b.add(to, {key});
        done = true;
      }
    if (done) continue;
    if (key == "text_projection" || key == "logit_scale" || key == "attn_mask") {
      b.ignore(key);  // used by OpenCLIP's pooled output, never by Stable Diffusion
      continue;
    }
    const int64_t n =
        seg.size() >= 4 && seg[0] == "transformer" && seg[1] == "resblocks" ? index_of(seg[2]) : -1;
    if (n < 0) {
      b.unmapped(key);
      continue;
    }
    if (n >= layers) {
      b.ignore(key);  // past the layer SD 2 conditions on
      continue;
    }
    const std::string layer = "text_model.encoder.layers." + seg[2] + ".";
    const std::string rest = join(seg, 3);
    if (rest == "attn.in_proj_weight" || rest == "attn.in_proj_bias") {
      const std::string param = rest == "attn.in_proj_weight" ? "weight" : "bias";
      const char* names[] = {"q_proj", "k_proj", "v_proj"};
      for (int i = 0; i < 3; ++i)
        b.add(layer + "self_attn." + names[i] + "." + param, {key}, KeyOp::SplitRows, i, 3);
    } else if (const auto r = rename_head(rest, kOpenClipLayer)) {
      b.add(layer + *r, {key});
    } else {
      b.unmapped(key);
    }
  }
  return b.finish();
}

KeyConversion open_clip_text_to_ldm(const ShapeMap& diffusers) {
  Builder b(diffusers);
  const auto layer_table = reversed(kOpenClipLayer);
  for (const auto& [key, _] : diffusers) {
    const auto seg = split(key);
    bool done = false;
    for (const auto& [to, from] : kOpenClipTop)
      if (key == from) {
        b.add(to, {key});
        done = true;
      }
    if (done) continue;
    if (key == "text_model.embeddings.position_ids") {
      b.ignore(key);
      continue;
    }
    if (seg.size() < 6 || seg[0] != "text_model" || seg[1] != "encoder" || seg[2] != "layers" ||
        index_of(seg[3]) < 0) {
      b.unmapped(key);
      continue;
    }
    const std::string block = "transformer.resblocks." + seg[3] + ".";
    const std::string rest = join(seg, 4);
    if (seg[4] == "self_attn" && (seg[5] == "q_proj" || seg[5] == "k_proj" || seg[5] == "v_proj")) {
      // Fused once, from q; k and v are consumed by that entry.
      if (seg[5] != "q_proj" || seg.size() != 7) continue;
      const std::string prefix = join(std::vector<std::string>(seg.begin(), seg.begin() + 5), 0);
      std::vector<std::string> qkv;
      for (const char* name : {"q_proj", "k_proj", "v_proj"}) {
        const std::string k = prefix + "." + name + "." + seg[6];
        if (!diffusers.count(k)) {
          qkv.clear();
          break;
        }
        qkv.push_back(k);
      }
      if (qkv.empty()) {
        b.unmapped(key);
        continue;
      }
      b.add(block + "attn.in_proj_" + seg[6], qkv, KeyOp::ConcatRows);
    } else if (const auto r = rename_head(rest, layer_table)) {
      b.add(block + *r, {key});
    } else {
      b.unmapped(key);
    }
  }
  // k / v entries whose q was missing were skipped above; report them.
  auto out = b.finish();
  std::set<std::string> used;
  for (const auto& m : out.tensors) used.insert(m.sources.begin(), m.sources.end());
  for (const auto& [key, _] : diffusers) {
    const bool qkv = key.find(".self_attn.k_proj.") != std::string::npos ||
                     key.find(".self_attn.v_proj.") != std::string::npos;
    if (qkv && !used.count(key)) out.unmapped.push_back(key);
  }
  return out;
}

// --- Whole checkpoints ------------------------------------------------------------------------

std::string ldm_ema_key(const std::string& ldm_unet_key) {
  // diffusers' extract_ema: "model_ema." + the key without its first segment and without dots.
  std::string rest = ldm_unet_key.substr(ldm_unet_key.find('.') + 1);
  rest.erase(std::remove(rest.begin(), rest.end(), '.'), rest.end());
  return kLdmEmaPrefix + rest;
}

ShapeMap strip_prefix(const ShapeMap& keys, const std::string& prefix) {
  ShapeMap out;
  for (auto it = keys.lower_bound(prefix); it != keys.end() && starts_with(it->first, prefix); ++it)
    out.emplace(it->first.substr(prefix.size()), it->second);
  return out;
}

namespace {

// Buffers of the LDM DDPM wrapper (the noise schedule) and EMA bookkeeping: never weights.
const std::set<std::string> kLdmBuffers = {"betas",
                                           "alphas_cumprod",
                                           "alphas_cumprod_prev",
                                           "sqrt_alphas_cumprod",
                                           "sqrt_one_minus_alphas_cumprod",
                                           "log_one_minus_alphas_cumprod",
                                           "sqrt_recip_alphas_cumprod",
                                           "sqrt_recipm1_alphas_cumprod",
                                           "posterior_variance",
                                           "posterior_log_variance_clipped",
                                           "posterior_mean_coef1",
                                           "posterior_mean_coef2",
                                           "logvar",
                                           "lvlb_weights"};

// Appends a component conversion, naming sources with `source_prefix` and targets with
// `target_prefix`.
void append(KeyConversion& all, const KeyConversion& part, const std::string& source_prefix,
            const std::string& target_prefix) {
  for (auto m : part.tensors) {
    m.target = target_prefix + m.target;
    for (auto& s : m.sources) s = source_prefix + s;
    all.tensors.push_back(std::move(m));
  }
  for (const auto& k : part.ignored) all.ignored.push_back(source_prefix + k);
  for (const auto& k : part.unmapped) all.unmapped.push_back(source_prefix + k);
}

}  // namespace

KeyConversion single_file_to_diffusers(const ShapeMap& checkpoint,
                                       const SingleFileKeyOptions& options) {
  KeyConversion all;
  append(all, unet_from_ldm(strip_prefix(checkpoint, kLdmUnetPrefix)), kLdmUnetPrefix, "unet.");
  append(all, vae_from_ldm(strip_prefix(checkpoint, kLdmVaePrefix)), kLdmVaePrefix, "vae.");
  append(all, clip_text_from_ldm(strip_prefix(checkpoint, kLdmClipPrefix)), kLdmClipPrefix,
         "text_encoder.");
  append(all,
         open_clip_text_from_ldm(strip_prefix(checkpoint, kLdmOpenClipPrefix),
                                 options.open_clip_layers),
         kLdmOpenClipPrefix, "text_encoder.");

  std::set<std::string> ema_used;
  if (options.use_ema) {
    for (auto& m : all.tensors) {
      if (!starts_with(m.target, "unet.")) continue;
      const auto ema = ldm_ema_key(m.sources.front());
      const auto it = checkpoint.find(ema);
      if (it == checkpoint.end() || it->second != checkpoint.at(m.sources.front())) continue;
      all.ignored.push_back(m.sources.front());
      m.sources.front() = ema;
      ema_used.insert(ema);
    }
  }
  for (const auto& [key, _] : checkpoint) {
    if (starts_with(key, kLdmUnetPrefix) || starts_with(key, kLdmVaePrefix) ||
        starts_with(key, kLdmClipPrefix) || starts_with(key, kLdmOpenClipPrefix) ||
        ema_used.count(key))
      continue;
    if (starts_with(key, kLdmEmaPrefix) || kLdmBuffers.count(key))
      all.ignored.push_back(key);
    else
      all.unmapped.push_back(key);
  }
  std::sort(all.tensors.begin(), all.tensors.end(),
            [](const KeyMapping& a, const KeyMapping& b) { return a.target < b.target; });
  return all;
}

KeyConversion diffusers_to_single_file(const ShapeMap& components, TextEncoderLayout layout) {
  KeyConversion all;
  append(all, unet_to_ldm(strip_prefix(components, "unet.")), "unet.", kLdmUnetPrefix);
  append(all, vae_to_ldm(strip_prefix(components, "vae.")), "vae.", kLdmVaePrefix);
  const auto text = strip_prefix(components, "text_encoder.");
  if (layout == TextEncoderLayout::OpenAiClip)
    append(all, clip_text_to_ldm(text), "text_encoder.", kLdmClipPrefix);
  else
    append(all, open_clip_text_to_ldm(text), "text_encoder.", kLdmOpenClipPrefix);
  for (const auto& [key, _] : components)
    if (!starts_with(key, "unet.") && !starts_with(key, "vae.") &&
        !starts_with(key, "text_encoder."))
      all.unmapped.push_back(key);
  std::sort(all.tensors.begin(), all.tensors.end(),
            [](const KeyMapping& a, const KeyMapping& b) { return a.target < b.target; });
  return all;
}

}  // namespace cds
