// Value types that cross from the job runner's worker thread to the widgets: requests built by
// the pages and the progress, loss points, previews and images the engine reports. Qt and the
// engine's plain project types only (no torch), so widgets that include this stay torch-free.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include "core/project/studio_project.h"

namespace cds::ui {

// Every job the runner queues gets one, unique for the runner's lifetime and never 0 (0: no job).
// Signals carry it, so each page follows and stops only the jobs it started.
using JobId = quint64;

// Where a concept's class pictures come from: the engine's names (core/project/studio_project.h).
using ClassImageSource = cds::ClassImageSource;

// One concept as the Concepts and Regularization pages set it.
struct ConceptSettings {
  QString kind = QStringLiteral("object");  // object | pet | face | style: the preset
  QString className = QStringLiteral("toy");
  QStringList images;
  QString modifierToken = QStringLiteral("<new1>");
  QString initializerToken = QStringLiteral("ktn");
  QString instancePrompt;  // empty: "photo of a <token> <class>"
  QString classPrompt;     // empty: "photo of a <class>"
  ClassImageSource classSource = ClassImageSource::None;
  int numClassImages = 200;
  QString retrievalServer;  // a clip-retrieval knn-service URL (Fetch)
  QString sourceFolder;     // the person's own folder of class pictures (Folder)
  QString classDataDir;     // the filled folder; empty: chosen when first needed

  QString effectiveInstancePrompt() const {
    return instancePrompt.isEmpty()
               ? QStringLiteral("photo of a %1 %2").arg(modifierToken, className)
               : instancePrompt;
  }
  QString effectiveClassPrompt() const {
    return classPrompt.isEmpty() ? QStringLiteral("photo of a %1").arg(className) : classPrompt;
  }
};

// Everything the Concepts, Regularization and Train pages set for one run, as the project file
// saves it.
struct TrainingSettings {
  QString model;      // base model folder or ORG/NAME
  QString outputDir;  // where checkpoints, previews and the final weights go
  QVector<ConceptSettings> concepts{ConceptSettings()};
  // Up front.
  int steps = 250;
  double learningRate = 1e-5;
  int batchSize = 1;
  int resolution = 512;
  bool priorPreservation = false;  // derived: every concept has class pictures
  double priorWeight = 1.0;
  QString freezeMode = QStringLiteral("crossattn_kv");
  QString precision = QStringLiteral("no");  // no | bf16 | fp16
  QString device = QStringLiteral("cpu");
  bool gradientCheckpointing = false;  // "save memory": slower steps, less memory
  // Advanced.
  QString lrScheduler = QStringLiteral("constant");
  int warmupSteps = 0;
  int gradientAccumulation = 1;
  int checkpointEvery = 250;
  int validationEvery = 50;
  int validationImages = 2;
  QString validationPrompt;  // empty: the first concept's instance prompt
  qint64 seed = 42;
  bool hflip = false;
  bool noAugmentation = false;
  bool centerCrop = false;
  bool resume = false;  // continue from the latest checkpoint in outputDir
};

// Fill a concept's class folder from its source (the Regularization page).
struct ClassImagesRequest {
  int concept = 0;  // index on the pages, echoed in the signals
  ClassImageSource source = ClassImageSource::Generate;
  QString classPrompt;
  QString classDataDir;
  int count = 200;
  QString retrievalServer;
  QString sourceFolder;
  // Generate: the base model and where it runs.
  QString model;
  QString device = QStringLiteral("cpu");
  quint64 seed = 0;
  int steps = 50;
};

struct ClassImagesProgress {
  int concept = 0;
  int have = 0;
  int wanted = 0;
  int failed = 0;
  QString message;
};

// Download a Stable Diffusion pipeline from the Hugging Face Hub into the shared cache.
struct ModelDownloadRequest {
  QString repoId;  // ORG/NAME
  QString revision = QStringLiteral("main");
  QString variant;   // "fp16" or empty
  QString token;     // empty: HF_TOKEN or the saved token
  QString endpoint;  // empty: HF_ENDPOINT or huggingface.co
};

struct ModelDownloadProgress {
  QString file;
  int fileIndex = 0;
  int fileCount = 0;
  qint64 doneBytes = 0;
  qint64 totalBytes = -1;
  double bytesPerSecond = 0;
};

struct TrainingProgress {
  qint64 step = 0;
  qint64 totalSteps = 0;
  double stepsPerSecond = 0;
  double elapsedSeconds = 0;
  double etaSeconds = 0;
  qint64 gpuMemoryBytes = 0;  // 0 when training runs on the processor
  qint64 gpuTotalBytes = 0;
};

struct LossPoint {
  qint64 step = 0;
  double loss = 0;
  double learningRate = 0;
};

struct ValidationPreview {
  qint64 step = 0;
  QStringList images;  // PNG files
  QString weightsDir;  // inference-ready weights of this step
};

// A LoRA or LyCORIS file applied for generation, at a strength (1: as made).
struct LoraFile {
  QString file;
  double strength = 1.0;
};

struct GenerationRequest {
  QString model;
  QString weightsDir;  // a training output; empty: the base model alone
  double strength = 1.0;
  QList<LoraFile> loras;   // applied after the concept, in order
  QStringList embeddings;  // textual-inversion files, each a prompt word (its file name)
  QString prompt;
  QString negativePrompt;
  int steps = 30;
  double guidance = 7.5;
  QString scheduler;  // empty: the model's own
  quint64 seed = 0;
  int width = 0;  // 0: the model's default
  int height = 0;
  int numImages = 1;
  QString device = QStringLiteral("cpu");
  QString outputDir;  // where the PNG files are written
};

// A trained concept exported for other tools (core/export/concept_export.h).
struct ExportRequest {
  QString model;       // the base it was trained on
  QString weightsDir;  // the concept
  QString format;      // "diff", "lora" or "embedding"
  QString output;      // the .safetensors file (diff, lora) or folder (embedding)
  int rank = 0;        // lora: 0 keeps 99% of each change's energy
};

struct GeneratedImage {
  QString file;        // a PNG with the parameters embedded
  QString parameters;  // the same text, as AUTOMATIC1111 writes it
  quint64 seed = 0;
};

}  // namespace cds::ui

Q_DECLARE_METATYPE(cds::ui::TrainingSettings)
Q_DECLARE_METATYPE(cds::ui::TrainingProgress)
Q_DECLARE_METATYPE(cds::ui::LossPoint)
Q_DECLARE_METATYPE(cds::ui::ValidationPreview)
Q_DECLARE_METATYPE(cds::ui::GenerationRequest)
Q_DECLARE_METATYPE(cds::ui::GeneratedImage)
Q_DECLARE_METATYPE(cds::ui::ClassImagesProgress)
Q_DECLARE_METATYPE(cds::ui::ModelDownloadProgress)
