// The pixel checks (see dataset_checks.h): difference hash, mean colour and the variance of the
// Laplacian, on one greyscale copy of the photo at most kAnalysisSide pixels on its long side.
#include "ui/dataset_checks.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QImageReader>
#include <QtAlgorithms>

namespace cds::ui {

namespace {

// The image's grey levels as doubles, row-major (Qt's luminance weights).
std::vector<double> greyLevels(const QImage& image) {
  const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
  std::vector<double> out(static_cast<size_t>(grey.width()) * grey.height());
  for (int y = 0; y < grey.height(); ++y) {
    const uchar* row = grey.constScanLine(y);
    for (int x = 0; x < grey.width(); ++x) out[static_cast<size_t>(y) * grey.width() + x] = row[x];
  }
  return out;
}

QImage scaledForAnalysis(const QImage& image) {
  if (std::max(image.width(), image.height()) <= kAnalysisSide) return image;
  return image.scaled(kAnalysisSide, kAnalysisSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

}  // namespace

QImage readAnalysisImage(const QString& file) {
  QImageReader reader(file);
  // As training reads it: diffusers' Image.open ignores the EXIF orientation, and so do we.
  reader.setAutoTransform(false);
  const QSize stored = reader.size();
  const bool shrink = stored.isValid() && std::max(stored.width(), stored.height()) > kAnalysisSide;
  // Training drops alpha and keeps the colour under it (PIL's convert("RGB")), but scaling
  // premultiplies, which turns transparent pixels black: such images are made opaque first.
  if (QImage::toPixelFormat(reader.imageFormat()).alphaUsage() != QPixelFormat::UsesAlpha) {
    if (shrink)
      reader.setScaledSize(stored.scaled(kAnalysisSide, kAnalysisSide, Qt::KeepAspectRatio));
    return reader.read();
  }
  QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
  for (int y = 0; y < image.height(); ++y) {
    auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < image.width(); ++x) row[x] |= 0xFF000000u;
  }
  image = image.convertToFormat(QImage::Format_RGB32);
  return shrink ? scaledForAnalysis(image) : image;
}

quint64 differenceHash(const QImage& image, quint64* confident) {
  if (confident) *confident = 0;
  if (image.isNull()) return 0;
  const QImage small = scaledForAnalysis(image);
  const int w = small.width(), h = small.height();
  const std::vector<double> grey = greyLevels(small);
  // Box averages over 9x8 cells (each source pixel in exactly one cell), which is what makes
  // the hash indifferent to the source size; Qt's smooth scaling to 9x8 samples too sparsely.
  constexpr int kCols = 9, kRows = 8;
  double cells[kRows][kCols] = {};
  int counts[kRows][kCols] = {};
  for (int y = 0; y < h; ++y) {
    const int r = std::min(y * kRows / h, kRows - 1);
    for (int x = 0; x < w; ++x) {
      const int c = std::min(x * kCols / w, kCols - 1);
      cells[r][c] += grey[static_cast<size_t>(y) * w + x];
      ++counts[r][c];
    }
  }
  quint64 hash = 0;
  for (int r = 0; r < kRows; ++r) {
    for (int c = 0; c < kCols - 1; ++c) {
      const double left = cells[r][c] / std::max(counts[r][c], 1);
      const double right = cells[r][c + 1] / std::max(counts[r][c + 1], 1);
      const quint64 bit = quint64{1} << (r * 8 + c);
      if (left > right) hash |= bit;
      if (confident && std::abs(left - right) >= kHashTieLevels) *confident |= bit;
    }
  }
  return hash;
}

int hammingDistance(quint64 a, quint64 b) { return int(qPopulationCount(a ^ b)); }

int hashDistance(const ImageSignature& a, const ImageSignature& b) {
  return hammingDistance(a.hash & a.hashConfident & b.hashConfident,
                         b.hash & a.hashConfident & b.hashConfident);
}

double laplacianVariance(const QImage& image) {
  if (image.isNull() || image.width() < 3 || image.height() < 3) return 0;
  const int w = image.width(), h = image.height();
  const std::vector<double> g = greyLevels(image);
  double sum = 0, sumSq = 0;
  for (int y = 1; y < h - 1; ++y) {
    for (int x = 1; x < w - 1; ++x) {
      const size_t i = static_cast<size_t>(y) * w + x;
      const double lap = g[i - 1] + g[i + 1] + g[i - w] + g[i + w] - 4 * g[i];
      sum += lap;
      sumSq += lap * lap;
    }
  }
  const double n = double(w - 2) * (h - 2);
  const double mean = sum / n;
  return std::max(0.0, sumSq / n - mean * mean);
}

ImageSignature analyzeImage(const QImage& image) {
  ImageSignature s;
  if (image.isNull()) return s;
  const QImage small = scaledForAnalysis(image).convertToFormat(QImage::Format_RGB32);
  s.valid = true;
  s.hash = differenceHash(small, &s.hashConfident);
  s.sharpness = laplacianVariance(small);
  double r = 0, g = 0, b = 0;
  for (int y = 0; y < small.height(); ++y) {
    const QRgb* row = reinterpret_cast<const QRgb*>(small.constScanLine(y));
    for (int x = 0; x < small.width(); ++x) {
      r += qRed(row[x]);
      g += qGreen(row[x]);
      b += qBlue(row[x]);
    }
  }
  const double n = double(small.width()) * small.height();
  s.meanRed = r / n;
  s.meanGreen = g / n;
  s.meanBlue = b / n;
  const std::vector<double> grey = greyLevels(small);
  double sum = 0, sumSq = 0;
  for (double v : grey) {
    sum += v;
    sumSq += v * v;
  }
  s.deviation = std::sqrt(std::max(0.0, sumSq / n - (sum / n) * (sum / n)));
  return s;
}

bool looksBlurry(const ImageSignature& s) {
  return s.valid && s.deviation >= kFlatMaxDeviation && s.sharpness < kBlurMaxLaplacianVariance &&
         s.sharpness < kBlurMaxRelativeVariance * s.deviation * s.deviation;
}

bool looksAlike(const ImageSignature& a, const ImageSignature& b) {
  if (!a.valid || !b.valid) return false;
  const double colour =
      std::hypot(a.meanRed - b.meanRed, a.meanGreen - b.meanGreen, a.meanBlue - b.meanBlue);
  // The allowance scales with the bits compared, so pictures with large plain areas (few sure
  // bits) need proportionally fewer differences, not the same 6 out of fewer.
  const int compared = int(qPopulationCount(a.hashConfident & b.hashConfident));
  const double maxColour =
      compared >= kMinComparedBits ? kDuplicateMaxColourDistance : kPlainDuplicateMaxColourDistance;
  return hashDistance(a, b) * 64 <= kDuplicateMaxBits * compared && colour <= maxColour;
}

QVector<QVector<int>> findLookalikes(const QVector<ImageSignature>& signatures) {
  QVector<QVector<int>> out(signatures.size());
  for (int i = 0; i < signatures.size(); ++i)
    for (int j = i + 1; j < signatures.size(); ++j)
      if (looksAlike(signatures[i], signatures[j])) {
        out[i].push_back(j);
        out[j].push_back(i);
      }
  return out;
}

}  // namespace cds::ui
