// A studio project (.cdproj) as the pages hold it. The file format, its versions and migration
// belong to the engine (core/project/studio_project.h), which `cdstudio-cli train --project`
// reads too; this converts between the pages' Qt types and the engine's and words the errors
// for people.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "core/project/studio_project.h"
#include "ui/jobs/job_types.h"

namespace cds::ui {

struct Project {
  Q_DECLARE_TR_FUNCTIONS(Project)

 public:
  static constexpr int kVersion = cds::StudioProject::kVersion;
  QString model;
  // A single-file model's settings (the Model page); empty: automatic.
  QString predictionType;  // "", "epsilon" or "v_prediction"
  QString singleFileConfig;
  QString singleFileVae;
  TrainingSettings training;
  GenerationRequest generation;

  cds::StudioProject toCore() const;
  static Project fromCore(const cds::StudioProject& project);

  QJsonObject toJson() const;
  // Throws nothing; returns false with a sentence in `error` for a file that is no project, or
  // one from a newer version of the app.
  static bool fromJson(const QJsonObject& json, Project& project, QString* error);
  bool save(const QString& file, QString* error) const;  // atomically
  static bool load(const QString& file, Project& project, QString* error);
};

// The engine's project types from the pages' and back (field by field, same names).
cds::ProjectTraining toCore(const TrainingSettings& settings);
TrainingSettings fromCore(const cds::ProjectTraining& training);

}  // namespace cds::ui
