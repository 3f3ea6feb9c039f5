// The Train page (see train_page.h).
#include "ui/train_page.h"

#include <cmath>

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTime>
#include <QVBoxLayout>

#include "ui/concept_library.h"
#include "ui/export_dialog.h"
#include "ui/jobs/job_runner.h"
#include "ui/loss_plot.h"
#include "ui/step_compare_dialog.h"
#include "ui/training_form.h"

namespace cds::ui {

namespace {

QString duration(double seconds) {
  if (seconds < 0 || !std::isfinite(seconds)) return QStringLiteral("–");
  const int s = static_cast<int>(seconds + 0.5);
  return s >= 3600 ? QStringLiteral("%1:%2:%3")
                         .arg(s / 3600)
                         .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                         .arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

enum Role { FileRole = Qt::UserRole, WeightsRole, StepRole };

}  // namespace

TrainPage::TrainPage(JobRunner* runner, QWidget* parent) : QWidget(parent), m_runner(runner) {
  auto* splitter = new QSplitter(this);
  auto* left = new QWidget(splitter);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  auto* scroll = new QScrollArea(left);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  m_form = new TrainingForm(scroll);
  scroll->setWidget(m_form);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the form follows the width
  leftLayout->addWidget(scroll, 1);
  auto* buttons = new QHBoxLayout;
  m_start = new QPushButton(tr("Start"), left);
  m_start->setObjectName("startButton");
  m_start->setToolTip(tr("Start teaching the model your concept."));
  m_pause = new QPushButton(tr("Pause"), left);
  m_pause->setObjectName("pauseButton");
  m_pause->setToolTip(
      tr("Pause after the current step. The model stays loaded, so you can try a test image."));
  m_resume = new QPushButton(tr("Resume"), left);
  m_resume->setObjectName("resumeButton");
  m_stop = new QPushButton(tr("Stop"), left);
  m_stop->setObjectName("stopButton");
  m_stop->setToolTip(tr("Stop and save what was learned so far; you can continue later."));
  m_test = new QPushButton(tr("Test Image"), left);
  m_test->setObjectName("testImageButton");
  m_test->setToolTip(tr("While paused: draw one preview with the weights as they are now."));
  for (QPushButton* b : {m_start, m_pause, m_resume, m_stop, m_test}) buttons->addWidget(b);
  leftLayout->addLayout(buttons);
  splitter->addWidget(left);

  auto* right = new QWidget(splitter);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  auto* stateRow = new QHBoxLayout;
  m_state = new QLabel(tr("Not started."), right);
  m_state->setObjectName("trainingState");
  m_state->setWordWrap(true);
  stateRow->addWidget(m_state, 1);
  m_export = new QPushButton(tr("Export…"), right);
  m_export->setObjectName("trainExportButton");
  m_export->setToolTip(
      tr("Save the trained concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or "
         "stable-diffusion.cpp."));
  stateRow->addWidget(m_export, 0, Qt::AlignTop);
  rightLayout->addLayout(stateRow);
  auto* stats = new QGridLayout;
  m_step = new QLabel(right);
  m_step->setObjectName("stepLabel");
  m_speed = new QLabel(right);
  m_elapsed = new QLabel(right);
  m_eta = new QLabel(right);
  m_gpuMemory = new QLabel(right);
  m_gpuMemory->setObjectName("gpuMemoryLabel");
  m_gpuMemory->hide();
  m_gpuMemory->setToolTip(tr("Graphics card memory held by training, of the card's total."));
  stats->addWidget(m_gpuMemory, 1, 0, 1, 4);
  stats->addWidget(m_step, 0, 0);
  stats->addWidget(m_speed, 0, 1);
  stats->addWidget(m_elapsed, 0, 2);
  stats->addWidget(m_eta, 0, 3);
  rightLayout->addLayout(stats);
  m_progress = new QProgressBar(right);
  m_progress->setObjectName("trainingProgress");
  rightLayout->addWidget(m_progress);
  m_plot = new LossPlot(right);
  rightLayout->addWidget(m_plot, 3);
  auto* previewRow = new QHBoxLayout;
  auto* previews = new QLabel(tr("Previews (same seed each time; click to enlarge):"), right);
  previewRow->addWidget(previews, 1);
  m_compare = new QPushButton(tr("Compare Two Steps…"), right);
  m_compare->setObjectName("compareButton");
  m_compare->setToolTip(
      tr("Shows two previews side by side, to see what the extra steps changed."));
  m_compare->setEnabled(false);
  previewRow->addWidget(m_compare);
  rightLayout->addLayout(previewRow);
  m_timeline = new QListWidget(right);
  m_timeline->setObjectName("previewTimeline");
  m_timeline->setViewMode(QListView::IconMode);
  m_timeline->setFlow(QListView::LeftToRight);
  m_timeline->setWrapping(false);
  m_timeline->setIconSize(QSize(96, 96));
  m_timeline->setMovement(QListView::Static);
  m_timeline->setFixedHeight(140);
  rightLayout->addWidget(m_timeline);
  m_log = new QPlainTextEdit(right);
  m_log->setObjectName("trainingLog");
  m_log->setReadOnly(true);
  m_log->setMaximumBlockCount(2000);
  rightLayout->addWidget(m_log, 1);
  splitter->addWidget(right);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter);

