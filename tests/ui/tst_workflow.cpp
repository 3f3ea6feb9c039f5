// The studio's whole flow beyond one concept (offscreen): two concepts trained together with
// class pictures from a folder and drawn by the demo model, the Regularization page's progress
// and thumbnails, comparing two steps, downloading a model from a fake Hugging Face Hub on
// 127.0.0.1 (and a gated one), closing the window while training, switching the language in
// Settings, autosave and recent projects, and reading a version 1 project.
#include <atomic>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "tests/net/fake_http_server.h"
#include "tests/ui/gui_test_support.h"
#include "ui/app_settings.h"
#include "ui/concepts_page.h"
#include "ui/generate_page.h"
#include "ui/image_grid.h"
#include "ui/jobs/job_runner.h"
#include "ui/language.h"
#include "ui/loss_plot.h"
#include "ui/main_window.h"
#include "ui/model_download_box.h"
#include "ui/model_panel.h"
#include "ui/project.h"
#include "ui/regularization_page.h"
#include "ui/step_compare_dialog.h"
#include "ui/train_page.h"

using namespace cds::ui;
using cds::test::FakeHttpServer;
using cds::test::FakeRequest;
using cds::test::FakeResponse;

namespace {

const char* const kCommit = "0123456789abcdef0123456789abcdef01234567";

// Serves a model folder as the Hub would: the file list API and resolve URLs; weights as LFS
// files (with their SHA-256). ORG/NAME "org/gated" answers 401 as a gated repository does.
struct FolderHub {
  QMap<QString, QByteArray> files;
  std::atomic<int> busyListings{0};  // answer the file list with 503 this many times
  std::unique_ptr<FakeHttpServer> server;

  explicit FolderHub(const QString& folder) {
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
      const QString path = it.next();
      QFile f(path);
      if (f.open(QIODevice::ReadOnly)) files[QDir(folder).relativeFilePath(path)] = f.readAll();
    }
    server = std::make_unique<FakeHttpServer>([this](const FakeRequest& r) { return answer(r); });
  }

  FakeResponse answer(const FakeRequest& r) {
    FakeResponse out;
    if (r.path.rfind("/api/models/org/gated/", 0) == 0)
      return cds::test::hubGatedAnswer("org/gated");
    if (r.path == "/api/models/org/demo/revision/main?blobs=true") {
      if (busyListings > 0) {
        --busyListings;
        out.status = 503;
        return out;
      }
      nlohmann::json siblings = nlohmann::json::array();
      for (auto it = files.begin(); it != files.end(); ++it)
        siblings.push_back(cds::test::hubSibling(it.key().toStdString(), it.value().toStdString(),
                                                 it.key().endsWith(QLatin1String(".safetensors"))));
      out.body =
          nlohmann::json{{"id", "org/demo"}, {"sha", kCommit}, {"siblings", siblings}}.dump();
      return out;
    }
    const std::string resolve = std::string("/org/demo/resolve/") + kCommit + "/";
    if (r.path.rfind(resolve, 0) == 0) {
      const QString path = QString::fromStdString(r.path.substr(resolve.size()));
      if (files.contains(path)) {
        const QByteArray& bytes = files[path];
        const std::string etag = path.endsWith(QLatin1String(".safetensors"))
                                     ? cds::test::hubHash(bytes.toStdString(), true)
                                     : "etag";
        return cds::test::serveBytes(r, bytes.toStdString(),
                                     {{"X-Repo-Commit", kCommit}, {"ETag", "\"" + etag + "\""}});
      }
    }
    out.status = 404;
    out.headers = {{"X-Error-Code", "EntryNotFound"}};
    return out;
  }
};

}  // namespace

