// Pixel checks on the training photos that a person understands: near-duplicates (a 64-bit
// difference hash with a mean-colour guard) and blur (variance of the Laplacian). Qt only,
// computed from one small decode per file, so dozens of photos take well under a second.
#pragma once

#include <QImage>
#include <QString>
#include <QVector>

namespace cds::ui {

// The long side, in pixels, at which photos are analysed. Small enough that a scaled JPEG decode
// and the filters cost a few milliseconds; large enough that real focus blur still shows.
inline constexpr int kAnalysisSide = 256;
// Neighbouring hash cells whose mean grey levels differ by less than this (of 255) give a bit that
// resizing and re-encoding flip at will (a plain backdrop, the inside of a flat shape: 118.0 vs
// 118.0 became 118.1 vs 118.0 in a JPEG copy); such bits are left out of the comparison.
inline constexpr double kHashTieLevels = 3.0;
// Near-duplicates: at most this many of every 64 hash bits differ, counting only the bits sure in
// both photos. Measured on two real photos: a copy scaled to 60 % and saved as JPEG at quality
// 60 differs in 0 bits, a copy cropped by 2 % in 0, the same shot darkened and flattened in an
// editor in 4; unrelated pictures differ in 10 or more per 64 (780 pairs of the test's synthetic
// pictures, which share a layout style: at least 10.4) and a mirrored copy in 35.
inline constexpr int kDuplicateMaxBits = 6;
// ... and the mean colours are at most this far apart (Euclidean, 0..255 RGB). Loose on purpose:
// a re-exposed or re-graded copy of one shot moves the mean by up to about 90 (85 measured for
// the edit above) and is still the same shot; the hash has already judged the content.
inline constexpr double kDuplicateMaxColourDistance = 100.0;
// When fewer than this many bits are sure in both (plain pictures: a flat one has none), the hash
// has said nothing and the colour alone decides, so it must be close: a copy moves the mean by
// 1 or 2, while a dark red square and a bright red one are 82 apart and not the same picture.
inline constexpr int kMinComparedBits = 16;
inline constexpr double kPlainDuplicateMaxColourDistance = 24.0;
// Blur: the variance of the 4-neighbour Laplacian (grey levels 0..255) of the photo scaled to
// kAnalysisSide on its long side. It grows with the square of the contrast, so a sharp but
// washed-out photo scores as low as a blurry vivid one; a photo is therefore called blurry only
// when the variance is low both absolutely and relative to the grey-level variance. Measured at
// this size on two real photos (a circuit board, 720x477) and synthetic pictures: the sharp
// photos score 756 and 3096 (ratio to the grey variance 1.65 and 1.84), the same at a quarter of
// the contrast 51 and 204 (same ratios), an edge-sparse sharp drawing (a gradient and two shapes)
// 204 (ratio 0.24); the photos blurred by a Gaussian of sigma 1.5 px here (3 px at the 512 px
// training size: visibly out of focus) fall to 10 and 31 (ratios 0.023 and 0.019). Each
// threshold sits between those groups with a margin of 2 or more, and slight softness (sigma
// 1 px here: 36 and 126, ratio 0.08) is not flagged.
inline constexpr double kBlurMaxLaplacianVariance = 100.0;
inline constexpr double kBlurMaxRelativeVariance = 0.05;  // Laplacian variance / grey variance
// Below this standard deviation of the grey levels the picture is nearly flat (a plain
// background, a blank scan): there is no edge to judge, so it is not called blurry.
inline constexpr double kFlatMaxDeviation = 4.0;

// What the pixel checks need from one photo.
struct ImageSignature {
  bool valid = false;
  quint64 hash = 0;           // differenceHash of the photo
  quint64 hashConfident = 0;  // the bits of `hash` whose cells differ by kHashTieLevels or more
  double meanRed = 0, meanGreen = 0, meanBlue = 0;  // 0..255
  double sharpness = 0;                             // laplacianVariance at kAnalysisSide
  double deviation = 0;                             // standard deviation of the grey levels, 0..255
};

// Decodes `file` scaled so its long side is at most kAnalysisSide (JPEG skips most of the work),
// as stored: the EXIF orientation is ignored, as training ignores it. A null image when the file
// cannot be read.
QImage readAnalysisImage(const QString& file);

// The signature of an image of any size; a null image gives an invalid signature. Images larger
// than kAnalysisSide are scaled down first (smaller ones are not enlarged: that would add blur).
ImageSignature analyzeImage(const QImage& image);

// dHash: the image in grey, averaged down to 9x8 cells; bit 8*row+col is set when cell col is
// brighter than cell col+1 of that row. Robust to resizing, re-encoding and small colour changes.
// `confident`, when given, gets the bits whose two cells differ by at least kHashTieLevels.
quint64 differenceHash(const QImage& image, quint64* confident = nullptr);
int hammingDistance(quint64 a, quint64 b);
// The Hamming distance of two signatures' hashes over the bits sure in both.
int hashDistance(const ImageSignature& a, const ImageSignature& b);

// The variance of the 4-neighbour Laplacian of the image's grey levels (0..255), over the inner
// pixels, at the image's own size. analyzeImage calls it at kAnalysisSide.
double laplacianVariance(const QImage& image);

bool looksBlurry(const ImageSignature& s);
bool looksAlike(const ImageSignature& a, const ImageSignature& b);

// For each signature, the indices of the others it looks almost the same as (invalid ones match
// nothing). Quadratic, which is nothing for the few dozen photos of a concept.
QVector<QVector<int>> findLookalikes(const QVector<ImageSignature>& signatures);

}  // namespace cds::ui
