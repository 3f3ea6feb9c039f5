// The job runner's queue and cancel logic with fake jobs (no model, milliseconds): ids, order,
// per-job cancel of the running or a waiting job, and the Generate page's Stop while a training
// runs (it must stop the waiting generation, not the training); the Generate page's LoRA and
// embedding list, and its export job on the demo model (a few seconds).
#include <atomic>
#include <filesystem>
#include <functional>
#include <mutex>
#include <vector>

#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "core/model/demo_model.h"
#include "tests/demo_concept.h"
#include "tests/ui/gui_test_support.h"
#include "ui/export_dialog.h"
#include "ui/extra_networks_box.h"
#include "ui/generate_page.h"
#include "ui/jobs/job_runner.h"
#include "ui/train_page.h"

using namespace cds::ui;

namespace {

// A job that runs until it is stopped or released; it records whether it saw the stop.
struct Blocker {
  std::atomic<bool> release{false};
  std::atomic<bool> started{false};
  std::atomic<bool> sawStop{false};
  std::function<void(const cds::CancelToken&)> body() {
    return [this](const cds::CancelToken& cancel) {
      started = true;
      while (!cancel.cancelled() && !release) QThread::msleep(1);
      sawStop = cancel.cancelled();
    };
  }
};

QList<JobId> ids(const QList<JobRunner::JobInfo>& jobs) {
  QList<JobId> out;
  for (const auto& j : jobs) out << j.id;
  return out;
}

}  // namespace

class TestJobRunner : public QObject {
  Q_OBJECT

 private slots:
  void jobsRunInOrderWithDistinctIds() {
    JobRunner runner;
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    std::vector<int> order;
    std::mutex m;
    auto record = [&](int k) {
      return [&, k](const cds::CancelToken&) {
        std::lock_guard<std::mutex> lock(m);
        order.push_back(k);
      };
    };
    const JobId a = runner.enqueueTask(JobRunner::Job::Generation, record(1));
    const JobId b = runner.enqueueTask(JobRunner::Job::Download, record(2));
    const JobId c = runner.enqueueTask(JobRunner::Job::ClassImages, record(3));
    QVERIFY(a != 0 && a != b && b != c && a != c);
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(order, (std::vector<int>{1, 2, 3}));
    QCOMPARE(started.size(), 3);
    for (int i = 0; i < 3; ++i) {
      QCOMPARE(started[i][0].value<JobId>(), (QList<JobId>{a, b, c})[i]);
      QCOMPARE(finished[i][0].value<JobId>(), (QList<JobId>{a, b, c})[i]);
    }
    QCOMPARE(finished[1][1].value<JobRunner::Job>(), JobRunner::Job::Download);
    QVERIFY(!runner.isBusy());
  }

  void jobsListsTheRunningThenTheWaiting() {
    JobRunner runner;
    Blocker first;
    const JobId a = runner.enqueueTask(JobRunner::Job::Training, first.body());
    const JobId b = runner.enqueueTask(JobRunner::Job::Generation, [](const cds::CancelToken&) {});
    const JobId c = runner.enqueueTask(JobRunner::Job::Download, [](const cds::CancelToken&) {});
    const auto jobs = runner.jobs();
    QCOMPARE(ids(jobs), (QList<JobId>{a, b, c}));
    QVERIFY(jobs[0].running);
    QVERIFY(!jobs[1].running && !jobs[2].running);
    QCOMPARE(runner.currentJobId(), a);
    QCOMPARE(runner.queuedJobs(), 2);
    first.release = true;
    QTRY_VERIFY(!runner.isBusy());
    QVERIFY(runner.jobs().isEmpty());
  }

  void cancellingTheRunningJobLeavesTheWaitingOnes() {
    JobRunner runner;
    Blocker running;
    std::atomic<bool> nextRan{false};
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    const JobId a = runner.enqueueTask(JobRunner::Job::Training, running.body());
    runner.enqueueTask(JobRunner::Job::Generation, [&](const cds::CancelToken& cancel) {
      nextRan = !cancel.cancelled();  // every job has its own token
    });
    QTRY_VERIFY(running.started);
    QVERIFY(runner.cancelJob(a));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(running.sawStop);
    QVERIFY(nextRan);
    QVERIFY(!runner.cancelJob(a));  // it has ended
  }

