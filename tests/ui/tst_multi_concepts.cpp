// Issue #12 on the Generate page: two library concepts made on the demo model picked together,
// merged as a job into the merge cache (reused by the next generation, by another order of the
// same picks and by another page), their words offered as buttons that write into the prompt,
// the comparison dialog drawing one picture per merge choice, and concepts of another base model
// refused with a sentence in the status line.
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "core/model/demo_model.h"
#include "tests/ui/gui_test_support.h"
#include "tests/ui/library_test_concepts.h"
#include "ui/concept_library.h"
#include "ui/concept_merger.h"
#include "ui/concept_picker_dialog.h"
#include "ui/generate_page.h"
#include "ui/jobs/job_runner.h"
#include "ui/merge_compare_dialog.h"

using namespace cds::ui;

namespace {

const QString kWeights = QStringLiteral("/pytorch_custom_diffusion_weights.safetensors");

QStringList wordButtons(const GeneratePage& page) {
  QStringList words;
  for (const QToolButton* b :
       page.findChild<QWidget*>(QStringLiteral("tokenButtons"))->findChildren<QToolButton*>())
    words << b->text();
  return words;
}

int conceptToolJobs(const QSignalSpy& started) {
  int n = 0;
  for (const QList<QVariant>& args : started)
    n += args.at(1).value<JobRunner::Job>() == JobRunner::Job::ConceptTool;
  return n;
}

}  // namespace

