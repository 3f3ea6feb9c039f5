// The main window as a person uses it (offscreen): open a model, see its components or its
// problems, type a prompt and see its tokens with the 77-token limit.
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "core/model/demo_model.h"
#include "tests/ui/gui_test_support.h"
#include "tests/ui/single_file_fixture.h"
#include "ui/jobs/job_runner.h"
#include "ui/main_window.h"
#include "ui/model_panel.h"
#include "ui/prompt_panel.h"

using cds::ui::MainWindow;

class TestMainWindow : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("cdstudio-tests"));
    QVERIFY(m_dir.isValid());
    cds::write_demo_model(modelPath().toStdString());
  }

  void opensTinyModelAndShowsComponents() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openModel(modelPath());
    auto* prompt = window.findChild<QPlainTextEdit*>("promptEdit");
    QVERIFY(prompt);
    QTRY_VERIFY_WITH_TIMEOUT(prompt->isEnabled(), 10000);
    auto* tree = window.findChild<QTreeWidget*>("componentTree");
    QCOMPARE(tree->topLevelItemCount(), 5);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
      QVERIFY2(!tree->topLevelItem(i)->text(1).startsWith(QStringLiteral("Problem")),
               qPrintable(tree->topLevelItem(i)->text(1)));
    auto* status = window.findChild<QLabel*>("modelStatus");
    QVERIFY2(status->text().contains(QStringLiteral("ready to use")), qPrintable(status->text()));

    prompt->setPlainText(QStringLiteral("photo of a <new1> cat"));
    // start, photo, of, a, <new1>, cat, end
    QCOMPARE(window.promptPanel()->tokenCount(), 7);
    QCOMPARE(window.promptPanel()->cutCount(), 0);

    QStringList cats;
    for (int i = 0; i < 100; ++i) cats << QStringLiteral("cat");
    prompt->setPlainText(cats.join(QLatin1Char(' ')));
    QCOMPARE(window.promptPanel()->tokenCount(), 102);
    QCOMPARE(window.promptPanel()->cutCount(), 25);
    auto* count = window.findChild<QLabel*>("tokenCount");
    QVERIFY2(count->text().contains(QStringLiteral("cut off")), qPrintable(count->text()));
    cds::test::saveScreenshot(window, "main_window_tokens.png");
  }

  void showsWhatIsMissing() {
    const QString broken = m_dir.filePath(QStringLiteral("broken"));
    cds::write_demo_model(broken.toStdString());
    QFile::remove(broken + QStringLiteral("/text_encoder/model.safetensors"));
    MainWindow window;
    window.show();
    window.openModel(broken);
    auto* status = window.findChild<QLabel*>("modelStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("incomplete")), 10000);
    auto* tree = window.findChild<QTreeWidget*>("componentTree");
    bool found = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
      if (tree->topLevelItem(i)->text(0) == QStringLiteral("text_encoder"))
        found = tree->topLevelItem(i)->text(1).contains(QStringLiteral("has no weights"));
    QVERIFY(found);
    cds::test::saveScreenshot(window, "main_window_broken_model.png");
  }

  void explainsAFolderThatIsNoModel() {
    MainWindow window;
    window.show();
    window.openModel(m_dir.filePath(QStringLiteral("nothing-here")));
    auto* status = window.findChild<QLabel*>("modelStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Cannot open")), 10000);
    QVERIFY(!window.findChild<QPlainTextEdit*>("promptEdit")->isEnabled());
  }

  // A single checkpoint file's own settings (issue #11): shown for a file and not for a folder;
  // the settings folder and the prediction type re-read the summary and reach the engine's load.
  void singleFileSettingsReachTheEngine() {
    // The demo model written as one checkpoint file by the engine's own writer.
    const QString file = m_dir.filePath(QStringLiteral("demo.safetensors"));
    cds::test::write_single_file_from(modelPath().toStdString(), file.toStdString());
    const QByteArray old_cache = qgetenv("HF_HUB_CACHE");
    qputenv("HF_HUB_CACHE", m_dir.filePath(QStringLiteral("empty-hub")).toUtf8());
    MainWindow window;
    window.show();
    auto* status = window.findChild<QLabel*>("modelStatus");
    auto* box = window.findChild<QGroupBox*>("singleFileSettings");
    QVERIFY(box);
    window.openModel(modelPath());
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("ready to use")), 10000);
    QVERIFY(!box->isVisible());  // a folder carries its own settings

    window.openModel(file);
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 10000);
    // No base model cached: the tokenizer and scheduler are missing until a folder gives them.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("incomplete")), 10000);
    auto* prediction = window.findChild<QComboBox*>("predictionCombo");
    QVERIFY2(prediction->itemText(0).startsWith(QStringLiteral("Automatic: noise (epsilon)")),
             qPrintable(prediction->itemText(0)));
    auto* config = window.findChild<QLineEdit*>("singleFileConfigEdit");
    config->setText(modelPath());
    emit config->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("ready to use")), 10000);

    prediction->setCurrentIndex(prediction->findData(QStringLiteral("v_prediction")));
    emit prediction->activated(prediction->currentIndex());
    auto* tree = window.findChild<QTreeWidget*>("componentTree");
    auto predictionRow = [tree] {
      for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == QStringLiteral("single file"))
          for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            if (tree->topLevelItem(i)->child(j)->text(0) == QStringLiteral("prediction"))
              return tree->topLevelItem(i)->child(j)->text(1);
      return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(predictionRow().startsWith(QStringLiteral("v-prediction")), 10000);
    QVERIFY(status->text().contains(QStringLiteral("v-prediction")));
    cds::test::saveScreenshot(window, "main_window_single_file_settings.png");

    // What every training and generation job loads with.
    const QStringList settings = window.jobRunner()->singleFileSettings();
    QCOMPARE(settings, (QStringList{QStringLiteral("v_prediction"), modelPath(), QString()}));
    QCOMPARE(window.currentProject().predictionType, QStringLiteral("v_prediction"));
    QCOMPARE(window.currentProject().singleFileConfig, modelPath());
    QCOMPARE(
        cds::test::loaded_prediction_type(file.toStdString(), settings[0].toStdString(),
                                          settings[1].toStdString(), settings[2].toStdString()),
        std::string("v_prediction"));

    // Back to a folder: its own settings again (the choices stay for the project file).
    window.openModel(modelPath());
    QTRY_VERIFY_WITH_TIMEOUT(!box->isVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.jobRunner()->singleFileSettings(),
                              (QStringList{QString(), QString(), QString()}), 10000);
    QCOMPARE(window.currentProject().predictionType, QStringLiteral("v_prediction"));
    qputenv("HF_HUB_CACHE", old_cache);
  }

  // A single checkpoint file (the golden tiny SD 1.x one) with its base model's tokenizer and
  // scheduler in the Hugging Face cache: ready to use, with what was inferred from the file.
  void showsWhatASingleFileIs() {
    const QString file =
        QStringLiteral(CDS_GOLDEN_DIR) + QStringLiteral("/single_file/tiny-sd.safetensors");
    if (!QFile::exists(file)) QSKIP("golden data not found; skipping the single-file case");
    const QString snapshot =
        m_dir.filePath(QStringLiteral("hub/models--stable-diffusion-v1-5--stable-diffusion-v1-5"));
    QVERIFY(QDir().mkpath(snapshot + QStringLiteral("/refs")));
    QFile ref(snapshot + QStringLiteral("/refs/main"));
    QVERIFY(ref.open(QIODevice::WriteOnly));
    ref.write("r1");
    ref.close();
    for (const char* f : {"tokenizer/vocab.json", "tokenizer/merges.txt",
                          "tokenizer/tokenizer_config.json", "scheduler/scheduler_config.json"}) {
      const QString to = snapshot + QStringLiteral("/snapshots/r1/") + QString::fromUtf8(f);
      QVERIFY(QDir().mkpath(QFileInfo(to).path()));
      QVERIFY(QFile::copy(modelPath() + QLatin1Char('/') + QString::fromUtf8(f), to));
    }
    const QByteArray old_cache = qgetenv("HF_HUB_CACHE");
    qputenv("HF_HUB_CACHE", m_dir.filePath(QStringLiteral("hub")).toUtf8());
    MainWindow window;
    window.show();
    window.openModel(file);
    auto* status = window.findChild<QLabel*>("modelStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("ready to use")), 10000);
    QVERIFY2(status->text().contains(QStringLiteral("Stable Diffusion 1.x")),
             qPrintable(status->text()));
    auto* tree = window.findChild<QTreeWidget*>("componentTree");
    QTreeWidgetItem* single = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
      if (tree->topLevelItem(i)->text(0) == QStringLiteral("single file"))
        single = tree->topLevelItem(i);
    QVERIFY(single);
    QStringList rows;
    for (int i = 0; i < single->childCount(); ++i)
      rows << single->child(i)->text(0) + QStringLiteral(": ") + single->child(i)->text(1);
    const QString all = rows.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("prediction: noise (epsilon)")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("VAE: in the checkpoint")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("stored precision: F32")), qPrintable(all));
    cds::test::saveScreenshot(window, "main_window_single_file.png");
    qputenv("HF_HUB_CACHE", old_cache);
  }

 private:
  QString modelPath() const { return m_dir.filePath(QStringLiteral("tiny")); }

  QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
