// The job runner (see job_runner.h). This file and its siblings in ui/jobs are the only GUI
// files that include engine headers pulling torch; every torch call happens on the worker.
#include "ui/jobs/job_runner.h"

#include <chrono>
#include <mutex>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

// libtorch names a member `slots`, which Qt defines as a keyword macro.
#pragma push_macro("slots")
#undef slots
#include <c10/util/Exception.h>
#include <torch/torch.h>

#include "core/io/png_file.h"
#include "core/model/demo_model.h"
#include "core/pipeline/image_output.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/runtime.h"
#include "core/train/custom_diffusion_weights.h"
#include "core/train/trainer.h"
#pragma pop_macro("slots")

namespace cds::ui {

namespace {

// The engine's exceptions name the file and the fault; libtorch's add a C++ backtrace that
// means nothing to a person, so only its first line is kept.
QString describe(const std::exception& e) {
  if (const auto* c10 = dynamic_cast<const c10::Error*>(&e))
    return QString::fromStdString(c10->what_without_backtrace()).section(QLatin1Char('\n'), 0, 0);
  return QString::fromStdString(e.what());
}

// AUTOMATIC1111's sampler names, so other tools recognise the parameters text.
std::string samplerName(const std::string& scheduler) {
  if (scheduler == "ddim") return "DDIM";
  if (scheduler == "pndm") return "PLMS";
  if (scheduler == "euler") return "Euler";
  if (scheduler == "euler-a") return "Euler a";
  if (scheduler == "dpm++2m") return "DPM++ 2M";
  if (scheduler == "ddpm") return "DDPM";
  return scheduler;
}

std::string trainingDtype(const QString& precision) {
  return precision == QLatin1String("bf16") || precision == QLatin1String("fp16")
             ? precision.toStdString()
             : "no";
}

}  // namespace

struct JobRunner::Engine {
  // The last model used for generation, with a training output applied; reused while the
  // request names the same model, weights, strength and device (loading takes seconds).
  QString key;
  std::unique_ptr<StableDiffusionModel> model;
};

JobRunner::JobRunner(QObject* parent) : QObject(parent), m_engine(std::make_unique<Engine>()) {
  qRegisterMetaType<TrainingProgress>();
  qRegisterMetaType<LossPoint>();
  qRegisterMetaType<QVector<LossPoint>>();
  qRegisterMetaType<ValidationPreview>();
  qRegisterMetaType<GeneratedImage>();
  qRegisterMetaType<JobRunner::Job>();
}

JobRunner::~JobRunner() {
  m_queue.clear();
  cancel();
  if (m_thread) {
    m_thread->wait();
    delete m_thread;
  }
}

QStringList JobRunner::availableDevices() {
  QStringList devices{QStringLiteral("cpu")};
  if (torch::cuda::is_available()) devices << QStringLiteral("cuda");
  return devices;
}

bool JobRunner::isTrainingPaused() const { return m_control && m_control->paused(); }

void JobRunner::enqueue(Pending pending) {
  m_queue.enqueue(std::move(pending));
  emit queueChanged(m_queue.size() - (isBusy() ? 0 : 1));
  if (!isBusy()) startNext();
}

void JobRunner::startNext() {
  if (m_queue.isEmpty()) return;
  Pending next = m_queue.dequeue();
  emit queueChanged(m_queue.size());
  m_current = next.job;
  m_control = next.control;
  m_stop = false;
  m_thread = QThread::create(std::move(next.body));
  connect(m_thread, &QThread::finished, this, &JobRunner::threadFinished);
  emit jobStarted(m_current);
  m_thread->start();
}

void JobRunner::threadFinished() {
  const Job done = m_current;
  m_thread->wait();
  delete m_thread;
  m_thread = nullptr;
  m_current = Job::None;
  m_control.reset();
  emit jobFinished(done);
  startNext();
}

void JobRunner::pauseTraining() {
  if (m_control) m_control->pause();
}

void JobRunner::resumeTraining() {
  if (m_control) m_control->resume();
}

void JobRunner::cancel() {
  if (!m_queue.isEmpty()) {
    m_queue.clear();
    emit queueChanged(0);
  }
  m_stop = true;
  if (m_control) m_control->cancel();
}

bool JobRunner::waitForIdle(int msecs) {
  if (!m_thread) return true;
  if (!m_thread->wait(QDeadlineTimer(msecs))) return false;
  // Deliver the signals the worker queued, then the finished handling, without a nested loop.
  QCoreApplication::sendPostedEvents(this);
  if (m_thread) threadFinished();
  return true;
}

void JobRunner::startTraining(const TrainingSettings& settings) {
  auto control = std::make_shared<TrainingControl>();
  enqueue({Job::Training, [this, settings, control] { runTraining(settings, *control); }, control});
}

void JobRunner::startGeneration(const GenerationRequest& request) {
  enqueue({Job::Generation, [this, request] { runGeneration(request); }, nullptr});
}

void JobRunner::createDemoModel(const QString& folder) {
  enqueue({Job::DemoModel,
           [this, folder] {
             try {
               const QString model = QDir(folder).filePath(QStringLiteral("model"));
               write_demo_model(model.toStdString());
               QStringList images;
               for (const auto& f : write_demo_images(
                        QDir(folder).filePath(QStringLiteral("images")).toStdString()))
                 images << QString::fromStdString(f.string());
               emit demoModelReady(model, images);
             } catch (const std::exception& e) {
               emit failed(tr("Could not make the demo model: %1").arg(describe(e)));
             }
           },
           nullptr});
}

void JobRunner::runTraining(const TrainingSettings& s, TrainingControl& control) {
  try {
    // The trainer reads a folder of images: the concept's chosen files are copied into the run's
    // own folder, so the run stays reproducible when the originals move.
    QDir out(s.outputDir);
    if (!out.mkpath(QStringLiteral("instance-images")))
      throw std::runtime_error(tr("Cannot create the folder %1.").arg(s.outputDir).toStdString());
    QDir data(out.filePath(QStringLiteral("instance-images")));
    for (const QString& old : data.entryList(QDir::Files)) data.remove(old);
    int index = 0;
    for (const QString& image : s.images) {
      const QString target = data.filePath(QStringLiteral("%1-%2")
                                               .arg(index++, 2, 10, QLatin1Char('0'))
                                               .arg(QFileInfo(image).fileName()));
      if (!QFile::copy(image, target))
        throw std::runtime_error(
            tr("Cannot copy %1 into the training folder.").arg(image).toStdString());
    }

    TrainingConfig c;
    c.pretrained_model_name_or_path = s.model.toStdString();
    c.instance_data_dir = data.absolutePath().toStdString();
    c.instance_prompt = s.instancePrompt.toStdString();
    c.class_prompt = s.classPrompt.toStdString();
    c.class_data_dir = s.classDataDir.isEmpty()
                           ? out.filePath(QStringLiteral("class-images")).toStdString()
                           : s.classDataDir.toStdString();
    c.with_prior_preservation = s.priorPreservation;
    c.prior_loss_weight = s.priorWeight;
    c.num_class_images = s.numClassImages;
    c.modifier_token = s.modifierToken.toStdString();
    c.initializer_token = s.initializerToken.toStdString();
    c.freeze_model = s.freezeMode.toStdString();
    c.resolution = s.resolution;
    c.center_crop = s.centerCrop;
    c.hflip = s.hflip;
    c.noaug = s.noAugmentation;
    c.train_batch_size = s.batchSize;
    c.sample_batch_size = std::max(1, s.batchSize);
    c.max_train_steps = s.steps;
    c.gradient_accumulation_steps = s.gradientAccumulation;
    c.learning_rate = s.learningRate;
    c.lr_scheduler = s.lrScheduler.toStdString();
    c.lr_warmup_steps = s.warmupSteps;
    c.checkpointing_steps = std::max(1, s.checkpointEvery);
    c.resume_from_checkpoint = s.resume ? "latest" : "";
    c.validation_prompt =
        (s.validationPrompt.isEmpty() ? s.instancePrompt : s.validationPrompt).toStdString();
    c.num_validation_images = s.validationImages;
    c.validation_steps = std::max(1, s.validationEvery);
    c.seed = static_cast<uint64_t>(s.seed);  // the same seed every time, so previews compare
    c.output_dir = s.outputDir.toStdString();
    c.mixed_precision = trainingDtype(s.precision);
    c.device = s.device.toStdString();

    QVector<LossPoint> pending;
    TrainingProgress progress;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    auto flush = [&] {
      if (!pending.isEmpty()) emit lossPoints(pending);
      pending.clear();
      emit trainingProgress(progress);
      sinceFlush.restart();
    };
    auto observer = [&](const TrainingEvent& e) {
      using T = TrainingEvent::Type;
      switch (e.type) {
        case T::Step:
          pending.push_back({e.step, e.loss, e.learning_rate});
          progress = {e.step, e.total_steps, e.steps_per_second, e.elapsed_s, e.eta_s};
          if (sinceFlush.elapsed() >= 100) flush();  // ~10 Hz at most
          return;
        case T::Started:
          progress.totalSteps = e.total_steps;
          progress.step = e.step;
          flush();
          emit trainingLog(tr("Training started: %1").arg(QString::fromStdString(e.message)));
          return;
        case T::Validation: {
          flush();
          ValidationPreview preview;
          preview.step = e.step;
          for (const auto& f : e.files) preview.images << QString::fromStdString(f.string());
          if (!e.files.empty())
            preview.weightsDir = QString::fromStdString(e.files.front().parent_path().string());
          emit validationReady(preview);
          emit trainingLog(tr("Preview images at step %1.").arg(e.step));
          return;
        }
        case T::Checkpoint:
          emit trainingLog(tr("Checkpoint saved at step %1.").arg(e.step));
          return;
        case T::Paused:
          flush();
          emit trainingPaused();
          emit trainingLog(tr("Paused. The model stays loaded."));
          return;
        case T::Resumed:
          emit trainingResumed();
          emit trainingLog(tr("Resumed."));
          return;
        case T::ClassImages:
        case T::Log:
          emit trainingLog(QString::fromStdString(e.message));
          return;
        case T::Finished:
        case T::Cancelled:
          flush();
          emit trainingLog(QString::fromStdString(e.message));
          return;
      }
    };
    run_training(c, observer, &control);
    emit trainingFinished(s.outputDir, control.cancelled());
  } catch (const std::exception& e) {
    emit failed(tr("Training stopped: %1").arg(describe(e)));
    emit trainingFinished(s.outputDir, true);
  }
}

namespace {

// Generates the request's images with `model` and writes each as PNG with its parameters.
// Returns false when stopped.
bool generateImages(StableDiffusionModel& model, const GenerationRequest& r,
                    const std::atomic<bool>& stop, const std::function<void(int, int)>& onStep,
                    const std::function<void(GeneratedImage)>& onImage) {
  QDir().mkpath(r.outputDir);
  const QString stamp =
      QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
  for (int i = 0; i < r.numImages; ++i) {
    // One image per call with seed + i, so each image can be made again from its own seed.
    GenerationParams g;
    g.prompt = r.prompt.toStdString();
    g.negative_prompt = r.negativePrompt.toStdString();
    g.steps = r.steps;
    g.guidance_scale = r.guidance;
    g.scheduler = r.scheduler.toStdString();
    g.width = r.width;
    g.height = r.height;
    g.seed = r.seed + static_cast<quint64>(i);
    const auto result = generate(model, g, [&](const GenerationProgress& p) {
      onStep(i * r.steps + p.step, r.numImages * r.steps);
      return !stop.load();
    });
    if (result.cancelled) return false;
    GenerationInfo info;
    info.prompt = g.prompt;
    info.negative_prompt = g.negative_prompt;
    info.sampler = samplerName(g.scheduler.empty() ? model.default_scheduler : g.scheduler);
    info.model = QFileInfo(r.model).fileName().toStdString();
    info.steps = g.steps;
    info.cfg_scale = g.guidance_scale;
    info.seed = g.seed;
    info.width = static_cast<int>(result.images.size(3));
    info.height = static_cast<int>(result.images.size(2));
    if (!r.weightsDir.isEmpty())
      info.extra = "Concept: " + QFileInfo(r.weightsDir).fileName().toStdString() +
                   ", Concept strength: " + QString::number(r.strength, 'g', 3).toStdString();
    const std::string text = format_generation_parameters(info);
    const QString file =
        QDir(r.outputDir).filePath(QStringLiteral("%1-%2.png").arg(stamp).arg(i + 1));
    write_image_png(file.toStdString(), result.images[0], {{kPngParametersKey, text}});
    onImage({file, QString::fromStdString(text), g.seed});
  }
  return true;
}

}  // namespace

void JobRunner::runGeneration(const GenerationRequest& r) {
  torch::NoGradGuard noGrad;
  try {
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(r.model, r.weightsDir, QString::number(r.strength), r.device);
    if (!m_engine->model || m_engine->key != key) {
      m_engine->model.reset();  // free the old one before loading the next
      LoadOptions options;
      options.device = parse_device(r.device.toStdString());
      m_engine->model = std::make_unique<StableDiffusionModel>(
          load_stable_diffusion(r.model.toStdString(), options));
      if (!r.weightsDir.isEmpty())
        apply_custom_diffusion_weights(*m_engine->model, r.weightsDir.toStdString(), r.strength);
      m_engine->key = key;
    }
    QElapsedTimer throttle;
    throttle.start();
    const bool done = generateImages(
        *m_engine->model, r, m_stop,
        [&](int step, int total) {
          if (throttle.elapsed() >= 100 || step == total) {
            emit generationProgress(step, total);
            throttle.restart();
          }
        },
        [&](const GeneratedImage& image) { emit imageGenerated(image); });
    emit generationFinished(!done);
  } catch (const std::exception& e) {
    m_engine->model.reset();  // possibly half-applied; load afresh next time
    m_engine->key.clear();
    emit failed(tr("Generation failed: %1").arg(describe(e)));
    emit generationFinished(true);
  }
}

void JobRunner::generateWithTrainingWeights(const GenerationRequest& request) {
  if (!m_control) return;
  m_control->run_with_model([this, request](StableDiffusionModel& model) {
    try {
      generateImages(
          model, request, m_stop,
          [this](int step, int total) { emit generationProgress(step, total); },
          [this](const GeneratedImage& image) { emit imageGenerated(image); });
      emit generationFinished(false);
    } catch (const std::exception& e) {
      emit failed(tr("Generation failed: %1").arg(describe(e)));
      emit generationFinished(true);
    }
  });
}

}  // namespace cds::ui
