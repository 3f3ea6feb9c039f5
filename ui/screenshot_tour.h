// `cdstudio --screenshot-tour DIR`: drives the real main window through the demo flow (make the
// demo model, class pictures drawn by it, a short training run, one generation) and saves a PNG of
// the whole window on each page, for the README. Event-driven: a step starts something, a timer
// polls until the page shows the result, and nothing ever blocks the GUI thread.
#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QVector>

class QTimer;
class QWidget;

namespace cds::ui {

class MainWindow;

class ScreenshotTour : public QObject {
  Q_OBJECT

 public:
  // The window is resized to windowSize(); screenshots go into `outDir` (made when missing). The
  // tour's models, class pictures and runs live in a temporary folder kept until it is destroyed.
  ScreenshotTour(MainWindow* window, QString outDir, QObject* parent = nullptr);
  ~ScreenshotTour() override;

  static QSize windowSize() { return {1280, 800}; }
  // How long one step may wait for its result before the tour gives up (default 120 s, or
  // CDS_SCREENSHOT_STEP_TIMEOUT seconds).
  void setStepTimeout(int msecs) { m_stepTimeout = msecs; }
  // Leaves the application running when the tour ends (for tests); by default it quits with exit
  // code 0, or 1 after printing why on stderr.
  void setQuitWhenDone(bool quit) { m_quitWhenDone = quit; }
  QStringList savedFiles() const { return m_saved; }

 public slots:
  void start();

 signals:
  void finished(bool ok, const QString& error);

 private:
  struct Step {
    QString name;                 // in the timeout message
    std::function<void()> enter;  // starts what the step waits for
    std::function<bool()> ready;  // polled until true
    QString file;                 // the screenshot taken once ready (empty: none)
    // What to grab instead of the main window (e.g. a dialog); null: the main window.
    std::function<QWidget*()> target;
  };

  void buildSteps();
  void runStep(int index);
  void poll();
  void capture();
  void fail(const QString& message);
  void finish(bool ok, const QString& error);
  void showPage(int index);
  void demoModelReady();
  QString workPath(const QString& name) const;

  MainWindow* m_window;
  QString m_outDir;
  QTemporaryDir m_work;
  QVector<Step> m_steps;
  int m_current = -1;
  QTimer* m_poll;
  QElapsedTimer m_stepClock;
  int m_stepTimeout = 120000;
  bool m_quitWhenDone = true;
  bool m_done = false;
  bool m_demoReady = false;
  bool m_tokenizerReady = false;
  QPointer<QWidget> m_dialog;  // the Settings dialog while it is shown for its picture
  QStringList m_saved;
};

}  // namespace cds::ui
