// Samples of the training augmentation for one photo, made by the engine's own dataset code
// (core/train/custom_diffusion_dataset.h, diffusers' CustomDiffusionDataset.__getitem__), so the
// preview shows exactly what training does. Qt types only: widgets include this torch-free.
#pragma once

#include <QImage>
#include <QMetaType>
#include <QRect>
#include <QString>
#include <QVector>

namespace cds::ui {

struct AugmentationRequest {
  QString file;            // the photo
  int resolution = 512;    // the training resolution R (a multiple of 8)
  QString instancePrompt;  // e.g. "photo of a <new1> toy"
  quint64 seed = 0;        // seeds the std::mt19937_64 the dataset draws from
  int count = 6;           // how many samples
  bool hflip = false;      // --hflip: mirror with probability 0.5
};

struct AugmentationSample {
  QImage canvas;   // R x R RGB: what the VAE encodes; mid-grey (the zeros) where no photo is
  QImage mask;     // R/8 x R/8 Grayscale8: 255 where the loss counts, 0 where it is ignored
  QString prompt;  // the instance prompt with the prefix this sample got ("a far away ", ...)
  // Where the photo lies on the canvas: smaller than the canvas when it was shrunk, the whole
  // canvas when it was enlarged (and cropped) or kept at R.
  QRect placed;
  bool enlarged = false;  // scaled beyond R and cropped: the whole mask counts
};

struct AugmentationResult {
  QVector<AugmentationSample> samples;
  QString error;  // for the person, translated; empty on success
};

// Runs the dataset on a temporary folder holding a copy of the photo and draws `count` examples
// from one engine seeded with `seed`, as consecutive training steps would. Blocking (seconds for
// a large photo: every sample decodes and resizes it, as training does); call it off the GUI
// thread. Never throws: failures come back in `error`.
AugmentationResult makeAugmentationSamples(const AugmentationRequest& request);

// The canvas with the part the loss ignores shaded (the mask scaled up to the canvas).
QImage shadeIgnoredArea(const AugmentationSample& sample);

}  // namespace cds::ui

Q_DECLARE_METATYPE(cds::ui::AugmentationResult)
