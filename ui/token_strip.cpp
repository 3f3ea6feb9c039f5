// Token chips (see token_strip.h).
#include "ui/token_strip.h"

#include <QBrush>
#include <QFont>

namespace cds::ui {

TokenStrip::TokenStrip(QWidget* parent) : QListWidget(parent) {
  setViewMode(QListView::IconMode);
  setFlow(QListView::LeftToRight);
  setWrapping(true);
  setResizeMode(QListView::Adjust);
  setMovement(QListView::Static);
  setSpacing(3);
  setUniformItemSizes(false);
  setSelectionMode(QAbstractItemView::NoSelection);
  setWordWrap(false);
  setAccessibleName(tr("Prompt tokens"));
}

void TokenStrip::setTokens(const QVector<TokenChip>& chips, int limit) {
  clear();
  m_cut = 0;
  // The end token always takes the last place, so content past limit - 2 is dropped.
  const int lastKept = limit - 2;
  for (int i = 0; i < chips.size(); ++i) {
    const auto& chip = chips[i];
    const bool isEnd = chip.special && i == chips.size() - 1;
    const bool cut = !isEnd && i > lastKept;
    if (cut) ++m_cut;
    if (i == lastKept + 1 && !isEnd) {
      auto* marker = new QListWidgetItem(tr("✂ limit %1").arg(limit), this);
      marker->setForeground(QBrush(QColor(0xb0, 0x00, 0x20)));
      marker->setToolTip(tr("The text encoder reads %1 tokens including start and end; "
                            "everything after this mark is ignored.")
                             .arg(limit));
      marker->setFlags(Qt::NoItemFlags);
    }
    auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(chip.text).arg(chip.id), this);
    item->setTextAlignment(Qt::AlignCenter);
    item->setToolTip(
        chip.special
            ? tr("special token %1").arg(chip.id)
            : tr("token %1%2").arg(chip.id).arg(chip.wordEnd ? tr(", ends a word") : QString()));
    if (chip.special) {
      item->setForeground(QBrush(QColor(0x55, 0x55, 0x55)));
      QFont f = item->font();
      f.setItalic(true);
      item->setFont(f);
    } else if (cut) {
      item->setForeground(QBrush(QColor(0xb0, 0x00, 0x20)));
      QFont f = item->font();
      f.setStrikeOut(true);
      item->setFont(f);
    } else {
      item->setBackground(QBrush(QColor::fromHsv((i * 47) % 360, 40, 250)));
    }
  }
}

}  // namespace cds::ui
