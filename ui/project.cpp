// Project files (see project.h).
#include "ui/project.h"

#include <QJsonDocument>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace cds::ui {

namespace {

std::string str(const QString& s) { return s.toStdString(); }
QString qstr(const std::string& s) { return QString::fromStdString(s); }

cds::ProjectConcept conceptToCore(const ConceptSettings& c) {
  cds::ProjectConcept o;
  o.kind = str(c.kind);
  o.class_name = str(c.className);
  for (const QString& image : c.images) o.images.push_back(str(image));
  o.modifier_token = str(c.modifierToken);
  o.initializer_token = str(c.initializerToken);
  o.instance_prompt = str(c.instancePrompt);
  o.class_prompt = str(c.classPrompt);
  o.class_source = c.classSource;
  o.num_class_images = c.numClassImages;
  o.retrieval_server = str(c.retrievalServer);
  o.source_folder = str(c.sourceFolder);
  o.class_data_dir = str(c.classDataDir);
  return o;
}

ConceptSettings conceptFromCore(const cds::ProjectConcept& c) {
  ConceptSettings o;
  o.kind = qstr(c.kind);
  o.className = qstr(c.class_name);
  for (const std::string& image : c.images) o.images << qstr(image);
  o.modifierToken = qstr(c.modifier_token);
  o.initializerToken = qstr(c.initializer_token);
  o.instancePrompt = qstr(c.instance_prompt);
  o.classPrompt = qstr(c.class_prompt);
  o.classSource = c.class_source;
  o.numClassImages = c.num_class_images;
  o.retrievalServer = qstr(c.retrieval_server);
  o.sourceFolder = qstr(c.source_folder);
  o.classDataDir = qstr(c.class_data_dir);
  return o;
}

cds::ProjectGeneration generationToCore(const GenerationRequest& r) {
  cds::ProjectGeneration o;
  o.weights_dir = str(r.weightsDir);
  o.strength = r.strength;
  o.prompt = str(r.prompt);
  o.negative_prompt = str(r.negativePrompt);
  o.steps = r.steps;
  o.guidance = r.guidance;
  o.scheduler = str(r.scheduler);
  o.seed = r.seed;
  o.width = r.width;
  o.height = r.height;
  o.num_images = r.numImages;
  return o;
}

GenerationRequest generationFromCore(const cds::ProjectGeneration& r) {
  GenerationRequest o;
  o.weightsDir = qstr(r.weights_dir);
  o.strength = r.strength;
  o.prompt = qstr(r.prompt);
  o.negativePrompt = qstr(r.negative_prompt);
  o.steps = r.steps;
  o.guidance = r.guidance;
  o.scheduler = qstr(r.scheduler);
  o.seed = r.seed;
  o.width = r.width;
  o.height = r.height;
  o.numImages = r.num_images;
  return o;
}

// The engine's format errors in the person's language.
QString describe(const cds::ProjectFormatError& e) {
  return e.kind == cds::ProjectFormatError::Kind::NotAProject
             ? Project::tr("This is not a Custom Diffusion Studio project.")
             : Project::tr("This project was made by a newer version of the app (format %1).")
                   .arg(e.version);
}

}  // namespace

cds::ProjectTraining toCore(const TrainingSettings& s) {
  cds::ProjectTraining o;
  o.output_dir = str(s.outputDir);
  o.concepts.clear();
  for (const ConceptSettings& c : s.concepts) o.concepts.push_back(conceptToCore(c));
  o.steps = s.steps;
  o.learning_rate = s.learningRate;
  o.batch_size = s.batchSize;
  o.resolution = s.resolution;
  o.prior_weight = s.priorWeight;
  o.freeze_mode = str(s.freezeMode);
  o.precision = str(s.precision);
  o.device = str(s.device);
  o.gradient_checkpointing = s.gradientCheckpointing;
  o.lr_scheduler = str(s.lrScheduler);
  o.warmup_steps = s.warmupSteps;
  o.gradient_accumulation = s.gradientAccumulation;
  o.checkpoint_every = s.checkpointEvery;
  o.validation_every = s.validationEvery;
  o.validation_images = s.validationImages;
  o.validation_prompt = str(s.validationPrompt);
  o.seed = s.seed;
  o.hflip = s.hflip;
  o.no_augmentation = s.noAugmentation;
  o.center_crop = s.centerCrop;
  o.resume = s.resume;
  return o;
}

