// The job runner (see job_runner.h). This file and its siblings in ui/jobs are the only GUI
// files that include engine headers pulling torch; every torch call happens on the worker.
#include "ui/jobs/job_runner.h"

#include <algorithm>
#include <chrono>
#include <mutex>
#include <optional>

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

#include "core/adapters/embedding_file.h"
#include "core/adapters/network_file.h"
#include "core/devices.h"
#include "core/error.h"
#include "core/export/concept_export.h"
#include "core/io/atomic_file.h"
#include "core/io/png_file.h"
#include "core/model/demo_model.h"
#include "core/model/single_file_config.h"
#include "core/net/class_folder_from_web.h"
#include "core/net/hub_download.h"
#include "core/pipeline/image_output.h"
#include "core/pipeline/single_file_probe.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/project/project_run.h"
#include "core/runtime.h"
#include "core/train/class_folder.h"
#include "core/train/class_folder_from_model.h"
#include "core/train/custom_diffusion_weights.h"
#include "core/train/memory_defaults.h"
#include "core/train/trainer.h"
#include "ui/project.h"
#pragma pop_macro("slots")

namespace cds::ui {

namespace {

// The tokenizer and scheduler files of a single-file model's base model, downloaded into the
// Hugging Face cache (no weights).
std::filesystem::path download_single_file_config(const std::string& repo_id) {
  HubDownloadOptions download;
  download.repo_id = repo_id;
  download.only_files = single_file_config_files();
  return download_pipeline(download).snapshot;
}

// The engine's exceptions name the file and the fault; libtorch's add a C++ backtrace that
// means nothing to a person, so only its first line is kept.
QString describe(const std::exception& e) {
  // Out of GPU memory or a lost device: what to change, not libtorch's message.
  const std::string device = cds::explain_device_error(e, "The job");
  if (!device.empty()) return QString::fromStdString(device);
  if (const auto* c10 = dynamic_cast<const c10::Error*>(&e))
    return QString::fromStdString(c10->what_without_backtrace()).section(QLatin1Char('\n'), 0, 0);
  return QString::fromStdString(e.what());
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
  qRegisterMetaType<ClassImagesProgress>();
  qRegisterMetaType<ModelDownloadProgress>();
}

JobRunner::~JobRunner() {
  m_queue.clear();
  cancelAll();
  if (m_thread) {
    m_thread->wait();
    delete m_thread;
  }
}

QStringList JobRunner::availableDevices() {
  QStringList devices{QStringLiteral("cpu")};
  for (const auto& gpu : cds::list_cuda_devices())
    devices << QStringLiteral("cuda:%1").arg(gpu.index);
  return devices;
}

namespace {

// The GPU a device name ("cuda:1", or "cuda" for the first) stands for; none for "cpu" or a
// card this machine lacks.
std::optional<cds::CudaDeviceInfo> findGpu(const QString& device) {
  for (const auto& gpu : cds::list_cuda_devices())
    if (device == QStringLiteral("cuda:%1").arg(gpu.index) ||
        (device == QLatin1String("cuda") && gpu.index == 0))
      return gpu;
  return std::nullopt;
}

}  // namespace

QString JobRunner::deviceLabel(const QString& device) {
  if (device == QLatin1String("cpu")) return tr("Processor (CPU)");
  if (const auto gpu = findGpu(device))
    return QStringLiteral("%1 (%2, %3)")
        .arg(QString::fromStdString(gpu->name), device,
             QString::fromStdString(cds::format_bytes(gpu->total_bytes)));
  return device;
}

void JobRunner::applyDeviceDefaults(TrainingSettings& s, const QString& device) {
  s.device = device;
  const auto gpu = findGpu(device);
  const cds::TrainingMemoryDefaults d = cds::training_memory_defaults(gpu ? &*gpu : nullptr);
  s.precision = QString::fromStdString(d.mixed_precision);
  s.gradientCheckpointing = d.gradient_checkpointing;
}

void JobRunner::setThreadCount(int threads) { m_threads = std::max(0, threads); }

void JobRunner::setSingleFileSettings(const QString& predictionType, const QString& config,
                                      const QString& vae) {
  std::lock_guard lock(m_singleFileMutex);
  m_singleFile = {predictionType, config, vae};
}

QStringList JobRunner::singleFileSettings() const {
  std::lock_guard lock(m_singleFileMutex);
  return m_singleFile;
}

bool JobRunner::isTrainingPaused() const { return m_control && m_control->paused(); }

QList<JobRunner::JobInfo> JobRunner::jobs() const {
  QList<JobInfo> out;
  if (isBusy()) out << m_current;
  for (const Pending& p : m_queue) out << JobInfo{p.id, p.job, false};
  return out;
}

JobId JobRunner::enqueue(Job job, std::function<void(JobId, const CancelToken&)> body,
                         std::shared_ptr<TrainingControl> control) {
  const JobId id = ++m_lastId;
  auto cancel = std::make_shared<CancelToken>();
  m_queue.enqueue({id, job, [id, cancel, body = std::move(body)] { body(id, *cancel); },
                   std::move(control), cancel});
  emit queueChanged(m_queue.size() - (isBusy() ? 0 : 1));
  if (!isBusy()) startNext();
  return id;
}

JobId JobRunner::enqueueTask(Job job, std::function<void(const CancelToken& cancel)> body) {
  return enqueue(job, [body = std::move(body)](JobId, const CancelToken& cancel) { body(cancel); });
}

void JobRunner::startNext() {
  if (m_queue.isEmpty()) return;
  Pending next = m_queue.dequeue();
  emit queueChanged(m_queue.size());
  m_current = {next.id, next.job, true};
  m_control = next.control;
  m_cancel = next.cancel;
  m_thread = QThread::create([threads = m_threads, body = std::move(next.body)] {
    // OpenMP's thread count is per thread: a new thread starts with the default, not the count
    // Settings gave, so each job sets it on its own thread.
    cds::init_torch_threads(threads);
    body();
  });
  connect(m_thread, &QThread::finished, this, &JobRunner::threadFinished);
  emit jobStarted(m_current.id, m_current.job);
  m_thread->start();
}

void JobRunner::threadFinished() {
  const JobInfo done = m_current;
  m_thread->wait();
  delete m_thread;
  m_thread = nullptr;
  m_current = JobInfo();
  m_control.reset();
  m_cancel.reset();
  emit jobFinished(done.id, done.job);
  startNext();
}

void JobRunner::pauseTraining() {
  if (m_control) m_control->pause();
}

void JobRunner::resumeTraining() {
  if (m_control) m_control->resume();
}

bool JobRunner::cancelJob(JobId id) {
  if (id == 0) return false;
  if (isBusy() && m_current.id == id) {
    if (m_cancel) m_cancel->cancel();
    if (m_control) m_control->cancel();
    return true;
  }
  for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
    if (it->id != id) continue;
    const Job job = it->job;
    m_queue.erase(it);
    emit queueChanged(m_queue.size());
    emit jobFinished(id, job);
    return true;
  }
  return false;
}

void JobRunner::cancelAll() {
  // Waiting jobs first, so that none starts when the running one ends.
  while (!m_queue.isEmpty()) cancelJob(m_queue.back().id);
  cancelJob(m_current.id);
}

bool JobRunner::waitForIdle(int msecs) {
  if (!m_thread) return true;
  if (!m_thread->wait(QDeadlineTimer(msecs))) return false;
  // Deliver the signals the worker queued, then the finished handling, without a nested loop.
  QCoreApplication::sendPostedEvents(this);
  if (m_thread) threadFinished();
  return true;
}

JobId JobRunner::startTraining(const TrainingSettings& settings) {
  auto control = std::make_shared<TrainingControl>();
  return enqueue(
      Job::Training,
      [this, settings, control](JobId id, const CancelToken&) {
        runTraining(id, settings, *control);
      },
      control);
}

JobId JobRunner::startGeneration(const GenerationRequest& request) {
  return enqueue(Job::Generation, [this, request](JobId id, const CancelToken& cancel) {
    runGeneration(id, request, cancel);
  });
}

JobId JobRunner::createDemoModel(const QString& folder) {
  return enqueue(Job::DemoModel, [this, folder](JobId id, const CancelToken&) {
    try {
      const QString model = QDir(folder).filePath(QStringLiteral("model"));
      write_demo_model(model.toStdString());
      QStringList images;
      for (const auto& f :
           write_demo_images(QDir(folder).filePath(QStringLiteral("images")).toStdString()))
        images << QString::fromStdString(f.string());
      emit demoModelReady(id, model, images);
    } catch (const std::exception& e) {
      emit failed(id, tr("Could not make the demo model: %1").arg(describe(e)));
    }
  });
}

void JobRunner::runTraining(JobId id, const TrainingSettings& s, TrainingControl& control) {
  try {
    // The engine prepares the run as `cdstudio-cli train --project` does: each concept's photos
    // copied into the run's own folder, concepts_list.json beside them, the TrainingConfig.
    cds::StudioProject project;
    project.model = s.model.toStdString();
    project.training = toCore(s);
    const QStringList singleFile = singleFileSettings();
    project.prediction_type = singleFile[0].toStdString();
    project.single_file_config = singleFile[1].toStdString();
    project.single_file_vae = singleFile[2].toStdString();
    TrainingConfig c = prepare_project_run(project);
    // A single checkpoint file whose base model is not cached: fetch only that base model's
    // tokenizer and scheduler files first.
    c.single_file_config = resolve_single_file_config(
        c.pretrained_model_name_or_path, c.single_file_config, download_single_file_config);

    QVector<LossPoint> pending;
    TrainingProgress progress;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    auto flush = [&] {
      if (!pending.isEmpty()) emit lossPoints(id, pending);
      pending.clear();
      emit trainingProgress(id, progress);
      sinceFlush.restart();
    };
    auto observer = [&](const TrainingEvent& e) {
      using T = TrainingEvent::Type;
      switch (e.type) {
        case T::Step:
          pending.push_back({e.step, e.loss, e.learning_rate});
          progress = {e.step,  e.total_steps,      e.steps_per_second, e.elapsed_s,
                      e.eta_s, e.gpu_memory_bytes, e.gpu_total_bytes};
          if (sinceFlush.elapsed() >= 100) flush();  // ~10 Hz at most
          return;
        case T::Started:
          progress.totalSteps = e.total_steps;
          progress.step = e.step;
          flush();
          emit trainingLog(id, tr("Training started: %1").arg(QString::fromStdString(e.message)));
          return;
        case T::Validation: {
          flush();
          ValidationPreview preview;
          preview.step = e.step;
          for (const auto& f : e.files) preview.images << QString::fromStdString(f.string());
          if (!e.files.empty())
            preview.weightsDir = QString::fromStdString(e.files.front().parent_path().string());
          emit validationReady(id, preview);
          emit trainingLog(id, tr("Preview images at step %1.").arg(e.step));
          return;
        }
        case T::Checkpoint:
          emit trainingLog(id, tr("Checkpoint saved at step %1.").arg(e.step));
          return;
        case T::Paused:
          flush();
          emit trainingPaused(id);
          emit trainingLog(id, tr("Paused. The model stays loaded."));
          return;
        case T::Resumed:
          emit trainingResumed(id);
          emit trainingLog(id, tr("Resumed."));
          return;
        case T::ClassImages:
        case T::Log:
          emit trainingLog(id, QString::fromStdString(e.message));
          return;
        case T::Finished:
        case T::Cancelled:
          flush();
          emit trainingLog(id, QString::fromStdString(e.message));
          return;
      }
    };
    run_training(c, observer, &control);
    emit trainingFinished(id, s.outputDir, false);
  } catch (const JobCancelled&) {
    // Stopped: the trainer saved a checkpoint and the weights so far, and said so in the log.
    emit trainingFinished(id, s.outputDir, true);
  } catch (const std::exception& e) {
    emit failed(id, tr("Training stopped: %1").arg(describe(e)));
    emit trainingFinished(id, s.outputDir, true);
  }
}

namespace {

// Generates the request's images with `model` and writes each as PNG with its parameters.
// Returns false when stopped.
bool generateImages(StableDiffusionModel& model, const GenerationRequest& r,
                    const CancelToken& cancel, const std::function<void(int, int)>& onStep,
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
    GenerationResult result;
    try {
      result = generate(
          model, g,
          [&](const GenerationProgress& p) { onStep(i * r.steps + p.step, r.numImages * r.steps); },
          &cancel);
    } catch (const JobCancelled&) {
      return false;  // the pictures already written stay
    }
    GenerationInfo info;
    info.prompt = g.prompt;
    info.negative_prompt = g.negative_prompt;
    info.sampler = sampler_name(g.scheduler.empty() ? model.default_scheduler : g.scheduler);
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

void JobRunner::runGeneration(JobId id, const GenerationRequest& r, const CancelToken& cancel) {
  torch::NoGradGuard noGrad;
  try {
    StableDiffusionModel& model = engineModel(r.model, r.weightsDir, r.strength, r.device, &r);
    QElapsedTimer throttle;
    throttle.start();
    const bool done = generateImages(
        model, r, cancel,
        [&](int step, int total) {
          if (throttle.elapsed() >= 100 || step == total) {
            emit generationProgress(id, step, total);
            throttle.restart();
          }
        },
        [&](const GeneratedImage& image) { emit imageGenerated(id, image); });
    emit generationFinished(id, !done);
  } catch (const std::exception& e) {
    m_engine->model.reset();  // possibly half-applied; load afresh next time
    m_engine->key.clear();
    emit failed(id, tr("Generation failed: %1").arg(describe(e)));
    emit generationFinished(id, true);
  }
}

StableDiffusionModel& JobRunner::engineModel(const QString& model, const QString& weightsDir,
                                             double strength, const QString& device,
                                             const GenerationRequest* request) {
  const QStringList singleFile = singleFileSettings();
  QString key =
      QStringLiteral("%1|%2|%3|%4").arg(model, weightsDir, QString::number(strength), device) +
      QStringLiteral("|single:") + singleFile.join(QLatin1Char('|'));
  if (request) {
    for (const LoraFile& l : request->loras)
      key += QStringLiteral("|lora:%1:%2").arg(l.file, QString::number(l.strength));
    for (const QString& e : request->embeddings) key += QStringLiteral("|embedding:%1").arg(e);
  }
  if (!m_engine->model || m_engine->key != key) {
    m_engine->model.reset();  // free the old one before loading the next
    m_engine->key.clear();
    LoadOptions options;
    options.device = parse_device(device.toStdString());
    options.prediction_type = singleFile[0].toStdString();
    options.config = singleFile[1].toStdString();
    options.vae = singleFile[2].toStdString();
    // A single checkpoint file whose base model is not cached: fetch only that base model's
    // tokenizer and scheduler files (the engine itself never goes online).
    options.fetch_config = download_single_file_config;
    m_engine->model =
        std::make_unique<StableDiffusionModel>(load_stable_diffusion(model.toStdString(), options));
    if (!weightsDir.isEmpty())
      apply_custom_diffusion_weights(*m_engine->model, weightsDir.toStdString(), strength);
    if (request) {
      for (const LoraFile& l : request->loras)
        apply_network_file(*m_engine->model, l.file.toStdString(), l.strength);
      for (const QString& e : request->embeddings)
        load_embedding_file(*m_engine->model, e.toStdString());
    }
    m_engine->key = key;
  }
  return *m_engine->model;
}

JobId JobRunner::exportConcept(const ExportRequest& request) {
  return enqueue(Job::Export,
                 [this, request](JobId id, const CancelToken&) { runExport(id, request); });
}

void JobRunner::runExport(JobId id, const ExportRequest& r) {
  try {
    ExportOptions o;
    const auto format = parse_export_format(r.format.toStdString());
    if (!format) throw CoreError("unknown export format " + r.format.toStdString());
    o.format = *format;
    o.output = r.output.toStdString();
    o.rank = r.rank;
    const auto report = export_concept(r.model.toStdString(), r.weightsDir.toStdString(), o);
    QString summary = tr("Exported to %1.").arg(r.output);
    for (const auto& t : report.tokens)
      summary += QLatin1Char(' ') +
                 tr("In other tools write “%1” where you wrote %2.")
                     .arg(QString::fromStdString(t.word), QString::fromStdString(t.token));
    if (o.format == ExportFormat::Lora)
      summary += QLatin1Char(' ') + tr("The LoRA's changes differ from the concept's by %1%.")
                                        .arg(report.relative_error * 100, 0, 'g', 2);
    emit exportFinished(id, true, summary);
  } catch (const std::exception& e) {
    emit failed(id, tr("Export failed: %1").arg(describe(e)));
    emit exportFinished(id, false, QString());
  }
}

JobId JobRunner::gatherClassImages(const ClassImagesRequest& request) {
  return enqueue(Job::ClassImages, [this, request](JobId id, const CancelToken& cancel) {
    runClassImages(id, request, cancel);
  });
}

void JobRunner::runClassImages(JobId id, const ClassImagesRequest& r, const CancelToken& cancel) {
  const std::filesystem::path folder = r.classDataDir.toStdString();
  QElapsedTimer throttle;
  bool first = true;  // the first report always goes: it tells the page the job began
  auto report = [&](int have, int wanted, int failed, const std::string& message) {
    if (!first && throttle.elapsed() < 100 && have < wanted) return;
    first = false;
    throttle.start();
    emit classImagesProgress(id,
                             {r.concept, have, wanted, failed, QString::fromStdString(message)});
  };
  try {
    if (r.source == ClassImageSource::Generate) {
      torch::NoGradGuard noGrad;
      GenerateClassImagesOptions g;
      g.class_prompt = r.classPrompt.toStdString();
      g.class_data_dir = folder;
      g.num_class_images = r.count;
      g.batch_size = 1;  // one image at a time, so each appears as soon as it is made
      g.steps = r.steps;
      g.seed = r.seed;
      g.cancel = &cancel;
      g.progress = [&](int have, int wanted) { report(have, wanted, 0, std::string()); };
      const int before = ClassFolder(folder).count();
      report(before, r.count, 0, tr("Loading the model…").toStdString());
      StableDiffusionModel& model = engineModel(r.model, QString(), 1.0, r.device);
      const int added = generate_class_images(model, g);
      const int have = ClassFolder(folder).count();
      emit classImagesFinished(id, r.concept, have >= r.count,
                               tr("The model drew %1 new pictures; %2 of %3 now.")
                                   .arg(std::max(added, have - before))
                                   .arg(have)
                                   .arg(r.count));
      return;
    }
    CollectOptions o;
    o.class_prompt = r.classPrompt.toStdString();
    o.class_data_dir = folder;
    o.num_class_images = r.count;
    o.cancel = &cancel;
    o.other_sources_hint =
        tr("choose another source above, such as drawing them with the base model").toStdString();
    o.progress = [&](const CollectProgress& p) {
      if (p.retrying.empty()) return report(p.have, p.wanted, p.failed, p.message);
      first = true;  // a retry notice always goes through
      report(p.have, p.wanted, p.failed,
             tr("the service did not answer (%1); trying again (%2 of %3)…")
                 .arg(QString::fromStdString(p.retrying))
                 .arg(p.attempt)
                 .arg(p.max_attempts)
                 .toStdString());
    };
    report(ClassFolder(folder).count(), r.count, 0, tr("Starting…").toStdString());
    CollectResult result;
    if (r.source == ClassImageSource::Fetch) {
      ClipRetrievalOptions service;
      if (!r.retrievalServer.trimmed().isEmpty())
        service.url = r.retrievalServer.trimmed().toStdString();
      result = collect_from_clip_retrieval(service, o);
    } else if (r.source == ClassImageSource::Openverse) {
      result = collect_from_openverse(OpenverseOptions(), o);
    } else if (r.source == ClassImageSource::Folder) {
      result = collect_from_folder(r.sourceFolder.toStdString(), o);
    } else {
      emit classImagesFinished(id, r.concept, true, QString());
      return;
    }
    QString summary = tr("%1 of %2 pictures (%3 new, %4 failed, %5 duplicates).")
                          .arg(result.total())
                          .arg(r.count)
                          .arg(result.added)
                          .arg(result.failed)
                          .arg(result.duplicates);
    if (result.total() < r.count)
      summary += QLatin1Char(' ') + tr("The source ran out of pictures; try another source.");
    // The person's own files: each one left out is named, with what is wrong with it.
    if (r.source == ClassImageSource::Folder)
      for (const std::string& why : result.failures)
        summary += QLatin1Char('\n') + tr("Left out: %1").arg(QString::fromStdString(why));
    emit classImagesFinished(id, r.concept, result.total() >= r.count, summary);
  } catch (const JobCancelled&) {
    // A stop is not an error: the pictures made or fetched so far stay.
    const int have = ClassFolder(folder).count();
    emit classImagesFinished(id, r.concept, have >= r.count,
                             tr("Stopped with %1 of %2 pictures.").arg(have).arg(r.count));
  } catch (const std::exception& e) {
    emit classImagesFinished(id, r.concept, false, describe(e));
  }
}

JobId JobRunner::downloadModel(const ModelDownloadRequest& request) {
  return enqueue(Job::Download, [this, request](JobId id, const CancelToken& cancel) {
    runDownload(id, request, cancel);
  });
}

void JobRunner::runDownload(JobId id, const ModelDownloadRequest& r, const CancelToken& cancel) {
  QElapsedTimer throttle;
  throttle.start();
  try {
    HubDownloadOptions o;
    o.repo_id = r.repoId.trimmed().toStdString();
    o.revision = r.revision.isEmpty() ? std::string("main") : r.revision.toStdString();
    o.variant = r.variant.toStdString();
    o.token = r.token.trimmed().toStdString();
    o.endpoint = r.endpoint.toStdString();
    o.cancel = &cancel;
    o.progress = [&](const HubDownloadProgress& p) {
      // A retry notice always goes through: the box says it until bytes flow again.
      if (p.retrying.empty() && throttle.elapsed() < 100) return;
      throttle.restart();
      emit downloadProgress(id, {QString::fromStdString(p.file), p.file_index, p.file_count,
                                 p.done_bytes, p.total_bytes, p.bytes_per_second,
                                 QString::fromStdString(p.retrying), p.attempt, p.max_attempts});
    };
    const HubDownloadResult result = download_pipeline(o);
    emit downloadFinished(id, r.repoId, QString::fromStdString(result.snapshot.string()),
                          QString());
  } catch (const JobCancelled&) {
    emit downloadFinished(id, r.repoId, QString(),
                          tr("The download was stopped; starting it again resumes it."));
  } catch (const std::exception& e) {
    emit downloadFinished(id, r.repoId, QString(), describe(e));
  }
}

JobId JobRunner::generateWithTrainingWeights(const GenerationRequest& request) {
  if (!m_control) return 0;
  const JobId id = ++m_lastId;
  // It runs inside the training job and stops with it (the training's own token).
  const CancelToken* cancel = m_control->cancel_token();
  m_control->run_with_model([this, id, request, cancel](StableDiffusionModel& model) {
    try {
      generateImages(
          model, request, *cancel,
          [this, id](int step, int total) { emit generationProgress(id, step, total); },
          [this, id](const GeneratedImage& image) { emit imageGenerated(id, image); });
      emit generationFinished(id, false);
    } catch (const std::exception& e) {
      emit failed(id, tr("Generation failed: %1").arg(describe(e)));
      emit generationFinished(id, true);
    }
  });
  return id;
}

}  // namespace cds::ui
