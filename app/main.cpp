// cdstudio: the desktop studio. Sets up the application (translations, torch threads,
// settings) and opens the main window, with the model given on the command line or last used.
#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTabWidget>
#include <QTimer>

#include "core/openmp_policy.h"
#include "core/runtime.h"
#include "ui/app_settings.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/screenshot_tour.h"

int main(int argc, char** argv) {
  cds::use_passive_openmp_waiting(argv);  // first: it may restart the program
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("CustomDiffusionStudio"));
  QApplication::setApplicationName(QStringLiteral("cdstudio"));
  QApplication::setApplicationDisplayName(QStringLiteral("Custom Diffusion Studio"));
  QApplication::setApplicationVersion(QStringLiteral(CDS_VERSION));
  QApplication::setDesktopFileName(QStringLiteral("io.github.cdstudio.CustomDiffusionStudio"));

  cds::ui::AppSettings::migrate();
  // The language chosen in Settings, or the system's; switchable while the app runs.
  cds::ui::applyLanguage(cds::ui::AppSettings::language());

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("main", "Train and use Custom Diffusion concepts."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(
      QStringLiteral("model"),
      QApplication::translate("main", "Model folder or ORG/NAME to open."));
  const QCommandLineOption demoOption(
      QStringLiteral("demo"),
      QApplication::translate("main",
                              "Make and open the tiny demo model (its pictures are noise)."));
  parser.addOption(demoOption);
  const QCommandLineOption pageOption(
      QStringLiteral("page"), QApplication::translate("main", "Show this page first (1-5)."),
      QStringLiteral("number"));
  parser.addOption(pageOption);
  QCommandLineOption tourOption(
      QStringLiteral("screenshot-tour"),
      QApplication::translate("main",
                              "Run the demo through every page, save screenshots in this "
                              "folder, and quit."),
      QStringLiteral("folder"));
  tourOption.setFlags(QCommandLineOption::HiddenFromHelp);  // for scripts/screenshots.sh
  parser.addOption(tourOption);
  parser.process(app);

  // Torch defaults to a single thread on some machines; the engine's workers use the cores
  // Settings allows (all by default).
  cds::init_torch_threads(cds::ui::AppSettings::threads());

  cds::ui::MainWindow window;
  window.show();
  const QStringList args = parser.positionalArguments();
  const QString lastProject = cds::ui::AppSettings::lastProject();
  if (parser.isSet(tourOption)) {
    // Makes its own demo model in a temporary folder; nothing of the person's is opened.
    auto* tour = new cds::ui::ScreenshotTour(&window, parser.value(tourOption), &window);
    QTimer::singleShot(0, tour, &cds::ui::ScreenshotTour::start);
  } else if (parser.isSet(demoOption)) {
    window.createDemo();
  } else if (!args.isEmpty()) {
    window.openModel(args.first());
  } else if (!lastProject.isEmpty() && QFile::exists(lastProject)) {
    window.openProject(lastProject);  // carry on where the person left off
  } else {
    const QString model = cds::ui::AppSettings::lastModel();
    if (!model.isEmpty()) window.openModel(model);
  }
  if (parser.isSet(pageOption))
    window.pages()->setCurrentIndex(parser.value(pageOption).toInt() - 1);
  return app.exec();
}
