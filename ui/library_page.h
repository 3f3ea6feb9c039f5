// The Concept Library page: every kept concept (token, base model, preview, size, date) from the
// library store, adding existing output folders, removing entries, merging two or more into a
// new folder, and compressing a concept with a keep slider, with a preview picture drawn with the
// concept compressed at the slider's setting (all the work runs as jobs on the worker thread).
#pragma once

#include <QWidget>

#include "ui/concept_library.h"
#include "ui/jobs/job_types.h"

class QLabel;
class QListWidget;
class QPushButton;
class QSlider;

namespace cds::ui {

class ConceptMerger;
class JobRunner;

class LibraryPage : public QWidget {
  Q_OBJECT

 public:
  // `storeFile`: the library's JSON list (ConceptLibrary::defaultStoreFile() in the studio).
  LibraryPage(JobRunner* runner, const QString& storeFile, QWidget* parent = nullptr);

  QListWidget* conceptList() const { return m_list; }
  QSlider* keepSlider() const { return m_keep; }
  QPushButton* compressButton() const { return m_compress; }
  QPushButton* mergeButton() const { return m_merge; }
  QPushButton* previewButton() const { return m_previewButton; }
  QLabel* previewPicture() const { return m_preview; }
  // The library rows selected (several for a merge), in list order.
  QList<int> selectedRows() const;
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
  // Where preview pictures are drawn ("cpu" until the window says otherwise).
  void setDevice(const QString& device) { m_device = device; }
  // Where compressed previews are kept (ConceptMerger::defaultCacheRoot()'s folder by default).
  void setCacheRoot(const QString& folder) { m_cacheRoot = folder; }
  // The preview picture's width and height in pixels (256).
  void setPreviewSize(int pixels) { m_previewSize = pixels; }
  // Merges the selected concepts ("constrained" or "add") into `output` (a new or empty folder),
  // then adds it to the library.
  void mergeSelected(const QString& method, const QString& output);
  // Asks for the method and the folder, then merges.
  void mergeSelectedDialog();
  // Compresses the selected concept at the slider's setting into the cache and draws one small
  // picture with it (its prompt, a fixed seed).
  void previewSelected();

 signals:
  // A compression this page started has ended: the new folder (added to the library), or an
  // error message.
  void compressFinished(const QString& folder, const QString& error);
  // A merge this page started has ended: the new folder (added to the library), or an error.
  void mergeFinished(const QString& folder, const QString& error);
  // The preview picture is shown (`file`), or could not be made (`error`).
  void previewFinished(const QString& file, const QString& error);

 private:
  void rebuildList();
  void updateSelection();
  void finishCompress(const QString& folder, const QString& summary, const QString& error);
  void drawPreview(const LibraryConcept& c, const QString& folder, int percent);
  QString baseModelOf(const LibraryConcept& c) const;

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
  QPushButton* m_merge;
  QPushButton* m_previewButton;
  QLabel* m_preview;
  QLabel* m_previewCaption;
  ConceptMerger* m_merger;
  QString m_device = QStringLiteral("cpu");
  QString m_cacheRoot;
  int m_previewSize = 256;
  JobId m_job = 0;         // a compression or merge
  JobId m_previewJob = 0;  // the preview's compression, then its generation
  QString m_previewCaptionText;
};

}  // namespace cds::ui
