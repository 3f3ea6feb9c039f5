// The training settings: the ones that matter up front, the rest in a collapsible Advanced
// group, each with a tooltip in an artist's words. Reads and writes TrainingSettings.
#pragma once

#include <QWidget>

#include "ui/jobs/job_types.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QToolButton;
class QLineEdit;
class QSpinBox;

namespace cds::ui {

class TrainingForm : public QWidget {
  Q_OBJECT

 public:
  explicit TrainingForm(QWidget* parent = nullptr);
  // Fills the training fields of `s` (not the concept's).
  void writeTo(TrainingSettings& s) const;
  void readFrom(const TrainingSettings& s);
  int resolution() const;

 public slots:
  void applyPreset(const QString& kind);  // object, pet, face, style
  // Whether the concepts have class pictures (prior preservation): enables their weight.
  void setPriorAvailable(bool available);

 signals:
  void resolutionChanged(int resolution);
  void changed();

 private:
  QSpinBox* m_steps;
  QDoubleSpinBox* m_learningRate;
  QSpinBox* m_batch;
  QSpinBox* m_resolution;
  QDoubleSpinBox* m_priorWeight;
  QComboBox* m_freeze;
  QComboBox* m_precision;
  QComboBox* m_device;
  QCheckBox* m_saveMemory;
  QLineEdit* m_output;
  QToolButton* m_advancedToggle;
  QGroupBox* m_advanced;
  QWidget* m_advancedBody;
  QComboBox* m_scheduler;
  QSpinBox* m_warmup;
  QSpinBox* m_accumulation;
  QSpinBox* m_checkpointEvery;
  QSpinBox* m_validationEvery;
  QSpinBox* m_validationImages;
  QLineEdit* m_validationPrompt;
  QSpinBox* m_seed;
  QCheckBox* m_hflip;
  QCheckBox* m_noAug;
  QCheckBox* m_centerCrop;
  QCheckBox* m_resume;
};

}  // namespace cds::ui
