// Asks how to export a trained concept (from the Generate or the Train page) for other tools
// (AUTOMATIC1111, Forge, ComfyUI, stable-diffusion.cpp): the format, a LoRA's rank and where the
// files go.
#pragma once

#include <QDialog>

#include "ui/jobs/job_types.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cds::ui {

class JobRunner;

class ExportDialog : public QDialog {
  Q_OBJECT

 public:
  // `request` holds the model and concept; the dialog fills the rest.
  ExportDialog(const ExportRequest& request, QWidget* parent = nullptr);
  ExportRequest request() const;
  // Shows the dialog for `request` and, when the person accepts, queues the export on `runner`
  // (JobRunner::exportFinished tells the result); the job's id, or 0 when cancelled.
  static JobId exportConcept(JobRunner* runner, const ExportRequest& request, QWidget* parent);

 private:
  void updateFields();

  ExportRequest m_request;
  QComboBox* m_format;
  QSpinBox* m_rank;
  QLineEdit* m_output;
};

}  // namespace cds::ui
