// Project files (see project.h).
#include "ui/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace cds::ui {

namespace {

const char* const kSourceNames[] = {"none", "fetch", "openverse", "generate", "folder"};

QString sourceName(ClassImageSource source) {
  return QString::fromLatin1(kSourceNames[static_cast<int>(source)]);
}

ClassImageSource sourceFromName(const QString& name) {
  for (int i = 0; i < 5; ++i)
    if (name == QLatin1String(kSourceNames[i])) return static_cast<ClassImageSource>(i);
  return ClassImageSource::None;
}

QJsonObject conceptToJson(const ConceptSettings& c) {
  return {{"kind", c.kind},
          {"className", c.className},
          {"images", QJsonArray::fromStringList(c.images)},
          {"modifierToken", c.modifierToken},
          {"initializerToken", c.initializerToken},
          {"instancePrompt", c.instancePrompt},
          {"classPrompt", c.classPrompt},
          {"classSource", sourceName(c.classSource)},
          {"numClassImages", c.numClassImages},
          {"retrievalServer", c.retrievalServer},
          {"sourceFolder", c.sourceFolder},
          {"classDataDir", c.classDataDir}};
}

QStringList stringList(const QJsonValue& value) {
  QStringList out;
  for (const auto& v : value.toArray()) out << v.toString();
  return out;
}

ConceptSettings conceptFromJson(const QJsonObject& j) {
  ConceptSettings c;
  c.kind = j.value("kind").toString(c.kind);
  c.className = j.value("className").toString(c.className);
  c.images = stringList(j.value("images"));
  c.modifierToken = j.value("modifierToken").toString(c.modifierToken);
  c.initializerToken = j.value("initializerToken").toString(c.initializerToken);
  c.instancePrompt = j.value("instancePrompt").toString();
  c.classPrompt = j.value("classPrompt").toString();
  c.classSource = sourceFromName(j.value("classSource").toString());
  c.numClassImages = j.value("numClassImages").toInt(c.numClassImages);
  c.retrievalServer = j.value("retrievalServer").toString();
  c.sourceFolder = j.value("sourceFolder").toString();
  c.classDataDir = j.value("classDataDir").toString();
  return c;
}

QJsonObject trainingToJson(const TrainingSettings& s) {
  QJsonArray concepts;
  for (const ConceptSettings& c : s.concepts) concepts.append(conceptToJson(c));
  return {{"outputDir", s.outputDir},
          {"concepts", concepts},
          {"steps", s.steps},
          {"learningRate", s.learningRate},
          {"batchSize", s.batchSize},
          {"resolution", s.resolution},
          {"priorWeight", s.priorWeight},
          {"freezeMode", s.freezeMode},
          {"precision", s.precision},
          {"device", s.device},
          {"gradientCheckpointing", s.gradientCheckpointing},
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
          {"resume", s.resume}};
}

TrainingSettings trainingFromJson(const QJsonObject& j) {
  // Absent keys keep their defaults, so files from older versions stay readable.
  TrainingSettings s;
  s.outputDir = j.value("outputDir").toString(s.outputDir);
  s.concepts.clear();
  for (const auto& v : j.value("concepts").toArray()) s.concepts << conceptFromJson(v.toObject());
  if (s.concepts.isEmpty()) s.concepts << ConceptSettings();
  s.steps = j.value("steps").toInt(s.steps);
  s.learningRate = j.value("learningRate").toDouble(s.learningRate);
  s.batchSize = j.value("batchSize").toInt(s.batchSize);
  s.resolution = j.value("resolution").toInt(s.resolution);
  s.priorWeight = j.value("priorWeight").toDouble(s.priorWeight);
  s.freezeMode = j.value("freezeMode").toString(s.freezeMode);
  s.precision = j.value("precision").toString(s.precision);
  s.device = j.value("device").toString(s.device);
  s.gradientCheckpointing = j.value("gradientCheckpointing").toBool(s.gradientCheckpointing);
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
  s.resume = j.value("resume").toBool(s.resume);
  return s;
}

// Version 1 held one concept: its fields inside "training", its kind and class in "concept",
// and the class pictures as a folder (made by the model when short).
void migrateVersion1(QJsonObject& json) {
  QJsonObject training = json.value("training").toObject();
  const QJsonObject old = json.value("concept").toObject();
  ConceptSettings c;
  c.kind = old.value("kind").toString(c.kind);
  c.className = old.value("className").toString(c.className);
  c.images = stringList(training.value("images"));
  c.modifierToken = training.value("modifierToken").toString(c.modifierToken);
  c.initializerToken = training.value("initializerToken").toString(c.initializerToken);
  c.instancePrompt = training.value("instancePrompt").toString();
  c.classPrompt = training.value("classPrompt").toString();
  c.numClassImages = training.value("numClassImages").toInt(c.numClassImages);
  if (training.value("priorPreservation").toBool()) {
    c.sourceFolder = training.value("classDataDir").toString();
    c.classSource =
        c.sourceFolder.isEmpty() ? ClassImageSource::Generate : ClassImageSource::Folder;
  }
  training.insert("concepts", QJsonArray{conceptToJson(c)});
  json.insert("training", training);
  json.remove("concept");
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
  QJsonObject current = json;
  if (version == 1) migrateVersion1(current);
  p = Project();
  p.model = current.value("model").toString();
  p.training = trainingFromJson(current.value("training").toObject());
  p.training.model = p.model;
  p.generation = generationFromJson(current.value("generation").toObject());
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
