// Issue #13: the hostile image files of tests/core/hostile_images.h through the studio's entry
// points for images: the Concepts page (dropped onto its grid, with its dataset checks), the
// augmentation preview's samples, and the Regularization page's folder source. Each file gets a
// sentence naming what is wrong with it, or is shown as training sees it (EXIF orientation
// ignored; a sideways photo gets the warning and the upright-copy button). Never a crash.
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "core/train/exif_orientation.h"
#include "tests/core/hostile_images.h"
#include "tests/ui/gui_test_support.h"
#include "ui/concepts_page.h"
#include "ui/image_grid.h"
#include "ui/jobs/augmentation_samples.h"
#include "ui/jobs/job_runner.h"

using namespace cds::ui;
namespace hostile = cds::test::hostile;

namespace {

QWidget* card(ImageGrid* grid, const QString& file) {
  QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  QCoreApplication::processEvents();
  for (QWidget* c : grid->findChildren<QWidget*>("imageCard"))
    if (c->isVisible() && c->property("cdsFile").toString() == file) return c;
  return nullptr;
}

QString cardNote(ImageGrid* grid, const QString& file) {
  QWidget* c = card(grid, file);
  auto* note = c ? c->findChild<QLabel*>("imageProblem") : nullptr;
  return note ? note->text() : QString();
}

const ImageCheck* checkOf(const ImageGrid& grid, const QString& file) {
  for (const ImageCheck& c : grid.checks())
    if (c.file == file) return &c;
  return nullptr;
}

QByteArray readAll(const QString& file) {
  QFile f(file);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestHostileImages : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cases = hostile::write_all(m_dir.filePath(QStringLiteral("hostile")).toStdString());
  }

