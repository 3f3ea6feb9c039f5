// The live loss plot (see loss_plot.h).
#include "ui/loss_plot.h"

namespace cds::ui {

namespace {
constexpr double kSmoothing = 0.9;  // weight of the past in the moving average
}

LossPlot::LossPlot(QWidget* parent) : QCustomPlot(parent) {
  setObjectName("lossPlot");
  setMinimumHeight(220);
  setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
  axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
  xAxis->setLabel(tr("step"));
  yAxis->setLabel(tr("loss"));
  yAxis2->setVisible(true);
  yAxis2->setLabel(tr("learning rate"));
  yAxis2->setNumberFormat(QStringLiteral("eb"));  // 2.5·10⁻⁵ rather than 2.5E-05
  yAxis2->setNumberPrecision(1);
  yAxis2->setRange(0, 1e-4);  // a learning rate's scale before the first point arrives

  QCPGraph* raw = addGraph(xAxis, yAxis);
  raw->setName(tr("loss"));
  raw->setLineStyle(QCPGraph::lsNone);
  raw->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(70, 130, 200, 110), 4));
  QCPGraph* smooth = addGraph(xAxis, yAxis);
  smooth->setName(tr("smoothed"));
  smooth->setPen(QPen(QColor(20, 70, 160), 2));
  QCPGraph* lr = addGraph(xAxis, yAxis2);
  lr->setName(tr("learning rate"));
  lr->setPen(QPen(QColor(220, 120, 30), 1, Qt::DashLine));
  // Steps are whole numbers: integer ticks only, as many as fit.
  auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
  ticker->setTickStep(1.0);
  ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  xAxis->setTicker(ticker);
  // The legend sits in a row above the plot, in one line, so it never hides points.
  legend->setVisible(true);
  legend->setFont(QFont(font().family(), 8));
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  legend->setBorderPen(Qt::NoPen);
  legend->setBrush(Qt::NoBrush);
  plotLayout()->insertRow(0);
  plotLayout()->addElement(0, 0, legend);
  plotLayout()->setRowStretchFactor(0, 0.001);

  // The person moved the view: stop following new points until they ask to see all again.
  connect(this, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
    if (event->buttons() != Qt::NoButton) m_followNewPoints = false;
  });
  connect(this, &QCustomPlot::mouseWheel, this, [this] { m_followNewPoints = false; });
}

int LossPlot::pointCount() const { return graph(0)->dataCount(); }

void LossPlot::addPoints(const QVector<LossPoint>& points) {
  for (const auto& p : points) {
    m_smoothed = m_count == 0 ? p.loss : kSmoothing * m_smoothed + (1 - kSmoothing) * p.loss;
    ++m_count;
    graph(0)->addData(double(p.step), p.loss);
    // Seeded with the first point rather than zero, so the line does not rise from nothing.
    graph(1)->addData(double(p.step), m_smoothed);
    graph(2)->addData(double(p.step), p.learningRate);
  }
  if (m_followNewPoints) showAll();
  replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::clearPoints() {
  for (int i = 0; i < graphCount(); ++i) graph(i)->data()->clear();
  m_count = 0;
  m_smoothed = 0;
  m_followNewPoints = true;
  replot();
}

void LossPlot::showAll() {
  graph(0)->rescaleAxes();
  graph(1)->rescaleAxes(true);
  // The learning rate from zero, so a constant rate is a flat line rather than an empty range.
  bool found = false;
  const QCPRange lr = graph(2)->getValueRange(found);
  yAxis2->setRange(0, found && lr.upper > 0 ? lr.upper * 1.25 : 1e-5);
  xAxis->setRange(xAxis->range().lower - 0.5,
                  std::max(xAxis->range().upper, xAxis->range().lower + 1) + 0.5);
  yAxis->scaleRange(1.15, yAxis->range().center());
}

void LossPlot::mouseDoubleClickEvent(QMouseEvent* event) {
  m_followNewPoints = true;
  showAll();
  replot();
  QCustomPlot::mouseDoubleClickEvent(event);
}

}  // namespace cds::ui
