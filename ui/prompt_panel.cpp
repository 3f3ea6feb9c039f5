// Live prompt tokenization (see prompt_panel.h).
#include "ui/prompt_panel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/token_strip.h"

namespace cds::ui {

namespace {

TokenizerLoad load(const QString& folder) {
  TokenizerLoad result;
  try {
    result.tokenizer =
        std::make_shared<const ClipTokenizer>(ClipTokenizer::from_folder(folder.toStdString()));
  } catch (const std::exception& e) {
    result.error = QString::fromStdString(e.what());
  }
  return result;
}

}  // namespace

PromptPanel::PromptPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("<b>Prompt</b>"), this));
  m_promptEdit = new QPlainTextEdit(this);
  m_promptEdit->setObjectName("promptEdit");
  m_promptEdit->setPlaceholderText(tr("photo of a <new1> cat on a beach"));
  m_promptEdit->setMaximumHeight(110);
  m_promptEdit->setEnabled(false);
  layout->addWidget(m_promptEdit);

  auto* addedLabel = new QLabel(tr("Modifier tokens (space-separated), e.g. <new1> <new2>:"), this);
  layout->addWidget(addedLabel);
  m_addedTokensEdit = new QLineEdit(this);
  m_addedTokensEdit->setObjectName("modifierTokensEdit");
  m_addedTokensEdit->setText(QStringLiteral("<new1>"));
  layout->addWidget(m_addedTokensEdit);

  m_countLabel = new QLabel(tr("Open a model to see how its tokenizer reads your prompt."), this);
  m_countLabel->setObjectName("tokenCount");
  m_countLabel->setWordWrap(true);
  layout->addWidget(m_countLabel);
  m_strip = new TokenStrip(this);
  m_strip->setObjectName("tokenStrip");
  layout->addWidget(m_strip, 1);

  connect(m_promptEdit, &QPlainTextEdit::textChanged, this, &PromptPanel::retokenize);
  connect(m_addedTokensEdit, &QLineEdit::textChanged, this, &PromptPanel::rebuildTokenizer);
  connect(&m_watcher, &QFutureWatcher<TokenizerLoad>::finished, this,
          &PromptPanel::tokenizerLoaded);
}

QString PromptPanel::prompt() const { return m_promptEdit->toPlainText(); }
void PromptPanel::setPrompt(const QString& text) { m_promptEdit->setPlainText(text); }
int PromptPanel::cutCount() const { return m_strip->cutCount(); }

void PromptPanel::setTokenizerFolder(const QString& folder) {
  if (folder.isEmpty()) {
    m_baseTokenizer.reset();
    m_tokenizer.reset();
    m_promptEdit->setEnabled(false);
    m_strip->clear();
    m_countLabel->setText(tr("This model has no usable tokenizer."));
    return;
  }
  m_countLabel->setText(tr("Loading the tokenizer…"));
  m_watcher.setFuture(QtConcurrent::run(load, folder));
}

void PromptPanel::tokenizerLoaded() {
  const TokenizerLoad result = m_watcher.result();
  m_baseTokenizer = result.tokenizer;
  m_promptEdit->setEnabled(m_baseTokenizer != nullptr);
  if (!m_baseTokenizer) {
    m_countLabel->setText(tr("<span style='color:#b00020'>Cannot load the tokenizer:</span> %1")
                              .arg(result.error.toHtmlEscaped()));
    emit tokenizerReady(false);
    return;
  }
  rebuildTokenizer();
  emit tokenizerReady(true);
}

void PromptPanel::rebuildTokenizer() {
  if (!m_baseTokenizer) return;
  // The working tokenizer is the model's plus the modifier tokens as typed; a token that is
  // already in the vocabulary is reported rather than added.
  m_tokenizer = std::make_shared<ClipTokenizer>(*m_baseTokenizer);
  m_rejectedTokens.clear();
  for (const QString& token :
       m_addedTokensEdit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    try {
      m_tokenizer->add_token(token.toStdString());
    } catch (const std::exception&) {
      m_rejectedTokens << token;
    }
  }
  retokenize();
}

void PromptPanel::retokenize() {
  if (!m_tokenizer) return;
  const std::string text = m_promptEdit->toPlainText().toStdString();
  const auto ids = m_tokenizer->encode(text);
  const int limit = m_tokenizer->model_max_length();
  QVector<TokenChip> chips;
  for (size_t i = 0; i < ids.size(); ++i) {
    TokenChip chip;
    chip.id = ids[i];
    chip.special = (i == 0 && ids[i] == m_tokenizer->bos_id()) ||
                   (i + 1 == ids.size() && ids[i] == m_tokenizer->eos_id());
    QString piece = QString::fromStdString(m_tokenizer->id_to_token(ids[i]).value_or("?"));
    if (piece.endsWith(QLatin1String("</w>"))) {
      piece.chop(4);
      chip.wordEnd = true;
    }
    chip.text = piece;
    chips.push_back(chip);
  }
  m_tokenCount = static_cast<int>(ids.size());
  m_strip->setTokens(chips, limit);
  QString status;
  if (m_tokenCount > limit)
    status = tr("<span style='color:#b00020'><b>%1 of %2 tokens</b> — the last %3 are cut off and "
                "have no effect.</span>")
                 .arg(m_tokenCount)
                 .arg(limit)
                 .arg(m_strip->cutCount());
  else
    status = tr("<b>%1 of %2 tokens</b> (start and end included).").arg(m_tokenCount).arg(limit);
  if (!m_rejectedTokens.isEmpty())
    status += QStringLiteral("<br>") +
              tr("Not usable as modifier tokens (already in the vocabulary or repeated): %1")
                  .arg(m_rejectedTokens.join(QStringLiteral(", ")).toHtmlEscaped());
  m_countLabel->setText(status);
}

}  // namespace cds::ui
