// Asks how to export the Generate page's concept for other tools (AUTOMATIC1111, Forge,
// ComfyUI, stable-diffusion.cpp): the format, a LoRA's rank and where the files go.
#pragma once

#include <QDialog>

#include "ui/jobs/job_types.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cds::ui {

class ExportDialog : public QDialog {
  Q_OBJECT

 public:
  // `request` holds the model and concept; the dialog fills the rest.
  ExportDialog(const ExportRequest& request, QWidget* parent = nullptr);
  ExportRequest request() const;

 private:
  void updateFields();

  ExportRequest m_request;
  QComboBox* m_format;
  QSpinBox* m_rank;
  QLineEdit* m_output;
};

}  // namespace cds::ui
