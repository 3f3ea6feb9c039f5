// The app's preferences as one typed table over QSettings (KeePassXC's Config, qBittorrent's
// SettingValue): each setting has a getter and a setter here, and its key and default in one
// line of app_settings.cpp, so no string key is spelled anywhere else.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cds::ui {

class AppSettings {
 public:
  // Bumped when a key is renamed or a value changes meaning; migrate() carries older files over.
  static constexpr int kVersion = 1;
  static constexpr int kMaxRecentProjects = 10;

  // Brings settings written by an older version up to kVersion. Call once at start-up, after
  // the application's organization and name are set (they choose the settings file).
  static void migrate();
  static int version();  // of the stored settings; 0 before the first migrate()

  // The interface language: a code such as "de" or "zh_CN", "en", or "" to follow the system.
  static QString language();
  static void setLanguage(const QString& code);

  // Where the engine runs: "cpu" or "cuda" (whether it exists is for the caller to check).
  static QString device();
  static void setDevice(const QString& device);

  // Processor threads for the engine; 0 means all cores.
  static int threads();
  static void setThreads(int threads);

  // Where new projects are saved first; the Documents folder unless set.
  static QString projectFolder();
  static void setProjectFolder(const QString& folder);

  // Where training runs write their output; "" means next to the project file.
  static QString outputFolder();
  static void setOutputFolder(const QString& folder);

  static bool autosave();  // on unless turned off
  static void setAutosave(bool on);

  static QString lastProject();
  static void setLastProject(const QString& file);
  static QString lastModel();
  static void setLastModel(const QString& model);
  static QByteArray windowGeometry();
  static void setWindowGeometry(const QByteArray& geometry);
  static QByteArray splitterState();
  static void setSplitterState(const QByteArray& state);

  // Absolute paths, most recent first, no duplicates, at most kMaxRecentProjects; files that
  // no longer exist are left out (but kept stored, so a drive that comes back brings them back).
  static QStringList recentProjects();
  static void setRecentProjects(const QStringList& files);
  static void addRecentProject(const QString& file);  // moves it to the top
  static void removeRecentProject(const QString& file);
  static void clearRecentProjects();
};

}  // namespace cds::ui
