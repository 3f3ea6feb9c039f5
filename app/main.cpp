// cdstudio: the desktop studio. Sets up the application (translations, torch threads,
// settings) and opens the main window, with the model given on the command line or last used.
#include <QApplication>
#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTabWidget>
#include <QTimer>

#include "core/openmp_policy.h"
#include "core/torch_threads.h"
#include "ui/app_settings.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/screenshot_tour.h"

namespace {

// The command line's options beyond --help and --version.
struct Options {
  QCommandLineOption demo{
      QStringLiteral("demo"),
      QApplication::translate("main",
                              "Make and open the tiny demo model (its pictures are noise).")};
  QCommandLineOption page{QStringLiteral("page"),
                          QApplication::translate("main", "Show this page first (1-5)."),
                          QStringLiteral("number")};
  QCommandLineOption tour{
      QStringLiteral("screenshot-tour"),
      QApplication::translate("main",
                              "Run the demo through every page, save screenshots in this "
                              "folder, and quit."),
      QStringLiteral("folder")};
};

void describeCommandLine(QCommandLineParser& parser, Options& o) {
  parser.setApplicationDescription(
      QApplication::translate("main", "Train and use Custom Diffusion concepts."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(
      QStringLiteral("model"),
      QApplication::translate("main", "Model folder or ORG/NAME to open."));
  parser.addOption(o.demo);
  parser.addOption(o.page);
  o.tour.setFlags(QCommandLineOption::HiddenFromHelp);  // for scripts/screenshots.sh
  parser.addOption(o.tour);
}

void nameApplication() {
  QCoreApplication::setOrganizationName(QStringLiteral("CustomDiffusionStudio"));
  QCoreApplication::setApplicationName(QStringLiteral("cdstudio"));
  QCoreApplication::setApplicationVersion(QStringLiteral(CDS_VERSION));
}

// --help and --version print text and quit: they must work without a display (over SSH, in a
// package build), where QApplication would abort before printing anything.
bool onlyPrintsText(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const QByteArray a(argv[i]);
    if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version" ||
        a == "-?")
      return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  cds::use_passive_openmp_waiting(argv);  // first: it may restart the program
  if (onlyPrintsText(argc, argv)) {
    QCoreApplication text(argc, argv);
    nameApplication();
    cds::ui::applyLanguage(cds::ui::AppSettings::language());
    QCommandLineParser parser;
    Options options;
    describeCommandLine(parser, options);
    parser.process(text);  // prints and exits
    return 0;
  }
  QApplication app(argc, argv);
  nameApplication();
  QApplication::setApplicationDisplayName(QStringLiteral("Custom Diffusion Studio"));
  QApplication::setDesktopFileName(QStringLiteral("io.github.cdstudio.CustomDiffusionStudio"));

  cds::ui::AppSettings::migrate();
  // The language chosen in Settings, or the system's; switchable while the app runs.
  cds::ui::applyLanguage(cds::ui::AppSettings::language());

  QCommandLineParser parser;
  Options options;
  describeCommandLine(parser, options);
  parser.process(app);

  // Torch defaults to a single thread on some machines; the engine's workers use the cores
  // Settings allows (all by default).
  cds::init_torch_threads(cds::ui::AppSettings::threads());

  cds::ui::MainWindow window;
  window.show();
  const QStringList args = parser.positionalArguments();
  const QString lastProject = cds::ui::AppSettings::lastProject();
  if (parser.isSet(options.tour)) {
    // Makes its own demo model in a temporary folder; nothing of the person's is opened.
    auto* tour = new cds::ui::ScreenshotTour(&window, parser.value(options.tour), &window);
    QTimer::singleShot(0, tour, &cds::ui::ScreenshotTour::start);
  } else if (parser.isSet(options.demo)) {
    window.createDemo();
  } else if (!args.isEmpty()) {
    window.openModel(args.first());
  } else if (!lastProject.isEmpty() && QFile::exists(lastProject)) {
    window.openProject(lastProject);  // carry on where the person left off
  } else {
    const QString model = cds::ui::AppSettings::lastModel();
    if (!model.isEmpty()) window.openModel(model);
  }
  if (parser.isSet(options.page))
    window.pages()->setCurrentIndex(parser.value(options.page).toInt() - 1);
  return app.exec();
}
