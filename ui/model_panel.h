// The model page: choose a diffusers folder or a cached ORG/NAME, then see what it holds
// (components, key settings, precision, parameter counts) or exactly what is missing.
// Inspection runs on a worker thread; the panel only shows results.
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include "core/model/model_summary.h"

class QComboBox;
class QGroupBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cds::ui {

// The outcome of inspecting a model on a worker thread: a summary, or the error text.
struct ModelInspection {
  QString model;
  ModelSummary summary;
  QString error;
};

class ModelPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ModelPanel(QWidget* parent = nullptr);
  QString currentModel() const;
  // A single-file model's settings (issue #11), shown only for a checkpoint file; empty:
  // automatic. predictionType: "", "epsilon" or "v_prediction".
  bool isSingleFile() const;  // the current model is a checkpoint file
  QString predictionType() const;
  QString configFolder() const;
  QString vaeFile() const;
  // Sets all three without re-reading the model (a project being opened reads it next).
  void setSingleFileSettings(const QString& predictionType, const QString& config,
                             const QString& vae);

 public slots:
  // Inspects `model` (a folder or ORG/NAME); results arrive asynchronously.
  void openModel(const QString& model);
  void refreshCachedModels();

 signals:
  // A model's tokenizer folder became known (empty when the model has none).
  void tokenizerFolderChanged(const QString& folder);
  void inspectionFinished(bool usable);
  // The person changed a single-file setting; the summary is being re-read.
  void singleFileSettingsChanged();

 private slots:
  void browse();
  void browseFile();
  void addSingleFileDetails(const SingleFileInfo& info);
  void showInspection();
  void singleFileSettingEdited();

 private:
  QComboBox* m_modelEdit;
  QPushButton* m_browseButton;
  QPushButton* m_browseFileButton;
  QPushButton* m_openButton;
  QLabel* m_statusLabel;
  QTreeWidget* m_tree;
  QGroupBox* m_singleFileBox;
  QComboBox* m_predictionCombo;
  QLineEdit* m_configEdit;
  QLineEdit* m_vaeEdit;
  bool m_settingSingleFile = false;
  QFutureWatcher<ModelInspection> m_watcher;
  QString m_pendingModel;
};

}  // namespace cds::ui
