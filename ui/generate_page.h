// The Generate page: a trained concept on top of the base model (with a strength slider), the
// prompt and the usual knobs, a gallery of results with their parameters, saving as PNG with the
// parameters embedded, and sending an image's parameters back into the form.
#pragma once

#include <QWidget>

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
class ExtraNetworksBox;
}

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

 public slots:
  void setModel(const QString& model) { m_model = model; }
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

 private slots:
  void addImage(const cds::ui::GeneratedImage& image);
  void updateTokenButtons();

 private:
  QStringList offeredTokens() const;
  // Ends this page's generation `id` (no-op for other jobs' ids).
  void finish(JobId id, bool cancelled);

  JobRunner* m_runner;
  QStringList m_conceptTokens;
  QWidget* m_tokenRow;
  QString m_model;
  QString m_outputDir;
  QComboBox* m_device;
  QString m_suggestedPrompt;
  JobId m_job = 0;  // this page's generation, running or waiting; 0 when none
  JobId m_exportJob = 0;
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
