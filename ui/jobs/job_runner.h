// Runs the engine's long jobs (training, generation, class pictures, model downloads, the demo
// model) one at a time on a worker QThread, queueing the rest, and reports through value-type
// signals throttled to about 10 Hz. Cancel, pause and resume reach the engine through its
// TrainingControl or a stop flag.
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>

#include "ui/jobs/job_types.h"

class QThread;

namespace cds {
class TrainingControl;
struct StableDiffusionModel;
}  // namespace cds

namespace cds::ui {

class JobRunner : public QObject {
  Q_OBJECT

 public:
  enum class Job { None, Training, Generation, DemoModel, ClassImages, Download };
  Q_ENUM(Job)

  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;  // cancels and waits for the running job

  Job currentJob() const { return m_current; }
  bool isBusy() const { return m_current != Job::None; }
  int queuedJobs() const { return m_queue.size(); }
  bool isTrainingPaused() const;
  // "cpu", then "cuda:0", "cuda:1", ... for each usable NVIDIA graphics card.
  static QStringList availableDevices();
  // "NVIDIA GeForce RTX 3060 (cuda:0, 12.0 GiB)" for a GPU; other names as they are.
  static QString deviceLabel(const QString& device);
  // Processor threads for the jobs that start from now on; 0: all cores.
  void setThreadCount(int threads);

  void startTraining(const TrainingSettings& settings);
  void startGeneration(const GenerationRequest& request);
  void createDemoModel(const QString& folder);
  void gatherClassImages(const ClassImagesRequest& request);
  void downloadModel(const ModelDownloadRequest& request);
  // While training is paused: an image with the weights as they are now (the model stays loaded).
  void generateWithTrainingWeights(const GenerationRequest& request);

 public slots:
  void pauseTraining();
  void resumeTraining();
  void cancel();  // the running job stops at its next step; queued jobs are dropped
  // Stops the running job if it is of this kind, and drops queued ones of this kind; other
  // jobs carry on.
  void cancelJobs(cds::ui::JobRunner::Job job);
  // Blocks until no job runs (for closing the window); false when it timed out.
  bool waitForIdle(int msecs);

 signals:
  void jobStarted(cds::ui::JobRunner::Job job);
  void jobFinished(cds::ui::JobRunner::Job job);
  void queueChanged(int queued);
  void failed(const QString& message);

  void trainingLog(const QString& line);
  void trainingProgress(const cds::ui::TrainingProgress& progress);
  void lossPoints(const QVector<cds::ui::LossPoint>& points);
  void validationReady(const cds::ui::ValidationPreview& preview);
  void trainingPaused();
  void trainingResumed();
  void trainingFinished(const QString& outputDir, bool cancelled);

  void generationProgress(int step, int total);
  void imageGenerated(const cds::ui::GeneratedImage& image);
  void generationFinished(bool cancelled);

  void demoModelReady(const QString& modelFolder, const QStringList& images);

  void classImagesProgress(const cds::ui::ClassImagesProgress& progress);
  // `summary` says what happened in words (added, failed, duplicates, or the error).
  void classImagesFinished(int concept, bool complete, const QString& summary);

  void downloadProgress(const cds::ui::ModelDownloadProgress& progress);
  // `snapshot` is the cache folder of the model; empty when the download failed or stopped.
  void downloadFinished(const QString& repoId, const QString& snapshot, const QString& error);

 private slots:
  void threadFinished();

 private:
  struct Engine;  // the worker's state (a loaded model kept between generations)
  struct Pending {
    Job job;
    std::function<void()> body;
    std::shared_ptr<TrainingControl> control;  // set for training jobs
  };
  void enqueue(Pending pending);
  void startNext();
  void runTraining(const TrainingSettings& settings, TrainingControl& control);
  void runGeneration(const GenerationRequest& request);
  void runClassImages(const ClassImagesRequest& request);
  void runDownload(const ModelDownloadRequest& request);
  // The engine's cached model for `key`, loaded when the cache holds another.
  StableDiffusionModel& engineModel(const QString& model, const QString& weightsDir,
                                    double strength, const QString& device);

  QQueue<Pending> m_queue;
  Job m_current = Job::None;
  QThread* m_thread = nullptr;
  std::shared_ptr<TrainingControl> m_control;
  std::atomic<bool> m_stop{false};
  int m_threads = 0;
  std::unique_ptr<Engine> m_engine;
};

}  // namespace cds::ui
