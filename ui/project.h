// A studio project (.cdproj): everything set on the pages, as versioned JSON, so a person can
// close the app and carry on later. Older versions are migrated on load.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "ui/jobs/job_types.h"

namespace cds::ui {

struct Project {
  Q_DECLARE_TR_FUNCTIONS(Project)

 public:
  // 2: several concepts, each with its class-picture source (1 held one concept).
  static constexpr int kVersion = 2;
  QString model;
  TrainingSettings training;
  GenerationRequest generation;

  QJsonObject toJson() const;
  // Throws nothing; returns false with a sentence in `error` for a file that is no project, or
  // one from a newer version of the app.
  static bool fromJson(const QJsonObject& json, Project& project, QString* error);
  bool save(const QString& file, QString* error) const;  // atomically (QSaveFile)
  static bool load(const QString& file, Project& project, QString* error);
};

}  // namespace cds::ui
