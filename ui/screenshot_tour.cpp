// The screenshot tour (see screenshot_tour.h).
#include "ui/screenshot_tour.h"

#include <cstdio>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

#include "ui/concepts_page.h"
#include "ui/generate_page.h"
#include "ui/image_grid.h"
#include "ui/jobs/job_runner.h"
#include "ui/loss_plot.h"
#include "ui/main_window.h"
#include "ui/prompt_panel.h"
#include "ui/regularization_page.h"
#include "ui/settings_dialog.h"
#include "ui/train_page.h"
#include "ui/training_form.h"

namespace cds::ui {

namespace {

constexpr int kPollMs = 100;
// After a step's result is on screen: time for pending layouts, icons and plot redraws.
constexpr int kSettleMs = 400;
// Long enough to catch the Train page mid-run: the first preview comes at step 10.
constexpr int kTrainingSteps = 40;
constexpr int kClassImages = 4;
constexpr int kPictures = 4;  // on the Generate page

enum Page { ModelPage, ConceptsTab, RegularizationTab, TrainTab, GenerateTab };

}  // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, QString outDir, QObject* parent)
    : QObject(parent), m_window(window), m_outDir(std::move(outDir)), m_poll(new QTimer(this)) {
  m_poll->setInterval(kPollMs);
  // On a busy machine the steps take longer; CDS_SCREENSHOT_STEP_TIMEOUT (seconds) allows more.
  if (const int seconds = qEnvironmentVariableIntValue("CDS_SCREENSHOT_STEP_TIMEOUT"); seconds > 0)
    m_stepTimeout = seconds * 1000;
  connect(m_poll, &QTimer::timeout, this, &ScreenshotTour::poll);
  JobRunner* runner = m_window->jobRunner();
  connect(runner, &JobRunner::demoModelReady, this, &ScreenshotTour::demoModelReady);
  connect(runner, &JobRunner::failed, this,
          [this](JobId, const QString& message) { fail(tr("A job failed: %1").arg(message)); });
  connect(m_window->promptPanel(), &PromptPanel::tokenizerReady, this,
          [this](bool ok) { m_tokenizerReady = m_tokenizerReady || ok; });
  buildSteps();
}

ScreenshotTour::~ScreenshotTour() { delete m_dialog.data(); }

QString ScreenshotTour::workPath(const QString& name) const { return m_work.filePath(name); }

void ScreenshotTour::start() {
  if (!m_work.isValid())
    return fail(tr("Cannot make a temporary folder: %1").arg(m_work.errorString()));
  if (!QDir().mkpath(m_outDir))
    return fail(tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(m_outDir)));
  m_window->showNormal();
  m_window->resize(windowSize());
  runStep(0);
}

void ScreenshotTour::buildSteps() {
  MainWindow* w = m_window;
  // 1. The demo model opened: banner, components, the prompt's tokens.
  m_steps.append({QStringLiteral("model"),
                  [this, w] {
                    showPage(ModelPage);
                    w->createDemo(workPath(QStringLiteral("demo")));
                  },
                  [this, w] {
                    auto* tree = w->findChild<QTreeWidget*>(QStringLiteral("componentTree"));
                    return m_demoReady && m_tokenizerReady && tree &&
                           tree->topLevelItemCount() > 0 && !w->jobRunner()->isBusy();
                  },
                  QString(),
                  {}});
  m_steps.append({QStringLiteral("prompt"),
                  [w] { w->promptPanel()->setPrompt(tr("photo of a <new1> toy on a beach")); },
                  [w] { return w->promptPanel()->tokenCount() > 2; },
                  QStringLiteral("01-model.png"),
                  {}});
  // 2. The demo's photos as thumbnails with their checks.
  m_steps.append({QStringLiteral("concepts"),
                  [this] { showPage(ConceptsTab); },
                  [w] { return w->conceptsPage()->imageGrid()->usableFiles().size() >= 4; },
                  QStringLiteral("02-concepts.png"),
                  {}});
  // 3. Class pictures drawn by the demo model, gathered now rather than when training starts.
  m_steps.append(
      {QStringLiteral("regularization"),
       [this, w] {
         showPage(RegularizationTab);
         RegularizationCard* card = w->regularizationPage()->card(0);
         if (!card) return fail(tr("The Regularization page has no concept."));
         auto* source = card->findChild<QComboBox*>(QStringLiteral("classSourceCombo"));
         auto* count = card->findChild<QSpinBox*>(QStringLiteral("classCountSpin"));
         auto* gather = card->findChild<QPushButton*>(QStringLiteral("gatherButton"));
         if (!source || !count || !gather)
           return fail(tr("The Regularization page lacks its source, count or Gather button."));
         source->setCurrentIndex(source->findData(int(ClassImageSource::Generate)));
         count->setValue(kClassImages);
         gather->click();
       },
       [w] {
         RegularizationCard* card = w->regularizationPage()->card(0);
         return card && card->thumbnailCount() >= kClassImages && !w->jobRunner()->isBusy();
       },
       QStringLiteral("03-regularization.png"),
       {}});
  // 4. Training, caught mid-run: loss points and the first preview.
  m_steps.append({QStringLiteral("training"),
                  [this, w] {
                    showPage(TrainTab);
                    w->trainPage()->start();
                    if (!w->trainPage()->isTraining()) {
                      auto* state = w->findChild<QLabel*>(QStringLiteral("trainingState"));
                      fail(tr("Training did not start: %1").arg(state ? state->text() : QString()));
                    }
                  },
                  [w] {
                    TrainPage* page = w->trainPage();
                    return page->isTraining() && page->lossPlot()->pointCount() >= 1 &&
                           page->timeline()->count() >= 1;
                  },
                  QStringLiteral("04-train.png"),
                  {}});
  m_steps.append({QStringLiteral("end of training"),
                  [] {},
                  [w] { return !w->trainPage()->isTraining() && !w->jobRunner()->isBusy(); },
                  QString(),
                  {}});
  // 5. A few pictures with the trained concept (the window set its weights when training ended).
  m_steps.append({QStringLiteral("generate"),
                  [this, w] {
                    showPage(GenerateTab);
                    if (auto* count = w->findChild<QSpinBox*>(QStringLiteral("imageCountSpin")))
                      count->setValue(kPictures);
                    if (auto* steps = w->findChild<QSpinBox*>(QStringLiteral("generateStepsSpin")))
                      steps->setValue(20);
                    w->generatePage()->generate();
                  },
                  [w] {
                    auto* button = w->findChild<QPushButton*>(QStringLiteral("generateButton"));
                    return w->generatePage()->gallery()->count() >= kPictures && button &&
                           button->isEnabled() && !w->jobRunner()->isBusy();
                  },
                  QStringLiteral("05-generate.png"),
                  {}});
  // 6. The Settings dialog, shown without exec() so the tour's timers keep running.
  m_steps.append({QStringLiteral("settings"),
                  [this, w] {
                    auto* dialog = new SettingsDialog(JobRunner::availableDevices(), w);
                    m_dialog = dialog;
                    dialog->show();
                  },
                  [this] { return m_dialog && m_dialog->isVisible(); },
                  QStringLiteral("06-settings.png"), [this] { return m_dialog.data(); }});
}

