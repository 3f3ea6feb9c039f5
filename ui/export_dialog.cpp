// The export dialog (see export_dialog.h).
#include "ui/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "ui/jobs/job_runner.h"

namespace cds::ui {

ExportDialog::ExportDialog(const ExportRequest& request, QWidget* parent)
    : QDialog(parent), m_request(request) {
  setWindowTitle(tr("Export the Concept"));
  auto* form = new QFormLayout(this);
  m_format = new QComboBox(this);
  m_format->setObjectName("exportFormatCombo");
  m_format->addItem(tr("LoRA, exact (LyCORIS full difference)"), QStringLiteral("diff"));
  m_format->addItem(tr("LoRA, smaller (low rank)"), QStringLiteral("lora"));
  m_format->addItem(tr("Embeddings only (the new words)"), QStringLiteral("embedding"));
  m_format->setToolTip(
      tr("What AUTOMATIC1111, Forge, ComfyUI and stable-diffusion.cpp load. Both LoRA kinds "
         "also write the new words as embeddings beside the file."));
  form->addRow(tr("Format:"), m_format);
  m_rank = new QSpinBox(this);
  m_rank->setObjectName("exportRankSpin");
  m_rank->setRange(0, 1024);
  m_rank->setValue(0);
  m_rank->setSpecialValueText(tr("Automatic"));
  m_rank->setToolTip(
      tr("Higher keeps more of the concept in a bigger file. Automatic keeps 99% "
         "of each layer's change."));
  form->addRow(tr("Rank:"), m_rank);
  auto* outputRow = new QHBoxLayout;
  m_output = new QLineEdit(this);
  m_output->setObjectName("exportOutputEdit");
  const QString name = QFileInfo(request.weightsDir).fileName();
  m_output->setText(QDir(QFileInfo(request.weightsDir).absolutePath())
                        .filePath(QStringLiteral("%1-lora.safetensors").arg(name)));
  outputRow->addWidget(m_output, 1);
  auto* browse = new QPushButton(tr("Browse…"), this);
  outputRow->addWidget(browse);
  form->addRow(tr("Save to:"), outputRow);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
  form->addRow(buttons);

  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_format, &QComboBox::currentIndexChanged, this, [this] { updateFields(); });
  connect(browse, &QPushButton::clicked, this, [this] {
    const bool folder = m_format->currentData().toString() == QStringLiteral("embedding");
    const QString path =
        folder ? QFileDialog::getExistingDirectory(this, tr("Folder for the embeddings"),
                                                   m_output->text())
               : QFileDialog::getSaveFileName(this, tr("Save the LoRA as"), m_output->text(),
                                              tr("safetensors files (*.safetensors)"));
    if (!path.isEmpty()) m_output->setText(path);
  });
  updateFields();
}

void ExportDialog::updateFields() {
  const QString format = m_format->currentData().toString();
  m_rank->setEnabled(format == QStringLiteral("lora"));
  // A folder for embeddings, a .safetensors file for the others.
  QFileInfo out(m_output->text());
  const QString base = QFileInfo(m_request.weightsDir).fileName();
  if (format == QStringLiteral("embedding") && out.suffix() == QStringLiteral("safetensors"))
    m_output->setText(out.dir().filePath(base + QStringLiteral("-embeddings")));
  else if (format != QStringLiteral("embedding") && out.suffix() != QStringLiteral("safetensors"))
    m_output->setText(out.dir().filePath(base + QStringLiteral("-lora.safetensors")));
}

ExportRequest ExportDialog::request() const {
  ExportRequest r = m_request;
  r.format = m_format->currentData().toString();
  r.rank = m_rank->value();
  r.output = m_output->text().trimmed();
  return r;
}

JobId ExportDialog::exportConcept(JobRunner* runner, const ExportRequest& request,
                                  QWidget* parent) {
  ExportDialog dialog(request, parent);
  if (dialog.exec() != QDialog::Accepted) return 0;
  return runner->exportConcept(dialog.request());
}

}  // namespace cds::ui
