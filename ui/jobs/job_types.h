// Value types that cross from the job runner's worker thread to the widgets: requests built by
// the pages and the progress, loss points, previews and images the engine reports. Qt only; no
// engine header here, so widgets that include this stay torch-free.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cds::ui {

// Everything the Concepts and Train pages set for one run, as the project file saves it.
struct TrainingSettings {
  QString model;      // base model folder or ORG/NAME
  QString outputDir;  // where checkpoints, previews and the final weights go
  // The concept.
  QStringList images;
  QString modifierToken = QStringLiteral("<new1>");
  QString initializerToken = QStringLiteral("ktn");
  QString instancePrompt;
  QString classPrompt;
  // Up front.
  int steps = 250;
  double learningRate = 1e-5;
  int batchSize = 1;
  int resolution = 512;
  bool priorPreservation = false;
  double priorWeight = 1.0;
  QString freezeMode = QStringLiteral("crossattn_kv");
  QString precision = QStringLiteral("no");  // no | bf16 | fp16
  QString device = QStringLiteral("cpu");
  // Advanced.
  QString lrScheduler = QStringLiteral("constant");
  int warmupSteps = 0;
  int gradientAccumulation = 1;
  int checkpointEvery = 250;
  int validationEvery = 50;
  int validationImages = 2;
  QString validationPrompt;  // empty: the instance prompt
  qint64 seed = 42;
  bool hflip = false;
  bool noAugmentation = false;
  bool centerCrop = false;
  int numClassImages = 200;
  QString classDataDir;
  bool resume = false;  // continue from the latest checkpoint in outputDir
};

struct TrainingProgress {
  qint64 step = 0;
  qint64 totalSteps = 0;
  double stepsPerSecond = 0;
  double elapsedSeconds = 0;
  double etaSeconds = 0;
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

struct GenerationRequest {
  QString model;
  QString weightsDir;  // a training output; empty: the base model alone
  double strength = 1.0;
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
