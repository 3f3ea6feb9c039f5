// The Train page: the settings form, Start / Pause / Resume / Stop, and while training the live
// loss plot, step counter, speed, elapsed time and ETA, a progress bar, the preview timeline
// (click to enlarge, compare two steps, use the weights of that step) and the log. Export…
// saves the concept in the output folder for other tools once that folder holds one.
#pragma once

#include <functional>

#include <QWidget>

#include "ui/jobs/job_types.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cds::ui {

class JobRunner;
class LossPlot;
class StepCompareDialog;
class TrainingForm;

class TrainPage : public QWidget {
  Q_OBJECT

 public:
  TrainPage(JobRunner* runner, QWidget* parent = nullptr);
  TrainingForm* form() const { return m_form; }
  LossPlot* lossPlot() const { return m_plot; }
  QListWidget* timeline() const { return m_timeline; }
  bool isTraining() const { return m_training; }
  // Completes the settings with the model and the concept; returns what stops a start, if anything.
  void setSettingsSource(std::function<QStringList(TrainingSettings&)> source) {
    m_source = std::move(source);
  }
  // Runs just before the training job is queued (e.g. to queue gathering class pictures first).
  void setPreparation(std::function<void(const TrainingSettings&)> prepare) {
    m_prepare = std::move(prepare);
  }

 public slots:
  void start();
  void pause();
  void resume();
  void stop();
  void testImage();  // while paused: one image with the current weights
  // Opens the side-by-side comparison of the first and latest previews (null with fewer than 2).
  StepCompareDialog* compare();
  // Asks for a format and a place, then exports the trained concept in the output folder.
  void exportConcept();
  // Enables Export… when the output folder (the form's, completed by the settings source) holds
  // a trained concept and no training or export of this page runs.
  void updateExport();

 signals:
  void trainingFinished(const QString& outputDir, bool cancelled);
  void useWeightsRequested(const QString& weightsDir);
  void testImageReady(const cds::ui::GeneratedImage& image);

 private slots:
  void showProgress(const cds::ui::TrainingProgress& p);
  void addPreview(const cds::ui::ValidationPreview& preview);
  void appendLog(const QString& line);
  void finished(const QString& outputDir, bool cancelled);
  void enlarge(QListWidgetItem* item);

 private:
  void updateButtons();
  void showEvent(QShowEvent* event) override;
  // The settings as a start would use them (model and output folder filled in).
  TrainingSettings currentSettings() const;

  JobRunner* m_runner;
  TrainingForm* m_form;
  QPushButton* m_start;
  QPushButton* m_pause;
  QPushButton* m_resume;
  QPushButton* m_stop;
  QPushButton* m_test;
  QPushButton* m_compare;
  QPushButton* m_export;
  QLabel* m_state;
  QLabel* m_step;
  QLabel* m_speed;
  QLabel* m_elapsed;
  QLabel* m_eta;
  QLabel* m_gpuMemory;  // hidden while training runs on the processor
  QProgressBar* m_progress;
  LossPlot* m_plot;
  QListWidget* m_timeline;
  QPlainTextEdit* m_log;
  std::function<QStringList(TrainingSettings&)> m_source;
  std::function<void(const TrainingSettings&)> m_prepare;
  TrainingSettings m_running;
  bool m_training = false;
  bool m_paused = false;
  JobId m_job = 0;      // this page's training, running or waiting
  JobId m_testJob = 0;  // a test image asked for while paused, until it arrives
  JobId m_exportJob = 0;
};

}  // namespace cds::ui