  connect(m_start, &QPushButton::clicked, this, &TrainPage::start);
  connect(m_pause, &QPushButton::clicked, this, &TrainPage::pause);
  connect(m_resume, &QPushButton::clicked, this, &TrainPage::resume);
  connect(m_stop, &QPushButton::clicked, this, &TrainPage::stop);
  connect(m_test, &QPushButton::clicked, this, &TrainPage::testImage);
  connect(m_compare, &QPushButton::clicked, this, [this] { compare(); });
  connect(m_timeline, &QListWidget::itemClicked, this, &TrainPage::enlarge);
  connect(m_export, &QPushButton::clicked, this, &TrainPage::exportConcept);
  connect(m_form, &TrainingForm::changed, this, &TrainPage::updateExport);
  connect(m_runner, &JobRunner::exportFinished, this,
          [this](JobId id, bool ok, const QString& summary) {
            if (id == 0 || id != m_exportJob) return;
            m_exportJob = 0;
            if (ok) m_state->setText(summary);
            updateExport();
          });
  // Only this page's training (a project's run) reaches its plot, previews and log.
  connect(m_runner, &JobRunner::trainingProgress, this,
          [this](JobId id, const TrainingProgress& p) {
            if (id == m_job) showProgress(p);
          });
  connect(m_runner, &JobRunner::lossPoints, this,
          [this](JobId id, const QVector<LossPoint>& points) {
            if (id == m_job) m_plot->addPoints(points);
          });
  connect(m_runner, &JobRunner::validationReady, this,
          [this](JobId id, const ValidationPreview& preview) {
            if (id == m_job) addPreview(preview);
          });
  connect(m_runner, &JobRunner::trainingLog, this, [this](JobId id, const QString& line) {
    if (id == m_job) appendLog(line);
  });
  connect(m_runner, &JobRunner::trainingFinished, this,
          [this](JobId id, const QString& outputDir, bool cancelled) {
            if (id == m_job) finished(outputDir, cancelled);
          });
  // A training taken off the queue before it began ends with jobFinished alone.
  connect(m_runner, &JobRunner::jobFinished, this, [this](JobId id) {
    if (id == m_job && m_training) finished(m_running.outputDir, true);
    if (id != 0 && id == m_exportJob) {  // an export stopped before it began
      m_exportJob = 0;
      m_state->clear();
      updateExport();
    }
  });
  connect(m_runner, &JobRunner::trainingPaused, this, [this](JobId id) {
    if (id != m_job) return;
    m_paused = true;
    m_state->setText(tr("Paused. The model stays loaded: try a test image, then resume."));
    updateButtons();
  });
  connect(m_runner, &JobRunner::trainingResumed, this, [this](JobId id) {
    if (id != m_job) return;
    m_paused = false;
    m_state->setText(tr("Training…"));
    updateButtons();
  });
  connect(m_runner, &JobRunner::imageGenerated, this,
          [this](JobId id, const GeneratedImage& image) {
            if (id == 0 || id != m_testJob) return;
            m_testJob = 0;
            auto* item = new QListWidgetItem(QIcon(image.file), tr("Test"), m_timeline);
            item->setData(FileRole, image.file);
            m_timeline->scrollToItem(item);
            emit testImageReady(image);
          });
  connect(m_runner, &JobRunner::failed, this, [this](JobId id, const QString& message) {
    if (id != 0 && id == m_exportJob)
      m_state->setText(
          QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
    else if (id == m_job || id == m_testJob)
      appendLog(message);
  });
  updateButtons();
}

void TrainPage::updateButtons() {
  m_start->setEnabled(!m_training);
  m_pause->setEnabled(m_training && !m_paused);
  m_resume->setEnabled(m_training && m_paused);
  m_stop->setEnabled(m_training);
  m_test->setEnabled(m_training && m_paused);
  m_form->setEnabled(!m_training);
  updateExport();
}

TrainingSettings TrainPage::currentSettings() const {
  TrainingSettings s;
  m_form->writeTo(s);
  if (m_source) m_source(s);  // fills in the model and the output folder; problems don't matter
  return s;
}

void TrainPage::updateExport() {
  if (m_training || m_exportJob != 0) {
    m_export->setEnabled(false);
    return;
  }
  const TrainingSettings s = currentSettings();
  m_export->setEnabled(!s.model.isEmpty() && !s.outputDir.isEmpty() &&
                       !ConceptLibrary::weightsFile(s.outputDir).isEmpty());
}

void TrainPage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  updateExport();  // the model or the output folder may have changed on other pages
}

void TrainPage::exportConcept() {
  const TrainingSettings s = currentSettings();
  if (s.model.isEmpty() || ConceptLibrary::weightsFile(s.outputDir).isEmpty()) {
    m_state->setText(tr("Train a concept first: the output folder holds none yet."));
    updateExport();
    return;
  }
  ExportRequest r;
  r.model = s.model;
  r.weightsDir = s.outputDir;
  m_exportJob = ExportDialog::exportConcept(m_runner, r, this);
  if (m_exportJob == 0) return;
  m_state->setText(tr("Exporting…"));
  updateExport();
}

void TrainPage::start() {
  TrainingSettings s;
  m_form->writeTo(s);
  const QStringList problems = m_source ? m_source(s) : QStringList{tr("Nothing to train.")};
  if (!problems.isEmpty()) {
    m_state->setText(
        QStringLiteral("<span style='color:#b00020'>%1</span><br>%2")
            .arg(tr("Before training can start:"), problems.join(QStringLiteral("<br>"))));
    return;
  }
  m_running = s;
  m_training = true;
  m_paused = false;
  if (!s.resume) {
    m_plot->clearPoints();
    m_timeline->clear();
    m_compare->setEnabled(false);
  }
  m_progress->setRange(0, s.steps);
  m_progress->setValue(0);
  m_step->setText(tr("Step 0 of %1").arg(s.steps));
  m_state->setText(m_runner->isBusy() ? tr("Waiting for the running job to finish…")
                                      : tr("Loading the model…"));
  int photos = 0;
  for (const ConceptSettings& c : s.concepts) photos += static_cast<int>(c.images.size());
  appendLog(tr("Starting: %1 photos, %2 steps, into %3").arg(photos).arg(s.steps).arg(s.outputDir));
  if (s.priorPreservation)
    appendLog(tr("With ordinary pictures of the class (weight %1).").arg(s.priorWeight));
  updateButtons();
  if (m_prepare) m_prepare(s);
  m_job = m_runner->startTraining(s);
}

void TrainPage::pause() {
  m_runner->pauseTraining();
  m_pause->setEnabled(false);
  m_state->setText(tr("Pausing after this step…"));
}

void TrainPage::resume() { m_runner->resumeTraining(); }

void TrainPage::stop() {
  m_state->setText(tr("Stopping and saving a checkpoint…"));
  m_stop->setEnabled(false);
  m_runner->cancelJob(m_job);  // this training only; other pages' jobs keep their places
}

void TrainPage::testImage() {
  GenerationRequest r;
  r.model = m_running.model;
  r.prompt = m_running.validationPrompt.isEmpty()
                 ? m_running.concepts.value(0).effectiveInstancePrompt()
                 : m_running.validationPrompt;
  r.steps = 25;
  r.scheduler = QStringLiteral("dpm++2m");
  r.seed = static_cast<quint64>(m_running.seed);
  r.width = r.height = m_running.resolution;
  r.outputDir = m_running.outputDir + QStringLiteral("/test-images");
  m_testJob = m_runner->generateWithTrainingWeights(r);
}

void TrainPage::showProgress(const TrainingProgress& p) {
  if (!m_training) return;
  if (!m_paused) m_state->setText(tr("Training…"));
  m_progress->setRange(0, static_cast<int>(p.totalSteps));
  m_progress->setValue(static_cast<int>(p.step));
  m_step->setText(tr("Step %1 of %2").arg(p.step).arg(p.totalSteps));
  m_speed->setText(
      p.stepsPerSecond >= 1
          ? tr("%1 it/s").arg(p.stepsPerSecond, 0, 'f', 2)
          : tr("%1 s/it").arg(p.stepsPerSecond > 0 ? 1 / p.stepsPerSecond : 0, 0, 'f', 1));
  m_elapsed->setText(tr("Elapsed %1").arg(duration(p.elapsedSeconds)));
  m_eta->setText(tr("Left %1").arg(duration(p.etaSeconds)));
  m_gpuMemory->setVisible(p.gpuTotalBytes > 0);
  if (p.gpuTotalBytes > 0)
    m_gpuMemory->setText(tr("GPU memory %1 of %2 GiB")
                             .arg(p.gpuMemoryBytes / 1073741824.0, 0, 'f', 1)
                             .arg(p.gpuTotalBytes / 1073741824.0, 0, 'f', 1));
}

void TrainPage::addPreview(const ValidationPreview& preview) {
  for (const QString& file : preview.images) {
    auto* item = new QListWidgetItem(QIcon(file), tr("Step %1").arg(preview.step), m_timeline);
    item->setData(FileRole, file);
    item->setData(WeightsRole, preview.weightsDir);
    item->setData(StepRole, preview.step);
    item->setToolTip(file);
  }
  if (m_timeline->count() > 0) m_timeline->scrollToItem(m_timeline->item(m_timeline->count() - 1));
  m_compare->setEnabled(m_timeline->count() >= 2);
}

StepCompareDialog* TrainPage::compare() {
  QVector<PreviewEntry> entries;
  for (int i = 0; i < m_timeline->count(); ++i) {
    const QListWidgetItem* item = m_timeline->item(i);
    entries.push_back(
        {item->text(), item->data(FileRole).toString(), item->data(WeightsRole).toString()});
  }
  if (entries.size() < 2) return nullptr;
  // The first preview against the latest: the whole change the training made so far.
  auto* dialog = new StepCompareDialog(entries, 0, static_cast<int>(entries.size()) - 1, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &StepCompareDialog::useWeightsRequested, this, &TrainPage::useWeightsRequested);
  dialog->open();
  return dialog;
}

void TrainPage::appendLog(const QString& line) {
  m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

void TrainPage::finished(const QString& outputDir, bool cancelled) {
  m_job = 0;
  m_training = false;
  m_paused = false;
  m_eta->clear();  // no time is left of a run that ended
  m_speed->clear();
  m_state->setText(
      cancelled ? tr("Stopped. What was learned so far is saved; tick “Continue from the last "
                     "checkpoint” to go on.")
                : tr("Done! Your concept is in %1. Try it on the Generate page.").arg(outputDir));
  updateButtons();
  emit trainingFinished(outputDir, cancelled);
}

void TrainPage::enlarge(QListWidgetItem* item) {
  if (!item) return;
  QDialog dialog(this);
  dialog.setWindowTitle(item->text());
  auto* layout = new QVBoxLayout(&dialog);
  auto* picture = new QLabel(&dialog);
  QPixmap pixmap(item->data(FileRole).toString());
  if (pixmap.width() < 384)
    pixmap = pixmap.scaled(384, 384, Qt::KeepAspectRatio, Qt::FastTransformation);
  picture->setPixmap(pixmap);
  layout->addWidget(picture);
  auto* box = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  const QString weights = item->data(WeightsRole).toString();
  if (!weights.isEmpty()) {
    QPushButton* use =
        box->addButton(tr("Use the Weights of This Step"), QDialogButtonBox::AcceptRole);
    use->setToolTip(tr("Generate with the concept as it was at this step."));
  }
  connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  layout->addWidget(box);
  if (dialog.exec() == QDialog::Accepted) emit useWeightsRequested(weights);
}

}  // namespace cds::ui
