// The studio's main window: a page per step (Model, Concepts, Regularization, Train, Generate) in
// tabs, the job runner they share, the project file (File → New / Open / Save) and the first-run
// demo model.
#pragma once

#include <QMainWindow>

#include "ui/project.h"

class QLabel;
class QTabWidget;
class QTimer;
class QToolButton;

namespace cds::ui {

class ConceptsPage;
class GeneratePage;
class LibraryPage;
class JobRunner;
class ModelDownloadBox;
class ModelPanel;
class RegularizationPage;
class PromptPanel;
class TrainPage;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;
  ModelPanel* modelPanel() const { return m_modelPanel; }
  PromptPanel* promptPanel() const { return m_promptPanel; }
  ConceptsPage* conceptsPage() const { return m_conceptsPage; }
  RegularizationPage* regularizationPage() const { return m_regularizationPage; }
  ModelDownloadBox* downloadBox() const { return m_downloadBox; }
  TrainPage* trainPage() const { return m_trainPage; }
  GeneratePage* generatePage() const { return m_generatePage; }
  LibraryPage* libraryPage() const { return m_libraryPage; }
  JobRunner* jobRunner() const { return m_runner; }
  QTabWidget* pages() const { return m_pages; }
  QString projectFile() const { return m_projectFile; }

  Project currentProject() const;
  void applyProject(const Project& project);

 public slots:
  void openModel(const QString& model);
  void newProject();
  bool openProject(const QString& file);
  bool saveProjectAs(const QString& file);
  // Makes the tiny demo model (and sample photos) under `folder` and opens it; empty: the app's
  // data folder.
  void createDemo(const QString& folder = QString());
  // Saves the project now: into its file, or for an untitled one into autosaveFile().
  void autosave();
  void showSettings();
  // Rebuilds the pages in the language just installed, keeping the project as it is.
  void rebuildInNewLanguage();

 public:
  // Where an untitled project is kept between sessions.
  static QString autosaveFile();

 protected:
  void closeEvent(QCloseEvent* event) override;

 private slots:
  void chooseModelFolder();
  void chooseProject();
  void saveProject();
  void chooseProjectFile();
  void showAbout();

 private:
  void buildUi();
  void connectRunner();
  void scheduleAutosave();
  void createMenus();
  QWidget* createModelPage();
  QStringList completeSettings(TrainingSettings& settings) const;
  // Where runs and class pictures go: beside the project file, else the app's data folder.
  QString runsFolder() const;
  void updateGenerator();  // the model and device that draw class pictures
  void updateJobState();   // the status bar's running job and queue
  void updateTitle();

  JobRunner* m_runner;
  QTabWidget* m_pages;
  ModelPanel* m_modelPanel;
  PromptPanel* m_promptPanel;
  ConceptsPage* m_conceptsPage;
  RegularizationPage* m_regularizationPage;
  ModelDownloadBox* m_downloadBox;
  TrainPage* m_trainPage;
  GeneratePage* m_generatePage;
  LibraryPage* m_libraryPage;
  QLabel* m_demoBanner;
  QWidget* m_demoOffer;  // "No model yet?" with the demo button
  QLabel* m_jobLabel;
  QToolButton* m_jobsButton;  // its menu: each job with its own Stop
  QString m_projectFile;
  QString m_trainingDevice;  // the training form's device the Generate page last followed
  bool m_demo = false;
  bool m_closeWhenStopped = false;
  bool m_applying = false;  // while applyProject() fills the pages: no autosave
  bool m_rebuildWhenIdle = false;
  QTimer* m_autosaveTimer;
};

}  // namespace cds::ui
