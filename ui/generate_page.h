// The Generate page: a trained concept on top of the base model (with a strength slider), or
// several concepts from the library merged on the fly (constrained or added, cached, with a
// comparison of the choices), the prompt and the usual knobs, a gallery of results with their
// parameters, saving as PNG with the parameters embedded, and sending an image's parameters back
// into the form.
#pragma once

#include <QWidget>

#include "ui/concept_merger.h"
#include "ui/jobs/job_types.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace cds::ui {
class ConceptMerger;
class ExtraNetworksBox;
class MergeCompareDialog;
}  // namespace cds::ui

namespace cds::ui {

class JobRunner;

class GeneratePage : public QWidget {
  Q_OBJECT

 public:
  GeneratePage(JobRunner* runner, QWidget* parent = nullptr);
  QListWidget* gallery() const { return m_gallery; }
  GenerationRequest request()
      const;  // the form as it is (model, device and output set by the window)
  void setRequest(const GenerationRequest& r);
  QString weightsDir() const;
  // The library concepts picked for generation (merged when two or more).
  QStringList pickedConcepts() const { return m_picked; }
  QComboBox* mergeMethodCombo() const { return m_mergeMethod; }
  ConceptMerger* merger() const { return m_merger; }
  bool isMerging() const { return m_mergeJob != 0 || m_mergePending; }

 public slots:
  void setModel(const QString& model) {
    m_model = model;
    updatePickButton();
  }
  void setOutputDir(const QString& dir) { m_outputDir = dir; }
  // Selects where generation runs (the training form's choice), when this machine has it; the
  // page's own "Run on" list can still change it.
  void setDevice(const QString& device);
  void setWeightsDir(const QString& dir);
  // The prompt offered until the person writes their own (the first concept's caption).
  void setSuggestedPrompt(const QString& prompt);
  // The concepts' new words, offered as buttons that insert them into the prompt (a loaded
  // training output's own words take precedence).
  void setModifierTokens(const QStringList& tokens);
  void generate();
  void saveSelected();
  void reuseSelected();
  // Asks for a format and a place, then exports the concept field's folder for other tools.
  void exportConcept();
  // The library whose concepts "Concepts…" offers (ConceptLibrary::defaultStoreFile()).
  void setConceptLibraryFile(const QString& storeFile) { m_libraryFile = storeFile; }
  // Where merges are cached (ConceptMerger::defaultCacheRoot()).
  void setMergeCacheRoot(const QString& folder);
  void pickConcepts();  // the library picker
  // Uses these library folders: one as it is, two or more merged (from the cache when there).
  void setPickedConcepts(const QStringList& folders);
  // Renders the form's prompt and seed with each merge choice side by side; null (and a word in
  // the status line) when fewer than two concepts are picked.
  MergeCompareDialog* compareMerges();

 signals:
  // A merge this page asked for has ended: the folder generation uses, or why it failed.
  void mergeFinished(const QString& folder, const QString& error, bool fromCache);

 private slots:
  void addImage(const cds::ui::GeneratedImage& image);
  void updateTokenButtons();

 private:
  QStringList offeredTokens() const;
  // Ends this page's generation `id` (no-op for other jobs' ids).
  void finish(JobId id, bool cancelled);
  // Merges the picked concepts with the chosen method (or takes them from the cache); then
  // generates when `thenGenerate`.
  void mergePicked(bool thenGenerate);
  MergeRequest pickedMerge() const;
  // generate() once the form is checked and the concepts merged.
  void startGeneration();
  void updatePickButton();
  void showError(const QString& message);

  JobRunner* m_runner;
  QStringList m_conceptTokens;
  QWidget* m_tokenRow;
  QString m_model;
  QString m_outputDir;
  QComboBox* m_device;
  QString m_suggestedPrompt;
  JobId m_job = 0;  // this page's generation, running or waiting; 0 when none
  JobId m_exportJob = 0;
  ConceptMerger* m_merger;
  QString m_libraryFile;
  QStringList m_picked;
  JobId m_mergeJob = 0;
  bool m_mergePending = false;  // answered from the cache, the reply still to come
  int m_mergeTicket = 0;        // only the latest merge's reply counts
  QPushButton* m_pick;
  QComboBox* m_mergeMethod;
  QPushButton* m_compare;
  QLineEdit* m_weights;
  QSlider* m_strength;
  ExtraNetworksBox* m_extras;
  QLabel* m_strengthLabel;
  QPlainTextEdit* m_prompt;
  QLineEdit* m_negative;
  QSpinBox* m_steps;
  QDoubleSpinBox* m_guidance;
  QComboBox* m_scheduler;
  QSpinBox* m_seed;
  QCheckBox* m_randomSeed;
  QSpinBox* m_width;
  QSpinBox* m_height;
  QSpinBox* m_count;
  QPushButton* m_generate;
  QPushButton* m_stop;
  QProgressBar* m_progress;
  QLabel* m_status;
  QListWidget* m_gallery;
  QPlainTextEdit* m_parameters;
};

}  // namespace cds::ui
