// The app's preferences: the typed settings table, the recent-projects list and menu, the
// settings dialog, and switching the interface language while the app runs.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/ui/gui_test_support.h"
#include "ui/app_settings.h"
#include "ui/language.h"
#include "ui/recent_projects_menu.h"
#include "ui/settings_dialog.h"

using cds::ui::AppSettings;

class LanguageChangeCounter : public QObject {
 public:
  int count = 0;
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::LanguageChange) ++count;
    return QObject::eventFilter(watched, event);
  }
};

class TestSettings : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    // Settings go to a test folder, never to the person's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("cdstudio-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    QVERIFY(m_dir.isValid());
  }

  void init() { QSettings().clear(); }

  void cleanup() {
    QSettings().clear();
    cds::ui::applyLanguage(QStringLiteral("en"));
  }

  void defaults() {
    QCOMPARE(AppSettings::language(), QString());
    QCOMPARE(AppSettings::device(), QStringLiteral("cpu"));
    QCOMPARE(AppSettings::threads(), 0);
    QCOMPARE(AppSettings::projectFolder(),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QCOMPARE(AppSettings::outputFolder(), QString());
    QCOMPARE(AppSettings::autosave(), true);
    QCOMPARE(AppSettings::lastProject(), QString());
    QCOMPARE(AppSettings::lastModel(), QString());
    QVERIFY(AppSettings::windowGeometry().isEmpty());
    QVERIFY(AppSettings::recentProjects().isEmpty());
    QCOMPARE(AppSettings::version(), 0);
  }

  void roundTrip() {
    AppSettings::setLanguage(QStringLiteral("zh_CN"));
    AppSettings::setDevice(QStringLiteral("cuda"));
    AppSettings::setThreads(3);
    AppSettings::setProjectFolder(QStringLiteral("/tmp/projects"));
    AppSettings::setOutputFolder(QStringLiteral("/tmp/runs"));
    AppSettings::setAutosave(false);
    AppSettings::setLastModel(QStringLiteral("org/model"));
    AppSettings::setWindowGeometry(QByteArray("\x01\x02\x00\x03", 4));
    QSettings().sync();
    QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
    QCOMPARE(AppSettings::device(), QStringLiteral("cuda"));
    QCOMPARE(AppSettings::threads(), 3);
    QCOMPARE(AppSettings::projectFolder(), QStringLiteral("/tmp/projects"));
    QCOMPARE(AppSettings::outputFolder(), QStringLiteral("/tmp/runs"));
    QCOMPARE(AppSettings::autosave(), false);
    QCOMPARE(AppSettings::lastModel(), QStringLiteral("org/model"));
    QCOMPARE(AppSettings::windowGeometry(), QByteArray("\x01\x02\x00\x03", 4));

    AppSettings::setThreads(-4);  // nonsense reads as "all cores"
    QCOMPARE(AppSettings::threads(), 0);
    AppSettings::setProjectFolder(QString());  // an emptied field is the default again
    QCOMPARE(AppSettings::projectFolder(),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
  }

  // The keys the main window and main.cpp used before the table existed still mean the same.
  void existingKeysStillWork() {
    QSettings().setValue(QStringLiteral("project/last"), QStringLiteral("/a/b.cdproj"));
    QSettings().setValue(QStringLiteral("model/last"), QStringLiteral("/models/sd"));
    QSettings().setValue(QStringLiteral("window/splitter"), QByteArray("state"));
    QCOMPARE(AppSettings::lastProject(), QStringLiteral("/a/b.cdproj"));
    QCOMPARE(AppSettings::lastModel(), QStringLiteral("/models/sd"));
    QCOMPARE(AppSettings::splitterState(), QByteArray("state"));
    AppSettings::setLastProject(QStringLiteral("/c/d.cdproj"));
    QCOMPARE(QSettings().value(QStringLiteral("project/last")).toString(),
             QStringLiteral("/c/d.cdproj"));
  }

  void migrationSeedsRecentListFromLastProject() {
    const QString file = makeProject(QStringLiteral("old.cdproj"));
    AppSettings::setLastProject(file);
    AppSettings::migrate();
    QCOMPARE(AppSettings::version(), AppSettings::kVersion);
    QCOMPARE(AppSettings::recentProjects(), QStringList{file});
    AppSettings::clearRecentProjects();
    AppSettings::migrate();  // once only: a cleared menu stays cleared
    QVERIFY(AppSettings::recentProjects().isEmpty());
  }

  void recentListOrderDedupeAndCap() {
    QStringList files;
    for (int i = 0; i < 12; ++i) files << makeProject(QStringLiteral("p%1.cdproj").arg(i));
    for (const QString& file : files) AppSettings::addRecentProject(file);
    QStringList expected;
    for (int i = 11; i >= 2; --i) expected << files[i];
    QCOMPARE(AppSettings::recentProjects(), expected);  // newest first, at most 10

    // Opening one again moves it to the top, also when named by a relative path.
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    AppSettings::addRecentProject(QStringLiteral("./p5.cdproj"));
    QVERIFY(QDir::setCurrent(cwd));
    QStringList recent = AppSettings::recentProjects();
    QCOMPARE(recent.size(), 10);
    QCOMPARE(recent.first(), files[5]);
    QCOMPARE(recent.count(files[5]), 1);

    // A project that is gone is not offered.
    QVERIFY(QFile::remove(files[11]));
    recent = AppSettings::recentProjects();
    QCOMPARE(recent.size(), 9);
    QVERIFY(!recent.contains(files[11]));

    AppSettings::removeRecentProject(files[5]);
    QVERIFY(!AppSettings::recentProjects().contains(files[5]));
    AppSettings::clearRecentProjects();
    QVERIFY(AppSettings::recentProjects().isEmpty());
  }

  void recentMenu() {
    cds::ui::RecentProjectsMenu empty;
    QVERIFY(!empty.isEnabled());
    QCOMPARE(empty.title(), QStringLiteral("Open &Recent"));

    const QString a = makeProject(QStringLiteral("alpha.cdproj"));
    const QString b = makeProject(QStringLiteral("beta & co.cdproj"));
    AppSettings::addRecentProject(a);
    AppSettings::addRecentProject(b);
    // The menu reads the list as it opens; nobody has to tell it about the new entries.
    QMenu file;
    cds::ui::RecentProjectsMenu menu(&file);
    emit file.aboutToShow();
    QVERIFY(menu.isEnabled());
    const QList<QAction*> actions = menu.actions();
    QCOMPARE(actions.size(), 4);  // beta, alpha, separator, Clear Menu
    QCOMPARE(actions[0]->text(), QStringLiteral("&1 beta && co"));
    QCOMPARE(actions[1]->text(), QStringLiteral("&2 alpha"));
    QCOMPARE(actions[1]->toolTip(), QDir::toNativeSeparators(a));
    QCOMPARE(actions[1]->statusTip(), QDir::toNativeSeparators(a));
    QVERIFY(actions[2]->isSeparator());
    cds::test::saveScreenshot(menu, "recent_projects_menu.png");

    QSignalSpy chosen(&menu, &cds::ui::RecentProjectsMenu::projectChosen);
    actions[1]->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), a);

    QAction* clear = actions[3];
    QCOMPARE(clear->objectName(), QStringLiteral("clearRecentProjects"));
    clear->trigger();
    QVERIFY(AppSettings::recentProjects().isEmpty());
    QVERIFY(!menu.isEnabled());
    QVERIFY(menu.actions().isEmpty());
  }

  void dialogSavesOnAccept() {
    cds::ui::SettingsDialog dialog({QStringLiteral("cpu"), QStringLiteral("cuda")});
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    auto* device = dialog.findChild<QComboBox*>(QStringLiteral("deviceCombo"));
    auto* threads = dialog.findChild<QSpinBox*>(QStringLiteral("threadsSpin"));
    auto* projects = dialog.findChild<QLineEdit*>(QStringLiteral("projectFolderEdit"));
    auto* output = dialog.findChild<QLineEdit*>(QStringLiteral("outputFolderEdit"));
    auto* autosave = dialog.findChild<QCheckBox*>(QStringLiteral("autosaveCheck"));
    QVERIFY(language && device && threads && projects && output && autosave);
    QCOMPARE(language->currentIndex(), 0);  // "System language"
    QCOMPARE(language->itemData(0).toString(), QString());
    QVERIFY(language->findText(QStringLiteral("Deutsch")) > 0);
    QCOMPARE(threads->text(), QStringLiteral("All cores"));
    QVERIFY(autosave->isChecked());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    cds::test::saveScreenshot(dialog, "settings_dialog.png");

    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    device->setCurrentIndex(device->findData(QStringLiteral("cuda")));
    threads->setValue(threads->maximum());
    projects->setText(m_dir.path());
    output->setText(m_dir.filePath(QStringLiteral("runs")));
    autosave->setChecked(false);
    QSignalSpy changed(&dialog, &cds::ui::SettingsDialog::languageChanged);
    dialog.accept();

    QCOMPARE(AppSettings::language(), QStringLiteral("de"));
    QCOMPARE(AppSettings::device(), QStringLiteral("cuda"));
    QCOMPARE(AppSettings::threads(), threads->maximum());
    QCOMPARE(AppSettings::projectFolder(), m_dir.path());
    QCOMPARE(AppSettings::outputFolder(), m_dir.filePath(QStringLiteral("runs")));
    QCOMPARE(AppSettings::autosave(), false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("cds::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
  }

  void dialogChangesNothingOnReject() {
    cds::ui::SettingsDialog dialog({QStringLiteral("cpu"), QStringLiteral("cuda")});
    dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"))->setCurrentIndex(1);
    dialog.findChild<QComboBox*>(QStringLiteral("deviceCombo"))->setCurrentIndex(1);
    dialog.findChild<QSpinBox*>(QStringLiteral("threadsSpin"))->setValue(1);
    dialog.findChild<QLineEdit*>(QStringLiteral("outputFolderEdit"))->setText(m_dir.path());
    dialog.findChild<QCheckBox*>(QStringLiteral("autosaveCheck"))->setChecked(false);
    QSignalSpy changed(&dialog, &cds::ui::SettingsDialog::languageChanged);
    dialog.reject();
    QVERIFY(QSettings().allKeys().isEmpty());
    QCOMPARE(changed.size(), 0);
  }

  // A device the machine lacks today stays chosen unless the person picks another.
  void dialogKeepsAnUnavailableDevice() {
    AppSettings::setDevice(QStringLiteral("cuda"));
    cds::ui::SettingsDialog dialog({QStringLiteral("cpu")});
    dialog.accept();
    QCOMPARE(AppSettings::device(), QStringLiteral("cuda"));
    QCOMPARE(AppSettings::language(), QString());  // unchanged, and no languageChanged
  }

  void languages() {
    const QStringList codes = cds::ui::availableLanguages();
    QVERIFY2(codes.contains(QStringLiteral("de")), qPrintable(codes.join(QLatin1Char(' '))));
    QVERIFY(codes.contains(QStringLiteral("en")));
    QCOMPARE(cds::ui::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(cds::ui::languageName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(cds::ui::languageName(QStringLiteral("fr")), QStringLiteral("Français"));
    QCOMPARE(cds::ui::languageName(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(cds::ui::languageName(QStringLiteral("ja")), QStringLiteral("日本語"));
    QCOMPARE(cds::ui::languageName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    QCOMPARE(cds::ui::languageName(QStringLiteral("it")), QStringLiteral("Italiano"));
  }

  void switchesLanguageWhileRunning() {
    const char* context = "cds::ui::MainWindow";
    QVERIFY(cds::ui::applyLanguage(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate(context, "&File"), QStringLiteral("&Datei"));
    QVERIFY(cds::ui::applyLanguage(QStringLiteral("de")));  // again: replaces, not stacks
    QVERIFY(cds::ui::applyLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate(context, "&File"), QStringLiteral("&File"));
    QVERIFY(!cds::ui::applyLanguage(QStringLiteral("xx")));  // no such translation
    QCOMPARE(QCoreApplication::translate(context, "&File"), QStringLiteral("&File"));

    // Widgets hear about it, which is how the main window knows to rebuild its pages.
    QWidget widget;
    LanguageChangeCounter counter;
    widget.installEventFilter(&counter);
    QVERIFY(cds::ui::applyLanguage(QStringLiteral("de")));
    QTRY_VERIFY(counter.count > 0);
  }

 private:
  QString makeProject(const QString& name) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    file.write("{}");
    return path;
  }

  QTemporaryDir m_dir;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
