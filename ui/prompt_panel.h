// Type a prompt and see its CLIP tokens live, with the 77-token limit marked. The tokenizer
// loads on a worker thread; tokenizing itself is cheap text work and runs as you type.
#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QWidget>

#include "core/text/clip_tokenizer.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cds::ui {

class TokenStrip;

struct TokenizerLoad {
  std::shared_ptr<const ClipTokenizer> tokenizer;
  QString error;
};

class PromptPanel : public QWidget {
  Q_OBJECT

 public:
  explicit PromptPanel(QWidget* parent = nullptr);
  QString prompt() const;
  void setPrompt(const QString& text);
  int tokenCount() const { return m_tokenCount; }  // ids with start and end, before truncation
  int cutCount() const;
  // The model's tokenizer as loaded (null while none is), without the typed modifier tokens.
  std::shared_ptr<const ClipTokenizer> baseTokenizer() const { return m_baseTokenizer; }

 public slots:
  void setTokenizerFolder(const QString& folder);

 signals:
  void tokenizerReady(bool ok);

 private slots:
  void rebuildTokenizer();
  void retokenize();
  void tokenizerLoaded();

 private:
  QPlainTextEdit* m_promptEdit;
  QLineEdit* m_addedTokensEdit;
  QLabel* m_countLabel;
  TokenStrip* m_strip;
  QFutureWatcher<TokenizerLoad> m_watcher;
  std::shared_ptr<const ClipTokenizer> m_baseTokenizer;
  std::shared_ptr<ClipTokenizer> m_tokenizer;  // base plus the modifier tokens typed
  QStringList m_rejectedTokens;
  int m_tokenCount = 0;
};

}  // namespace cds::ui