  void conceptsPageNamesOrShowsEachFileAsTrained() {
    ConceptsPage page;
    page.resize(1000, 700);
    page.show();
    ImageGrid* grid = page.imageGrid();
    grid->setResolution(64);
    // Dropped as a person drops them from a file manager.
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const auto& c : m_cases) urls << QUrl::fromLocalFile(file(c));
    mime->setUrls(urls);
    const QPoint at(10, 10);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid, &enter);
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid, &drop);
    delete mime;
    QCOMPARE(grid->files().size(), int(m_cases.size()));

    for (const auto& c : m_cases) {
      const QString f = file(c);
      const ImageCheck* check = checkOf(*grid, f);
      QVERIFY2(check, qPrintable(f));
      const QString note = cardNote(grid, f);
      if (!c.accepted) {
        QVERIFY2(!check->usable, qPrintable(f));
        // The engine's reason, on the card that carries the file's name.
        QVERIFY2(note.contains(QString::fromStdString(c.says)),
                 qPrintable(QString::fromStdString(c.name) + ": " + note));
        QVERIFY(!card(grid, f)->findChild<QToolButton*>("previewAugmentationButton"));
        continue;
      }
      QVERIFY2(check->usable, qPrintable(QString::fromStdString(c.name) + ": " + note));
      // As stored, as training reads it: the sideways photo keeps its stored 48 x 32.
      QCOMPARE(check->size, QSize(c.size.width, c.size.height));
      QCOMPARE(check->thumbnail.width() >= check->thumbnail.height(),
               c.size.width >= c.size.height);
      QCOMPARE(check->orientation, c.orientation);
      const QColor centre =
          check->thumbnail.pixelColor(check->thumbnail.width() / 2, check->thumbnail.height() / 2);
      const int rgb[3] = {centre.red(), centre.green(), centre.blue()};
      for (int k = 0; k < 3; ++k)
        QVERIFY2(
            std::abs(rgb[k] - c.rgb[k]) <= hostile::kTolerance,
            qPrintable(QStringLiteral("%1 channel %2: %3").arg(c.name.c_str()).arg(k).arg(rgb[k])));
      const bool sideways = c.orientation != 1;
      QCOMPARE(note.contains(QStringLiteral("stored sideways; it will be trained as shown")),
               sideways);
      QCOMPARE(bool(card(grid, f)->findChild<QToolButton*>("uprightCopyButton")), sideways);
    }
    cds::test::saveScreenshot(page, "hostile_images_concepts.png");
  }

  void upRightCopyReplacesTheEntryAndKeepsTheOriginal() {
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("phone.jpg"));
    // A portrait phone photo: the sensor stores it landscape, turned a quarter to the left, and
    // tags it 6 ("turn clockwise to show"). An arrow pointing up in the scene.
    QImage scene(200, 300, QImage::Format_RGB32);
    scene.fill(QColor(250, 240, 200));
    {
      QPainter p(&scene);
      p.setBrush(QColor(30, 90, 200));
      p.setPen(Qt::NoPen);
      p.drawPolygon(QPolygon(
          {{100, 30}, {170, 130}, {125, 130}, {125, 270}, {75, 270}, {75, 130}, {30, 130}}));
    }
    QBuffer stored;
    stored.open(QIODevice::WriteOnly);
    QVERIFY(scene.transformed(QTransform().rotate(-90)).save(&stored, "JPG", 95));
    const std::string bytes = hostile::with_orientation(stored.data().toStdString(), 6, true);
    hostile::write_file(photo.toStdString(), bytes);
    ImageGrid grid;
    grid.resize(700, 400);
    grid.show();
    grid.setResolution(64);
    grid.addFiles({photo, m_dir.filePath(QStringLiteral("hostile/gray.png"))});
    QVERIFY(cardNote(&grid, photo).contains(QStringLiteral("stored sideways")));
    QCOMPARE(checkOf(grid, photo)->size, QSize(300, 200));  // as stored, as trained
    cds::test::saveScreenshot(grid, "sideways_before.png");
    QSignalSpy changed(&grid, &ImageGrid::filesChanged);
    card(&grid, photo)->findChild<QToolButton*>("uprightCopyButton")->click();
    const QString copy = dir.filePath(QStringLiteral("phone-upright.png"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(grid.files(), (QStringList{copy, m_dir.filePath(QStringLiteral("hostile/gray.png"))}));
    QCOMPARE(readAll(photo), QByteArray::fromStdString(bytes));  // the original is untouched
    QCOMPARE(cds::read_exif_orientation(copy.toStdString()), 1);
    const ImageCheck* check = checkOf(grid, copy);
    QVERIFY(check && check->usable);
    QCOMPARE(check->size, QSize(200, 300));  // upright: the scene as it was shot
    // The arrow points up: its wide head (blue, red 30) in the upper part, only its narrow shaft
    // below (the cream background, red 250, beside it).
    const QImage up = check->thumbnail;
    const auto red = [&](int x, int y) {
      return qRed(up.pixel(up.width() * x / 200, up.height() * y / 300));
    };
    QVERIFY2(red(55, 110) < 100, qPrintable(QString::number(red(55, 110))));
    QVERIFY2(red(55, 190) > 200, qPrintable(QString::number(red(55, 190))));

    QVERIFY2(!cardNote(&grid, copy).contains(QStringLiteral("sideways")),
             qPrintable(cardNote(&grid, copy)));
    QVERIFY(!card(&grid, copy)->findChild<QToolButton*>("uprightCopyButton"));
    cds::test::saveScreenshot(grid, "sideways_after.png");

    // A second copy of the same photo never overwrites the first.
    grid.addFiles({photo});
    QCOMPARE(grid.writeUprightCopy(photo), dir.filePath(QStringLiteral("phone-upright-2.png")));
    QCOMPARE(readAll(photo), QByteArray::fromStdString(bytes));
  }

  void augmentationPreviewNamesOrSamplesEachFile() {
    for (const auto& c : m_cases) {
      AugmentationRequest request;
      request.file = file(c);
      request.resolution = 64;
      request.instancePrompt = QStringLiteral("photo of a <new1> toy");
      request.count = 2;
      const AugmentationResult result = makeAugmentationSamples(request);
      if (c.accepted) {
        QVERIFY2(result.error.isEmpty(),
                 qPrintable(QString::fromStdString(c.name) + ": " + result.error));
        QCOMPARE(result.samples.size(), 2);
      } else {
        QVERIFY(result.samples.isEmpty());
        QVERIFY2(result.error.contains(QString::fromStdString(c.name)),
                 qPrintable(QString::fromStdString(c.name) + ": " + result.error));
      }
    }
  }

  void regularizationFolderNamesEachFileLeftOut() {
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::classImagesFinished);
    ClassImagesRequest r;
    r.source = ClassImageSource::Folder;
    r.sourceFolder = m_dir.filePath(QStringLiteral("hostile"));
    r.classDataDir = m_dir.filePath(QStringLiteral("class"));
    r.classPrompt = QStringLiteral("toy");
    r.count = 100;
    runner.gatherClassImages(r);
    QVERIFY(finished.wait(60000));
    const QString summary = finished.at(0).at(3).toString();
    int accepted = 0;
    for (const auto& c : m_cases) {
      if (c.accepted) {
        ++accepted;
        QVERIFY2(!summary.contains(QString::fromStdString(c.name)), qPrintable(summary));
        continue;
      }
      // One line per file left out, naming it.
      bool named = false;
      for (const QString& line : summary.split(QLatin1Char('\n')))
        named = named || line.contains(file(c));
      QVERIFY2(named, qPrintable(QString::fromStdString(c.name) + " in: " + summary));
    }
    QVERIFY2(summary.startsWith(QStringLiteral("%1 of 100 pictures").arg(accepted)),
             qPrintable(summary));
  }

 private:
  QString file(const hostile::Case& c) const {
    return m_dir.filePath(QStringLiteral("hostile/") + QString::fromStdString(c.name));
  }
  QTemporaryDir m_dir;
  std::vector<hostile::Case> m_cases;
};

QTEST_MAIN(TestHostileImages)
#include "tst_hostile_images.moc"