class TestWorkflow : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("cdstudio-workflow-tests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // Runs and class folders of earlier test runs live in the (test mode) data folder.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .removeRecursively();
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(QStringLiteral("photos")));
    QDir().mkpath(m_dir.filePath(QStringLiteral("class-photos")));
    for (int i = 0; i < 4; ++i) {
      // Distinct patterns, so none looks like a near-duplicate of another.
      QImage image(96, 96, QImage::Format_RGB32);
      for (int y = 0; y < 96; ++y)
        for (int x = 0; x < 96; ++x)
          image.setPixel(
              x, y, QColor::fromHsv((x * (i + 1) + y * 7) % 360, 200, 60 + (x ^ y) % 190).rgb());
      QVERIFY(image.save(photo(i)));
      QImage other(80, 80, QImage::Format_RGB32);
      other.fill(QColor::fromHsv(i * 80, 120, 220));
      QVERIFY(other.save(m_dir.filePath(QStringLiteral("class-photos/plain-%1.png").arg(i))));
    }
  }

  void cleanup() { applyLanguage(QStringLiteral("en")); }

  void twoConceptsTrainTogetherWithClassPictures() {
    MainWindow window;
    window.show();
    makeDemo(window, QStringLiteral("two-concepts"));
    ConceptsPage* concepts = window.conceptsPage();
    auto* status = window.findChild<QLabel*>("tokenStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("fine")), 15000);

    // A second concept: the next free word and initializer, checked to be unique.
    window.findChild<QPushButton*>("addConceptButton")->click();
    QCOMPARE(concepts->concepts().size(), 2);
    QCOMPARE(concepts->currentConcept(), 1);
    auto* token = window.findChild<QLineEdit*>("modifierTokenEdit");
    QCOMPARE(token->text(), QStringLiteral("<new2>"));
    QCOMPARE(window.findChild<QLineEdit*>("initializerTokenEdit")->text(), QStringLiteral("pll"));
    token->setText(QStringLiteral("<new1>"));
    QVERIFY2(status->text().contains(QStringLiteral("Another concept")),
             qPrintable(status->text()));
    token->setText(QStringLiteral("<new2>"));
    QVERIFY(concepts->tokensValid());
    window.findChild<QLineEdit*>("classEdit")->setText(QStringLiteral("ball"));
    concepts->imageGrid()->addFiles({photo(0), photo(1), photo(2), photo(3)});
    QCOMPARE(concepts->concepts()[1].images.size(), 4);
    QCOMPARE(concepts->conceptList()->count(), 2);
    QVERIFY(concepts->conceptList()->item(1)->text().contains(QStringLiteral("ball")));
    // Switching back shows the first concept's photos.
    concepts->conceptList()->setCurrentRow(0);
    QCOMPARE(concepts->imageGrid()->usableFiles().size(), 5);

    // Regularization: the first concept from a folder, the second drawn by the model now.
    RegularizationPage* reg = window.regularizationPage();
    QCOMPARE(reg->cardCount(), 2);
    setSource(reg->card(0), ClassImageSource::Folder, 3);
    reg->card(0)
        ->findChild<QLineEdit*>("classFolderEdit")
        ->setText(m_dir.filePath(QStringLiteral("class-photos")));
    setSource(reg->card(1), ClassImageSource::Generate, 2);
    QVERIFY(reg->allHaveSources());
    window.pages()->setCurrentWidget(reg);
    reg->card(1)->findChild<QPushButton*>("gatherButton")->click();
    // The status bar says what runs.
    QCOMPARE(window.findChild<QLabel*>("jobState")->text(),
             QStringLiteral("Gathering class pictures"));
    QTRY_COMPARE_WITH_TIMEOUT(reg->card(1)->have(), 2, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(reg->card(1)->thumbnailCount(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.jobRunner()->isBusy(), 30000);
    QVERIFY(window.findChild<QLabel*>("jobState")->text().isEmpty());
    QVERIFY2(
        reg->card(1)->findChild<QLabel*>("classStatus")->text().contains(QStringLiteral("2 of 2")),
        qPrintable(reg->card(1)->findChild<QLabel*>("classStatus")->text()));
    QCOMPARE(reg->card(0)->have(), 0);  // gathered when training starts
    QCOMPARE(reg->missingRequests().size(), 1);

    // Train both: the folder's pictures are gathered first, then the run uses both.
    window.findChild<QSpinBox*>("resolutionSpin")->setValue(32);
    window.findChild<QSpinBox*>("stepsSpin")->setValue(4);
    window.findChild<QSpinBox*>("validationEverySpin")->setValue(2);
    window.findChild<QSpinBox*>("validationImagesSpin")->setValue(1);
    TrainPage* page = window.trainPage();
    window.pages()->setCurrentWidget(page);
    window.findChild<QPushButton*>("startButton")->click();
    QVERIFY2(page->isTraining(), qPrintable(window.findChild<QLabel*>("trainingState")->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isTraining(), 120000);
    QCOMPARE(reg->card(0)->have(), 3);
    QCOMPARE(page->lossPlot()->pointCount(), 4);
    const QString out = window.findChild<QLineEdit*>("outputEdit")->text();
    QFile list(out + QStringLiteral("/concepts_list.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    const auto conceptsJson = nlohmann::json::parse(list.readAll().toStdString());
    QCOMPARE(conceptsJson.size(), size_t{2});
    QCOMPARE(QString::fromStdString(conceptsJson[1]["instance_prompt"].get<std::string>()),
             QStringLiteral("photo of a <new2> ball"));
    QFile args(out + QStringLiteral("/training_args.json"));
    QVERIFY(args.open(QIODevice::ReadOnly));
    const auto argsJson = nlohmann::json::parse(args.readAll().toStdString());
    QCOMPARE(argsJson["with_prior_preservation"].get<bool>(), true);
    QCOMPARE(argsJson["real_prior"].get<bool>(), true);
    QCOMPARE(QString::fromStdString(argsJson["modifier_token"].get<std::string>()),
             QStringLiteral("<new1>+<new2>"));
    QVERIFY(QFile::exists(out + QStringLiteral("/<new1>.safetensors")));
    QVERIFY(QFile::exists(out + QStringLiteral("/<new2>.safetensors")));

    // The Generate page offers both new words of the trained output.
    QStringList offered;
    for (auto* b :
         window.generatePage()->findChild<QWidget*>("tokenButtons")->findChildren<QToolButton*>())
      offered << b->text();
    QCOMPARE(offered, (QStringList{QStringLiteral("<new1>"), QStringLiteral("<new2>")}));

    // Compare the first and latest previews, then take the weights of one of them.
    QVERIFY(page->timeline()->count() >= 2);
    StepCompareDialog* compare = page->compare();
    QVERIFY(compare);
    QVERIFY(compare->picture(0)->pixmap().width() > 0);
    QVERIFY(compare->picture(1)->pixmap().width() > 0);
    QCOMPARE(compare->picker(0)->currentText(), QStringLiteral("Step 2"));
    QCOMPARE(compare->picker(1)->currentText(), QStringLiteral("Step 4"));
    saveScreenshot(window, "compare.png", compare);
    QSignalSpy use(page, &TrainPage::useWeightsRequested);
    compare->findChildren<QPushButton*>().first()->click();
    QCOMPARE(use.size(), 1);
    QVERIFY(!use[0][0].toString().isEmpty());
    QCOMPARE(window.pages()->currentWidget(), window.generatePage());
  }

  void removingAConceptKeepsTheOthersClassPictures() {
    MainWindow window;
    ConceptsPage* concepts = window.conceptsPage();
    concepts->addConcept();
    RegularizationPage* reg = window.regularizationPage();
    QCOMPARE(reg->cardCount(), 2);
    setSource(reg->card(1), ClassImageSource::Openverse, 7);
    QCOMPARE(concepts->concepts()[1].classSource, ClassImageSource::Openverse);
    concepts->removeConcept(0);
    QCOMPARE(reg->cardCount(), 1);
    QCOMPARE(reg->card(0)->source(), ClassImageSource::Openverse);
    QCOMPARE(reg->card(0)->wanted(), 7);
    QCOMPARE(concepts->concepts()[0].modifierToken, QStringLiteral("<new2>"));
  }

  void aDeadRetrievalServiceIsExplainedOnTheCard() {
    MainWindow window;
    window.regularizationPage()->setDefaultFolder(m_dir.filePath(QStringLiteral("dead-service")));
    RegularizationCard* card = window.regularizationPage()->card(0);
    setSource(card, ClassImageSource::Fetch, 3);
    card->findChild<QLineEdit*>("retrievalServerEdit")
        ->setText(QStringLiteral("http://127.0.0.1:9/knn-service"));
    card->findChild<QPushButton*>("gatherButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.jobRunner()->isBusy(), 30000);
    const QString status = card->findChild<QLabel*>("classStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("did not answer")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("another source")), qPrintable(status));  // what to do
    QCOMPARE(card->findChild<QPushButton*>("gatherButton")->text(), QStringLiteral("Gather"));
  }

  void downloadsAModelFromTheHub() {
    QTemporaryDir cache;
    qputenv("HF_HUB_CACHE", cache.path().toUtf8());
    MainWindow window;
    window.show();
    FolderHub hub(demoModel());
    ModelDownloadBox* box = window.downloadBox();
    box->setEndpoint(QString::fromStdString(hub.server->url()));

    // Not a repository name: said at once, nothing starts.
    box->repoEdit()->setText(QStringLiteral("org/.."));
    window.findChild<QPushButton*>("downloadButton")->click();
    QVERIFY(!box->isDownloading());
    QVERIFY(!window.jobRunner()->isBusy());
    QVERIFY(
        window.findChild<QLabel*>("downloadStatus")->text().contains(QStringLiteral("ORG/NAME")));

    // A gated model: the message says what to do.
    box->repoEdit()->setText(QStringLiteral("org/gated"));
    window.findChild<QPushButton*>("downloadButton")->click();
    auto* status = window.findChild<QLabel*>("downloadStatus");
    QTRY_VERIFY_WITH_TIMEOUT(!box->isDownloading(), 30000);
    QVERIFY2(status->text().contains(QStringLiteral("token")), qPrintable(status->text()));

    // The Hub busy for a moment (503): the box says it tries again, then the download goes on.
    hub.busyListings = 1;
    QSignalSpy inspected(window.modelPanel(), &ModelPanel::inspectionFinished);
    box->repoEdit()->setText(QStringLiteral("org/demo"));
    window.findChild<QPushButton*>("downloadButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("trying again (2 of 5)")),
                             30000);
    QVERIFY2(status->toolTip().contains(QStringLiteral("HTTP 503")), qPrintable(status->toolTip()));
    QTRY_VERIFY_WITH_TIMEOUT(!box->isDownloading(), 120000);
    QVERIFY2(status->text().contains(QStringLiteral("downloaded")), qPrintable(status->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!inspected.isEmpty(), 30000);
    QCOMPARE(inspected.last()[0].toBool(), true);
    QCOMPARE(window.modelPanel()->currentModel(), QStringLiteral("org/demo"));
    QVERIFY(QFile::exists(cache.filePath(QStringLiteral("models--org--demo/snapshots/") +
                                         QLatin1String(kCommit) +
                                         QStringLiteral("/model_index.json"))));
    saveScreenshot(window, "model_downloaded.png", window.pages()->widget(0));
    qunsetenv("HF_HUB_CACHE");
  }

  void closingWhileTrainingAsksThenStopsWithACheckpoint() {
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    makeDemo(*window, QStringLiteral("close-while-training"));
    window->findChild<QSpinBox*>("resolutionSpin")->setValue(32);
    window->findChild<QSpinBox*>("stepsSpin")->setValue(5000);
    window->findChild<QSpinBox*>("validationEverySpin")->setValue(10000);
    window->findChild<QSpinBox*>("checkpointEverySpin")->setValue(10000);
    TrainPage* page = window->trainPage();
    window->findChild<QPushButton*>("startButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->lossPlot()->pointCount() >= 2, 120000);
    const QString out = window->findChild<QLineEdit*>("outputEdit")->text();

    // "No": training goes on and the window stays.
    answerNextQuestion(QMessageBox::No);
    window->close();
    QVERIFY(window->isVisible());
    QVERIFY(page->isTraining());
    // "Yes": it stops, saves a checkpoint, then closes by itself.
    answerNextQuestion(QMessageBox::Yes);
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 120000);
    QVERIFY(!page->isTraining());
    const QStringList checkpoints =
        QDir(out).entryList({QStringLiteral("checkpoint-*")}, QDir::Dirs, QDir::Name);
    QVERIFY(!checkpoints.isEmpty());
    delete window;

    // After a restart: the app reopens the (autosaved) project, and the run continues from the
    // checkpoint rather than from step 0.
    MainWindow restarted;
    restarted.show();
    QVERIFY(restarted.openProject(AppSettings::lastProject()));
    QCOMPARE(restarted.findChild<QLineEdit*>("outputEdit")->text(), out);
    const int stoppedAt = checkpoints.last().section(QLatin1Char('-'), 1).toInt();
    QVERIFY(stoppedAt >= 1);
    restarted.findChild<QCheckBox*>("resumeCheck")->setChecked(true);
    restarted.findChild<QSpinBox*>("stepsSpin")->setValue(stoppedAt + 2);
    TrainPage* again = restarted.trainPage();
    restarted.findChild<QPushButton*>("startButton")->click();
    QVERIFY(again->isTraining());
    QTRY_VERIFY_WITH_TIMEOUT(!again->isTraining(), 120000);
    QCOMPARE(again->lossPlot()->pointCount(), 2);  // only the two steps after the checkpoint
    const QString log = restarted.findChild<QPlainTextEdit*>("trainingLog")->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("Resuming from")), qPrintable(log));
  }

  void switchesTheLanguageInSettings() {
    MainWindow window;
    window.show();
    window.findChild<QLineEdit*>("classEdit")->setText(QStringLiteral("teapot"));
    QCOMPARE(window.pages()->tabText(0), QStringLiteral("1 · Model"));
    // The Settings dialog is modal: answer it once it is up.
    QTimer::singleShot(0, this, [] {
      QWidget* dialog = QApplication::activeModalWidget();
      QVERIFY(dialog);
      auto* language = dialog->findChild<QComboBox*>("languageCombo");
      const int de = language->findData(QStringLiteral("de"));
      QVERIFY(de >= 0);
      language->setCurrentIndex(de);
      dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    window.showSettings();
    QTRY_COMPARE(window.pages()->tabText(0), QStringLiteral("1 · Modell"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    // The project survived the rebuild.
    QCOMPARE(window.findChild<QLineEdit*>("classEdit")->text(), QStringLiteral("teapot"));
    QCOMPARE(AppSettings::language(), QStringLiteral("de"));
    saveScreenshot(window, "german.png");
    applyLanguage(QStringLiteral("en"));
    window.rebuildInNewLanguage();
    QCOMPARE(window.pages()->tabText(0), QStringLiteral("1 · Model"));
    AppSettings::setLanguage(QString());
  }

  void autosavesAndRemembersRecentProjects() {
    AppSettings::setAutosave(true);
    QFile::remove(MainWindow::autosaveFile());  // earlier windows autosaved when they closed
    AppSettings::setLastProject(QString());
    {
      MainWindow window;
      window.findChild<QLineEdit*>("classEdit")->setText(QStringLiteral("lamp"));
      // Saved a moment after the change, without any action of the person's.
      QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(MainWindow::autosaveFile()), 10000);
      QCOMPARE(AppSettings::lastProject(), MainWindow::autosaveFile());
    }
    {
      // Reopened as the app does at start: still untitled, with the class as it was.
      MainWindow window;
      QVERIFY(window.openProject(AppSettings::lastProject()));
      QVERIFY(window.projectFile().isEmpty());
      QCOMPARE(window.findChild<QLineEdit*>("classEdit")->text(), QStringLiteral("lamp"));
      const QString file = m_dir.filePath(QStringLiteral("lamp.cdproj"));
      QVERIFY(window.saveProjectAs(file));
      QCOMPARE(AppSettings::recentProjects().value(0), QFileInfo(file).absoluteFilePath());
      // Named projects autosave into their own file.
      window.findChild<QLineEdit*>("classEdit")->setText(QStringLiteral("lantern"));
      window.autosave();
      Project saved;
      QVERIFY(Project::load(file, saved, nullptr));
      QCOMPARE(saved.training.concepts.value(0).className, QStringLiteral("lantern"));
    }
  }

  void cropsANonSquarePhotoWithoutTouchingIt() {
    const QString wide = m_dir.filePath(QStringLiteral("photos/wide.png"));
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(wide));
    const QByteArray before = readAll(wide);
    ImageGrid grid;
    grid.setResolution(32);
    grid.addFiles({wide});
    QVERIFY(grid.checks()[0].problems.join(' ').contains(QStringLiteral("Not square")));
    auto* crop = grid.findChild<QToolButton*>("cropButton");
    QVERIFY(crop);
    crop->click();
    const QString square = grid.files().value(0);
    QVERIFY2(square.endsWith(QLatin1String("wide-square.png")), qPrintable(square));
    QCOMPARE(QImage(square).size(), QSize(60, 60));
    QVERIFY(!grid.checks()[0].problems.join(' ').contains(QStringLiteral("Not square")));
    QCOMPARE(readAll(wide), before);
  }

  void readsAVersion1Project() {
    const QString file = m_dir.filePath(QStringLiteral("old.cdproj"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(
                QJsonObject{{"format", "cdstudio-project"},
                            {"version", 1},
                            {"model", "org/model"},
                            {"concept", QJsonObject{{"kind", "pet"}, {"className", "dog"}}},
                            {"training", QJsonObject{{"images", QJsonArray{photo(0), photo(1)}},
                                                     {"modifierToken", "<dog1>"},
                                                     {"initializerToken", "sks"},
                                                     {"instancePrompt", "a <dog1> dog"},
                                                     {"priorPreservation", true},
                                                     {"classDataDir", "/data/dogs"},
                                                     {"numClassImages", 50},
                                                     {"steps", 321}}}})
                .toJson());
    f.close();
    Project p;
    QString error;
    QVERIFY2(Project::load(file, p, &error), qPrintable(error));
    QCOMPARE(p.training.steps, 321);
    QCOMPARE(p.training.concepts.size(), 1);
    const ConceptSettings& c = p.training.concepts[0];
    QCOMPARE(c.kind, QStringLiteral("pet"));
    QCOMPARE(c.className, QStringLiteral("dog"));
    QCOMPARE(c.images.size(), 2);
    QCOMPARE(c.modifierToken, QStringLiteral("<dog1>"));
    QCOMPARE(c.initializerToken, QStringLiteral("sks"));
    QCOMPARE(c.instancePrompt, QStringLiteral("a <dog1> dog"));
    QCOMPARE(c.classSource, ClassImageSource::Folder);
    QCOMPARE(c.sourceFolder, QStringLiteral("/data/dogs"));
    QCOMPARE(c.numClassImages, 50);
  }

 private:
  static QByteArray readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
  }

  QString photo(int i) const {
    return m_dir.filePath(QStringLiteral("photos/photo-%1.png").arg(i));
  }

  QString demoModel() {
    return cds::test::demoModelIn(m_dir.filePath(QStringLiteral("demo-shared")));
  }

  void makeDemo(MainWindow& window, const QString& name) {
    QSignalSpy ready(window.jobRunner(), &JobRunner::demoModelReady);
    window.createDemo(m_dir.filePath(name));
    QVERIFY(ready.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!window.jobRunner()->isBusy(), 10000);
  }

  static void setSource(RegularizationCard* card, ClassImageSource source, int count) {
    auto* combo = card->findChild<QComboBox*>("classSourceCombo");
    combo->setCurrentIndex(combo->findData(int(source)));
    card->findChild<QSpinBox*>("classCountSpin")->setValue(count);
  }

  // Clicks `button` on the next question box as soon as it shows.
  void answerNextQuestion(QMessageBox::StandardButton button) {
    QTimer::singleShot(0, this, [button] {
      auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      QVERIFY(box);
      box->button(button)->click();
    });
  }

  static void saveScreenshot(QWidget& window, const char* name, QWidget* shown = nullptr) {
    const QString dir = qEnvironmentVariable("CDS_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    if (shown && window.findChild<QTabWidget*>("pages")->indexOf(shown) >= 0)
      window.findChild<QTabWidget*>("pages")->setCurrentWidget(shown);
    cds::test::saveScreenshot(shown && shown->isWindow() ? *shown : window, name);
  }

  QTemporaryDir m_dir;
};

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
