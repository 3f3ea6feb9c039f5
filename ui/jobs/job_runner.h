// Runs the engine's long jobs (training, generation, making the demo model) one at a time on a
// worker QThread, queueing the rest, and reports through value-type signals throttled to about
// 10 Hz. Cancel, pause and resume reach the engine through its TrainingControl or a stop flag.
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
}

namespace cds::ui {

class JobRunner : public QObject {
  Q_OBJECT

 public:
  enum class Job { None, Training, Generation, DemoModel };
  Q_ENUM(Job)

  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;  // cancels and waits for the running job

  Job currentJob() const { return m_current; }
  bool isBusy() const { return m_current != Job::None; }
  int queuedJobs() const { return m_queue.size(); }
  bool isTrainingPaused() const;
  // "cpu", then "cuda" when this build and machine have a usable graphics card.
  static QStringList availableDevices();

  void startTraining(const TrainingSettings& settings);
  void startGeneration(const GenerationRequest& request);
  void createDemoModel(const QString& folder);
  // While training is paused: an image with the weights as they are now (the model stays loaded).
  void generateWithTrainingWeights(const GenerationRequest& request);

 public slots:
  void pauseTraining();
  void resumeTraining();
  void cancel();  // the running job stops at its next step; queued jobs are dropped
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

  QQueue<Pending> m_queue;
  Job m_current = Job::None;
  QThread* m_thread = nullptr;
  std::shared_ptr<TrainingControl> m_control;
  std::atomic<bool> m_stop{false};
  std::unique_ptr<Engine> m_engine;
};

}  // namespace cds::ui
