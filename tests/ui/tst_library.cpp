// The Concept Library: the store (adding output folders, refusing others, kept across restarts)
// and the page compressing a concept with the keep slider as a job off the GUI thread. The
// concept is made without torch: the demo model's cross-attention key/value weights, moved a
// little, under save_attn_procs names, and a token embedding.
#include <cmath>
#include <cstring>

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

#include "core/concepts/compressed_format.h"
#include "core/io/safetensors_file.h"
#include "core/model/demo_model.h"
#include "ui/concept_library.h"
#include "ui/jobs/job_runner.h"
#include "ui/library_page.h"

using namespace cds::ui;

namespace {

// Writes a concept folder "trained" on `model` into `dir`.
void writeConcept(const QString& model, const QString& dir) {
  QDir().mkpath(dir);
  const auto unet = cds::SafetensorsFile::open(
      (model + QStringLiteral("/unet/diffusion_pytorch_model.safetensors")).toStdString());
  std::vector<std::vector<float>> storage;
  std::vector<cds::TensorBytes> tensors;
  for (const auto& t : unet.tensors()) {
    const std::string& name = t.name;
    for (const char* part : {"to_k", "to_v"}) {
      const std::string suffix = std::string("attn2.") + part + ".weight";
      if (name.size() < suffix.size() ||
          name.compare(name.size() - suffix.size(), suffix.size(), suffix))
        continue;
      std::vector<float> values(t.numel());
      std::memcpy(values.data(), unet.data(t), t.byte_size());
      for (size_t i = 0; i < values.size(); ++i) values[i] *= 1.0f + 0.05f * std::sin(float(i));
      storage.push_back(std::move(values));
      const std::string layer = name.substr(0, name.size() - std::strlen(part) - 8);  // "...attn2"
      tensors.push_back({layer + ".processor." + part + "_custom_diffusion.weight", cds::DType::F32,
                         t.shape, storage.back().data(), t.byte_size()});
    }
  }
  QVERIFY(!tensors.empty());
  cds::write_safetensors(
      (dir + QStringLiteral("/pytorch_custom_diffusion_weights.safetensors")).toStdString(),
      tensors, {{"format", "pt"}});
  std::vector<float> row(32);
  for (size_t i = 0; i < row.size(); ++i) row[i] = 0.01f * float(i);
  cds::write_safetensors((dir + QStringLiteral("/<new1>.safetensors")).toStdString(),
                         {{"<new1>", cds::DType::F32, {32}, row.data(), row.size() * 4}},
                         {{"format", "pt"}});
  QFile args(dir + QStringLiteral("/training_args.json"));
  QVERIFY(args.open(QIODevice::WriteOnly));
  args.write(QStringLiteral("{\"pretrained_model_name_or_path\": \"%1\", \"instance_prompt\": "
                            "\"photo of a <new1> cat\", \"class_prompt\": \"cat\"}")
                 .arg(model)
                 .toUtf8());
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

 private:
  QTemporaryDir m_dir;
  QString m_model, m_concept;
};

QTEST_MAIN(TestLibrary)
#include "tst_library.moc"