class TestMultiConcepts : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_model = m_dir.filePath(QStringLiteral("model"));
    cds::write_demo_model(m_model.toStdString());
    // Both concepts use <new1>, as two separate trainings do: the merge renames the second.
    m_cat = m_dir.filePath(QStringLiteral("cat"));
    m_dog = m_dir.filePath(QStringLiteral("dog"));
    cds::test::writeLibraryConcept(m_model, m_cat, QStringLiteral("<new1>"), 0.0f);
    cds::test::writeLibraryConcept(m_model, m_dog, QStringLiteral("<new1>"), 1.5f);
    m_store = m_dir.filePath(QStringLiteral("library.json"));
    ConceptLibrary library(m_store);
    QVERIFY(library.addFolder(m_cat).isEmpty());
    QVERIFY(library.addFolder(m_dog).isEmpty());
    QVERIFY(library.save());
    m_cache = m_dir.filePath(QStringLiteral("cache"));
  }

  void pickerListsTheLibrary() {
    ConceptPickerDialog dialog(m_store, {m_dog});
    QCOMPARE(dialog.list()->count(), 2);
    QCOMPARE(dialog.checkedFolders(), QStringList{m_dog});
    QVERIFY(dialog.list()->item(0)->text().contains(QStringLiteral("<new1>")));
    dialog.list()->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.checkedFolders(), (QStringList{m_cat, m_dog}));
    dialog.resize(520, 420);
    cds::test::saveScreenshot(dialog, "multi-picker.png");
  }

  void mergesPickedConceptsAndReusesTheCache() {
    JobRunner runner;
    GeneratePage page(&runner);
    page.resize(1100, 760);
    page.setModel(m_model);
    page.setConceptLibraryFile(m_store);
    page.setMergeCacheRoot(m_cache);
    page.setOutputDir(m_dir.filePath(QStringLiteral("images")));
    page.findChild<QSpinBox*>(QStringLiteral("generateStepsSpin"))->setValue(2);
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    QSignalSpy merged(&page, &GeneratePage::mergeFinished);
    auto* generate = page.findChild<QPushButton*>(QStringLiteral("generateButton"));

    page.setPickedConcepts({m_cat, m_dog});
    QVERIFY(page.isMerging());
    QVERIFY(!generate->isEnabled());  // nothing to generate with until the merge is there
    QVERIFY(merged.wait(60000));
    QCOMPARE(merged.first().at(1).toString(), QString());
    QCOMPARE(merged.first().at(2).toBool(), false);
    const QString folder = merged.first().at(0).toString();
    QVERIFY(folder.startsWith(m_cache));
    QCOMPARE(page.weightsDir(), folder);
    QVERIFY(generate->isEnabled());
    QCOMPARE(conceptToolJobs(started), 1);
    const QDateTime written = QFileInfo(folder + kWeights).lastModified();

    // The picked concepts' words, the clashing one renamed by the merge, insert into the prompt.
    QCOMPARE(wordButtons(page),
             (QStringList{QStringLiteral("<new1>"), QStringLiteral("<new1_2>")}));
    auto* prompt = page.findChild<QPlainTextEdit*>(QStringLiteral("generatePromptEdit"));
    prompt->setPlainText(QStringLiteral("a"));
    prompt->moveCursor(QTextCursor::End);
    for (QToolButton* b :
         page.findChild<QWidget*>(QStringLiteral("tokenButtons"))->findChildren<QToolButton*>())
      b->click();
    QCOMPARE(prompt->toPlainText(), QStringLiteral("a <new1> <new1_2>"));

    generate->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.gallery()->count(), 1, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled(), 30000);
    QVERIFY(page.gallery()->item(0)->toolTip().contains(QFileInfo(folder).fileName()));
    cds::test::saveScreenshot(page, "multi-generate.png");

    // The second generation, after picking the same concepts again (in the other order): the
    // cache answers, no merge job runs, and the merged folder is not written again.
    merged.clear();
    page.setPickedConcepts({m_dog, m_cat});
    QVERIFY(merged.wait(10000));
    QCOMPARE(merged.first().at(0).toString(), folder);
    QCOMPARE(merged.first().at(2).toBool(), true);
    generate->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.gallery()->count(), 2, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled(), 30000);
    QCOMPARE(conceptToolJobs(started), 1);
    QCOMPARE(QFileInfo(folder + kWeights).lastModified(), written);

    // Another page (the studio started again) finds it too.
    GeneratePage again(&runner);
    again.setModel(m_model);
    again.setMergeCacheRoot(m_cache);
    QSignalSpy mergedAgain(&again, &GeneratePage::mergeFinished);
    again.setPickedConcepts({m_cat, m_dog});
    QVERIFY(mergedAgain.wait(10000));
    QCOMPARE(mergedAgain.first().at(0).toString(), folder);
    QCOMPARE(conceptToolJobs(started), 1);

    // The other method is another merge, into its own folder.
    merged.clear();
    page.mergeMethodCombo()->setCurrentIndex(page.mergeMethodCombo()->findData("add"));
    QVERIFY(merged.wait(60000));
    QCOMPARE(merged.first().at(1).toString(), QString());
    QVERIFY(merged.first().at(0).toString() != folder);
    QCOMPARE(conceptToolJobs(started), 2);

    // A picked concept changed on disk (trained again): Generate merges anew, then draws.
    const QString addFolder = merged.first().at(0).toString();
    merged.clear();
    {
      QFile args(m_dog + QStringLiteral("/training_args.json"));
      QVERIFY(args.open(QIODevice::ReadWrite));
      QVERIFY(args.setFileTime(QDateTime::currentDateTime().addSecs(60),
                               QFileDevice::FileModificationTime));
    }
    generate->click();
    QVERIFY(merged.wait(60000));
    QCOMPARE(merged.first().at(2).toBool(), false);
    QVERIFY(merged.first().at(0).toString() != addFolder);
    QTRY_COMPARE_WITH_TIMEOUT(page.gallery()->count(), 3, 120000);
    QCOMPARE(conceptToolJobs(started), 3);
  }

  void compareDrawsOnePicturePerChoice() {
    JobRunner runner;
    GeneratePage page(&runner);
    page.setModel(m_model);
    page.setMergeCacheRoot(m_dir.filePath(QStringLiteral("compare-cache")));
    page.setOutputDir(m_dir.filePath(QStringLiteral("compare")));
    page.findChild<QSpinBox*>(QStringLiteral("generateStepsSpin"))->setValue(2);
    QVERIFY(!page.compareMerges());  // nothing picked: nothing to compare
    page.findChild<QPlainTextEdit*>(QStringLiteral("generatePromptEdit"))
        ->setPlainText(QStringLiteral("a <new1> cat and a <new1_2> dog"));
    page.setPickedConcepts({m_cat, m_dog});
    MergeCompareDialog* dialog = page.compareMerges();
    QVERIFY(dialog);
    QCOMPARE(dialog->choiceCount(), 3);
    QSignalSpy finished(dialog, &MergeCompareDialog::finished);
    QVERIFY(finished.wait(240000));
    QVERIFY(dialog->isDone());
    QSet<qint64> pictures;
    for (int i = 0; i < dialog->choiceCount(); ++i) {
      QVERIFY2(!dialog->picture(i)->pixmap().isNull(), qPrintable(dialog->picture(i)->text()));
      pictures.insert(dialog->picture(i)->pixmap().toImage().cacheKey());
      QVERIFY(dialog->picture(i)->toolTip().contains(QStringLiteral("Seed: 42")));
    }
    // Each choice its own picture (the same seed, other weights: other pixels).
    const QImage a = dialog->picture(0)->pixmap().toImage();
    const QImage c = dialog->picture(2)->pixmap().toImage();
    QVERIFY(a != c);
    cds::test::saveScreenshot(*dialog, "multi-compare.png");
    delete dialog;
  }

  void conceptsOfAnotherBaseAreRefusedWithASentence() {
    const QString other = m_dir.filePath(QStringLiteral("elsewhere"));
    cds::test::writeLibraryConcept(m_model, other, QStringLiteral("<new2>"), 2.5f,
                                   m_dir.filePath(QStringLiteral("another-model")));
    JobRunner runner;
    GeneratePage page(&runner);
    page.resize(1100, 760);
    page.setModel(m_model);
    page.setMergeCacheRoot(m_dir.filePath(QStringLiteral("refuse-cache")));
    QSignalSpy merged(&page, &GeneratePage::mergeFinished);
    page.setPickedConcepts({m_cat, other});
    QVERIFY(merged.wait(60000));
    const QString error = merged.first().at(1).toString();
    QVERIFY2(error.contains(QStringLiteral("different base models")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("--allow_different_bases")));  // no CLI advice here
    auto* status = page.findChild<QLabel*>(QStringLiteral("generateStatus"));
    QVERIFY(status->text().contains(QStringLiteral("different base models")));
    QCOMPARE(page.weightsDir(), QString());  // nothing half-merged to generate with
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("generateButton"))->isEnabled());
    cds::test::saveScreenshot(page, "multi-refused.png");
  }

 private:
  QTemporaryDir m_dir;
  QString m_model, m_cat, m_dog, m_store, m_cache;
};

QTEST_MAIN(TestMultiConcepts)
#include "tst_multi_concepts.moc"
