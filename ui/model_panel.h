// The model page: choose a diffusers folder or a cached ORG/NAME, then see what it holds
// (components, key settings, precision, parameter counts) or exactly what is missing.
// Inspection runs on a worker thread; the panel only shows results.
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include "core/model/model_summary.h"

class QComboBox;
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

 public slots:
  // Inspects `model` (a folder or ORG/NAME); results arrive asynchronously.
  void openModel(const QString& model);
  void refreshCachedModels();

 signals:
  // A model's tokenizer folder became known (empty when the model has none).
  void tokenizerFolderChanged(const QString& folder);
  void inspectionFinished(bool usable);

 private slots:
  void browse();
  void browseFile();
  void addSingleFileDetails(const SingleFileInfo& info);
  void showInspection();

 private:
  QComboBox* m_modelEdit;
  QPushButton* m_browseButton;
  QPushButton* m_browseFileButton;
  QPushButton* m_openButton;
  QLabel* m_statusLabel;
  QTreeWidget* m_tree;
  QFutureWatcher<ModelInspection> m_watcher;
  QString m_pendingModel;
};

}  // namespace cds::ui
