// The side-by-side comparison of two training previews (see step_compare_dialog.h).
#include "ui/step_compare_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace cds::ui {

namespace {
constexpr int kShown = 384;  // previews are often 64–512 px; small ones are enlarged to this
}

StepCompareDialog::StepCompareDialog(const QVector<PreviewEntry>& entries, int left, int right,
                                     QWidget* parent)
    : QDialog(parent), m_entries(entries) {
  setWindowTitle(tr("Compare Two Steps"));
  auto* layout = new QVBoxLayout(this);
  auto* grid = new QGridLayout;
  for (int side = 0; side < 2; ++side) {
    m_pickers[side] = new QComboBox(this);
    m_pickers[side]->setObjectName(side == 0 ? "leftStep" : "rightStep");
    m_pickers[side]->setToolTip(tr("Which preview to show on this side."));
    for (const PreviewEntry& e : m_entries) m_pickers[side]->addItem(e.label);
    m_pictures[side] = new QLabel(this);
    m_pictures[side]->setMinimumSize(kShown, kShown);
    m_pictures[side]->setAlignment(Qt::AlignCenter);
    auto* use = new QPushButton(tr("Use the Weights of This Step"), this);
    use->setToolTip(tr("Generate with the concept as it was at this step."));
    m_useButtons[side] = use;
    grid->addWidget(m_pickers[side], 0, side);
    grid->addWidget(m_pictures[side], 1, side);
    grid->addWidget(use, 2, side);
    connect(m_pickers[side], qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this, side] { show(side); });
    connect(use, &QPushButton::clicked, this, [this, side] {
      const int i = m_pickers[side]->currentIndex();
      if (i < 0) return;
      emit useWeightsRequested(m_entries[i].weightsDir);
      accept();
    });
  }
  layout->addLayout(grid);
  auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(box);
  m_pickers[0]->setCurrentIndex(left);
  m_pickers[1]->setCurrentIndex(right);
  show(0);
  show(1);
}

void StepCompareDialog::show(int side) {
  const int i = m_pickers[side]->currentIndex();
  if (i < 0 || i >= m_entries.size()) return;
  QPixmap pixmap(m_entries[i].file);
  if (pixmap.isNull()) {
    m_pictures[side]->setText(tr("Cannot read %1.").arg(m_entries[i].file));
  } else {
    // Nearest-neighbour when enlarging, so the preview's own pixels are what is compared.
    m_pictures[side]->setPixmap(
        pixmap.scaled(kShown, kShown, Qt::KeepAspectRatio,
                      pixmap.width() < kShown ? Qt::FastTransformation : Qt::SmoothTransformation));
  }
  m_useButtons[side]->setEnabled(!m_entries[i].weightsDir.isEmpty());
}

}  // namespace cds::ui
