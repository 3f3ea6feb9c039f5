// cdstudio: the desktop studio. Sets up the application (translations, torch threads,
// settings) and opens the main window, with the model given on the command line or last used.
#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTranslator>

#include "core/runtime.h"
#include "ui/main_window.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("CustomDiffusionStudio"));
  QApplication::setApplicationName(QStringLiteral("cdstudio"));
  QApplication::setApplicationDisplayName(QStringLiteral("Custom Diffusion Studio"));
  QApplication::setApplicationVersion(QStringLiteral(CDS_VERSION));
  QApplication::setDesktopFileName(QStringLiteral("io.github.cdstudio.CustomDiffusionStudio"));

  QTranslator qtTranslator;
  if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(&qtTranslator);
  QTranslator translator;
  if (translator.load(QLocale(), QStringLiteral("cdstudio"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
    QApplication::installTranslator(&translator);

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
      QStringLiteral("page"), QApplication::translate("main", "Show this page first (1-4)."),
      QStringLiteral("number"));
  parser.addOption(pageOption);
  parser.process(app);

  // Torch defaults to a single thread on some machines; the engine's workers use all cores.
  cds::init_torch_threads();

  cds::ui::MainWindow window;
  window.show();
  const QStringList args = parser.positionalArguments();
  const QString lastProject = QSettings().value(QStringLiteral("project/last")).toString();
  if (parser.isSet(demoOption)) {
    window.createDemo();
  } else if (!args.isEmpty()) {
    window.openModel(args.first());
  } else if (!lastProject.isEmpty() && QFile::exists(lastProject)) {
    window.openProject(lastProject);  // carry on where the person left off
  } else {
    const QString model = QSettings().value(QStringLiteral("model/last")).toString();
    if (!model.isEmpty()) window.openModel(model);
  }
  if (parser.isSet(pageOption))
    window.pages()->setCurrentIndex(parser.value(pageOption).toInt() - 1);
  return app.exec();
}
