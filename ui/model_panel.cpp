// The model page (see model_panel.h).
#include "ui/model_panel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/model/model_folder.h"

namespace cds::ui {

namespace {

ModelInspection inspect(const QString& model) {
  ModelInspection result;
  result.model = model;
  try {
    result.summary = summarize_model(model.toStdString());
  } catch (const std::exception& e) {
    result.error = QString::fromStdString(e.what());
  }
  return result;
}

}  // namespace

ModelPanel::ModelPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* heading = new QLabel(tr("<b>Base model</b>"), this);
  layout->addWidget(heading);
  auto* hint = new QLabel(tr("A Stable Diffusion folder in diffusers layout, a Hugging Face "
                             "name such as ORG/NAME that is already downloaded, or a single "
                             "Stable Diffusion 1.x / 2.x checkpoint file (.safetensors, .ckpt)."),
                          this);
  hint->setWordWrap(true);
  layout->addWidget(hint);

  auto* row = new QHBoxLayout;
  m_modelEdit = new QComboBox(this);
  m_modelEdit->setEditable(true);
  m_modelEdit->setInsertPolicy(QComboBox::NoInsert);
  m_modelEdit->lineEdit()->setPlaceholderText(tr("Model folder, ORG/NAME or checkpoint file"));
  m_modelEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  m_modelEdit->setObjectName("modelEdit");
  row->addWidget(m_modelEdit, 1);
  m_browseButton = new QPushButton(tr("Browse…"), this);
  row->addWidget(m_browseButton);
  m_browseFileButton = new QPushButton(tr("Checkpoint File…"), this);
  m_browseFileButton->setObjectName("browseCheckpointButton");
  row->addWidget(m_browseFileButton);
  m_openButton = new QPushButton(tr("Open"), this);
  m_openButton->setObjectName("openModelButton");
  row->addWidget(m_openButton);
  layout->addLayout(row);

  m_statusLabel = new QLabel(tr("No model opened yet."), this);
  m_statusLabel->setObjectName("modelStatus");
  m_statusLabel->setWordWrap(true);
  m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_statusLabel);

  m_tree = new QTreeWidget(this);
  m_tree->setObjectName("componentTree");
  m_tree->setColumnCount(2);
  m_tree->setHeaderLabels({tr("Component"), tr("Details")});
  m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  m_tree->setWordWrap(true);
  layout->addWidget(m_tree, 1);

  connect(m_browseButton, &QPushButton::clicked, this, &ModelPanel::browse);
  connect(m_browseFileButton, &QPushButton::clicked, this, &ModelPanel::browseFile);
  connect(m_openButton, &QPushButton::clicked, this, [this] { openModel(currentModel()); });
  connect(m_modelEdit->lineEdit(), &QLineEdit::returnPressed, this,
          [this] { openModel(currentModel()); });
  connect(m_modelEdit, qOverload<int>(&QComboBox::activated), this,
          [this](int) { openModel(currentModel()); });
  connect(&m_watcher, &QFutureWatcher<ModelInspection>::finished, this,
          &ModelPanel::showInspection);
  refreshCachedModels();
}

QString ModelPanel::currentModel() const { return m_modelEdit->currentText().trimmed(); }

void ModelPanel::refreshCachedModels() {
  const QString typed = m_modelEdit->currentText();
  m_modelEdit->clear();
  for (const auto& repo : list_cached_pipelines())
    m_modelEdit->addItem(QString::fromStdString(repo));
  m_modelEdit->setEditText(typed);
}

void ModelPanel::browse() {
  const QString dir =
      QFileDialog::getExistingDirectory(this, tr("Choose a model folder"), currentModel());
  if (dir.isEmpty()) return;
  m_modelEdit->setEditText(dir);
  openModel(dir);
}

void ModelPanel::browseFile() {
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Choose a checkpoint file"), currentModel(),
                                   tr("Stable Diffusion checkpoints (*.safetensors *.ckpt)"));
  if (file.isEmpty()) return;
  m_modelEdit->setEditText(file);
  openModel(file);
}

