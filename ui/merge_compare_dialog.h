// The same prompt and seed rendered with each way of combining the picked library concepts
// (constrained merge, added changes) and with the base model alone, side by side, so a person
// sees which choice keeps each concept best. Merges come from the cache when they are there;
// everything runs as jobs, one after another.
#pragma once

#include <QDialog>
#include <QVector>

#include "ui/concept_merger.h"
#include "ui/jobs/job_types.h"

class QLabel;

namespace cds::ui {

class JobRunner;

class MergeCompareDialog : public QDialog {
  Q_OBJECT

 public:
  // `request`: the Generate page's form (prompt, seed, steps, size, device); its concept and
  // picture count are replaced per choice. `merge`: the picked folders and base model.
  MergeCompareDialog(JobRunner* runner, ConceptMerger* merger, const GenerationRequest& request,
                     const MergeRequest& merge, QWidget* parent = nullptr);
  ~MergeCompareDialog() override;

  int choiceCount() const { return m_choices.size(); }
  QLabel* picture(int choice) const { return m_choices[choice].picture; }
  QLabel* caption(int choice) const { return m_choices[choice].caption; }
  bool isDone() const { return m_next >= m_choices.size() && m_job == 0; }

 public slots:
  void start();

 signals:
  void finished();

 private:
  struct Choice {
    QString method;  // the engine's merge method; empty: the base model alone
    QLabel* caption = nullptr;
    QLabel* picture = nullptr;
  };
  void runNext();
  void render(const QString& weightsDir);
  void showError(int choice, const QString& message);
  void endJob(JobId id);

  JobRunner* m_runner;
  ConceptMerger* m_merger;
  GenerationRequest m_request;
  MergeRequest m_merge;
  QVector<Choice> m_choices;
  int m_next = 0;  // the choice to run after the current one
  JobId m_job = 0;
};

}  // namespace cds::ui
