// The Generate page's list of LoRA / LyCORIS files (each with its strength) and
// textual-inversion embeddings (used by their file name as the prompt word), added on top of the
// model and concept for generation.
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include "ui/jobs/job_types.h"

class QDoubleSpinBox;
class QListWidget;
class QPushButton;

namespace cds::ui {

class ExtraNetworksBox : public QWidget {
  Q_OBJECT

 public:
  explicit ExtraNetworksBox(QWidget* parent = nullptr);

  QList<LoraFile> loras() const;
  QStringList embeddings() const;
  void setFiles(const QList<LoraFile>& loras, const QStringList& embeddings);
  void addLora(const QString& file, double strength = 1.0);
  void addEmbedding(const QString& file);

 private:
  void updateSelection();

  QListWidget* m_list;
  QDoubleSpinBox* m_strength;
  QPushButton* m_remove;
};

}  // namespace cds::ui