void ScreenshotTour::showPage(int index) { m_window->pages()->setCurrentIndex(index); }

void ScreenshotTour::demoModelReady() {
  // The window has opened the model and filled the first concept; this runs after it.
  m_demoReady = true;
  TrainingForm* form = m_window->trainPage()->form();
  TrainingSettings s;
  form->writeTo(s);
  s.steps = kTrainingSteps;
  form->readFrom(s);
  // Class pictures in the tour's folder, not the person's data folder: fresh on every run.
  m_window->regularizationPage()->setDefaultFolder(workPath(QStringLiteral("runs")));
}

void ScreenshotTour::runStep(int index) {
  if (m_done) return;
  if (index >= m_steps.size()) return finish(true, QString());
  m_current = index;
  m_stepClock.start();
  m_steps[index].enter();
  if (m_done) return;  // the step failed at once
  m_poll->start();
}

void ScreenshotTour::poll() {
  if (m_done || m_current < 0) return;
  const Step& step = m_steps[m_current];
  if (step.ready()) {
    m_poll->stop();
    std::printf(
        "%s\n",
        qPrintable(
            tr("%1: %2 s").arg(step.name).arg(double(m_stepClock.elapsed()) / 1000.0, 0, 'f', 1)));
    std::fflush(stdout);
    if (step.file.isEmpty()) {
      runStep(m_current + 1);
      return;
    }
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::capture);
    return;
  }
  if (m_stepClock.elapsed() > m_stepTimeout)
    fail(tr("not done within %1 s (CDS_SCREENSHOT_STEP_TIMEOUT sets the limit).")
             .arg(m_stepTimeout / 1000));
}

void ScreenshotTour::capture() {
  if (m_done) return;
  const Step& step = m_steps[m_current];
  QWidget* target = step.target ? step.target() : m_window;
  if (!target) return fail(tr("Nothing to photograph in the step “%1”.").arg(step.name));
  if (target == m_window && m_window->size() != windowSize()) m_window->resize(windowSize());
  const QString file = QDir(m_outDir).filePath(step.file);
  if (!target->grab().save(file, "PNG"))
    return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(file)));
  m_saved << file;
  if (step.name == QLatin1String("training") && !m_window->trainPage()->isTraining())
    std::fprintf(stderr, "%s\n",
                 qPrintable(tr("Note: training had already finished when the Train page was "
                               "photographed.")));
  if (m_dialog && target == m_dialog) {
    m_dialog->close();
    m_dialog->deleteLater();
    m_dialog = nullptr;
  }
  runStep(m_current + 1);
}

void ScreenshotTour::fail(const QString& message) {
  if (m_done) return;
  const QString where = m_current >= 0
                            ? tr("Screenshot tour, step “%1”: ").arg(m_steps[m_current].name)
                            : tr("Screenshot tour: ");
  finish(false, where + message);
}

void ScreenshotTour::finish(bool ok, const QString& error) {
  if (m_done) return;
  m_done = true;
  m_poll->stop();
  if (ok)
    std::printf("%s\n", qPrintable(tr("Saved %n screenshot(s) in %1.", nullptr, m_saved.size())
                                       .arg(QDir::toNativeSeparators(m_outDir))));
  else
    std::fprintf(stderr, "%s\n", qPrintable(error));
  std::fflush(stdout);
  emit finished(ok, error);
  if (m_quitWhenDone) {
    // Queued: the job that failed may still be unwinding its signal.
    const int code = ok ? 0 : 1;
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
  }
}

}  // namespace cds::ui
