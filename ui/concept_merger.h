// Merges several library concepts into one folder as a job on the runner's worker thread
// (core/concepts/concept_merge.h), for the Generate page, its comparison and the Library page.
// Merges for generation are cached under the app's cache folder, keyed by the sorted source
// folders, their files' sizes and times, the method and the base model: the same choice again
// reuses the folder instead of merging anew.
#pragma once

#include <functional>

#include <QObject>
#include <QString>
#include <QStringList>

#include "ui/jobs/job_types.h"

namespace cds::ui {

class JobRunner;

struct MergeRequest {
  QStringList folders;                             // two or more concept folders
  QString method = QStringLiteral("constrained");  // "constrained" or "add" (the engine's names)
  QString baseModel;                               // the model they were trained on
  QString output;                                  // empty: the cache folder for this request
};

struct MergeOutcome {
  QString folder;      // the merged concept folder; empty after an error
  QString error;       // why it failed, in words
  QStringList tokens;  // the merged folder's words (clashing ones renamed: <new1_2>)
  bool fromCache = false;
};

class ConceptMerger : public QObject {
  Q_OBJECT

 public:
  // `cacheRoot`: where merges for generation are kept (defaultCacheRoot() in the studio).
  ConceptMerger(JobRunner* runner, QString cacheRoot, QObject* parent = nullptr);
  // QStandardPaths::CacheLocation/merged-concepts.
  static QString defaultCacheRoot();
  QString cacheRoot() const { return m_cacheRoot; }

  // The folder `request` is (or would be) merged into: its output, or its cache folder.
  QString outputFolder(const MergeRequest& request) const;
  // Whether outputFolder(request) already holds a finished merge.
  bool isCached(const MergeRequest& request) const;
  // Merges unless cached; `done` then runs on the GUI thread, after this call returns, unless
  // `context` is gone by then. Returns the job's id, or 0 when the cache answered.
  JobId merge(const MergeRequest& request, QObject* context,
              std::function<void(const MergeOutcome&)> done);

  // The "<token>" words a concept folder brings (its <token>.safetensors / .bin files).
  static QStringList tokensOf(const QString& folder);

 private:
  JobRunner* m_runner;
  QString m_cacheRoot;
};

}  // namespace cds::ui
