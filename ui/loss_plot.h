// The live loss plot: every step's loss as a dot, a smoothed line through them (exponential
// moving average, as TensorBoard draws it), and the learning rate on the right axis. Drag to
// pan, wheel to zoom, double-click to see everything again.
#pragma once

#include <qcustomplot.h>

#include "ui/jobs/job_types.h"

namespace cds::ui {

class LossPlot : public QCustomPlot {
  Q_OBJECT

 public:
  explicit LossPlot(QWidget* parent = nullptr);
  int pointCount() const;
  double smoothedLoss() const { return m_smoothed; }

 public slots:
  void addPoints(const QVector<cds::ui::LossPoint>& points);
  void clearPoints();
  void showAll();

 protected:
  void mouseDoubleClickEvent(QMouseEvent* event) override;

 private:
  double m_smoothed = 0;
  int m_count = 0;
  bool m_followNewPoints = true;  // off once the person pans or zooms
};

}  // namespace cds::ui
