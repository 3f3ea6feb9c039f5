// The Concept Library: the store (adding output folders, refusing others, kept across restarts)
// and the page compressing a concept with the keep slider as a job off the GUI thread, with a
// preview picture at the setting, and merging selected concepts (refusing other bases). The
// concept is made without torch: the demo model's cross-attention key/value weights, moved a
// little, under save_attn_procs names, and a token embedding.
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

#include "core/concepts/compressed_format.h"
#include "core/model/demo_model.h"
#include "tests/ui/gui_test_support.h"
#include "tests/ui/library_test_concepts.h"
#include "ui/concept_library.h"
#include "ui/jobs/job_runner.h"
#include "ui/library_page.h"

using namespace cds::ui;

namespace {

void writeConcept(const QString& model, const QString& dir) {
  cds::test::writeLibraryConcept(model, dir);
}

}  // namespace

class TestLibrary : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_model = m_dir.filePath(QStringLiteral("model"));
    cds::write_demo_model(m_model.toStdString());
    m_concept = m_dir.filePath(QStringLiteral("cat"));
    writeConcept(m_model, m_concept);
  }

  void storeKeepsFoldersAndRefusesOthers() {
    const QString store = m_dir.filePath(QStringLiteral("store/library.json"));
    {
      ConceptLibrary library(store);
      library.load();
      QVERIFY(library.concepts().isEmpty());
      QVERIFY(library.addFolder(m_concept).isEmpty());
      QVERIFY(library.addFolder(m_concept).contains(QStringLiteral("already")));
      QVERIFY(library.addFolder(m_model).contains(QStringLiteral("no Custom Diffusion weights")));
      QVERIFY(library.save());
    }
    ConceptLibrary again(store);
    again.load();
    QCOMPARE(again.concepts().size(), 1);
    const LibraryConcept& c = again.concepts().first();
    QCOMPARE(c.tokens, QStringList{QStringLiteral("<new1>")});
    QCOMPARE(c.baseModel, m_model);
    QCOMPARE(c.kind, QStringLiteral("trained"));
    QVERIFY(!c.compressed);
    const qint64 expected =
        QFileInfo(m_concept + QStringLiteral("/pytorch_custom_diffusion_weights.safetensors"))
            .size() +
        QFileInfo(m_concept + QStringLiteral("/<new1>.safetensors")).size();
    QCOMPARE(c.sizeBytes, expected);
    QVERIFY(c.date.isValid());
  }

  void pageCompressesWithTheSlider() {
    JobRunner runner;
    LibraryPage page(&runner, m_dir.filePath(QStringLiteral("page/library.json")));
    QVERIFY(page.addFolder(m_concept));
    QCOMPARE(page.conceptList()->count(), 1);
    page.conceptList()->setCurrentRow(0);
    page.keepSlider()->setValue(25);
    QVERIFY(page.compressButton()->isEnabled());
    QSignalSpy done(&page, &LibraryPage::compressFinished);
    page.compressButton()->click();
    QVERIFY(!page.compressButton()->isEnabled());  // one compression at a time
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().at(1).toString(), QString());
    const QString out = done.first().at(0).toString();
    QCOMPARE(QFileInfo(out).fileName(), QStringLiteral("cat-keep25"));
    QVERIFY(
        QFileInfo::exists(out + QLatin1Char('/') + QString::fromUtf8(cds::kCompressedWeightsFile)));
    QCOMPARE(page.conceptList()->count(), 2);
    const LibraryConcept& c = page.library().concepts().last();
    QVERIFY(c.compressed);
    QCOMPARE(c.kind, QStringLiteral("compressed"));
    QVERIFY(c.sizeBytes < page.library().concepts().first().sizeBytes);
    QVERIFY(page.compressButton()->isEnabled());
  }

  void pageMergesTheSelectedConcepts() {
    const QString dog = m_dir.filePath(QStringLiteral("dog"));
    cds::test::writeLibraryConcept(m_model, dog, QStringLiteral("<new2>"), 1.5f);
    JobRunner runner;
    LibraryPage page(&runner, m_dir.filePath(QStringLiteral("merge/library.json")));
    QVERIFY(page.addFolder(m_concept));
    QVERIFY(page.addFolder(dog));
    page.conceptList()->setCurrentRow(0);
    QVERIFY(!page.mergeButton()->isEnabled());  // one concept selected: nothing to merge
    page.conceptList()->item(1)->setSelected(true);
    QCOMPARE(page.selectedRows(), (QList<int>{0, 1}));
    QVERIFY(page.mergeButton()->isEnabled());
    QSignalSpy done(&page, &LibraryPage::mergeFinished);
    const QString out = m_dir.filePath(QStringLiteral("merged/cat+dog"));
    page.mergeSelected(QStringLiteral("add"), out);
    QVERIFY(!page.mergeButton()->isEnabled());  // one job of the page's at a time
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().at(1).toString(), QString());
    QCOMPARE(done.first().at(0).toString(), out);
    QCOMPARE(page.conceptList()->count(), 3);
    const LibraryConcept& merged = page.library().concepts().last();
    QCOMPARE(merged.kind, QStringLiteral("merged"));
    QCOMPARE(merged.tokens, (QStringList{QStringLiteral("<new1>"), QStringLiteral("<new2>")}));
    page.resize(720, 560);
    cds::test::saveScreenshot(page, "library-merged.png");
  }

  void pageRefusesConceptsOfAnotherBase() {
    const QString other = m_dir.filePath(QStringLiteral("elsewhere"));
    cds::test::writeLibraryConcept(m_model, other, QStringLiteral("<new3>"), 2.5f,
                                   m_dir.filePath(QStringLiteral("another-model")));
    JobRunner runner;
    LibraryPage page(&runner, m_dir.filePath(QStringLiteral("refuse/library.json")));
    QVERIFY(page.addFolder(m_concept));
    QVERIFY(page.addFolder(other));
    page.conceptList()->selectAll();
    QSignalSpy done(&page, &LibraryPage::mergeFinished);
    page.mergeSelected(QStringLiteral("constrained"), m_dir.filePath(QStringLiteral("never")));
    QVERIFY(done.wait(60000));
    QVERIFY(done.first().at(1).toString().contains(QStringLiteral("different base models")));
    QCOMPARE(page.conceptList()->count(), 2);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never"))));
    QVERIFY(page.mergeButton()->isEnabled());
  }

  void previewDrawsTheConceptAtTheSetting() {
    JobRunner runner;
    LibraryPage page(&runner, m_dir.filePath(QStringLiteral("preview/library.json")));
    page.setCacheRoot(m_dir.filePath(QStringLiteral("preview-cache")));
    page.setPreviewSize(64);
    QVERIFY(page.addFolder(m_concept));
    page.conceptList()->setCurrentRow(0);
    page.keepSlider()->setValue(10);
    QVERIFY(page.previewPicture()->pixmap().isNull());
    QSignalSpy done(&page, &LibraryPage::previewFinished);
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    page.previewButton()->click();
    QVERIFY(!page.previewButton()->isEnabled());
    QVERIFY(done.wait(120000));
    QCOMPARE(done.first().at(1).toString(), QString());
    const QImage picture(done.first().at(0).toString());
    QCOMPARE(picture.size(), QSize(64, 64));
    QVERIFY(!page.previewPicture()->pixmap().isNull());
    // Compressed at 10% (then drawn): the folder is in the cache, beside no other.
    QCOMPARE(started.first().at(1).value<JobRunner::Job>(), JobRunner::Job::ConceptTool);
    const QStringList kept = QDir(m_dir.filePath(QStringLiteral("preview-cache/compress-previews")))
                                 .entryList({QStringLiteral("cat-*-keep10")}, QDir::Dirs);
    QCOMPARE(kept.size(), 1);
    QTRY_VERIFY(page.previewButton()->isEnabled());
    page.resize(720, 560);
    cds::test::saveScreenshot(page, "library-preview.png");
    // The same setting again is drawn without compressing anew.
    started.clear();
    done.clear();
    page.previewButton()->click();
    QVERIFY(done.wait(120000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(1).value<JobRunner::Job>(), JobRunner::Job::Generation);
  }

 private:
  QTemporaryDir m_dir;
  QString m_model, m_concept;
};

QTEST_MAIN(TestLibrary)
#include "tst_library.moc"
