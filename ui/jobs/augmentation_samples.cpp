// Augmentation samples (see augmentation_samples.h): CustomDiffusionDataset::get on a one-photo
// concept, each TrainExample turned into Qt images on the calling (worker) thread.
#include "ui/jobs/augmentation_samples.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <random>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

// libtorch names a member `slots`, which Qt defines as a keyword macro.
#pragma push_macro("slots")
#undef slots
#include <c10/util/Exception.h>
#include <torch/torch.h>

#include "core/error.h"
#include "core/train/custom_diffusion_dataset.h"
#include "core/train/image_loading.h"
#pragma pop_macro("slots")

namespace cds::ui {

namespace {

// The translation context of this file's sentences.
class AugmentationSamples {
  Q_DECLARE_TR_FUNCTIONS(AugmentationSamples)
};

std::filesystem::path toPath(const QString& path) {
  return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// The engine's message, first line only (libtorch appends a C++ backtrace), with the temporary
// copy's path replaced by the photo's own so the person recognises the file.
QString describe(const std::exception& e, const QString& copy, const QString& original) {
  QString text;
  if (const auto* c10 = dynamic_cast<const c10::Error*>(&e))
    text = QString::fromStdString(c10->what_without_backtrace());
  else
    text = QString::fromStdString(e.what());
  return text.section(QLatin1Char('\n'), 0, 0).replace(copy, original);
}

// [3, R, R] float32 in [-1, 1] -> RGB8, v = (p + 1) * 127.5 rounded; the canvas's zeros become
// 128, the grey the person sees. Also finds where the photo lies: a photo pixel is never exactly
// 0 (v / 127.5 - 1 = 0 needs v = 127.5), so the non-zero pixels are exactly the placed photo.
QImage canvasImage(const torch::Tensor& chw, QRect* placed) {
  const torch::Tensor t = chw.to(torch::kFloat32).contiguous();
  const int r = static_cast<int>(t.size(1)), c = static_cast<int>(t.size(2));
  const float* p = t.data_ptr<float>();
  const size_t plane = static_cast<size_t>(r) * c;
  QImage image(c, r, QImage::Format_RGB888);
  int x0 = c, y0 = r, x1 = -1, y1 = -1;
  for (int y = 0; y < r; ++y) {
    uchar* row = image.scanLine(y);
    for (int x = 0; x < c; ++x) {
      const size_t i = static_cast<size_t>(y) * c + x;
      for (int ch = 0; ch < 3; ++ch) {
        const long v = std::lround((p[ch * plane + i] + 1.0f) * 127.5f);
        row[3 * x + ch] = static_cast<uchar>(std::clamp(v, 0L, 255L));
      }
      if (p[i] != 0.0f) {
        x0 = std::min(x0, x);
        y0 = std::min(y0, y);
        x1 = std::max(x1, x);
        y1 = std::max(y1, y);
      }
    }
  }
  *placed = x1 < 0 ? QRect() : QRect(QPoint(x0, y0), QPoint(x1, y1));
  return image;
}

// [m, m] float32, 1 where the loss counts -> Grayscale8 255 / 0.
QImage maskImage(const torch::Tensor& mask, bool* allOnes) {
  const torch::Tensor t = mask.to(torch::kFloat32).contiguous();
  const int h = static_cast<int>(t.size(0)), w = static_cast<int>(t.size(1));
  const float* p = t.data_ptr<float>();
  QImage image(w, h, QImage::Format_Grayscale8);
  *allOnes = true;
  for (int y = 0; y < h; ++y) {
    uchar* row = image.scanLine(y);
    for (int x = 0; x < w; ++x) {
      const bool counts = p[static_cast<size_t>(y) * w + x] > 0.5f;
      row[x] = counts ? 255 : 0;
      *allOnes = *allOnes && counts;
    }
  }
  return image;
}

}  // namespace

AugmentationResult makeAugmentationSamples(const AugmentationRequest& request) {
  AugmentationResult result;
  const QFileInfo info(request.file);
  if (!info.isFile()) {
    result.error =
        AugmentationSamples::tr("Cannot read %1: the file is not there.").arg(request.file);
    return result;
  }
  // The copy keeps the extension, which is how the engine picks its images; a format only Qt
  // reads would be skipped by training too, so say so instead of showing an empty folder error.
  QTemporaryDir dir;
  const QString copy = dir.filePath(QStringLiteral("photo.") + info.suffix());
  if (!has_image_extension(toPath(copy))) {
    result.error =
        AugmentationSamples::tr("Training cannot read %1: use JPEG, PNG, WebP, BMP or TIFF files.")
            .arg(info.fileName());
    return result;
  }
  if (!dir.isValid() || !QFile::copy(request.file, copy)) {
    result.error = AugmentationSamples::tr("Cannot read %1.").arg(request.file);
    return result;
  }
  try {
    Concept concept;
    concept.instance_prompt = request.instancePrompt.toStdString();
    concept.instance_data_dir = toPath(dir.path());
    DatasetOptions options;
    options.resolution = request.resolution;
    options.aug = true;
    options.hflip = request.hflip;
    std::mt19937_64 rng(request.seed);
    const CustomDiffusionDataset dataset({concept}, options, rng);
    for (int i = 0; i < request.count; ++i) {
      // Consecutive draws from one engine, as consecutive training steps on this photo.
      const TrainExample example = dataset.get(0, rng);
      AugmentationSample sample;
      sample.canvas = canvasImage(example.instance_pixel_values, &sample.placed);
      sample.mask = maskImage(example.instance_mask, &sample.enlarged);
      sample.prompt = QString::fromStdString(example.instance_prompt);
      result.samples.push_back(std::move(sample));
    }
  } catch (const std::exception& e) {
    result.samples.clear();
    result.error =
        AugmentationSamples::tr("Cannot make the preview: %1").arg(describe(e, copy, request.file));
  }
  return result;
}

QImage shadeIgnoredArea(const AugmentationSample& sample) {
  QImage out = sample.canvas.convertToFormat(QImage::Format_RGB32);
  if (sample.mask.isNull() || out.isNull()) return out;
  // Nearest-neighbour: each latent cell covers exactly 8 x 8 canvas pixels.
  const QImage mask = sample.mask.scaled(out.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation)
                          .convertToFormat(QImage::Format_Grayscale8);
  // Diagonal stripes of a dark blue tint: visible on the grey canvas and on any photo.
  const QColor tint(20, 30, 110);
  for (int y = 0; y < out.height(); ++y) {
    QRgb* row = reinterpret_cast<QRgb*>(out.scanLine(y));
    const uchar* m = mask.constScanLine(y);
    for (int x = 0; x < out.width(); ++x) {
      if (m[x] >= 128) continue;
      const double a = ((x + y) / 6) % 2 ? 0.55 : 0.35;
      const QRgb p = row[x];
      row[x] =
          qRgb(int(qRed(p) * (1 - a) + tint.red() * a), int(qGreen(p) * (1 - a) + tint.green() * a),
               int(qBlue(p) * (1 - a) + tint.blue() * a));
    }
  }
  return out;
}

}  // namespace cds::ui
