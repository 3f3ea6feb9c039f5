// Concept folders "trained" on the demo model for the library's GUI tests, made without torch:
// the model's cross-attention key/value weights moved a little (a pattern set by `phase`) under
// save_attn_procs names, a token embedding, and a training_args.json naming the base model.
#pragma once

#include <cmath>
#include <cstring>

#include <QDir>
#include <QFile>
#include <QString>
#include <QtTest>

#include "core/io/safetensors_file.h"

namespace cds::test {

// Writes a concept folder for `token` "trained" on `model` into `dir`; `recordedBase` is the
// base model its training_args.json names (empty: `model`).
inline void writeLibraryConcept(const QString& model, const QString& dir,
                                const QString& token = QStringLiteral("<new1>"), float phase = 0,
                                const QString& recordedBase = QString()) {
  QDir().mkpath(dir);
  const auto unet = cds::SafetensorsFile::open(
      (model + QStringLiteral("/unet/diffusion_pytorch_model.safetensors")).toStdString());
  std::vector<std::vector<float>> storage;
  std::vector<cds::TensorBytes> tensors;
  for (const auto& t : unet.tensors()) {
    const std::string& name = t.name;
    for (const char* part : {"to_k", "to_v"}) {
      const std::string suffix = std::string("attn2.") + part + ".weight";
      if (name.size() < suffix.size() ||
          name.compare(name.size() - suffix.size(), suffix.size(), suffix))
        continue;
      std::vector<float> values(t.numel());
      std::memcpy(values.data(), unet.data(t), t.byte_size());
      for (size_t i = 0; i < values.size(); ++i)
        values[i] *= 1.0f + 0.05f * std::sin(float(i) + phase);
      storage.push_back(std::move(values));
      const std::string layer = name.substr(0, name.size() - std::strlen(part) - 8);  // "...attn2"
      tensors.push_back({layer + ".processor." + part + "_custom_diffusion.weight", cds::DType::F32,
                         t.shape, storage.back().data(), t.byte_size()});
    }
  }
  QVERIFY(!tensors.empty());
  cds::write_safetensors(
      (dir + QStringLiteral("/pytorch_custom_diffusion_weights.safetensors")).toStdString(),
      tensors, {{"format", "pt"}});
  std::vector<float> row(32);
  for (size_t i = 0; i < row.size(); ++i) row[i] = 0.01f * float(i) + 0.1f * phase;
  cds::write_safetensors(
      (dir + QLatin1Char('/') + token + QStringLiteral(".safetensors")).toStdString(),
      {{token.toStdString(), cds::DType::F32, {32}, row.data(), row.size() * 4}},
      {{"format", "pt"}});
  QFile args(dir + QStringLiteral("/training_args.json"));
  QVERIFY(args.open(QIODevice::WriteOnly));
  args.write(QStringLiteral("{\"pretrained_model_name_or_path\": \"%1\", \"instance_prompt\": "
                            "\"photo of a %2 cat\", \"class_prompt\": \"cat\"}")
                 .arg(recordedBase.isEmpty() ? model : recordedBase, token)
                 .toUtf8());
}

}  // namespace cds::test
