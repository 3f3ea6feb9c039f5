// Runs the engine's long jobs (training, generation, class pictures, model downloads, the demo
// model) one at a time on a worker QThread, queueing the rest, and reports through value-type
// signals throttled to about 10 Hz. Each job gets a JobId when queued; its signals carry that id
// and cancelJob(id) stops (or unqueues) that job alone. Cancel, pause and resume reach the engine
// through its TrainingControl or the running job's CancelToken (core/cancel_token.h).
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QStringList>

#include "core/cancel_token.h"
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
  // ConceptTool: merging or compressing concepts (Library and Generate pages, through
  // enqueueTask).
  enum class Job {
    None,
    Training,
    Generation,
    DemoModel,
    ClassImages,
    Download,
    Export,
    ConceptTool
  };
  Q_ENUM(Job)

  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;  // cancels and waits for the running job

  Job currentJob() const { return m_current.job; }
  JobId currentJobId() const { return m_current.id; }
  bool isBusy() const { return m_current.job != Job::None; }
  int queuedJobs() const { return m_queue.size(); }
  bool isTrainingPaused() const;
  // The running job first (when one runs), then the waiting ones in the order they will run.
  struct JobInfo {
    JobId id = 0;
    Job job = Job::None;
    bool running = false;
  };
  QList<JobInfo> jobs() const;
  // "cpu", then "cuda:0", "cuda:1", ... for each usable NVIDIA graphics card.
  static QStringList availableDevices();
  // What the device lists show: "Processor (CPU)", "NVIDIA GeForce RTX 3060 (cuda:0, 12.0 GiB)"
  // for a GPU; other names as they are.
  static QString deviceLabel(const QString& device);
  // Sets s.device and the precision and Save memory the studio picks for it (bf16 or fp16 on a
  // GPU, Save memory on cards of 12 GiB or less; float32 on the processor).
  static void applyDeviceDefaults(TrainingSettings& s, const QString& device);
  // Processor threads for the jobs that start from now on; 0: all cores.
  void setThreadCount(int threads);
  // A single-file model's settings (the Model page): the prediction type ("", "epsilon",
  // "v_prediction"), the config folder and a separate VAE file, for every load from now on.
  void setSingleFileSettings(const QString& predictionType, const QString& config,
                             const QString& vae);
  QStringList singleFileSettings() const;  // {predictionType, config, vae}

  JobId startTraining(const TrainingSettings& settings);
  JobId startGeneration(const GenerationRequest& request);
  JobId createDemoModel(const QString& folder);
  JobId gatherClassImages(const ClassImagesRequest& request);
  JobId downloadModel(const ModelDownloadRequest& request);
  JobId exportConcept(const ExportRequest& request);
  // While training is paused: an image with the weights as they are now (the model stays loaded).
  // It runs inside the training job, at once, under an id of its own; 0 when no training runs.
  JobId generateWithTrainingWeights(const GenerationRequest& request);
  // Any other work as a job: `body` runs on the worker thread and should return soon after
  // `cancel` is cancelled. Tests queue plain functions with it.
  JobId enqueueTask(Job job, std::function<void(const cds::CancelToken& cancel)> body);

 public slots:
  void pauseTraining();
  void resumeTraining();
  // Stops this job alone: the running one at its next step (training saves a checkpoint first),
  // a waiting one is taken off the queue (jobFinished reports it). False when no such job is
  // running or waiting (it has ended).
  bool cancelJob(cds::ui::JobId id);
  void cancelAll();  // the running job and every waiting one (closing the window)
  // Blocks until no job runs (for closing the window); false when it timed out.
  bool waitForIdle(int msecs);

 signals:
  void jobStarted(cds::ui::JobId id, cds::ui::JobRunner::Job job);
  // Every job ends with this, once: after its last report, or when it was taken off the queue
  // without having started.
  void jobFinished(cds::ui::JobId id, cds::ui::JobRunner::Job job);
  void queueChanged(int queued);
  void failed(cds::ui::JobId id, const QString& message);

  void trainingLog(cds::ui::JobId id, const QString& line);
  void trainingProgress(cds::ui::JobId id, const cds::ui::TrainingProgress& progress);
  void lossPoints(cds::ui::JobId id, const QVector<cds::ui::LossPoint>& points);
  void validationReady(cds::ui::JobId id, const cds::ui::ValidationPreview& preview);
  void trainingPaused(cds::ui::JobId id);
  void trainingResumed(cds::ui::JobId id);
  void trainingFinished(cds::ui::JobId id, const QString& outputDir, bool cancelled);

  void generationProgress(cds::ui::JobId id, int step, int total);
  void imageGenerated(cds::ui::JobId id, const cds::ui::GeneratedImage& image);
  void generationFinished(cds::ui::JobId id, bool cancelled);
  // `summary`: the files written and the prompt words to use, in words; empty after failed().
  void exportFinished(cds::ui::JobId id, bool ok, const QString& summary);

  void demoModelReady(cds::ui::JobId id, const QString& modelFolder, const QStringList& images);

  void classImagesProgress(cds::ui::JobId id, const cds::ui::ClassImagesProgress& progress);
  // `summary` says what happened in words (added, failed, duplicates, or the error).
  void classImagesFinished(cds::ui::JobId id, int concept, bool complete, const QString& summary);

  void downloadProgress(cds::ui::JobId id, const cds::ui::ModelDownloadProgress& progress);
  // `snapshot` is the cache folder of the model; empty when the download failed or stopped.
  void downloadFinished(cds::ui::JobId id, const QString& repoId, const QString& snapshot,
                        const QString& error);

 private slots:
  void threadFinished();

 private:
  struct Engine;  // the worker's state (a loaded model kept between generations)
  struct Pending {
    JobId id = 0;
    Job job = Job::None;
    std::function<void()> body;
    std::shared_ptr<TrainingControl> control;  // set for training jobs
    std::shared_ptr<CancelToken> cancel;       // every job's own
  };
  JobId enqueue(Job job, std::function<void(JobId, const CancelToken&)> body,
                std::shared_ptr<TrainingControl> control = nullptr);
  void startNext();
  void runTraining(JobId id, const TrainingSettings& settings, TrainingControl& control);
  void runGeneration(JobId id, const GenerationRequest& request, const CancelToken& cancel);
  void runClassImages(JobId id, const ClassImagesRequest& request, const CancelToken& cancel);
  void runDownload(JobId id, const ModelDownloadRequest& request, const CancelToken& cancel);
  void runExport(JobId id, const ExportRequest& request);
  // The engine's cached model for `key`, loaded when the cache holds another.
  // `request`'s LoRA files and embeddings, when given, are applied after the concept.
  StableDiffusionModel& engineModel(const QString& model, const QString& weightsDir,
                                    double strength, const QString& device,
                                    const GenerationRequest* request = nullptr);

  QQueue<Pending> m_queue;
  JobInfo m_current;  // job None when idle
  JobId m_lastId = 0;
  QThread* m_thread = nullptr;
  std::shared_ptr<TrainingControl> m_control;
  std::shared_ptr<CancelToken> m_cancel;  // the running job's
  int m_threads = 0;
  std::unique_ptr<Engine> m_engine;
  mutable std::mutex m_singleFileMutex;
  QStringList m_singleFile{QString(), QString(), QString()};
};

}  // namespace cds::ui
