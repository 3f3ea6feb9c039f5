// The studio's main window (see main_window.h).
#include "ui/main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/app_settings.h"
#include "ui/augmentation_preview.h"
#include "ui/concepts_page.h"
#include "ui/generate_page.h"
#include "ui/image_grid.h"
#include "ui/jobs/job_runner.h"
#include "ui/library_page.h"
#include "ui/model_download_box.h"
#include "ui/model_panel.h"
#include "ui/prompt_panel.h"
#include "ui/recent_projects_menu.h"
#include "ui/regularization_page.h"
#include "ui/settings_dialog.h"
#include "ui/train_page.h"
#include "ui/training_form.h"

// The icons are compiled into this static library; a linker drops them unless they are asked for.
static void initResources() { Q_INIT_RESOURCE(cdstudio); }

namespace cds::ui {

namespace {
QString dataFolder() {
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  initResources();
  setWindowIcon(QIcon(QStringLiteral(":/icons/cdstudio.svg")));
  setMinimumSize(900, 600);
  m_runner = new JobRunner(this);
  m_runner->setThreadCount(AppSettings::threads());
  connectRunner();
  m_autosaveTimer = new QTimer(this);
  m_autosaveTimer->setSingleShot(true);
  m_autosaveTimer->setInterval(2000);  // after the person pauses, not on every keystroke
  connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
  buildUi();
  if (!restoreGeometry(AppSettings::windowGeometry())) resize(1200, 760);
  if (auto* splitter = findChild<QSplitter*>("mainSplitter"))
    splitter->restoreState(AppSettings::splitterState());
  statusBar()->showMessage(tr("Choose a Stable Diffusion model to begin, or make the demo model."));
  updateTitle();
}

void MainWindow::buildUi() {
  // Called again when the language changes: the old pages go with the old central widget.
  m_pages = new QTabWidget(this);
  m_pages->setObjectName("pages");
  m_pages->setDocumentMode(true);
  m_pages->addTab(createModelPage(), tr("1 · Model"));
  m_conceptsPage = new ConceptsPage(m_pages);
  m_pages->addTab(m_conceptsPage, tr("2 · Concepts"));
  m_regularizationPage = new RegularizationPage(m_runner, m_pages);
  m_pages->addTab(m_regularizationPage, tr("3 · Regularization"));
  m_trainPage = new TrainPage(m_runner, m_pages);
  m_pages->addTab(m_trainPage, tr("4 · Train"));
  m_generatePage = new GeneratePage(m_runner, m_pages);
  m_pages->addTab(m_generatePage, tr("5 · Generate"));
  m_libraryPage = new LibraryPage(m_runner, ConceptLibrary::defaultStoreFile(), m_pages);
  m_pages->addTab(m_libraryPage, tr("Library"));
  setCentralWidget(m_pages);
  createMenus();

  connect(m_modelPanel, &ModelPanel::tokenizerFolderChanged, m_promptPanel,
          &PromptPanel::setTokenizerFolder);
  connect(m_promptPanel, &PromptPanel::tokenizerReady, this,
          [this] { m_conceptsPage->setTokenizer(m_promptPanel->baseTokenizer()); });
  connect(m_modelPanel, &ModelPanel::inspectionFinished, this, [this](bool usable) {
    statusBar()->showMessage(
        usable ? tr("Model ready.") : tr("The model has problems; see the model panel."), 5000);
    if (usable) AppSettings::setLastModel(m_modelPanel->currentModel());
    m_demoOffer->setVisible(!usable);
    m_generatePage->setModel(usable ? m_modelPanel->currentModel() : QString());
    m_libraryPage->setModel(usable ? m_modelPanel->currentModel() : QString());
    updateGenerator();
  });
  // A single file's settings go to every load; a folder carries its own (they would override it).
  auto sendSingleFileSettings = [this] {
    if (m_modelPanel->isSingleFile())
      m_runner->setSingleFileSettings(m_modelPanel->predictionType(), m_modelPanel->configFolder(),
                                      m_modelPanel->vaeFile());
    else
      m_runner->setSingleFileSettings(QString(), QString(), QString());
  };
  connect(m_modelPanel, &ModelPanel::singleFileSettingsChanged, this, sendSingleFileSettings);
  connect(m_modelPanel, &ModelPanel::inspectionFinished, this, sendSingleFileSettings);
  connect(m_conceptsPage, &ConceptsPage::presetChosen, m_trainPage->form(),
          &TrainingForm::applyPreset);
  connect(m_trainPage->form(), &TrainingForm::resolutionChanged, m_conceptsPage,
          &ConceptsPage::setResolution);
  connect(m_conceptsPage, &ConceptsPage::changed, this, [this] {
    m_generatePage->setModifierTokens(m_conceptsPage->modifierTokens());
    m_generatePage->setSuggestedPrompt(
        m_conceptsPage->concepts().value(0).effectiveInstancePrompt());
  });
  connect(m_conceptsPage, &ConceptsPage::conceptsChanged, this,
          [this] { m_regularizationPage->setConcepts(m_conceptsPage->concepts()); });
  connect(m_regularizationPage, &RegularizationPage::changed, this, [this] {
    // The Concepts page keeps each concept's whole record, class-picture choices included.
    QVector<ConceptSettings> concepts = m_conceptsPage->concepts();
    m_regularizationPage->writeTo(concepts);
    m_conceptsPage->setClassSources(concepts);
    m_trainPage->form()->setPriorAvailable(m_regularizationPage->anyHasSource());
  });
  connect(m_trainPage->form(), &TrainingForm::changed, this, &MainWindow::updateGenerator);
  // Class pictures still missing are gathered first; the queue runs them before training.
  m_trainPage->setPreparation(
      [this](const TrainingSettings&) { m_regularizationPage->gatherAll(); });
  m_trainPage->setSettingsSource([this](TrainingSettings& s) { return completeSettings(s); });
  connect(m_trainPage, &TrainPage::trainingFinished, this,
          [this](const QString& dir, bool stopped) {
            if (!stopped)
              m_libraryPage->addFolder(dir);  // every finished concept is kept in the library
            m_generatePage->setWeightsDir(dir);
            m_generatePage->setOutputDir(QDir(dir).filePath(QStringLiteral("generated")));
            if (m_closeWhenStopped) close();
          });
  connect(m_trainPage, &TrainPage::useWeightsRequested, this, [this](const QString& dir) {
    m_generatePage->setWeightsDir(dir);
    m_pages->setCurrentWidget(m_generatePage);
  });
  m_demoBanner->setVisible(m_demo);
  // A new form runs where Settings says, when this machine has that device.
  if (JobRunner::availableDevices().contains(AppSettings::device())) {
    TrainingSettings defaults;
    m_trainPage->form()->writeTo(defaults);
    JobRunner::applyDeviceDefaults(defaults, AppSettings::device());
    m_trainPage->form()->readFrom(defaults);
  }
  updateGenerator();
  m_regularizationPage->setDefaultFolder(runsFolder());
  m_regularizationPage->setConcepts(m_conceptsPage->concepts());
  // Every change to the pages saves the project a moment later.
  connect(m_conceptsPage, &ConceptsPage::changed, this, &MainWindow::scheduleAutosave);
  connect(m_regularizationPage, &RegularizationPage::changed, this, &MainWindow::scheduleAutosave);
  connect(m_trainPage->form(), &TrainingForm::changed, this, &MainWindow::scheduleAutosave);
  connect(m_conceptsPage, &ConceptsPage::augmentationPreviewRequested, this,
          [this](const QString& file, const QString& prompt) {
            TrainingSettings s;
            m_trainPage->form()->writeTo(s);
            AugmentationPreview::show(this, file, s.resolution, prompt, s.hflip);
          });
}

void MainWindow::connectRunner() {
  connect(m_runner, &JobRunner::failed, this,
          [this](JobId, const QString& message) { statusBar()->showMessage(message, 10000); });
  // A permanent corner of the status bar says what runs and how many jobs wait behind it; its
  // menu lists each job with a Stop of its own.
  m_jobLabel = new QLabel(this);
  m_jobLabel->setObjectName("jobState");
  statusBar()->addPermanentWidget(m_jobLabel);
  m_jobsButton = new QToolButton(this);
  m_jobsButton->setObjectName("jobsButton");
  m_jobsButton->setText(tr("Jobs"));
  m_jobsButton->setToolTip(tr("The running and waiting jobs; stop any one of them."));
  m_jobsButton->setPopupMode(QToolButton::InstantPopup);
  m_jobsButton->setMenu(new QMenu(m_jobsButton));
  m_jobsButton->setVisible(false);
  statusBar()->addPermanentWidget(m_jobsButton);
  connect(m_runner, &JobRunner::jobStarted, this, &MainWindow::updateJobState);
  connect(m_runner, &JobRunner::jobFinished, this, &MainWindow::updateJobState);
  connect(m_runner, &JobRunner::queueChanged, this, &MainWindow::updateJobState);
  connect(m_runner, &JobRunner::demoModelReady, this,
          [this](JobId, const QString& model, const QStringList& images) {
            m_demo = true;
            m_demoBanner->setVisible(true);
            openModel(model);
            ConceptSettings concept;
            concept.images = images;
            m_conceptsPage->setConcepts({concept});
            // Small and short, so the whole flow runs in about a minute on a processor.
            TrainingSettings s;
            m_trainPage->form()->writeTo(s);
            s.resolution = 64;
            s.steps = 20;
            s.learningRate = 1e-4;
            s.validationEvery = 10;
            s.validationImages = 1;
            s.checkpointEvery = 10;
            s.outputDir = QDir(QFileInfo(model).path()).filePath(QStringLiteral("output"));
            m_trainPage->form()->readFrom(s);
            statusBar()->showMessage(
                tr("Demo model ready. Its pictures are noise; it is for trying the steps."), 10000);
          });

  connect(m_runner, &JobRunner::jobFinished, this, [this] {
    if (m_rebuildWhenIdle && !m_runner->isBusy()) {
      m_rebuildWhenIdle = false;
      rebuildInNewLanguage();
    }
  });
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createModelPage() {
  auto* page = new QWidget(this);
  auto* layout = new QVBoxLayout(page);
  // The demo offer is for a person without a model; it goes once a usable model is open.
  m_demoOffer = new QWidget(page);
  m_demoOffer->setObjectName("demoOffer");
  auto* demoRow = new QHBoxLayout(m_demoOffer);
  demoRow->setContentsMargins(0, 0, 0, 0);
  auto* demoHint = new QLabel(
      tr("No model yet? Try the whole flow with a tiny demo model the app makes itself — "
         "nothing is downloaded; it runs in a minute on a processor, but its pictures are "
         "noise."),
      page);
  demoHint->setWordWrap(true);
  demoRow->addWidget(demoHint, 1);
  auto* demoButton = new QPushButton(tr("Make a Demo Model"), page);
  demoButton->setObjectName("demoButton");
  demoRow->addWidget(demoButton);
  layout->addWidget(m_demoOffer);
  m_demoBanner = new QLabel(
      tr("<b>Demo model:</b> random weights. Every step works, but everything it makes is "
         "noise. Open a real Stable Diffusion model for real pictures."),
      page);
  m_demoBanner->setObjectName("demoBanner");
  m_demoBanner->setWordWrap(true);
  m_demoBanner->setStyleSheet(QStringLiteral(
      "QLabel { background: #fff4d6; color: #5a4300; padding: 6px; border-radius: 4px; }"));
  m_demoBanner->setVisible(false);
  layout->addWidget(m_demoBanner);
  auto* splitter = new QSplitter(page);
  splitter->setObjectName("mainSplitter");
  auto* modelSide = new QWidget(splitter);
  auto* modelLayout = new QVBoxLayout(modelSide);
  modelLayout->setContentsMargins(0, 0, 0, 0);
  m_modelPanel = new ModelPanel(modelSide);
  modelLayout->addWidget(m_modelPanel, 1);
  m_downloadBox = new ModelDownloadBox(m_runner, modelSide);
  modelLayout->addWidget(m_downloadBox);
  connect(m_downloadBox, &ModelDownloadBox::downloaded, this, [this](const QString& repoId) {
    m_modelPanel->refreshCachedModels();
    openModel(repoId);
  });
  m_promptPanel = new PromptPanel(splitter);
  splitter->addWidget(modelSide);
  splitter->addWidget(m_promptPanel);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  layout->addWidget(splitter, 1);
  connect(demoButton, &QPushButton::clicked, this, [this] { createDemo(); });
  return page;
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&New Project"), this, &MainWindow::newProject)
      ->setShortcut(QKeySequence::New);
  file->addAction(tr("&Open Project…"), this, &MainWindow::chooseProject)
      ->setShortcut(QKeySequence::Open);
  auto* recent = new RecentProjectsMenu(file);
  file->addMenu(recent);
  connect(recent, &RecentProjectsMenu::projectChosen, this, &MainWindow::openProject);
  file->addAction(tr("&Save Project"), this, &MainWindow::saveProject)
      ->setShortcut(QKeySequence::Save);
  file->addAction(tr("Save Project &As…"), this, &MainWindow::chooseProjectFile)
      ->setShortcut(QKeySequence::SaveAs);
  file->addSeparator();
  file->addAction(tr("Open &Model Folder…"), this, &MainWindow::chooseModelFolder);
  file->addAction(tr("Make a &Demo Model"), this, [this] { createDemo(); });
  file->addSeparator();
  file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings)
      ->setShortcut(QKeySequence::Preferences);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About Custom Diffusion Studio"), this, &MainWindow::showAbout);
}

void MainWindow::openModel(const QString& model) {
  m_modelPanel->openModel(model);
  m_generatePage->setModel(model);
}

void MainWindow::createDemo(const QString& folder) {
  const QString target =
      folder.isEmpty() ? QDir(dataFolder()).filePath(QStringLiteral("demo")) : folder;
  statusBar()->showMessage(tr("Making the demo model…"));
  m_runner->createDemoModel(target);
}

namespace {

QString jobName(JobRunner::Job job) {
  switch (job) {
    case JobRunner::Job::None:
      break;
    case JobRunner::Job::Training:
      return MainWindow::tr("Training");
    case JobRunner::Job::Generation:
      return MainWindow::tr("Generating");
    case JobRunner::Job::DemoModel:
      return MainWindow::tr("Making the demo model");
    case JobRunner::Job::ClassImages:
      return MainWindow::tr("Gathering class pictures");
    case JobRunner::Job::Download:
      return MainWindow::tr("Downloading");
    case JobRunner::Job::Export:
      return MainWindow::tr("Exporting");
    case JobRunner::Job::ConceptTool:
      return MainWindow::tr("Merging or compressing concepts");
  }
  return QString();
}

}  // namespace

void MainWindow::updateJobState() {
  const QString running = jobName(m_runner->currentJob());
  const int waiting = m_runner->queuedJobs();
  QString text = running;
  if (waiting > 0)
    text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) +
            tr("%n job(s) waiting", nullptr, waiting);
  m_jobLabel->setText(text);

