// The studio's main window (see main_window.h).
#include "ui/main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

#include "ui/model_panel.h"
#include "ui/prompt_panel.h"

namespace cds::ui {

namespace {
const char* const kGeometryKey = "window/geometry";
const char* const kSplitterKey = "window/splitter";
const char* const kLastModelKey = "model/last";
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("Custom Diffusion Studio"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/cdstudio.svg")));
  auto* splitter = new QSplitter(this);
  splitter->setObjectName("mainSplitter");
  m_modelPanel = new ModelPanel(splitter);
  m_promptPanel = new PromptPanel(splitter);
  splitter->addWidget(m_modelPanel);
  splitter->addWidget(m_promptPanel);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  splitter->setSizes({460, 640});
  setCentralWidget(splitter);
  createMenus();

  connect(m_modelPanel, &ModelPanel::tokenizerFolderChanged, m_promptPanel, &PromptPanel::setTokenizerFolder);
  connect(m_modelPanel, &ModelPanel::inspectionFinished, this, [this](bool usable) {
    statusBar()->showMessage(usable ? tr("Model ready.") : tr("The model has problems; see the model panel."), 5000);
    if (usable) QSettings().setValue(kLastModelKey, m_modelPanel->currentModel());
  });

  QSettings settings;
  if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) resize(1100, 680);
  splitter->restoreState(settings.value(kSplitterKey).toByteArray());
  statusBar()->showMessage(tr("Choose a Stable Diffusion model to begin."));
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* open = file->addAction(tr("&Open Model Folder…"), this, &MainWindow::chooseModelFolder);
  open->setShortcut(QKeySequence::Open);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About Custom Diffusion Studio"), this, &MainWindow::showAbout);
}

void MainWindow::openModel(const QString& model) { m_modelPanel->openModel(model); }

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
  QSettings settings;
  settings.setValue(kGeometryKey, saveGeometry());
  if (auto* splitter = findChild<QSplitter*>("mainSplitter")) settings.setValue(kSplitterKey, splitter->saveState());
  event->accept();
}

}  // namespace cds::ui
