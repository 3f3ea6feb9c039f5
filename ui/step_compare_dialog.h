// Two training previews side by side, each picked from the timeline, so a person can see what
// more steps changed (the previews share one seed) and take the weights of the better step.
#pragma once

#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;

namespace cds::ui {

struct PreviewEntry {
  QString label;       // "Step 40"
  QString file;        // the PNG
  QString weightsDir;  // inference-ready weights of that step; empty for test images
};

class StepCompareDialog : public QDialog {
  Q_OBJECT

 public:
  // Shows entries `left` and `right` first (indices into `entries`).
  StepCompareDialog(const QVector<PreviewEntry>& entries, int left, int right,
                    QWidget* parent = nullptr);
  QComboBox* picker(int side) const { return m_pickers[side]; }
  QLabel* picture(int side) const { return m_pictures[side]; }

 signals:
  void useWeightsRequested(const QString& weightsDir);

 private:
  void show(int side);

  QVector<PreviewEntry> m_entries;
  QComboBox* m_pickers[2];
  QLabel* m_pictures[2];
  QWidget* m_useButtons[2];
};

}  // namespace cds::ui