TrainingSettings fromCore(const cds::ProjectTraining& s) {
  TrainingSettings o;
  o.outputDir = qstr(s.output_dir);
  o.concepts.clear();
  for (const cds::ProjectConcept& c : s.concepts) o.concepts << conceptFromCore(c);
  o.priorPreservation = s.prior_preservation();
  o.steps = s.steps;
  o.learningRate = s.learning_rate;
  o.batchSize = s.batch_size;
  o.resolution = s.resolution;
  o.priorWeight = s.prior_weight;
  o.freezeMode = qstr(s.freeze_mode);
  o.precision = qstr(s.precision);
  o.device = qstr(s.device);
  o.gradientCheckpointing = s.gradient_checkpointing;
  o.lrScheduler = qstr(s.lr_scheduler);
  o.warmupSteps = s.warmup_steps;
  o.gradientAccumulation = s.gradient_accumulation;
  o.checkpointEvery = s.checkpoint_every;
  o.validationEvery = s.validation_every;
  o.validationImages = s.validation_images;
  o.validationPrompt = qstr(s.validation_prompt);
  o.seed = s.seed;
  o.hflip = s.hflip;
  o.noAugmentation = s.no_augmentation;
  o.centerCrop = s.center_crop;
  o.resume = s.resume;
  return o;
}

cds::StudioProject Project::toCore() const {
  cds::StudioProject p;
  p.model = str(model);
  p.prediction_type = str(predictionType);
  p.single_file_config = str(singleFileConfig);
  p.single_file_vae = str(singleFileVae);
  p.training = ui::toCore(training);
  p.generation = generationToCore(generation);
  return p;
}

Project Project::fromCore(const cds::StudioProject& p) {
  Project o;
  o.model = qstr(p.model);
  o.predictionType = qstr(p.prediction_type);
  o.singleFileConfig = qstr(p.single_file_config);
  o.singleFileVae = qstr(p.single_file_vae);
  o.training = ui::fromCore(p.training);
  o.training.model = o.model;
  o.generation = generationFromCore(p.generation);
  o.generation.model = o.model;
  return o;
}

QJsonObject Project::toJson() const {
  const std::string text = cds::project_to_json(toCore()).dump();
  return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

bool Project::fromJson(const QJsonObject& json, Project& project, QString* error) {
  try {
    const auto j = nlohmann::json::parse(QJsonDocument(json).toJson().toStdString());
    project = fromCore(cds::project_from_json(j, "project"));
    return true;
  } catch (const cds::ProjectFormatError& e) {
    if (error) *error = describe(e);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
  }
  return false;
}

bool Project::save(const QString& file, QString* error) const {
  try {
    cds::save_project(file.toStdString(), toCore());
    return true;
  } catch (const std::exception& e) {
    if (error) *error = tr("Cannot write %1: %2").arg(file, QString::fromStdString(e.what()));
  }
  return false;
}

bool Project::load(const QString& file, Project& project, QString* error) {
  try {
    project = fromCore(cds::load_project(file.toStdString()));
    return true;
  } catch (const cds::ProjectFormatError& e) {
    if (error) *error = describe(e);
  } catch (const cds::FileError& e) {
    // The engine names the file and the fault (missing, unreadable, damaged JSON).
    if (error) *error = tr("Cannot open the project: %1").arg(QString::fromStdString(e.what()));
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
  }
  return false;
}

}  // namespace cds::ui
