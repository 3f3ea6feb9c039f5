// The dataset checks a person reads on the Concepts page: near-duplicates (difference hash) and
// blur (variance of the Laplacian) on synthetic photos, their sentences on the right thumbnails,
// the card's augmentation-preview request, and the augmentation preview itself (the engine's
// samples and the dialog, offscreen).
#include <QCheckBox>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <cmath>
#include <vector>

#include "tests/ui/gui_test_support.h"
#include "ui/augmentation_preview.h"
#include "ui/dataset_checks.h"
#include "ui/image_grid.h"
#include "ui/jobs/augmentation_samples.h"

using namespace cds::ui;

namespace {

// A photo-like picture: a gradient, a dozen overlapping shapes in random colours and a patch of
// fine texture, laid out by `seed`, so different seeds give different pictures.
QImage syntheticPhoto(int side, quint32 seed) {
  QRandomGenerator rng(seed);
  QImage image(side, side, QImage::Format_RGB32);
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  QLinearGradient g(0, 0, side, side);
  g.setColorAt(0, QColor::fromHsv(rng.bounded(360), 120, 220));
  g.setColorAt(1, QColor::fromHsv(rng.bounded(360), 160, 90));
  p.fillRect(image.rect(), g);
  p.setPen(Qt::NoPen);
  for (int i = 0; i < 12; ++i) {
    p.setBrush(QColor::fromHsv(rng.bounded(360), 80 + rng.bounded(170), 40 + rng.bounded(215)));
    const QRect r(rng.bounded(side), rng.bounded(side), side / 8 + rng.bounded(side / 3),
                  side / 8 + rng.bounded(side / 3));
    if (i % 2)
      p.drawEllipse(r);
    else
      p.drawRect(r);
  }
  const int cell = std::max(2, side / 64);
  const QPoint at(rng.bounded(side / 2), rng.bounded(side / 2));
  for (int y = 0; y < side / 4; y += cell)
    for (int x = 0; x < side / 4; x += cell)
      if ((x / cell + y / cell) % 2) p.fillRect(at.x() + x, at.y() + y, cell, cell, Qt::black);
  return image;
}

// A separable Gaussian blur with clamped edges: what an out-of-focus lens does, near enough.
QImage gaussianBlur(const QImage& source, double sigma) {
  const QImage in = source.convertToFormat(QImage::Format_RGB32);
  const int radius = int(std::ceil(3 * sigma)), w = in.width(), h = in.height();
  std::vector<double> k(2 * radius + 1);
  double total = 0;
  for (int i = -radius; i <= radius; ++i)
    total += k[i + radius] = std::exp(-i * i / (2 * sigma * sigma));
  for (double& v : k) v /= total;
  QImage tmp(in.size(), QImage::Format_RGB32), out(in.size(), QImage::Format_RGB32);
  for (int pass = 0; pass < 2; ++pass) {
    const QImage& src = pass == 0 ? in : tmp;
    QImage& dst = pass == 0 ? tmp : out;
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        double c[3] = {0, 0, 0};
        for (int i = -radius; i <= radius; ++i) {
          const QRgb px = pass == 0 ? src.pixel(std::clamp(x + i, 0, w - 1), y)
                                    : src.pixel(x, std::clamp(y + i, 0, h - 1));
          c[0] += k[i + radius] * qRed(px);
          c[1] += k[i + radius] * qGreen(px);
          c[2] += k[i + radius] * qBlue(px);
        }
        dst.setPixel(x, y, qRgb(qRound(c[0]), qRound(c[1]), qRound(c[2])));
      }
  }
  return out;
}

// The grid's current card for `file`: replaced cards are deleted later and new ones shown later,
// so both are let happen first.
QWidget* card(ImageGrid* grid, const QString& file) {
  QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  QCoreApplication::processEvents();
  for (QWidget* c : grid->findChildren<QWidget*>("imageCard"))
    if (c->isVisible() && c->property("cdsFile").toString() == file) return c;
  return nullptr;
}

