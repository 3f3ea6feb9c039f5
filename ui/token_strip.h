// Shows a prompt's CLIP tokens as a wrapping row of chips (piece and id), with the chips that
// fall past the text encoder's limit (77 with start and end tokens) marked as cut off.
#pragma once

#include <QListWidget>
#include <QStringList>
#include <QVector>

namespace cds::ui {

struct TokenChip {
  QString text;  // what the person sees: the BPE piece without the word-end marker
  qint64 id = 0;
  bool wordEnd = false;  // the piece ends a word (</w>)
  bool special = false;  // start/end of text
};

class TokenStrip : public QListWidget {
  Q_OBJECT

 public:
  explicit TokenStrip(QWidget* parent = nullptr);
  // `limit` is the encoder's length; chips at index >= limit - 1 (before the end token) are cut.
  void setTokens(const QVector<TokenChip>& chips, int limit);
  int cutCount() const { return m_cut; }

 private:
  int m_cut = 0;
};

}  // namespace cds::ui
