// The Generate page's LoRA and embedding list (see extra_networks_box.h).
#include "ui/extra_networks_box.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cds::ui {

namespace {
enum Role { FileRole = Qt::UserRole, LoraRole, StrengthRole };
}

ExtraNetworksBox::ExtraNetworksBox(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  m_list = new QListWidget(this);
  m_list->setObjectName("extraNetworksList");
  m_list->setMaximumHeight(80);
  m_list->setToolTip(
      tr("LoRA files change the model's weights; embeddings add a word, written in the prompt "
         "as the file's name. Both may come from other tools (AUTOMATIC1111, ComfyUI, …)."));
  layout->addWidget(m_list);
  auto* row = new QHBoxLayout;
  auto* addLoraButton = new QPushButton(tr("Add LoRA…"), this);
  addLoraButton->setObjectName("addLoraButton");
  auto* addEmbeddingButton = new QPushButton(tr("Add Embedding…"), this);
  addEmbeddingButton->setObjectName("addEmbeddingButton");
  m_remove = new QPushButton(tr("Remove"), this);
  m_remove->setObjectName("removeExtraNetworkButton");
  m_strength = new QDoubleSpinBox(this);
  m_strength->setObjectName("loraStrengthSpin");
  m_strength->setRange(-2, 2);
  m_strength->setSingleStep(0.1);
  m_strength->setValue(1.0);
  m_strength->setToolTip(tr("How strongly the selected LoRA applies: 1 as made, 0 not at all."));
  row->addWidget(addLoraButton);
  row->addWidget(addEmbeddingButton);
  row->addWidget(m_remove);
  row->addStretch(1);
  row->addWidget(new QLabel(tr("Strength:"), this));
  row->addWidget(m_strength);
  layout->addLayout(row);

  connect(addLoraButton, &QPushButton::clicked, this, [this] {
    for (const QString& f :
         QFileDialog::getOpenFileNames(this, tr("Add LoRA files"), QString(),
                                       tr("LoRA and LyCORIS files (*.safetensors *.pt *.ckpt)")))
      addLora(f);
  });
  connect(addEmbeddingButton, &QPushButton::clicked, this, [this] {
    for (const QString& f : QFileDialog::getOpenFileNames(
             this, tr("Add embeddings"), QString(), tr("Embeddings (*.safetensors *.pt *.bin)")))
      addEmbedding(f);
  });
  connect(m_remove, &QPushButton::clicked, this, [this] { delete m_list->currentItem(); });
  connect(m_list, &QListWidget::currentItemChanged, this, [this] { updateSelection(); });
  connect(m_strength, &QDoubleSpinBox::valueChanged, this, [this](double v) {
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !item->data(LoraRole).toBool()) return;
    item->setData(StrengthRole, v);
    item->setText(tr("LoRA: %1 (strength %2)")
                      .arg(QFileInfo(item->data(FileRole).toString()).fileName())
                      .arg(v, 0, 'g', 3));
  });
  updateSelection();
}

void ExtraNetworksBox::addLora(const QString& file, double strength) {
  auto* item = new QListWidgetItem(m_list);
  item->setData(FileRole, file);
  item->setData(LoraRole, true);
  item->setData(StrengthRole, strength);
  item->setToolTip(file);
  item->setText(
      tr("LoRA: %1 (strength %2)").arg(QFileInfo(file).fileName()).arg(strength, 0, 'g', 3));
  m_list->setCurrentItem(item);
}

void ExtraNetworksBox::addEmbedding(const QString& file) {
  auto* item = new QListWidgetItem(m_list);
  item->setData(FileRole, file);
  item->setData(LoraRole, false);
  item->setToolTip(file);
  item->setText(tr("Embedding: %1 (write “%2” in the prompt)")
                    .arg(QFileInfo(file).fileName(), QFileInfo(file).completeBaseName()));
  m_list->setCurrentItem(item);
}

QList<LoraFile> ExtraNetworksBox::loras() const {
  QList<LoraFile> out;
  for (int i = 0; i < m_list->count(); ++i) {
    const QListWidgetItem* item = m_list->item(i);
    if (item->data(LoraRole).toBool())
      out.append({item->data(FileRole).toString(), item->data(StrengthRole).toDouble()});
  }
  return out;
}

QStringList ExtraNetworksBox::embeddings() const {
  QStringList out;
  for (int i = 0; i < m_list->count(); ++i)
    if (!m_list->item(i)->data(LoraRole).toBool())
      out.append(m_list->item(i)->data(FileRole).toString());
  return out;
}

void ExtraNetworksBox::setFiles(const QList<LoraFile>& loras, const QStringList& embeddings) {
  m_list->clear();
  for (const LoraFile& l : loras) addLora(l.file, l.strength);
  for (const QString& e : embeddings) addEmbedding(e);
}

void ExtraNetworksBox::updateSelection() {
  QListWidgetItem* item = m_list->currentItem();
  m_remove->setEnabled(item != nullptr);
  const bool lora = item && item->data(LoraRole).toBool();
  m_strength->setEnabled(lora);
  if (lora) m_strength->setValue(item->data(StrengthRole).toDouble());
}

}  // namespace cds::ui
