// The main window as a person uses it (offscreen): open a model, see its components or its
// problems, type a prompt and see its tokens with the 77-token limit.
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "core/model/demo_model.h"
#include "tests/ui/gui_test_support.h"
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

 private:
  QString modelPath() const { return m_dir.filePath(QStringLiteral("tiny")); }

  QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