  void cancellingAWaitingJobLeavesTheRunningOne() {
    JobRunner runner;
    Blocker running;
    std::atomic<bool> removedRan{false}, lastRan{false};
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy queue(&runner, &JobRunner::queueChanged);
    const JobId a = runner.enqueueTask(JobRunner::Job::Training, running.body());
    const JobId b = runner.enqueueTask(JobRunner::Job::Generation,
                                       [&](const cds::CancelToken&) { removedRan = true; });
    const JobId c = runner.enqueueTask(JobRunner::Job::Generation,
                                       [&](const cds::CancelToken&) { lastRan = true; });
    QTRY_VERIFY(running.started);
    queue.clear();
    QVERIFY(runner.cancelJob(b));
    // Reported at once, as a job that ended without starting.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished[0][0].value<JobId>(), b);
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue[0][0].toInt(), 1);
    QCOMPARE(ids(runner.jobs()), (QList<JobId>{a, c}));
    QCOMPARE(runner.currentJobId(), a);
    running.release = true;
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY(!running.sawStop);  // the running job was never asked to stop
    QVERIFY(!removedRan);
    QVERIFY(lastRan);
  }

  void cancelAllStopsTheRunningAndDropsTheWaiting() {
    JobRunner runner;
    Blocker running;
    std::atomic<bool> waitingRan{false};
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    runner.enqueueTask(JobRunner::Job::Training, running.body());
    runner.enqueueTask(JobRunner::Job::Generation,
                       [&](const cds::CancelToken&) { waitingRan = true; });
    QTRY_VERIFY(running.started);
    runner.cancelAll();
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(running.sawStop);
    QVERIFY(!waitingRan);
    QVERIFY(!runner.cancelJob(0));
  }

  // The scenario a new user hit: training runs, a generation waits behind it, the Generate
  // page's Stop is pressed. The generation goes; the training carries on.
  void generatePageStopsOnlyItsOwnWaitingGeneration() {
    JobRunner runner;
    Blocker training;
    runner.enqueueTask(JobRunner::Job::Training, training.body());
    QTRY_VERIFY(training.started);
    GeneratePage page(&runner);
    page.setModel(QStringLiteral("/nowhere/model"));  // never loaded: the job never starts
    page.generate();
    QCOMPARE(runner.queuedJobs(), 1);
    auto* stop = page.findChild<QPushButton*>("generateStopButton");
    auto* generate = page.findChild<QPushButton*>("generateButton");
    auto* status = page.findChild<QLabel*>("generateStatus");
    QVERIFY(stop && generate && status);
    QVERIFY(stop->isEnabled());
    QVERIFY(!generate->isEnabled());
    stop->click();
    QCOMPARE(runner.queuedJobs(), 0);
    QCOMPARE(runner.currentJob(), JobRunner::Job::Training);
    QVERIFY(!training.sawStop);
    QVERIFY(generate->isEnabled());
    QVERIFY(!stop->isEnabled());
    QCOMPARE(status->text(), QStringLiteral("Stopped."));
    training.release = true;
    QTRY_VERIFY(!runner.isBusy());
    QVERIFY(!training.sawStop);
  }

  // LoRA files and embeddings added on the Generate page travel in its request, each LoRA with
  // the strength set for it, and come back from a saved request.
  void generatePageCarriesLorasAndEmbeddings() {
    JobRunner runner;
    GeneratePage page(&runner);
    auto* box = page.findChild<ExtraNetworksBox*>("extraNetworks");
    auto* strength = page.findChild<QDoubleSpinBox*>("loraStrengthSpin");
    auto* remove = page.findChild<QPushButton*>("removeExtraNetworkButton");
    QVERIFY(box && strength && remove);
    QVERIFY(!remove->isEnabled());
    box->addLora(QStringLiteral("/loras/cat.safetensors"));
    strength->setValue(0.6);
    box->addEmbedding(QStringLiteral("/emb/newone.safetensors"));
    QVERIFY(!strength->isEnabled());  // an embedding has no strength
    box->addLora(QStringLiteral("/loras/style.safetensors"), 0.3);
    GenerationRequest r = page.request();
    QCOMPARE(r.loras.size(), 2);
    QCOMPARE(r.loras[0].file, QStringLiteral("/loras/cat.safetensors"));
    QCOMPARE(r.loras[0].strength, 0.6);
    QCOMPARE(r.loras[1].strength, 0.3);
    QCOMPARE(r.embeddings, QStringList{QStringLiteral("/emb/newone.safetensors")});
    remove->click();  // the selected one: the last LoRA
    QCOMPARE(page.request().loras.size(), 1);
    r.loras = {{QStringLiteral("/x.safetensors"), 1.5}};
    r.embeddings.clear();
    page.setRequest(r);
    QCOMPARE(page.request().loras.size(), 1);
    QCOMPARE(page.request().loras[0].strength, 1.5);
    QVERIFY(page.request().embeddings.isEmpty());
  }

  // The Generate page's Export… runs as a job: the files appear, the summary names the prompt
  // word; a bad request ends in failed() with the engine's sentence.
  void exportJobWritesTheFilesAndNamesTheWord() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    cds::write_demo_model(root / "model");
    cds::test::write_demo_concept(root / "concept");
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::exportFinished);
    QSignalSpy failed(&runner, &JobRunner::failed);
    ExportRequest r;
    r.model = QString::fromStdString((root / "model").string());
    r.weightsDir = QString::fromStdString((root / "concept").string());
    r.format = QStringLiteral("lora");
    r.rank = 2;
    r.output = QString::fromStdString((root / "out/cat.safetensors").string());
    runner.exportConcept(r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(finished[0][1].toBool());
    const QString summary = finished[0][2].toString();
    QVERIFY2(summary.contains(QStringLiteral("“newone”")), qPrintable(summary));
    QVERIFY(std::filesystem::exists(root / "out/cat.safetensors"));
    QVERIFY(std::filesystem::exists(root / "out/newone.safetensors"));
    QVERIFY(failed.isEmpty());

    r.output = QString::fromStdString((root / "concept/x.safetensors").string());
    runner.exportConcept(r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY(!finished[1][1].toBool());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed[0][1].toString().contains(QStringLiteral("own folder")),
             qPrintable(failed[0][1].toString()));
  }

  // The Train page's Export… follows its output folder: off while that holds no trained concept,
  // on once it does, and it exports that folder with the project's model.
  void trainPageExportsTheConceptInItsOutputFolder() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    cds::write_demo_model(root / "model");
    JobRunner runner;
    TrainPage page(&runner);
    page.resize(1000, 700);
    page.show();
    const QString model = QString::fromStdString((root / "model").string());
    const QString fallback = QString::fromStdString((root / "not-trained").string());
    page.setSettingsSource([model, fallback](TrainingSettings& s) {
      s.model = model;
      if (s.outputDir.isEmpty()) s.outputDir = fallback;  // as the main window fills it in
      return QStringList();
    });
    page.updateExport();
    auto* button = page.findChild<QPushButton*>("trainExportButton");
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    // An output folder that holds a concept, typed into the form, turns Export… on.
    const std::filesystem::path concept = root / "cat-concept";
    cds::test::write_demo_concept(concept);
    auto* output = page.findChild<QLineEdit*>("outputEdit");
    QVERIFY(output);
    output->setText(QString::fromStdString((root / "elsewhere").string()));
    QVERIFY(!button->isEnabled());
    output->setText(QString::fromStdString(concept.string()));
    QVERIFY(button->isEnabled());
    cds::test::saveScreenshot(page, "train_export.png");

    QSignalSpy finished(&runner, &JobRunner::exportFinished);
    QSignalSpy failed(&runner, &JobRunner::failed);
    const std::filesystem::path file = root / "out/cat.safetensors";
    QString weightsInDialog;
    QTimer::singleShot(0, this, [&] {
      auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
      QVERIFY(dialog);
      weightsInDialog = dialog->request().weightsDir;
      dialog->findChild<QLineEdit*>("exportOutputEdit")->setText(QString::fromStdString(file));
      dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    button->click();
    QCOMPARE(weightsInDialog, QString::fromStdString(concept.string()));
    QVERIFY(!button->isEnabled());  // while the export runs
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(failed.isEmpty());
    QVERIFY(finished[0][1].toBool());
    QVERIFY(std::filesystem::exists(file));
    QVERIFY(std::filesystem::exists(root / "out/newone.safetensors"));  // the embedding
    const QString state = page.findChild<QLabel*>("trainingState")->text();
    QVERIFY2(state.contains(QStringLiteral("“newone”")), qPrintable(state));
    QVERIFY(button->isEnabled());
    cds::test::saveScreenshot(page, "train_exported.png");
  }
};

QTEST_MAIN(TestJobRunner)
#include "tst_job_runner.moc"
