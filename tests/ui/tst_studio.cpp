// The studio's pages as a person uses them (offscreen): drop photos onto the Concept page (with a
// non-image and a missing file), token checks, a project's save/load round trip, a short
// training run on the demo model (loss points, a preview, pause with a test image, resume,
// stop) and generation into the gallery.
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "core/io/png_file.h"
#include "tests/ui/gui_test_support.h"
#include "ui/concepts_page.h"
#include "ui/generate_page.h"
#include "ui/image_grid.h"
#include "ui/jobs/job_runner.h"
#include "ui/loss_plot.h"
#include "ui/main_window.h"
#include "ui/train_page.h"
#include "ui/training_form.h"

using namespace cds::ui;

class TestStudio : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("cdstudio-tests"));
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(QStringLiteral("photos")));
    for (int i = 0; i < 4; ++i) {
      QImage image(96, 96, QImage::Format_RGB32);
      image.fill(QColor::fromHsv(i * 60, 200, 200));
      QVERIFY(image.save(photo(i)));
    }
    QImage wide(64, 32, QImage::Format_RGB32);
    wide.fill(Qt::red);
    QVERIFY(wide.save(m_dir.filePath(QStringLiteral("photos/wide.png"))));
    QFile text(m_dir.filePath(QStringLiteral("photos/notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
  }

  void dropsImagesOntoTheConceptPage() {
    MainWindow window;
    window.show();
    ImageGrid* grid = window.conceptsPage()->imageGrid();
    grid->setResolution(64);
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (int i = 0; i < 3; ++i) urls << QUrl::fromLocalFile(photo(i));
    urls << QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("photos/wide.png")))
         << QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("photos/notes.txt")))
         << QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("photos/missing.png")));
    mime->setUrls(urls);
    drop(grid, mime);
    QCOMPARE(grid->files().size(), 6);
    QCOMPARE(grid->usableFiles().size(), 4);
    QCOMPARE(grid->unusableFiles().size(), 2);
    QStringList notes;
    for (QLabel* l : grid->findChildren<QLabel*>("imageProblem")) notes << l->text();
    const QString all = notes.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("not found")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Not an image")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Not square")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Smaller than the training size")), qPrintable(all));
    QVERIFY(window.conceptsPage()->problems().filter(QStringLiteral("at least")).isEmpty());
    auto* summary = window.findChild<QLabel*>("datasetSummary");
    QVERIFY2(summary->text().contains(QStringLiteral("2 file(s) cannot be used")),
             qPrintable(summary->text()));
    saveScreenshot(window, "concepts_drop.png", window.conceptsPage());

    // Remove the wide one with its button: three photos are too few.
    QToolButton* remove = nullptr;
    for (QWidget* card : grid->findChildren<QWidget*>("imageCard"))
      if (card->property("cdsFile").toString().endsWith(QLatin1String("wide.png")))
        remove = card->findChild<QToolButton*>("removeImageButton");
    QVERIFY(remove);
    remove->click();
    QCOMPARE(grid->usableFiles().size(), 3);
    QVERIFY(!window.conceptsPage()->problems().filter(QStringLiteral("at least 4")).isEmpty());
    // Dropping a photo again is ignored.
    auto* again = new QMimeData;
    again->setUrls({QUrl::fromLocalFile(photo(0))});
    drop(grid, again);
    QCOMPARE(grid->usableFiles().size(), 3);
  }

  void checksTheTokens() {
    MainWindow window;
    window.show();
    window.openModel(demoModel());
    auto* status = window.findChild<QLabel*>("tokenStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("fine")), 15000);
    auto* token = window.findChild<QLineEdit*>("modifierTokenEdit");
    auto* init = window.findChild<QLineEdit*>("initializerTokenEdit");
    auto* prompt = window.findChild<QLineEdit*>("instancePromptEdit");
    QCOMPARE(prompt->text(), QStringLiteral("photo of a <new1> toy"));
    token->setText(QStringLiteral("cat"));  // a word the model knows
    QVERIFY2(status->text().contains(QStringLiteral("already a word")), qPrintable(status->text()));
    QVERIFY(!window.conceptsPage()->tokensValid());
    token->setText(QStringLiteral("<new 1>"));
    QVERIFY2(status->text().contains(QStringLiteral("spaces")), qPrintable(status->text()));
    token->setText(QStringLiteral("<sks1>"));
    QVERIFY(window.conceptsPage()->tokensValid());
    QCOMPARE(prompt->text(), QStringLiteral("photo of a <sks1> toy"));
    init->setText(QStringLiteral("zebra"));  // several tokens in this vocabulary
    QVERIFY2(status->text().contains(QStringLiteral("not a single token")),
             qPrintable(status->text()));
    init->setText(QStringLiteral("ktn"));
    prompt->setText(QStringLiteral("photo of a toy"));
    QVERIFY2(status->text().contains(QStringLiteral("must contain")), qPrintable(status->text()));
  }

  void savesAndLoadsAProject() {
    const QString file = m_dir.filePath(QStringLiteral("round.cdproj"));
    QJsonObject saved;
    {
      MainWindow window;
      window.openModel(demoModel());
      window.conceptsPage()->imageGrid()->addFiles({photo(0), photo(1), photo(2), photo(3)});
      window.findChild<QLineEdit*>("classEdit")->setText(QStringLiteral("cat"));
      window.findChild<QLineEdit*>("modifierTokenEdit")->setText(QStringLiteral("<new7>"));
      window.findChild<QSpinBox*>("stepsSpin")->setValue(123);
      window.findChild<QSpinBox*>("resolutionSpin")->setValue(256);
      window.findChild<QLineEdit*>("outputEdit")->setText(m_dir.filePath(QStringLiteral("out")));
      window.findChild<QSpinBox*>("seedSpin")->setValue(777);
      QVERIFY(window.saveProjectAs(file));
      saved = window.currentProject().toJson();
      QCOMPARE(saved.value("version").toInt(), 2);
    }
    MainWindow other;
    QVERIFY(other.openProject(file));
    const QJsonObject loaded = other.currentProject().toJson();
    if (loaded != saved) {
      // Name the first line that differs rather than a truncated dump.
      const QStringList a = QString::fromUtf8(QJsonDocument(loaded).toJson()).split('\n');
      const QStringList b = QString::fromUtf8(QJsonDocument(saved).toJson()).split('\n');
      for (int i = 0; i < std::min(a.size(), b.size()); ++i) QCOMPARE(a[i], b[i]);
      QCOMPARE(a.size(), b.size());
    }
    QCOMPARE(other.conceptsPage()->imageGrid()->usableFiles().size(), 4);
    QVERIFY(other.windowTitle().contains(QStringLiteral("round")));
    // Not a project, and a future version: explained, nothing changed.
    QFile bad(m_dir.filePath(QStringLiteral("bad.cdproj")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "cdstudio-project", "version": 99})");
    bad.close();
    QVERIFY(!other.openProject(bad.fileName()));
    QCOMPARE(other.projectFile(), QFileInfo(file).absoluteFilePath());
  }

  void trainsOnTheDemoModel() {
    MainWindow window;
    window.show();
    QSignalSpy ready(window.jobRunner(), &JobRunner::demoModelReady);
    window.createDemo(m_dir.filePath(QStringLiteral("demo-train")));
    QVERIFY(ready.wait(30000));
    QCOMPARE(window.conceptsPage()->imageGrid()->usableFiles().size(), 5);
    auto* status = window.findChild<QLabel*>("tokenStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("fine")), 15000);
    // A usable model is open: the "No model yet?" offer has gone, the demo banner is there.
    auto* offer = window.findChild<QWidget*>("demoOffer");
    QVERIFY(offer);
    QTRY_VERIFY_WITH_TIMEOUT(offer->isHidden(), 15000);
    QVERIFY(!window.findChild<QLabel*>("demoBanner")->isHidden());
    window.findChild<QSpinBox*>("resolutionSpin")->setValue(32);
    window.findChild<QSpinBox*>("stepsSpin")->setValue(6);
    window.findChild<QSpinBox*>("validationEverySpin")->setValue(2);
    window.findChild<QSpinBox*>("validationImagesSpin")->setValue(1);
    window.pages()->setCurrentWidget(window.trainPage());

    TrainPage* page = window.trainPage();
    auto* exportButton = window.findChild<QPushButton*>("trainExportButton");
    QVERIFY(!exportButton->isEnabled());  // nothing trained yet
    window.findChild<QPushButton*>("startButton")->click();
    QVERIFY(page->isTraining());
    QVERIFY(!exportButton->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(page->lossPlot()->pointCount() >= 1, 120000);
    window.findChild<QPushButton*>("pauseButton")->click();
    auto* resume = window.findChild<QPushButton*>("resumeButton");
    QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 30000);
    const int pointsWhilePaused = page->lossPlot()->pointCount();
    QVERIFY(pointsWhilePaused < 6);
    // A test image with the weights as they are now, while the model stays loaded.
    const int before = page->timeline()->count();
    window.findChild<QPushButton*>("testImageButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->timeline()->count() > before, 30000);
    QCOMPARE(page->lossPlot()->pointCount(), pointsWhilePaused);
    saveScreenshot(window, "train_paused.png");
    resume->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isTraining(), 120000);
    QCOMPARE(page->lossPlot()->pointCount(), 6);
    int previews = 0;
    for (int i = 0; i < page->timeline()->count(); ++i)
      previews += page->timeline()->item(i)->text().startsWith(QStringLiteral("Step"));
    QCOMPARE(previews, 3);  // steps 2, 4, 6
    const QString out = window.findChild<QLineEdit*>("outputEdit")->text();
    QVERIFY(QFile::exists(out + QStringLiteral("/pytorch_custom_diffusion_weights.safetensors")));
    QVERIFY(window.findChild<QLabel*>("trainingState")->text().contains(QStringLiteral("Done")));
    QVERIFY(exportButton->isEnabled());  // the finished run's concept
    saveScreenshot(window, "train_done.png");

    // Generate with the trained concept at half strength.
    window.pages()->setCurrentWidget(window.generatePage());
    QCOMPARE(window.findChild<QLineEdit*>("weightsEdit")->text(), out);
    window.findChild<QSlider*>("strengthSlider")->setValue(50);
    window.findChild<QSpinBox*>("generateStepsSpin")->setValue(3);
    window.findChild<QSpinBox*>("imageCountSpin")->setValue(2);
    window.findChild<QPushButton*>("generateButton")->click();
    QListWidget* gallery = window.generatePage()->gallery();
    QTRY_COMPARE_WITH_TIMEOUT(gallery->count(), 2, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QPushButton*>("generateButton")->isEnabled(), 30000);
    const QString file = gallery->item(0)->data(Qt::UserRole).toString();
    const auto text = cds::read_png_text(file.toStdString());
    QCOMPARE(text.size(), size_t{1});
    QCOMPARE(QString::fromStdString(text[0].first), QStringLiteral("parameters"));
    QVERIFY(
        QString::fromStdString(text[0].second).contains(QStringLiteral("Concept strength: 0.5")));
    QVERIFY(QString::fromStdString(text[0].second).contains(QStringLiteral("photo of a <new1>")));
    saveScreenshot(window, "generate.png");

    // A long run, stopped: the engine leaves a checkpoint to continue from.
    window.pages()->setCurrentWidget(window.trainPage());
    window.findChild<QSpinBox*>("stepsSpin")->setValue(500);
    window.findChild<QSpinBox*>("validationEverySpin")->setValue(1000);
    window.findChild<QPushButton*>("startButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->lossPlot()->pointCount() >= 2, 120000);
    window.findChild<QPushButton*>("stopButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isTraining(), 120000);
    QVERIFY(page->lossPlot()->pointCount() < 500);
    QVERIFY(window.findChild<QLabel*>("trainingState")->text().contains(QStringLiteral("Stopped")));
    QVERIFY(exportButton->isEnabled());
    QVERIFY(!QDir(out).entryList({QStringLiteral("checkpoint-*")}, QDir::Dirs).isEmpty());
  }

  void refusesToStartWithoutEnoughPhotos() {
    MainWindow window;
    window.openModel(demoModel());
    window.findChild<QPushButton*>("startButton")->click();
    QVERIFY(!window.trainPage()->isTraining());
    QVERIFY(
        window.findChild<QLabel*>("trainingState")->text().contains(QStringLiteral("at least 4")));
  }

  void generatesWithTheBaseModel() {
    MainWindow window;
    window.openModel(demoModel());
    window.findChild<QSpinBox*>("generateStepsSpin")->setValue(2);
    window.findChild<QCheckBox*>("randomSeedCheck")->setChecked(true);
    window.findChild<QPushButton*>("generateButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.generatePage()->gallery()->count(), 1, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.jobRunner()->isBusy(), 10000);
  }

 private:
  QString photo(int i) const {
    return m_dir.filePath(QStringLiteral("photos/photo-%1.png").arg(i));
  }

  QString demoModel() {
    return cds::test::demoModelIn(m_dir.filePath(QStringLiteral("demo-shared")));
  }

  static void drop(QWidget* target, QMimeData* mime) {
    const QPoint at(10, 10);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    delete mime;
  }

  // Screenshots for a person to look at, when CDS_SCREENSHOT_DIR is set.
  static void saveScreenshot(QWidget& window, const char* name, QWidget* page = nullptr) {
    const QString dir = qEnvironmentVariable("CDS_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    if (page) window.findChild<QTabWidget*>("pages")->setCurrentWidget(page);
    window.resize(1200, 760);
    cds::test::saveScreenshot(window, name);
  }

  QTemporaryDir m_dir;
};

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
