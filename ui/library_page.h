// The Concept Library page: every kept concept (token, base model, preview, size, date) from the
// library store, adding existing output folders, removing entries, and compressing a concept with
// a keep slider (the work runs as a job on the runner's worker thread).
#pragma once

#include <QWidget>

#include "ui/concept_library.h"
#include "ui/jobs/job_types.h"

class QLabel;
class QListWidget;
class QPushButton;
class QSlider;

namespace cds::ui {

class JobRunner;

class LibraryPage : public QWidget {
  Q_OBJECT

 public:
  // `storeFile`: the library's JSON list (ConceptLibrary::defaultStoreFile() in the studio).
  LibraryPage(JobRunner* runner, const QString& storeFile, QWidget* parent = nullptr);

  QListWidget* conceptList() const { return m_list; }
  QSlider* keepSlider() const { return m_keep; }
  QPushButton* compressButton() const { return m_compress; }
  const ConceptLibrary& library() const { return m_library; }

 public slots:
  // Adds a concept folder (also what a finished training run offers); returns whether it was
  // added, and says why not on the page.
  bool addFolder(const QString& folder);
  void addFolderDialog();
  void removeSelected();
  // Compresses the selected concept into a new folder beside it, keeping the slider's fraction.
  void compressSelected();
  // The model the current project uses, for concepts that do not record theirs.
  void setModel(const QString& model) { m_model = model; }

 signals:
  // A compression this page started has ended: the new folder (added to the library), or an
  // error message.
  void compressFinished(const QString& folder, const QString& error);

 private:
  void rebuildList();
  void updateSelection();
  void finishCompress(const QString& folder, const QString& summary, const QString& error);

  JobRunner* m_runner;
  ConceptLibrary m_library;
  QString m_model;
  QListWidget* m_list;
  QLabel* m_details;
  QLabel* m_status;
  QSlider* m_keep;
  QLabel* m_keepLabel;
  QPushButton* m_remove;
  QPushButton* m_compress;
  JobId m_job = 0;
};

}  // namespace cds::ui
