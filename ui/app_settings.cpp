// The settings table (see app_settings.h). Every key and default lives in the table below.
#include "ui/app_settings.h"

#include <algorithm>

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QVariant>

#include "core/devices.h"

namespace cds::ui {

namespace {

// One row of the table. The default is a function because some depend on the machine (the
// Documents folder) and must not be computed before QCoreApplication exists.
template <typename T>
struct Setting {
  const char* key;
  T (*fallback)();

  T get() const {
    const QVariant v = QSettings().value(QLatin1String(key));
    // A value of the wrong type (a hand-edited file) reads as the default, not as T().
    return v.isValid() && v.canConvert<T>() ? v.value<T>() : fallback();
  }
  void set(const T& value) const { QSettings().setValue(QLatin1String(key), value); }
  bool isStored() const { return QSettings().contains(QLatin1String(key)); }
  void remove() const { QSettings().remove(QLatin1String(key)); }
};

template <typename T>
T none() {
  return T();
}

// clang-format off
const Setting<int>         kVersionSetting  {"settings/version", [] { return 0; }};
const Setting<QString>     kLanguage        {"ui/language",      none<QString>};
// The first GPU when this machine has a usable one, else the processor.
const Setting<QString>     kDevice          {"engine/device",    [] { return QString::fromStdString(cds::default_device_name()); }};
const Setting<int>         kThreads         {"engine/threads",   [] { return 0; }};
const Setting<QString>     kProjectFolder   {"folders/projects", [] {
  return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation); }};
const Setting<QString>     kOutputFolder    {"folders/output",   none<QString>};
const Setting<bool>        kAutosave        {"project/autosave", [] { return true; }};
const Setting<QString>     kLastProject     {"project/last",     none<QString>};
const Setting<QStringList> kRecentProjects  {"project/recent",   none<QStringList>};
const Setting<QString>     kLastModel       {"model/last",       none<QString>};
const Setting<QByteArray>  kWindowGeometry  {"window/geometry",  none<QByteArray>};
const Setting<QByteArray>  kSplitterState   {"window/splitter",  none<QByteArray>};
// clang-format on

QString absolute(const QString& file) { return QFileInfo(file).absoluteFilePath(); }

// Absolute, de-duplicated (first wins) and capped; `dropMissing` also leaves out what is gone.
QStringList normalized(const QStringList& files, bool dropMissing) {
  QStringList out;
  for (const QString& file : files) {
    if (file.isEmpty()) continue;
    const QString path = absolute(file);
    if (out.contains(path)) continue;
    if (dropMissing && !QFileInfo(path).isFile()) continue;
    out << path;
    if (out.size() == AppSettings::kMaxRecentProjects) break;
  }
  return out;
}

}  // namespace

void AppSettings::migrate() {
  const int from = version();
  if (from >= kVersion) return;
  // 0 -> 1: the recent list is new; start it with the project that versions before it
  // remembered, so the menu is not empty on the first start after an update.
  if (from < 1 && !kRecentProjects.isStored() && !lastProject().isEmpty())
    setRecentProjects({lastProject()});
  kVersionSetting.set(kVersion);
}

int AppSettings::version() { return kVersionSetting.get(); }

QString AppSettings::language() { return kLanguage.get(); }
void AppSettings::setLanguage(const QString& code) { kLanguage.set(code); }

QString AppSettings::device() { return kDevice.get(); }
void AppSettings::setDevice(const QString& device) { kDevice.set(device); }

int AppSettings::threads() { return std::max(0, kThreads.get()); }
void AppSettings::setThreads(int threads) { kThreads.set(std::max(0, threads)); }

QString AppSettings::projectFolder() {
  // An emptied field means "the default again", not "the working directory".
  const QString folder = kProjectFolder.get();
  return folder.isEmpty() ? kProjectFolder.fallback() : folder;
}
void AppSettings::setProjectFolder(const QString& folder) { kProjectFolder.set(folder); }

QString AppSettings::outputFolder() { return kOutputFolder.get(); }
void AppSettings::setOutputFolder(const QString& folder) { kOutputFolder.set(folder); }

bool AppSettings::autosave() { return kAutosave.get(); }
void AppSettings::setAutosave(bool on) { kAutosave.set(on); }

QString AppSettings::lastProject() { return kLastProject.get(); }
void AppSettings::setLastProject(const QString& file) { kLastProject.set(file); }

QString AppSettings::lastModel() { return kLastModel.get(); }
void AppSettings::setLastModel(const QString& model) { kLastModel.set(model); }

QByteArray AppSettings::windowGeometry() { return kWindowGeometry.get(); }
void AppSettings::setWindowGeometry(const QByteArray& geometry) { kWindowGeometry.set(geometry); }

QByteArray AppSettings::splitterState() { return kSplitterState.get(); }
void AppSettings::setSplitterState(const QByteArray& state) { kSplitterState.set(state); }

QStringList AppSettings::recentProjects() {
  return normalized(kRecentProjects.get(), /*dropMissing=*/true);
}

void AppSettings::setRecentProjects(const QStringList& files) {
  const QStringList list = normalized(files, /*dropMissing=*/false);
  if (list.isEmpty())
    kRecentProjects.remove();  // an empty list does not survive every QSettings format
  else
    kRecentProjects.set(list);
}

void AppSettings::addRecentProject(const QString& file) {
  if (file.isEmpty()) return;
  // From the stored list, not recentProjects(): a missing file (an unplugged drive) keeps its
  // place until it falls off the end.
  QStringList list = kRecentProjects.get();
  list.prepend(file);
  setRecentProjects(list);
}

void AppSettings::removeRecentProject(const QString& file) {
  QStringList list = normalized(kRecentProjects.get(), /*dropMissing=*/false);
  list.removeAll(absolute(file));
  setRecentProjects(list);
}

void AppSettings::clearRecentProjects() { kRecentProjects.remove(); }

}  // namespace cds::ui