QString cardNote(ImageGrid* grid, const QString& file) {
  QWidget* c = card(grid, file);
  if (!c) return QStringLiteral("(no card)");
  auto* note = c->findChild<QLabel*>("imageProblem");
  return note ? note->text() : QString();
}

bool startsWithAny(const QString& text, const QStringList& prefixes) {
  for (const QString& p : prefixes)
    if (text.startsWith(p)) return true;
  return false;
}

const QString kPrompt = QStringLiteral("photo of a <new1> toy");

}  // namespace

class TestDatasetChecks : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    const QImage a = syntheticPhoto(600, 1);
    QVERIFY(a.save(path("a.png")));
    // The same photo made smaller and saved as a lossy JPEG, as a phone export would.
    QVERIFY(a.scaled(420, 420, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .save(path("a_copy.jpg"), "JPG", 60));
    QVERIFY(syntheticPhoto(600, 2).save(path("b.png")));
    QVERIFY(gaussianBlur(syntheticPhoto(512, 3), 4.0).save(path("blurry.png")));
    QFile garbage(path("broken.png"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("\x89PNG\r\n\x1a\nthis is not really a PNG file");
  }

  void differenceHashFindsNearDuplicates() {
    const ImageSignature a = analyzeImage(readAnalysisImage(path("a.png")));
    const ImageSignature copy = analyzeImage(readAnalysisImage(path("a_copy.jpg")));
    const ImageSignature b = analyzeImage(readAnalysisImage(path("b.png")));
    QVERIFY(a.valid && copy.valid && b.valid);
    // The JPEG copy flips bits only where neighbouring cells are equal (inside flat shapes);
    // those are the unsure bits the comparison leaves out.
    QVERIFY2(hashDistance(a, copy) <= 1, qPrintable(QString::number(hashDistance(a, copy))));
    QVERIFY2(hashDistance(a, b) > 2 * kDuplicateMaxBits,
             qPrintable(QString::number(hashDistance(a, b))));
    QVERIFY(hammingDistance(a.hash, b.hash) > hashDistance(a, b));
    QVERIFY(looksAlike(a, copy));
    QVERIFY(!looksAlike(a, b));
    QVERIFY(!looksAlike(copy, b));
    const QVector<QVector<int>> groups = findLookalikes({a, b, copy, ImageSignature{}});
    QCOMPARE(groups[0], QVector<int>{2});
    QCOMPARE(groups[1], QVector<int>{});
    QCOMPARE(groups[2], QVector<int>{0});
    QCOMPARE(groups[3], QVector<int>{});
    // Flat pictures hash alike (no brightness steps); only their colours tell them apart.
    QImage red(64, 64, QImage::Format_RGB32), green(64, 64, QImage::Format_RGB32);
    red.fill(QColor::fromHsv(0, 200, 200));
    green.fill(QColor::fromHsv(120, 200, 200));
    QCOMPARE(differenceHash(red), differenceHash(green));
    QVERIFY(!looksAlike(analyzeImage(red), analyzeImage(green)));
    QVERIFY(looksAlike(analyzeImage(red), analyzeImage(red.scaled(40, 40))));
    // A plain dark red square and a bright red banner (tst_studio's photos) are not the same.
    QImage banner(64, 32, QImage::Format_RGB32);
    banner.fill(Qt::red);
    QVERIFY(!looksAlike(analyzeImage(red), analyzeImage(banner)));
    // The same shot darkened and flattened in an editor still is one.
    QImage edited = syntheticPhoto(600, 1);
    for (int y = 0; y < edited.height(); ++y)
      for (int x = 0; x < edited.width(); ++x) {
        const QRgb p = edited.pixel(x, y);
        auto f = [](int v) { return v * 6 / 10; };
        edited.setPixel(x, y, qRgb(f(qRed(p)), f(qGreen(p)), f(qBlue(p))));
      }
    const ImageSignature e = analyzeImage(edited);
    QVERIFY2(std::hypot(e.meanRed - a.meanRed, e.meanGreen - a.meanGreen, e.meanBlue - a.meanBlue) >
                 kPlainDuplicateMaxColourDistance,
             "the edit should move the mean colour beyond what plain pictures are allowed");
    QVERIFY(looksAlike(a, e));
  }

  void laplacianVarianceFindsBlur() {
    const QImage sharp = syntheticPhoto(512, 3);
    const ImageSignature s = analyzeImage(sharp);
    const ImageSignature blurred = analyzeImage(readAnalysisImage(path("blurry.png")));
    qInfo("sharp: variance %.1f, deviation %.1f; blurred: %.1f, %.1f", s.sharpness, s.deviation,
          blurred.sharpness, blurred.deviation);
    QVERIFY(!looksBlurry(s));
    QVERIFY(looksBlurry(blurred));
    // A second kind of picture, all hard edges: a checkerboard of 16 px squares is sharp, and
    // blurred by sigma 2.5 px at the analysis size (5 px at 512) it is blurry.
    QImage checker(256, 256, QImage::Format_RGB32);
    for (int y = 0; y < 256; ++y)
      for (int x = 0; x < 256; ++x)
        checker.setPixel(x, y, (x / 16 + y / 16) % 2 ? qRgb(230, 230, 230) : qRgb(30, 30, 30));
    QVERIFY(!looksBlurry(analyzeImage(checker)));
    QVERIFY(looksBlurry(analyzeImage(gaussianBlur(checker, 2.5))));
    // A sharp photo with a quarter of the contrast is still sharp (the relative test).
    QImage faint = sharp.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < faint.height(); ++y)
      for (int x = 0; x < faint.width(); ++x) {
        const QRgb p = faint.pixel(x, y);
        auto f = [](int v) { return 128 + (v - 128) / 4; };
        faint.setPixel(x, y, qRgb(f(qRed(p)), f(qGreen(p)), f(qBlue(p))));
      }
    QVERIFY(!looksBlurry(analyzeImage(faint)));
    // A flat picture has nothing to judge.
    QImage flat(128, 128, QImage::Format_RGB32);
    flat.fill(Qt::gray);
    QVERIFY(!looksBlurry(analyzeImage(flat)));
    QCOMPARE(laplacianVariance(flat), 0.0);
  }

  void gridShowsDuplicatesAndBlurOnTheRightFiles() {
    ImageGrid grid;
    grid.resize(800, 600);
    grid.show();
    grid.setResolution(64);
    grid.addFiles({path("a.png"), path("b.png"), path("a_copy.jpg"), path("blurry.png")});
    QCOMPARE(grid.usableFiles().size(), 4);
    const QString a = cardNote(&grid, path("a.png"));
    const QString copy = cardNote(&grid, path("a_copy.jpg"));
    QVERIFY2(a.contains(QStringLiteral("Looks almost the same as a_copy.jpg")), qPrintable(a));
    QVERIFY2(copy.contains(QStringLiteral("Looks almost the same as a.png")), qPrintable(copy));
    QVERIFY2(!a.contains(QStringLiteral("blurry")), qPrintable(a));
    QVERIFY2(cardNote(&grid, path("b.png")).isEmpty(), qPrintable(cardNote(&grid, path("b.png"))));
    const QString blurry = cardNote(&grid, path("blurry.png"));
    QVERIFY2(blurry.contains(QStringLiteral("blurry")), qPrintable(blurry));
    QVERIFY2(!blurry.contains(QStringLiteral("almost the same")), qPrintable(blurry));
    QCOMPARE(grid.checks()[0].lookalikes, QStringList{path("a_copy.jpg")});
    cds::test::saveScreenshot(grid, "dataset_checks_grid.png");

    // The sentences follow the resolution and the removal of the copy.
    grid.setResolution(1024);
    QVERIFY(cardNote(&grid, path("a.png")).contains(QStringLiteral("Looks almost the same")));
    QVERIFY(cardNote(&grid, path("a.png")).contains(QStringLiteral("Smaller than the training")));
    grid.setResolution(64);
    grid.removeFile(path("a_copy.jpg"));
    QVERIFY2(cardNote(&grid, path("a.png")).isEmpty(), qPrintable(cardNote(&grid, path("a.png"))));
    QVERIFY(grid.checks()[0].lookalikes.isEmpty());

    // A damaged file is unusable and has no preview button.
    grid.addFiles({path("broken.png")});
    QCOMPARE(grid.unusableFiles(), QStringList{path("broken.png")});
    QVERIFY(!card(&grid, path("broken.png"))->findChild<QToolButton*>("previewAugmentationButton"));
  }

  void cardsRequestTheAugmentationPreview() {
    ImageGrid grid;
    grid.show();
    grid.addFiles({path("a.png"), path("b.png")});
    QSignalSpy spy(&grid, &ImageGrid::augmentationPreviewRequested);
    QWidget* b = card(&grid, path("b.png"));
    QVERIFY(b);
    auto* button = b->findChild<QToolButton*>("previewAugmentationButton");
    QVERIFY(button);
    button->click();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), path("b.png"));
    QAction* action = nullptr;
    for (QAction* act : card(&grid, path("a.png"))->actions())
      if (act->objectName() == QLatin1String("previewAugmentationAction")) action = act;
    QVERIFY(action);
    action->trigger();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), path("a.png"));
  }

  void augmentationSamplesFollowTheTrainingRule() {
    AugmentationRequest request;
    request.file = path("b.png");
    request.resolution = 64;
    request.instancePrompt = kPrompt;
    request.seed = 7;
    request.count = 24;
    const AugmentationResult result = makeAugmentationSamples(request);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.samples.size(), 24);
    const QStringList small = {QStringLiteral("a far away "), QStringLiteral("very small ")};
    const QStringList large = {QStringLiteral("zoomed in "), QStringLiteral("close up ")};
    int shrunk = 0, enlarged = 0, plain = 0;
    for (const AugmentationSample& s : result.samples) {
      QCOMPARE(s.canvas.size(), QSize(64, 64));
      QCOMPARE(s.mask.size(), QSize(8, 8));
      QVERIFY2(s.prompt.endsWith(kPrompt), qPrintable(s.prompt));
      bool allOnes = true;
      for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) allOnes = allOnes && qGray(s.mask.pixel(x, y)) == 255;
      QCOMPARE(s.enlarged, allOnes);
      QCOMPARE(s.placed.width(), s.placed.height());  // squashed to a square, as training does
      if (startsWithAny(s.prompt, large)) {
        // scale > R: enlarged and cropped, the whole canvas is photo and the whole mask counts.
        ++enlarged;
        QVERIFY(allOnes);
        QCOMPARE(s.placed, QRect(0, 0, 64, 64));
      } else if (startsWithAny(s.prompt, small)) {
        // scale < 0.6 R: a small photo on grey; the loss ignores the grey.
        ++shrunk;
        QVERIFY2(s.placed.width() < 0.6 * 64, qPrintable(QString::number(s.placed.width())));
        QVERIFY(!allOnes);
        const QPoint outside =
            s.placed.left() > 0 ? QPoint(0, s.placed.top()) : QPoint(63, s.placed.bottom());
        QVERIFY(!s.placed.contains(outside));
        QCOMPARE(s.canvas.pixel(outside), qRgb(128, 128, 128));
        QCOMPARE(qGray(s.mask.pixel(outside.x() / 8, outside.y() / 8)), 0);
      } else {
        ++plain;
        QCOMPARE(s.prompt, kPrompt);
        QVERIFY(!allOnes);
        QVERIFY2(s.placed.width() >= 0.6 * 64 && s.placed.width() <= 64,
                 qPrintable(QString::number(s.placed.width())));
      }
      const QImage shaded = shadeIgnoredArea(s);
      QCOMPARE(shaded.size(), s.canvas.size());
      if (!allOnes) QVERIFY(shaded != s.canvas.convertToFormat(QImage::Format_RGB32));
    }
    qInfo("%d shrunk below 0.6 R, %d enlarged, %d in between", shrunk, enlarged, plain);
    QVERIFY(shrunk > 0 && enlarged > 0 && plain > 0);

    // The same seed gives the same samples; another gives others.
    request.count = 6;
    const AugmentationResult again = makeAugmentationSamples(request);
    QCOMPARE(again.samples.size(), 6);
    for (int i = 0; i < 6; ++i) {
      QCOMPARE(again.samples[i].prompt, result.samples[i].prompt);
      QCOMPARE(again.samples[i].placed, result.samples[i].placed);
      QCOMPARE(again.samples[i].canvas, result.samples[i].canvas);
    }
  }

  void augmentationSamplesReportErrors() {
    AugmentationRequest request;
    request.resolution = 64;
    request.instancePrompt = kPrompt;
    request.file = path("broken.png");
    AugmentationResult result = makeAugmentationSamples(request);
    QVERIFY(result.samples.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("broken.png")), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QStringLiteral("photo.png")), qPrintable(result.error));
    request.file = path("missing.png");
    result = makeAugmentationSamples(request);
    QVERIFY(result.samples.isEmpty());
    QVERIFY(!result.error.isEmpty());
    request.file = path("b.png");
    request.resolution = 60;  // not a multiple of 8
    result = makeAugmentationSamples(request);
    QVERIFY(result.samples.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("multiple")), qPrintable(result.error));
  }

  void previewDialogShowsSamples() {
    AugmentationPreview::show(nullptr, path("b.png"), 64, kPrompt);
    AugmentationPreview* dialog = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
      if (auto* d = qobject_cast<AugmentationPreview*>(w)) dialog = d;
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QPointer<AugmentationPreview> guard(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->sampleCount(), AugmentationPreview::kSamples, 30000);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(dialog->findChildren<QLabel*>("augmentationSample").size(),
             AugmentationPreview::kSamples);
    const QList<QLabel*> prompts = dialog->findChildren<QLabel*>("augmentationPrompt");
    QCOMPARE(prompts.size(), AugmentationPreview::kSamples);
    for (QLabel* l : prompts) QVERIFY2(l->text().contains(kPrompt), qPrintable(l->text()));
    QVERIFY(dialog->findChild<QLabel*>("augmentationExplanation")->text().contains("shaded"));
    QVERIFY(dialog->errorText().isEmpty());
    cds::test::saveScreenshot(*dialog, "augmentation_preview.png");

    // Shuffle draws again with another seed.
    QSignalSpy shown(dialog, &AugmentationPreview::samplesShown);
    const quint64 before = dialog->seed();
    dialog->findChild<QPushButton*>("augmentationShuffleButton")->click();
    QVERIFY(dialog->seed() != before);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
    QCOMPARE(shown.at(0).at(0).toInt(), AugmentationPreview::kSamples);
    dialog->findChild<QCheckBox*>("augmentationShadeCheck")->setChecked(false);
    QCOMPARE(dialog->findChildren<QLabel*>("augmentationSample").size(),
             AugmentationPreview::kSamples);
    dialog->close();
    QTRY_VERIFY(guard.isNull());  // deleted on close
  }

  void previewDialogShowsErrorsAsText() {
    AugmentationPreview dialog(path("broken.png"), 64, kPrompt);
    dialog.show();
    QSignalSpy shown(&dialog, &AugmentationPreview::samplesShown);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
    QCOMPARE(dialog.sampleCount(), 0);
    QVERIFY(!dialog.errorText().isEmpty());
    auto* status = dialog.findChild<QLabel*>("augmentationStatus");
    QCOMPARE(status->text(), dialog.errorText());
    QVERIFY(status->isVisible());
    cds::test::saveScreenshot(dialog, "augmentation_preview_error.png");
    // A run interrupted by a new seed is replaced by the new one, not shown.
    AugmentationPreview other(path("b.png"), 64, kPrompt);
    QSignalSpy otherShown(&other, &AugmentationPreview::samplesShown);
    other.setSeed(1);
    other.setSeed(2);
    QTRY_COMPARE_WITH_TIMEOUT(otherShown.size(), 1, 30000);
    QCOMPARE(other.seed(), quint64{2});
    QCOMPARE(other.sampleCount(), AugmentationPreview::kSamples);
  }

 private:
  QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

  QTemporaryDir m_dir;
};

QTEST_MAIN(TestDatasetChecks)
#include "tst_dataset_checks.moc"