// What was inferred from a single file: one more branch of the component tree.
void ModelPanel::addSingleFileDetails(const SingleFileInfo& info) {
  const QLocale locale;
  // First, above the components: this is what the file turned out to be.
  auto* item = new QTreeWidgetItem;
  m_tree->insertTopLevelItem(0, item);
  item->setText(0, tr("single file"));
  item->setText(
      1, tr("%1, inferred from the checkpoint's tensors").arg(QString::fromStdString(info.family)));
  auto addRow = [item](const QString& key, const QString& value) {
    auto* child = new QTreeWidgetItem(item);
    child->setText(0, key);
    child->setText(1, value);
    child->setToolTip(1, value);
  };
  const QString prediction =
      info.prediction_type == "v_prediction" ? tr("v-prediction") : tr("noise (epsilon)");
  addRow(tr("prediction"),
         tr("%1 (%2)").arg(prediction, QString::fromStdString(info.prediction_reason)));
  addRow(tr("stored precision"), QString::fromStdString(info.precision));
  addRow(tr("EMA weights"), !info.has_ema   ? tr("none")
                            : info.used_ema ? tr("present, used")
                                            : tr("present, not used (main weights used)"));
  addRow(tr("VAE"), info.vae_source.empty() ? tr("none in the file")
                    : info.vae_source == "in the checkpoint"
                        ? tr("in the checkpoint")
                        : QString::fromStdString(info.vae_source));
  addRow(tr("tokenizer and scheduler"), info.config_source.empty()
                                            ? tr("no matching base model cached")
                                            : QString::fromStdString(info.config_source));
  if (info.global_step)
    addRow(tr("training step"), locale.toString(static_cast<qlonglong>(*info.global_step)));
  addRow(tr("UNet parameters"), locale.toString(static_cast<qlonglong>(info.unet_parameters)));
  addRow(tr("VAE parameters"), locale.toString(static_cast<qlonglong>(info.vae_parameters)));
  addRow(tr("text encoder parameters"),
         locale.toString(static_cast<qlonglong>(info.text_encoder_parameters)));
}

void ModelPanel::openModel(const QString& model) {
  if (model.isEmpty()) {
    m_statusLabel->setText(tr("Type a model folder or ORG/NAME first."));
    return;
  }
  if (m_modelEdit->currentText() != model) m_modelEdit->setEditText(model);
  if (m_watcher.isRunning()) {
    m_pendingModel = model;  // inspected when the current run ends
    return;
  }
  m_statusLabel->setText(tr("Reading %1…").arg(model));
  m_openButton->setEnabled(false);
  m_watcher.setFuture(QtConcurrent::run(inspect, model));
}

void ModelPanel::showInspection() {
  m_openButton->setEnabled(true);
  const ModelInspection result = m_watcher.result();
  if (!m_pendingModel.isEmpty()) {
    const QString next = m_pendingModel;
    m_pendingModel.clear();
    openModel(next);
    return;
  }
  m_tree->clear();
  if (!result.error.isEmpty()) {
    m_statusLabel->setText(tr("<span style='color:#b00020'>Cannot open this model:</span> %1")
                               .arg(result.error.toHtmlEscaped()));
    emit tokenizerFolderChanged(QString());
    emit inspectionFinished(false);
    return;
  }
  const auto& s = result.summary;
  const QLocale locale;
  for (const auto& c : s.components) {
    auto* item = new QTreeWidgetItem(m_tree);
    item->setText(0, QString::fromStdString(c.name));
    if (!c.problem.empty()) {
      item->setText(1, tr("Problem: %1").arg(QString::fromStdString(c.problem)));
      item->setForeground(1, QColor(0xb0, 0x00, 0x20));
      item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
      item->setToolTip(1, QString::fromStdString(c.problem));
      continue;
    }
    item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
    item->setText(1, QString::fromStdString(c.class_name));
    auto addRow = [item](const QString& key, const QString& value) {
      auto* child = new QTreeWidgetItem(item);
      child->setText(0, key);
      child->setText(1, value);
    };
    if (!c.weight_format.empty()) {
      addRow(tr("parameters"), locale.toString(static_cast<qlonglong>(c.parameters)));
      addRow(
          tr("weights"),
          tr("%1, %2, %n file(s)", nullptr, static_cast<int>(c.weight_files.size()))
              .arg(QString::fromStdString(c.precision), QString::fromStdString(c.weight_format)));
    }
    for (const auto& [key, value] : c.figures)
      addRow(QString::fromStdString(key), QString::fromStdString(value));
  }
  if (s.single_file) addSingleFileDetails(*s.single_file);
  m_tree->expandAll();
  if (s.usable())
    m_statusLabel->setText(tr("<b>%1</b> — ready to use.").arg(QString::fromStdString(s.family)));
  else
    m_statusLabel->setText(
        tr("<span style='color:#b00020'>This model is incomplete:</span> see the "
           "components marked with a warning."));
  QString tokenizer;
  for (const auto& c : s.components)
    if (c.name == "tokenizer" && c.problem.empty())
      tokenizer = QString::fromStdString(c.dir.string());
  emit tokenizerFolderChanged(tokenizer);
  emit inspectionFinished(s.usable());
}

}  // namespace cds::ui
