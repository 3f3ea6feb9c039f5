// The side-by-side comparison of merge choices (see merge_compare_dialog.h).
#include "ui/merge_compare_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

#include "ui/jobs/job_runner.h"

namespace cds::ui {

namespace {
constexpr int kShown = 256;  // small pictures are enlarged to this, pixel for pixel
}

MergeCompareDialog::MergeCompareDialog(JobRunner* runner, ConceptMerger* merger,
                                       const GenerationRequest& request, const MergeRequest& merge,
                                       QWidget* parent)
    : QDialog(parent), m_runner(runner), m_merger(merger), m_request(request), m_merge(merge) {
  setWindowTitle(tr("Compare Merge Choices"));
  m_request.numImages = 1;
  if (m_request.outputDir.isEmpty())
    m_request.outputDir = QDir::temp().filePath(QStringLiteral("cdstudio-images"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("“%1”, seed %2, with each way of combining the concepts.")
                               .arg(m_request.prompt)
                               .arg(m_request.seed),
                           this);
  intro->setTextFormat(Qt::PlainText);  // the prompt's <new1> is a word, not a tag
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* grid = new QGridLayout;
  const QStringList methods{QStringLiteral("constrained"), QStringLiteral("add"), QString()};
  const QStringList names{tr("Constrained merge"), tr("Added changes"), tr("Base model alone")};
  for (int i = 0; i < methods.size(); ++i) {
    Choice c;
    c.method = methods[i];
    c.caption = new QLabel(QStringLiteral("<b>%1</b>").arg(names[i]), this);
    c.caption->setAlignment(Qt::AlignCenter);
    c.picture = new QLabel(tr("Waiting…"), this);
    c.picture->setObjectName(QStringLiteral("comparePicture%1").arg(i));
    c.picture->setMinimumSize(kShown, kShown);
    c.picture->setAlignment(Qt::AlignCenter);
    c.picture->setWordWrap(true);
    c.picture->setFrameShape(QFrame::StyledPanel);
    c.picture->setTextFormat(Qt::RichText);  // errors are shown in red
    grid->addWidget(c.caption, 0, i);
    grid->addWidget(c.picture, 1, i);
    m_choices.push_back(c);
  }
  layout->addLayout(grid);
  auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(box);

  connect(m_runner, &JobRunner::imageGenerated, this,
          [this](JobId id, const GeneratedImage& image) {
            if (id != m_job || m_next == 0) return;
            QLabel* label = m_choices[m_next - 1].picture;
            const QPixmap pixmap(image.file);
            label->setPixmap(pixmap.scaled(
                kShown, kShown, Qt::KeepAspectRatio,
                pixmap.width() < kShown ? Qt::FastTransformation : Qt::SmoothTransformation));
            label->setToolTip(image.parameters);
          });
  connect(m_runner, &JobRunner::failed, this, [this](JobId id, const QString& message) {
    if (id == m_job && m_next > 0) showError(m_next - 1, message);
  });
  connect(m_runner, &JobRunner::generationFinished, this, [this](JobId id) { endJob(id); });
  // A generation taken off the queue before it began ends with jobFinished alone.
  connect(m_runner, &JobRunner::jobFinished, this, [this](JobId id) { endJob(id); });
}

MergeCompareDialog::~MergeCompareDialog() {
  // This dialog's own generation only; a merge under way finishes into the cache.
  if (m_job != 0) m_runner->cancelJob(m_job);
}

void MergeCompareDialog::start() {
  if (m_next == 0 && m_job == 0) runNext();
}

void MergeCompareDialog::runNext() {
  if (m_next >= m_choices.size()) {
    emit finished();
    return;
  }
  const int index = m_next++;
  Choice& c = m_choices[index];
  if (c.method.isEmpty()) {
    render(QString());
    return;
  }
  c.picture->setText(tr("Merging…"));
  MergeRequest merge = m_merge;
  merge.method = c.method;
  merge.output.clear();  // always the cache: a comparison keeps nothing else
  m_merger->merge(merge, this, [this, index](const MergeOutcome& outcome) {
    if (!outcome.error.isEmpty()) {
      showError(index, outcome.error);
      runNext();
      return;
    }
    render(outcome.folder);
  });
}

void MergeCompareDialog::render(const QString& weightsDir) {
  GenerationRequest r = m_request;
  r.weightsDir = weightsDir;
  r.strength = 1.0;
  m_choices[m_next - 1].picture->setText(tr("Drawing…"));
  m_job = m_runner->startGeneration(r);
}

void MergeCompareDialog::showError(int choice, const QString& message) {
  QLabel* label = m_choices[choice].picture;
  label->setPixmap(QPixmap());
  label->setText(
      QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
}

void MergeCompareDialog::endJob(JobId id) {
  if (id == 0 || id != m_job) return;
  m_job = 0;
  runNext();
}

}  // namespace cds::ui
