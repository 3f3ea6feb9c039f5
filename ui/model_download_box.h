// "Download from Hugging Face" on the Model page: ORG/NAME, variant and token, then the
// download through the job runner with its progress in bytes and speed, and Stop. Files land in
// the shared Hugging Face cache, so Python tools see them and the model opens as ORG/NAME.
#pragma once

#include <QGroupBox>

#include "ui/jobs/job_types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace cds::ui {

class JobRunner;

class ModelDownloadBox : public QGroupBox {
  Q_OBJECT

 public:
  ModelDownloadBox(JobRunner* runner, QWidget* parent = nullptr);
  QLineEdit* repoEdit() const { return m_repo; }
  bool isDownloading() const { return m_downloading; }
  // Where requests go instead of HF_ENDPOINT / huggingface.co (tests use a local server).
  void setEndpoint(const QString& endpoint) { m_endpoint = endpoint; }

 public slots:
  void start();

 signals:
  // The model is in the cache; `repoId` opens it.
  void downloaded(const QString& repoId);

 private:
  void setDownloading(bool downloading);

  JobRunner* m_runner;
  QLineEdit* m_repo;
  QComboBox* m_variant;
  QLineEdit* m_token;
  QPushButton* m_button;
  QProgressBar* m_progress;
  QLabel* m_status;
  QString m_endpoint;
  JobId m_job = 0;  // this box's download, running or waiting
  bool m_downloading = false;
};

}  // namespace cds::ui
