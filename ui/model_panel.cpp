// The model page (see model_panel.h).
#include "ui/model_panel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
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

ModelInspection inspect(const QString& model, const QStringList& singleFile) {
  ModelInspection result;
  result.model = model;
  try {
    if (QFileInfo(model).isFile())  // a checkpoint file: with the person's settings
      result.summary =
          summarize_single_file(model.toStdString(), singleFile[0].toStdString(),
                                singleFile[1].toStdString(), singleFile[2].toStdString());
    else
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

  // A single checkpoint file's settings that its weights do not carry (issue #11).
  m_singleFileBox = new QGroupBox(tr("Single-file settings"), this);
  m_singleFileBox->setObjectName("singleFileSettings");
  auto* form = new QFormLayout(m_singleFileBox);
  m_predictionCombo = new QComboBox(m_singleFileBox);
  m_predictionCombo->setObjectName("predictionCombo");
  m_predictionCombo->addItem(tr("Automatic"), QString());
  m_predictionCombo->addItem(tr("Epsilon (noise)"), QStringLiteral("epsilon"));
  m_predictionCombo->addItem(tr("V-prediction"), QStringLiteral("v_prediction"));
  m_predictionCombo->setToolTip(
      tr("What the model predicts. The weights do not tell; Automatic uses the file's metadata "
         "or the documented rule (Stable Diffusion 2 at 768 pixels: v-prediction)."));
  form->addRow(tr("Prediction:"), m_predictionCombo);
  auto fileRow = [this, form](const QString& label, const QString& name, const QString& hint,
                              auto choose) {
    auto* row = new QHBoxLayout;
    auto* edit = new QLineEdit(m_singleFileBox);
    edit->setObjectName(name);
    edit->setPlaceholderText(hint);
    edit->setClearButtonEnabled(true);
    row->addWidget(edit, 1);
    auto* button = new QPushButton(tr("Browse…"), m_singleFileBox);
    button->setObjectName(name + QStringLiteral("Browse"));
    row->addWidget(button);
    form->addRow(label, row);
    connect(button, &QPushButton::clicked, this, [this, edit, choose] {
      const QString chosen = choose(edit->text());
      if (chosen.isEmpty()) return;
      edit->setText(chosen);
      singleFileSettingEdited();
    });
    connect(edit, &QLineEdit::editingFinished, this, &ModelPanel::singleFileSettingEdited);
    return edit;
  };
  m_configEdit = fileRow(
      tr("Settings from:"), QStringLiteral("singleFileConfigEdit"),
      tr("Automatic: a cached base model, or its small files downloaded"),
      [this](const QString& current) {
        return QFileDialog::getExistingDirectory(
            this, tr("Choose a diffusers model folder (tokenizer, scheduler, configs)"), current);
      });
  m_configEdit->setToolTip(
      tr("A diffusers model folder whose tokenizer, scheduler and configs "
         "this checkpoint uses. Empty: a matching cached base model, or "
         "the small download of its files."));
  m_vaeEdit = fileRow(tr("VAE file:"), QStringLiteral("singleFileVaeEdit"),
                      tr("The checkpoint's own VAE"), [this](const QString& current) {
                        return QFileDialog::getOpenFileName(
                            this, tr("Choose a VAE file"), current,
                            tr("VAE weights (*.safetensors *.ckpt *.pt *.bin)"));
                      });
  connect(m_predictionCombo, qOverload<int>(&QComboBox::activated), this,
          [this](int) { singleFileSettingEdited(); });
  m_singleFileBox->setVisible(false);
  layout->addWidget(m_singleFileBox);

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

bool ModelPanel::isSingleFile() const { return QFileInfo(currentModel()).isFile(); }

QString ModelPanel::predictionType() const { return m_predictionCombo->currentData().toString(); }

QString ModelPanel::configFolder() const { return m_configEdit->text().trimmed(); }

QString ModelPanel::vaeFile() const { return m_vaeEdit->text().trimmed(); }

void ModelPanel::setSingleFileSettings(const QString& predictionType, const QString& config,
                                       const QString& vae) {
  m_settingSingleFile = true;
  const int index = m_predictionCombo->findData(predictionType);
  m_predictionCombo->setCurrentIndex(index < 0 ? 0 : index);
  m_configEdit->setText(config);
  m_vaeEdit->setText(vae);
  m_settingSingleFile = false;
  emit singleFileSettingsChanged();
}

void ModelPanel::singleFileSettingEdited() {
  if (m_settingSingleFile) return;
  emit singleFileSettingsChanged();
  if (!currentModel().isEmpty()) openModel(currentModel());
}

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
  m_watcher.setFuture(
      QtConcurrent::run(inspect, model, QStringList{predictionType(), configFolder(), vaeFile()}));
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
  m_singleFileBox->setVisible(QFileInfo(result.model).isFile());
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
  if (s.single_file) {
    addSingleFileDetails(*s.single_file);
    // Automatic says what it would choose and why.
    const auto& info = *s.single_file;
    m_predictionCombo->setItemText(
        0, predictionType().isEmpty()
               ? tr("Automatic: %1 (%2)")
                     .arg(info.prediction_type == "v_prediction" ? tr("v-prediction")
                                                                 : tr("noise (epsilon)"),
                          QString::fromStdString(info.prediction_reason))
               : tr("Automatic"));
  }
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