  QMenu* menu = m_jobsButton->menu();
  menu->clear();
  const QList<JobRunner::JobInfo> jobs = m_runner->jobs();
  for (const JobRunner::JobInfo& job : jobs) {
    const QString label = job.running ? tr("Stop: %1 (running)").arg(jobName(job.job))
                                      : tr("Remove: %1 (waiting)").arg(jobName(job.job));
    QAction* action = menu->addAction(label);
    action->setData(job.id);
    connect(
        action, &QAction::triggered, this,
        [this, id = job.id, training = job.job == JobRunner::Job::Training, running = job.running] {
          // A running training stops through its page, which saves a checkpoint and says so.
          if (training && running && m_trainPage->isTraining())
            m_trainPage->stop();
          else
            m_runner->cancelJob(id);
        });
  }
  m_jobsButton->setVisible(!jobs.isEmpty());
}

QString MainWindow::runsFolder() const {
  if (!AppSettings::outputFolder().isEmpty()) return AppSettings::outputFolder();
  return m_projectFile.isEmpty() ? QDir(dataFolder()).filePath(QStringLiteral("runs"))
                                 : QFileInfo(m_projectFile).absolutePath();
}

void MainWindow::updateGenerator() {
  // Class pictures and generated images run where training runs.
  TrainingSettings s;
  m_trainPage->form()->writeTo(s);
  m_regularizationPage->setGenerator(m_modelPanel->currentModel(), s.device);
  // The Generate page follows the training device when that changes, and otherwise keeps its
  // own "Run on" choice (other fields of the training form leave it alone).
  if (s.device != m_trainingDevice) {
    m_trainingDevice = s.device;
    m_generatePage->setDevice(s.device);
    m_libraryPage->setDevice(s.device);
  }
}

QStringList MainWindow::completeSettings(TrainingSettings& s) const {
  s.model = m_modelPanel->currentModel();
  s.concepts = m_conceptsPage->concepts();
  m_regularizationPage->writeTo(s.concepts);
  s.priorPreservation = m_regularizationPage->allHaveSources();
  QStringList problems;
  if (s.model.isEmpty())
    problems << tr("Choose a model on the Model page (or make the demo model).");
  problems << m_conceptsPage->problems();
  if (m_regularizationPage->anyHasSource() && !s.priorPreservation)
    problems << tr(
        "On the Regularization page, choose ordinary pictures for every concept, or "
        "for none.");
  if (s.resolution % 8 != 0) problems << tr("The image size must be a multiple of 8.");
  if (s.outputDir.isEmpty()) {
    const QString className = s.concepts.value(0).className;
    s.outputDir = QDir(runsFolder())
                      .filePath(className.isEmpty() ? QStringLiteral("concept")
                                                    : className + QStringLiteral("-concept"));
  }
  return problems;
}

Project MainWindow::currentProject() const {
  Project p;
  p.model = m_modelPanel->currentModel();
  p.predictionType = m_modelPanel->predictionType();
  p.singleFileConfig = m_modelPanel->configFolder();
  p.singleFileVae = m_modelPanel->vaeFile();
  m_trainPage->form()->writeTo(p.training);
  p.training.concepts = m_conceptsPage->concepts();
  m_regularizationPage->writeTo(p.training.concepts);
  p.training.model = p.model;
  p.generation = m_generatePage->request();
  return p;
}

void MainWindow::applyProject(const Project& p) {
  m_applying = true;
  m_modelPanel->setSingleFileSettings(p.predictionType, p.singleFileConfig, p.singleFileVae);
  if (!p.model.isEmpty()) openModel(p.model);
  m_trainPage->form()->readFrom(p.training);
  m_regularizationPage->setDefaultFolder(runsFolder());
  m_conceptsPage->setConcepts(p.training.concepts);
  m_regularizationPage->setConcepts(p.training.concepts);
  m_applying = false;
  m_generatePage->setRequest(p.generation);
}

void MainWindow::newProject() {
  m_projectFile.clear();
  Project fresh;
  if (JobRunner::availableDevices().contains(AppSettings::device()))
    JobRunner::applyDeviceDefaults(fresh.training, AppSettings::device());
  applyProject(fresh);
  updateTitle();
}

QString MainWindow::autosaveFile() {
  return QDir(dataFolder()).filePath(QStringLiteral("untitled.cdproj"));
}

void MainWindow::scheduleAutosave() {
  if (!m_applying) m_autosaveTimer->start();
}

void MainWindow::autosave() {
  m_autosaveTimer->stop();
  if (!AppSettings::autosave()) return;
  const QString file = m_projectFile.isEmpty() ? autosaveFile() : m_projectFile;
  QDir().mkpath(QFileInfo(file).absolutePath());
  QString error;
  if (!currentProject().save(file, &error)) {
    statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    return;
  }
  AppSettings::setLastProject(file);
}

void MainWindow::showSettings() {
  SettingsDialog dialog(JobRunner::availableDevices(), this);
  connect(&dialog, &SettingsDialog::languageChanged, this, [this] {
    if (m_runner->isBusy()) {
      m_rebuildWhenIdle = true;
      statusBar()->showMessage(tr("The new language appears when the running job has finished."),
                               10000);
      return;
    }
    // Deferred: the dialog that asked is still on the stack of this call.
    QTimer::singleShot(0, this, &MainWindow::rebuildInNewLanguage);
  });
  if (dialog.exec() == QDialog::Accepted) m_runner->setThreadCount(AppSettings::threads());
}

void MainWindow::rebuildInNewLanguage() {
  const Project project = currentProject();
  const QString file = m_projectFile;
  const int page = m_pages->currentIndex();
  QByteArray splitterState;
  if (auto* splitter = findChild<QSplitter*>("mainSplitter")) splitterState = splitter->saveState();
  menuBar()->clear();
  buildUi();
  applyProject(project);
  m_projectFile = file;
  m_pages->setCurrentIndex(page);
  if (auto* splitter = findChild<QSplitter*>("mainSplitter")) splitter->restoreState(splitterState);
  updateTitle();
}

bool MainWindow::openProject(const QString& file) {
  Project p;
  QString error;
  if (!Project::load(file, p, &error)) {
    statusBar()->showMessage(error, 10000);
    return false;
  }
  m_projectFile = QFileInfo(file).absoluteFilePath();
  if (m_projectFile == autosaveFile()) {
    // The untitled project the app kept for the person: it reopens untitled.
    m_projectFile.clear();
  } else {
    AppSettings::addRecentProject(m_projectFile);
  }
  applyProject(p);
  AppSettings::setLastProject(QFileInfo(file).absoluteFilePath());
  m_autosaveTimer->stop();
  updateTitle();
  return true;
}

bool MainWindow::saveProjectAs(const QString& file) {
  // Runs and class pictures not placed yet go beside the project from now on.
  const QString previous = m_projectFile;
  m_projectFile = QFileInfo(file).absoluteFilePath();
  m_regularizationPage->setDefaultFolder(runsFolder());
  QString error;
  if (!currentProject().save(file, &error)) {
    m_projectFile = previous;
    m_regularizationPage->setDefaultFolder(runsFolder());
    QMessageBox::warning(this, tr("Cannot save the project"), error);
    return false;
  }
  AppSettings::setLastProject(m_projectFile);
  AppSettings::addRecentProject(m_projectFile);
  statusBar()->showMessage(tr("Saved %1.").arg(m_projectFile), 5000);
  updateTitle();
  return true;
}

void MainWindow::chooseProject() {
  const QString file = QFileDialog::getOpenFileName(
      this, tr("Open a project"), AppSettings::projectFolder(), tr("Studio projects (*.cdproj)"));
  if (!file.isEmpty()) openProject(file);
}

void MainWindow::saveProject() {
  if (m_projectFile.isEmpty())
    chooseProjectFile();
  else
    saveProjectAs(m_projectFile);
}

void MainWindow::chooseProjectFile() {
  const QString start = m_projectFile.isEmpty() ? AppSettings::projectFolder() : m_projectFile;
  QString file = QFileDialog::getSaveFileName(this, tr("Save the project"), start,
                                              tr("Studio projects (*.cdproj)"));
  if (file.isEmpty()) return;
  if (!file.endsWith(QLatin1String(".cdproj"))) file += QStringLiteral(".cdproj");
  saveProjectAs(file);
}

void MainWindow::updateTitle() {
  const QString name =
      m_projectFile.isEmpty() ? tr("Untitled") : QFileInfo(m_projectFile).completeBaseName();
  setWindowTitle(tr("%1 — Custom Diffusion Studio").arg(name));
}

void MainWindow::chooseModelFolder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a model folder"));
  if (!dir.isEmpty()) openModel(dir);
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About Custom Diffusion Studio"),
                     tr("<h3>Custom Diffusion Studio %1</h3>"
                        "<p>Teach Stable Diffusion a new concept from a few photos, on your own "
                        "computer, and generate images with it.</p>"
                        "<p>Custom Diffusion: Kumari et al., <i>Multi-Concept Customization of "
                        "Text-to-Image Diffusion</i>, CVPR 2023.</p>")
                         .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (m_trainPage->isTraining()) {
    // Stop cleanly: the engine saves a checkpoint on cancel, and the window closes once it has.
    if (!m_closeWhenStopped &&
        QMessageBox::question(
            this, tr("Training is running"),
            tr("Stop training and close? What was learned so far is saved, and you can continue "
               "later.")) != QMessageBox::Yes) {
      event->ignore();
      return;
    }
    m_closeWhenStopped = true;
    m_trainPage->stop();
    event->ignore();
    return;
  }
  if (m_runner->isBusy()) {
    m_runner->cancelAll();
    m_runner->waitForIdle(30000);
  }
  autosave();
  AppSettings::setWindowGeometry(saveGeometry());
  if (auto* splitter = findChild<QSplitter*>("mainSplitter"))
    AppSettings::setSplitterState(splitter->saveState());
  event->accept();
}

}  // namespace cds::ui
