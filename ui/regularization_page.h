// The Regularization page: for each concept, where its ordinary class pictures come from (none,
// a clip-retrieval service, Openverse, drawn by the base model, or a folder the person has), how
// many, and the gathering itself — progress with thumbnails as pictures arrive, cancel, and the
// count found against the count wanted. Training with them keeps the class word (e.g. "cat")
// meaning any cat (prior preservation).
#pragma once

#include <QHash>
#include <QSet>
#include <QVector>
#include <QWidget>

#include "ui/jobs/job_types.h"

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace cds::ui {

class JobRunner;
class RegularizationCard;

class RegularizationPage : public QWidget {
  Q_OBJECT

 public:
  RegularizationPage(JobRunner* runner, QWidget* parent = nullptr);

  // The concepts as the Concepts page holds them; their sources are kept by index.
  void setConcepts(const QVector<ConceptSettings>& concepts);
  // Fills the class-picture fields of each concept (classDataDir chosen when empty).
  void writeTo(QVector<ConceptSettings>& concepts) const;
  // Where class folders go when the person has not chosen one.
  void setDefaultFolder(const QString& folder);
  // The model and device that draw pictures for the "generate" source.
  void setGenerator(const QString& model, const QString& device);

  RegularizationCard* card(int concept) const;
  int cardCount() const { return m_cards.size(); }
  // Whether every concept has a source (prior preservation needs all or none).
  bool allHaveSources() const;
  bool anyHasSource() const;
  // Requests for the concepts whose folders hold fewer pictures than wanted.
  QVector<ClassImagesRequest> missingRequests() const;

 public slots:
  void gather(int concept);
  void gatherAll();  // every concept whose folder holds fewer pictures than wanted

 signals:
  void changed();

 private:
  ClassImagesRequest requestFor(int concept) const;

  JobRunner* m_runner;
  QVBoxLayout* m_cardsLayout;
  QVector<RegularizationCard*> m_cards;
  QVector<ConceptSettings> m_concepts;
  QString m_defaultFolder;
  QString m_model;
  QString m_device = QStringLiteral("cpu");
  int m_running = -1;        // the concept whose gathering runs now
  QHash<int, JobId> m_jobs;  // each concept's gathering, running or waiting
};

// One concept's row: source, count, the source's own field, the gather/cancel button, progress
// and thumbnails.
class RegularizationCard : public QWidget {
  Q_OBJECT

 public:
  explicit RegularizationCard(QWidget* parent = nullptr);
  void setConcept(const ConceptSettings& concept, int index);
  void writeTo(ConceptSettings& concept) const;
  ClassImageSource source() const;
  int wanted() const;
  QString folder() const;  // the class folder these pictures go into
  void setFolder(const QString& folder);
  // Pictures in the folder now (lines of images.txt).
  int have() const;
  int thumbnailCount() const;

 public slots:
  void setRunning(bool running);
  void showProgress(const cds::ui::ClassImagesProgress& progress);
  void showFinished(bool complete, const QString& summary);
  void refresh();  // re-reads the folder: count and thumbnails

 signals:
  void gatherRequested();
  void cancelRequested();
  void changed();

 private:
  void updateFields();

  QLabel* m_title;
  QFormLayout* m_form;
  QHBoxLayout* m_folderRow;
  QComboBox* m_source;
  QSpinBox* m_count;
  QLineEdit* m_server;
  QLineEdit* m_sourceFolder;
  QPushButton* m_browse;
  QPushButton* m_gather;
  QProgressBar* m_progress;
  QLabel* m_status;
  QListWidget* m_thumbnails;
  QLabel* m_where;  // the class folder, as a link
  QString m_folder;
  bool m_runningNow = false;
  QSet<QString> m_shown;  // thumbnails already in the strip
};

}  // namespace cds::ui
