// Merging library concepts as a job, with a cache (see concept_merger.h).
#include "ui/concept_merger.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>

#include "core/concepts/concept_merge.h"
#include "ui/jobs/job_runner.h"

namespace cds::ui {

namespace {

const QString kWeightsFile = QStringLiteral("pytorch_custom_diffusion_weights.safetensors");

// What identifies a source folder's content without reading it: every weight, token and record
// file with its size and time (a retrained or replaced concept changes them).
QByteArray folderStamp(const QString& folder) {
  QByteArray stamp = QFileInfo(folder).absoluteFilePath().toUtf8();
  const QDir dir(folder);
  for (const QFileInfo& f : dir.entryInfoList(
           {QStringLiteral("*.safetensors"), QStringLiteral("*.bin"), QStringLiteral("*.json")},
           QDir::Files, QDir::Name))
    stamp += '|' + f.fileName().toUtf8() + ':' + QByteArray::number(f.size()) + ':' +
             QByteArray::number(f.lastModified().toMSecsSinceEpoch());
  return stamp;
}

// The engine's sentence without its advice for the command line: the studio has no
// --allow_different_bases switch to offer.
QString withoutCommandLineAdvice(QString message) {
  static const QRegularExpression advice(QStringLiteral(
      R"(\s*\((if both name the same model, )?pass --allow_different_bases[^)]*\))"));
  return message.remove(advice);
}

}  // namespace

ConceptMerger::ConceptMerger(JobRunner* runner, QString cacheRoot, QObject* parent)
    : QObject(parent), m_runner(runner), m_cacheRoot(std::move(cacheRoot)) {}

QString ConceptMerger::defaultCacheRoot() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
      .filePath(QStringLiteral("merged-concepts"));
}

QString ConceptMerger::outputFolder(const MergeRequest& request) const {
  if (!request.output.isEmpty()) return request.output;
  // Sorted, so picking the same concepts in another order finds the same merge.
  QStringList folders;
  for (const QString& f : request.folders) folders << QFileInfo(f).absoluteFilePath();
  folders.sort();
  QCryptographicHash hash(QCryptographicHash::Sha256);
  hash.addData(request.method.toUtf8() + '\n' + request.baseModel.toUtf8() + '\n');
  for (const QString& f : folders) hash.addData(folderStamp(f) + '\n');
  return QDir(m_cacheRoot)
      .filePath(QStringLiteral("%1-%2").arg(request.method,
                                            QString::fromLatin1(hash.result().toHex().left(16))));
}

bool ConceptMerger::isCached(const MergeRequest& request) const {
  return QFileInfo::exists(QDir(outputFolder(request)).filePath(kWeightsFile));
}

QStringList ConceptMerger::tokensOf(const QString& folder) {
  QStringList tokens;
  for (const QString& file : QDir(folder).entryList(
           {QStringLiteral("*.safetensors"), QStringLiteral("*.bin")}, QDir::Files, QDir::Name)) {
    const QString stem = QFileInfo(file).completeBaseName();
    if (stem.startsWith(QLatin1Char('<')) && stem.endsWith(QLatin1Char('>')) &&
        !tokens.contains(stem))
      tokens << stem;
  }
  return tokens;
}

JobId ConceptMerger::merge(const MergeRequest& request, QObject* context,
                           std::function<void(const MergeOutcome&)> done) {
  const QString output = outputFolder(request);
  QPointer<QObject> guard(context);
  // Back on the GUI thread; the application carries the call, since `context` may be gone.
  auto report = [guard, done](const MergeOutcome& outcome) {
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [guard, done, outcome] {
          if (guard) done(outcome);
        },
        Qt::QueuedConnection);
  };
  if (request.output.isEmpty() && isCached(request)) {
    report({output, QString(), tokensOf(output), true});
    return 0;
  }
  MergeOptions options;
  options.base_model = request.baseModel.toStdString();
  for (const QString& f : request.folders) options.concepts.push_back({f.toStdString(), {}});
  const auto method = parse_merge_method(request.method.toStdString());
  options.method = method.value_or(MergeMethod::Constrained);
  const bool cache = request.output.isEmpty();
  return m_runner->enqueueTask(
      JobRunner::Job::ConceptTool, [options, output, cache, report](const cds::CancelToken&) {
        MergeOutcome outcome;
        try {
          // A merge stopped half-way (the app was closed) leaves no
          // weights; start it afresh.
          if (cache) QDir(output).removeRecursively();
          QDir().mkpath(QFileInfo(output).absolutePath());
          merge_concepts(options, output.toStdString());
          outcome.folder = output;
          outcome.tokens = tokensOf(output);
        } catch (const std::exception& e) {
          outcome.error = withoutCommandLineAdvice(QString::fromStdString(e.what()));
        }
        report(outcome);
      });
}

}  // namespace cds::ui
