// Translations (see language.h). The translators are children of the application object, so
// they go with it; QPointer notices that.
#include "ui/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace cds::ui {

namespace {

const char kResourceDir[] = ":/i18n";
const char kPrefix[] = "cdstudio_";
const char kSourceLanguage[] = "en";

QPointer<QTranslator>& appTranslator() {
  static QPointer<QTranslator> translator;
  return translator;
}

QPointer<QTranslator>& qtTranslator() {
  static QPointer<QTranslator> translator;
  return translator;
}

void uninstall(QPointer<QTranslator>& translator) {
  if (!translator) return;
  QCoreApplication::removeTranslator(translator);
  delete translator;
}

// Installs a loaded translator and keeps it; one that found no file is dropped, so that a
// missing Qt translation does not send a useless LanguageChange.
bool install(QPointer<QTranslator>& slot, QTranslator* translator, bool loaded) {
  if (!loaded) {
    delete translator;
    return false;
  }
  slot = translator;
  QCoreApplication::installTranslator(translator);
  return true;
}

// The first of the system's preferred languages that the app has, or English. Not
// QTranslator::load(QLocale): for a person who prefers English, then German, it skips English
// (there is no cdstudio_en.qm) and loads German.
QString systemLanguage() {
  const QStringList available = availableLanguages();
  for (QString lang : QLocale::system().uiLanguages()) {
    lang.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (lang == QLatin1String("C") || lang == QLatin1String(kSourceLanguage) ||
        lang.startsWith(QLatin1String(kSourceLanguage) + QLatin1Char('_')))
      break;
    if (available.contains(lang)) return lang;
    const QString base = lang.section(QLatin1Char('_'), 0, 0);  // de_AT -> de
    if (available.contains(base)) return base;
  }
  return QLatin1String(kSourceLanguage);
}

}  // namespace

QStringList availableLanguages() {
  QStringList codes{QLatin1String(kSourceLanguage)};
  const QString prefix = QLatin1String(kPrefix);
  const QStringList files =
      QDir(QLatin1String(kResourceDir)).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
  for (const QString& file : files) {
    const QString code = file.mid(prefix.size(), file.size() - prefix.size() - 3);
    if (!code.isEmpty() && !codes.contains(code)) codes << code;
  }
  codes.sort();
  return codes;
}

QString languageName(const QString& code) {
  // CLDR names some languages after their main country's variant ("American English",
  // "español de España"); a language list wants the language itself.
  static const struct {
    const char* code;
    const char* name;
  } kNames[] = {
      {"de", "Deutsch"},     {"en", "English"},     {"es", "Español"},
      {"fr", "Français"},    {"ja", "日本語"},      {"pt_BR", "Português (Brasil)"},
      {"zh_CN", "简体中文"}, {"zh_TW", "繁體中文"},
  };
  for (const auto& entry : kNames)
    if (code == QLatin1String(entry.code)) return QString::fromUtf8(entry.name);
  const QLocale locale(code);
  QString name = locale.nativeLanguageName();
  if (name.isEmpty() || locale.language() == QLocale::C) return code;
  // Many languages write their own name in lower case ("italiano"); in a list it starts one.
  return locale.toUpper(name.left(1)) + name.mid(1);
}

bool applyLanguage(const QString& code) {
  uninstall(appTranslator());
  uninstall(qtTranslator());

  const bool followSystem = code.isEmpty();
  QLocale::setDefault(followSystem ? QLocale::system() : QLocale(code));
  const QString effective = followSystem ? systemLanguage() : code;
  if (effective == QLatin1String(kSourceLanguage)) return true;

  auto* app = new QTranslator(QCoreApplication::instance());
  const bool loaded =
      install(appTranslator(), app,
              app->load(QLatin1String(kPrefix) + effective, QLatin1String(kResourceDir)));
  auto* qt = new QTranslator(QCoreApplication::instance());
  install(qtTranslator(), qt,
          qt->load(QLocale(effective), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
  return loaded;
}

}  // namespace cds::ui
