// The model download box (see model_download_box.h).
#include "ui/model_download_box.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/model/model_folder.h"
#include "ui/jobs/job_runner.h"

namespace cds::ui {

ModelDownloadBox::ModelDownloadBox(JobRunner* runner, QWidget* parent)
    : QGroupBox(tr("Download from Hugging Face"), parent), m_runner(runner) {
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  m_repo = new QLineEdit(this);
  m_repo->setObjectName("downloadRepoEdit");
  m_repo->setPlaceholderText(QStringLiteral("stable-diffusion-v1-5/stable-diffusion-v1-5"));
  m_repo->setToolTip(
      tr("The model's name on huggingface.co, as ORG/NAME. Only the files a "
         "Stable Diffusion pipeline needs are fetched (about 2–5 GB)."));
  form->addRow(tr("Model:"), m_repo);
  m_variant = new QComboBox(this);
  m_variant->setObjectName("downloadVariantCombo");
  m_variant->addItem(tr("Full precision"), QString());
  m_variant->addItem(tr("Half precision (fp16, half the size)"), QStringLiteral("fp16"));
  m_variant->setToolTip(
      tr("Half-precision files are half the download; training still learns "
         "in full precision."));
  form->addRow(tr("Files:"), m_variant);
  m_token = new QLineEdit(this);
  m_token->setObjectName("downloadTokenEdit");
  m_token->setEchoMode(QLineEdit::Password);
  m_token->setPlaceholderText(tr("Only for gated models"));
  m_token->setToolTip(
      tr("Some models need you to accept their licence on huggingface.co and "
         "then pass an access token from your account settings there."));
  form->addRow(tr("Access token:"), m_token);
  layout->addLayout(form);
  auto* row = new QHBoxLayout;
  m_button = new QPushButton(tr("Download"), this);
  m_button->setObjectName("downloadButton");
  row->addWidget(m_button);
  m_progress = new QProgressBar(this);
  m_progress->setObjectName("downloadProgress");
  m_progress->setVisible(false);
  row->addWidget(m_progress, 1);
  layout->addLayout(row);
  m_status = new QLabel(this);
  m_status->setObjectName("downloadStatus");
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_status);

  connect(m_button, &QPushButton::clicked, this, [this] {
    if (!m_downloading) {
      start();
      return;
    }
    m_runner->cancelJob(m_job);
  });
  // A download taken off the queue before it began ends with jobFinished alone.
  connect(m_runner, &JobRunner::jobFinished, this, [this](JobId id) {
    if (id != m_job || !m_downloading) return;
    m_job = 0;
    setDownloading(false);
    m_status->setText(tr("Download cancelled."));
  });
  connect(m_repo, &QLineEdit::returnPressed, this, &ModelDownloadBox::start);
  connect(m_runner, &JobRunner::downloadProgress, this,
          [this](JobId id, const ModelDownloadProgress& p) {
            if (id != m_job) return;
            const QLocale locale;
            if (p.totalBytes > 0) {
              // Per mille, so the bar moves smoothly for multi-gigabyte totals.
              m_progress->setRange(0, 1000);
              m_progress->setValue(static_cast<int>(1000.0 * p.doneBytes / p.totalBytes));
            } else {
              m_progress->setRange(0, 0);
            }
            if (!p.retrying.isEmpty() && p.file.isEmpty()) {
              m_status->setText(tr("The Hub did not answer; trying again (%1 of %2)…")
                                    .arg(p.attempt)
                                    .arg(p.maxAttempts));
              m_status->setToolTip(p.retrying);
              return;
            }
            if (!p.retrying.isEmpty()) {
              m_status->setText(tr("File %1 of %2: %3 — the connection failed, trying again "
                                   "(%4 of %5)…")
                                    .arg(p.fileIndex)
                                    .arg(p.fileCount)
                                    .arg(p.file)
                                    .arg(p.attempt)
                                    .arg(p.maxAttempts));
              m_status->setToolTip(p.retrying);
              return;
            }
            m_status->setToolTip(QString());
            m_status->setText(
                tr("File %1 of %2: %3 — %4 of %5 at %6/s")
                    .arg(p.fileIndex)
                    .arg(p.fileCount)
                    .arg(p.file)
                    .arg(locale.formattedDataSize(p.doneBytes))
                    .arg(p.totalBytes > 0 ? locale.formattedDataSize(p.totalBytes) : tr("unknown"))
                    .arg(locale.formattedDataSize(static_cast<qint64>(p.bytesPerSecond))));
          });
  connect(
      m_runner, &JobRunner::downloadFinished, this,
      [this](JobId id, const QString& repoId, const QString& snapshot, const QString& error) {
        if (id != m_job) return;
        m_job = 0;
        setDownloading(false);
        if (snapshot.isEmpty()) {
          m_status->setText(
              QStringLiteral("<span style='color:#b00020'>%1</span>").arg(error.toHtmlEscaped()));
          return;
        }
        m_status->setText(tr("<span style='color:#1b7f3a'>✔ %1 is downloaded.</span>")
                              .arg(repoId.toHtmlEscaped()));
        emit downloaded(repoId.trimmed());
      });
}

void ModelDownloadBox::start() {
  if (m_downloading) return;
  const QString repo = m_repo->text().trimmed();
  if (!looks_like_repo_id(repo.toStdString())) {  // the rule the downloader applies
    m_status->setText(
        tr("Type the model's name as ORG/NAME, e.g. "
           "stable-diffusion-v1-5/stable-diffusion-v1-5."));
    return;
  }
  ModelDownloadRequest r;
  r.repoId = repo;
  r.variant = m_variant->currentData().toString();
  r.token = m_token->text().trimmed();
  r.endpoint = m_endpoint;
  setDownloading(true);
  m_status->setText(m_runner->isBusy() ? tr("Waiting for the running job to finish…")
                                       : tr("Asking the Hub for the file list…"));
  m_job = m_runner->downloadModel(r);
}

void ModelDownloadBox::setDownloading(bool downloading) {
  m_downloading = downloading;
  m_button->setText(downloading ? tr("Stop") : tr("Download"));
  m_progress->setVisible(downloading);
  m_progress->setRange(0, 0);
  m_repo->setEnabled(!downloading);
  m_variant->setEnabled(!downloading);
  m_token->setEnabled(!downloading);
}

}  // namespace cds::ui
