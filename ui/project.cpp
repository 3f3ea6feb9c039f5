// Project files (see project.h).
#include "ui/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace cds::ui {

namespace {

QJsonObject trainingToJson(const TrainingSettings& s) {
  return {{"outputDir", s.outputDir},
          {"images", QJsonArray::fromStringList(s.images)},
          {"modifierToken", s.modifierToken},
          {"initializerToken", s.initializerToken},
          {"instancePrompt", s.instancePrompt},
          {"classPrompt", s.classPrompt},
          {"steps", s.steps},
          {"learningRate", s.learningRate},
          {"batchSize", s.batchSize},
          {"resolution", s.resolution},
          {"priorPreservation", s.priorPreservation},
          {"priorWeight", s.priorWeight},
          {"freezeMode", s.freezeMode},
          {"precision", s.precision},
          {"device", s.device},
          {"lrScheduler", s.lrScheduler},
          {"warmupSteps", s.warmupSteps},
          {"gradientAccumulation", s.gradientAccumulation},
          {"checkpointEvery", s.checkpointEvery},
          {"validationEvery", s.validationEvery},
          {"validationImages", s.validationImages},
          {"validationPrompt", s.validationPrompt},
          {"seed", s.seed},
          {"hflip", s.hflip},
          {"noAugmentation", s.noAugmentation},
          {"centerCrop", s.centerCrop},
          {"numClassImages", s.numClassImages},
          {"classDataDir", s.classDataDir},
          {"resume", s.resume}};
}

TrainingSettings trainingFromJson(const QJsonObject& j) {
  // Absent keys keep their defaults, so files from older versions stay readable.
  TrainingSettings s;
  s.outputDir = j.value("outputDir").toString(s.outputDir);
  QStringList images;
  for (const auto& v : j.value("images").toArray()) images << v.toString();
  s.images = images;
  s.modifierToken = j.value("modifierToken").toString(s.modifierToken);
  s.initializerToken = j.value("initializerToken").toString(s.initializerToken);
  s.instancePrompt = j.value("instancePrompt").toString(s.instancePrompt);
  s.classPrompt = j.value("classPrompt").toString(s.classPrompt);
  s.steps = j.value("steps").toInt(s.steps);
  s.learningRate = j.value("learningRate").toDouble(s.learningRate);
  s.batchSize = j.value("batchSize").toInt(s.batchSize);
  s.resolution = j.value("resolution").toInt(s.resolution);
  s.priorPreservation = j.value("priorPreservation").toBool(s.priorPreservation);
  s.priorWeight = j.value("priorWeight").toDouble(s.priorWeight);
  s.freezeMode = j.value("freezeMode").toString(s.freezeMode);
  s.precision = j.value("precision").toString(s.precision);
  s.device = j.value("device").toString(s.device);
  s.lrScheduler = j.value("lrScheduler").toString(s.lrScheduler);
  s.warmupSteps = j.value("warmupSteps").toInt(s.warmupSteps);
  s.gradientAccumulation = j.value("gradientAccumulation").toInt(s.gradientAccumulation);
  s.checkpointEvery = j.value("checkpointEvery").toInt(s.checkpointEvery);
  s.validationEvery = j.value("validationEvery").toInt(s.validationEvery);
  s.validationImages = j.value("validationImages").toInt(s.validationImages);
  s.validationPrompt = j.value("validationPrompt").toString(s.validationPrompt);
  s.seed = j.value("seed").toInteger(s.seed);
  s.hflip = j.value("hflip").toBool(s.hflip);
  s.noAugmentation = j.value("noAugmentation").toBool(s.noAugmentation);
  s.centerCrop = j.value("centerCrop").toBool(s.centerCrop);
  s.numClassImages = j.value("numClassImages").toInt(s.numClassImages);
  s.classDataDir = j.value("classDataDir").toString(s.classDataDir);
  s.resume = j.value("resume").toBool(s.resume);
  return s;
}

QJsonObject generationToJson(const GenerationRequest& r) {
  return {{"weightsDir", r.weightsDir}, {"strength", r.strength},
          {"prompt", r.prompt},         {"negativePrompt", r.negativePrompt},
          {"steps", r.steps},           {"guidance", r.guidance},
          {"scheduler", r.scheduler},   {"seed", QString::number(r.seed)},
          {"width", r.width},           {"height", r.height},
          {"numImages", r.numImages}};
}

GenerationRequest generationFromJson(const QJsonObject& j) {
  GenerationRequest r;
  r.weightsDir = j.value("weightsDir").toString();
  r.strength = j.value("strength").toDouble(r.strength);
  r.prompt = j.value("prompt").toString();
  r.negativePrompt = j.value("negativePrompt").toString();
  r.steps = j.value("steps").toInt(r.steps);
  r.guidance = j.value("guidance").toDouble(r.guidance);
  r.scheduler = j.value("scheduler").toString();
  r.seed = j.value("seed").toString().toULongLong();  // a string: JSON numbers lose 64-bit seeds
  r.width = j.value("width").toInt();
  r.height = j.value("height").toInt();
  r.numImages = j.value("numImages").toInt(r.numImages);
  return r;
}

}  // namespace

QJsonObject Project::toJson() const {
  return {{"format", "cdstudio-project"},
          {"version", kVersion},
          {"model", model},
          {"concept", QJsonObject{{"kind", conceptKind}, {"className", className}}},
          {"training", trainingToJson(training)},
          {"generation", generationToJson(generation)}};
}

bool Project::fromJson(const QJsonObject& json, Project& p, QString* error) {
  if (json.value("format").toString() != QLatin1String("cdstudio-project")) {
    if (error) *error = tr("This is not a Custom Diffusion Studio project.");
    return false;
  }
  const int version = json.value("version").toInt(0);
  if (version < 1 || version > kVersion) {
    if (error)
      *error = tr("This project was made by a newer version of the app (format %1).").arg(version);
    return false;
  }
  p = Project();
  p.model = json.value("model").toString();
  const QJsonObject concept = json.value("concept").toObject();
  p.conceptKind = concept.value("kind").toString(p.conceptKind);
  p.className = concept.value("className").toString(p.className);
  p.training = trainingFromJson(json.value("training").toObject());
  p.training.model = p.model;
  p.generation = generationFromJson(json.value("generation").toObject());
  p.generation.model = p.model;
  return true;
}

bool Project::save(const QString& file, QString* error) const {
  QSaveFile out(file);
  if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(toJson()).toJson()) < 0 ||
      !out.commit()) {
    if (error) *error = tr("Cannot write %1: %2").arg(file, out.errorString());
    return false;
  }
  return true;
}

bool Project::load(const QString& file, Project& project, QString* error) {
  QFile in(file);
  if (!in.open(QIODevice::ReadOnly)) {
    if (error) *error = tr("Cannot read %1: %2").arg(file, in.errorString());
    return false;
  }
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
  if (!doc.isObject()) {
    if (error) *error = tr("%1 is damaged: %2").arg(file, parseError.errorString());
    return false;
  }
  return fromJson(doc.object(), project, error);
}

}  // namespace cds::ui
