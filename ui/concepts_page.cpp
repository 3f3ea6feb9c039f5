// The Concepts page (see concepts_page.h).
#include "ui/concepts_page.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/text/clip_tokenizer.h"
#include "ui/image_grid.h"
#include "ui/jobs/job_types.h"

namespace cds::ui {

namespace {
constexpr int kMinImages = 4;
constexpr int kMaxImages = 20;
}  // namespace

ConceptsPage::ConceptsPage(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* heading = new QLabel(
      tr("<b>Your concept</b> — 4 to 20 photos of one thing: a pet, a toy, a face, a style."),
      this);
  heading->setWordWrap(true);
  layout->addWidget(heading);

  auto* form = new QFormLayout;
  m_kind = new QComboBox(this);
  m_kind->setObjectName("conceptKind");
  m_kind->addItem(tr("Object"), QStringLiteral("object"));
  m_kind->addItem(tr("Pet"), QStringLiteral("pet"));
  m_kind->addItem(tr("Face"), QStringLiteral("face"));
  m_kind->addItem(tr("Style"), QStringLiteral("style"));
  m_kind->setToolTip(
      tr("Picks training settings that suit this kind of concept. Faces need a gentler, longer "
         "training and 15–20 photos."));
  form->addRow(tr("Kind:"), m_kind);
  m_classEdit = new QLineEdit(QStringLiteral("toy"), this);
  m_classEdit->setObjectName("classEdit");
  m_classEdit->setToolTip(
      tr("What the thing is, in one ordinary word: cat, dog, toy, person, painting."));
  form->addRow(tr("It is a:"), m_classEdit);
  m_tokenEdit = new QLineEdit(QStringLiteral("<new1>"), this);
  m_tokenEdit->setObjectName("modifierTokenEdit");
  m_tokenEdit->setToolTip(
      tr("A new word, unknown to the model, that will mean your concept. Write it in prompts "
         "to call it up."));
  form->addRow(tr("New word:"), m_tokenEdit);
  m_initializerEdit = new QLineEdit(QStringLiteral("ktn"), this);
  m_initializerEdit->setObjectName("initializerTokenEdit");
  m_initializerEdit->setToolTip(
      tr("An existing word the new word starts from. A rare, meaningless one such as "
         "“ktn” works well; it must be a single token of the model."));
  form->addRow(tr("Starts from:"), m_initializerEdit);
  m_instancePromptEdit = new QLineEdit(this);
  m_instancePromptEdit->setObjectName("instancePromptEdit");
  m_instancePromptEdit->setToolTip(
      tr("The caption every one of your photos gets during training. It must contain "
         "the new word."));
  form->addRow(tr("Caption of your photos:"), m_instancePromptEdit);
  m_classPromptEdit = new QLineEdit(this);
  m_classPromptEdit->setObjectName("classPromptEdit");
  m_classPromptEdit->setToolTip(
      tr("The caption of the ordinary examples that keep the model from forgetting what a "
         "plain one looks like (used with “Keep the class”)."));
  form->addRow(tr("Caption of ordinary examples:"), m_classPromptEdit);
  layout->addLayout(form);
  m_tokenStatus = new QLabel(this);
  m_tokenStatus->setObjectName("tokenStatus");
  m_tokenStatus->setWordWrap(true);
  layout->addWidget(m_tokenStatus);

  auto* row = new QHBoxLayout;
  auto* add = new QPushButton(tr("Add Images…"), this);
  add->setObjectName("addImagesButton");
  row->addWidget(add);
  auto* clear = new QPushButton(tr("Remove All"), this);
  row->addWidget(clear);
  m_summary = new QLabel(this);
  m_summary->setObjectName("datasetSummary");
  m_summary->setWordWrap(true);
  row->addWidget(m_summary, 1);
  layout->addLayout(row);
  m_grid = new ImageGrid(this);
  m_grid->setObjectName("imageGrid");
  layout->addWidget(m_grid, 1);

  connect(add, &QPushButton::clicked, this, &ConceptsPage::addImages);
  connect(clear, &QPushButton::clicked, m_grid, &ImageGrid::clear);
  connect(m_grid, &ImageGrid::filesChanged, this, [this] {
    updateSummary();
    emit changed();
  });
  connect(m_kind, qOverload<int>(&QComboBox::activated), this, [this] {
    emit presetChosen(m_kind->currentData().toString());
    emit changed();
  });
  connect(m_classEdit, &QLineEdit::textChanged, this, &ConceptsPage::updatePrompts);
  connect(m_tokenEdit, &QLineEdit::textChanged, this, &ConceptsPage::updatePrompts);
  connect(m_instancePromptEdit, &QLineEdit::textEdited, this, [this] { m_promptEdited = true; });
  connect(m_classPromptEdit, &QLineEdit::textEdited, this, [this] { m_classPromptEdited = true; });
  for (QLineEdit* edit : {m_initializerEdit, m_instancePromptEdit, m_classPromptEdit})
    connect(edit, &QLineEdit::textChanged, this, [this] {
      validate();
      emit changed();
    });
  updatePrompts();
  updateSummary();
}

QString ConceptsPage::modifierToken() const { return m_tokenEdit->text().trimmed(); }
QString ConceptsPage::className() const { return m_classEdit->text().trimmed(); }
QString ConceptsPage::conceptKind() const { return m_kind->currentData().toString(); }

void ConceptsPage::setConceptKind(const QString& kind) {
  const int i = m_kind->findData(kind);
  if (i >= 0) m_kind->setCurrentIndex(i);
}

void ConceptsPage::updatePrompts() {
  // The prompts follow the class and the token until the person writes their own. They stay
  // English whatever the interface language: the text encoder was trained on English captions.
  if (!m_promptEdited)
    m_instancePromptEdit->setText(
        QStringLiteral("photo of a %1 %2").arg(modifierToken(), className()));
  if (!m_classPromptEdited)
    m_classPromptEdit->setText(QStringLiteral("photo of a %1").arg(className()));
  validate();
  emit changed();
}

void ConceptsPage::setTokenizer(std::shared_ptr<const ClipTokenizer> tokenizer) {
  m_tokenizer = std::move(tokenizer);
  validate();
}

void ConceptsPage::setResolution(int resolution) {
  m_grid->setResolution(resolution);
  updateSummary();
}

void ConceptsPage::addImages() {
  QStringList patterns;
  for (const QByteArray& format : QImageReader::supportedImageFormats())
    patterns << QStringLiteral("*.") + QString::fromLatin1(format);
  const QStringList files =
      QFileDialog::getOpenFileNames(this, tr("Add photos of your concept"), QString(),
                                    tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
  m_grid->addFiles(files);
}

void ConceptsPage::validate() {
  m_tokenProblems.clear();
  const QString token = modifierToken();
  const QString init = m_initializerEdit->text().trimmed();
  if (token.isEmpty())
    m_tokenProblems << tr("Choose a new word, such as <new1>.");
  else if (token.contains(QLatin1Char(' ')) || token.contains(QLatin1Char('+')))
    m_tokenProblems << tr("The new word must not contain spaces or “+”.");
  else if (m_tokenizer && m_tokenizer->token_to_id(token.toStdString()))
    m_tokenProblems
        << tr("“%1” is already a word of the model; pick one it does not know, such as <new1>.")
               .arg(token);
  if (init.isEmpty())
    m_tokenProblems << tr("Choose a word to start from.");
  else if (m_tokenizer && !m_tokenizer->token_to_id(init.toStdString()))
    m_tokenProblems << tr("“%1” is not a single token of this model; try “ktn”.").arg(init);
  if (!token.isEmpty() && !m_instancePromptEdit->text().contains(token))
    m_tokenProblems << tr("The caption of your photos must contain the new word %1.").arg(token);
  if (m_tokenProblems.isEmpty())
    m_tokenStatus->setText(m_tokenizer
                               ? tr("<span style='color:#1b7f3a'>✔ The words are fine.</span>")
                               : tr("Open a model to check the words against its vocabulary."));
  else
    m_tokenStatus->setText(
        QStringLiteral("<span style='color:#b00020'>%1</span>")
            .arg(m_tokenProblems.join(QStringLiteral("<br>"))
                     .toHtmlEscaped()
                     .replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>"))));
}

QStringList ConceptsPage::problems() const {
  QStringList out = m_tokenProblems;
  const int n = m_grid->usableFiles().size();
  if (n < kMinImages) out << tr("Add at least %1 photos (%2 so far).").arg(kMinImages).arg(n);
  if (n > kMaxImages)
    out << tr("Use at most %1 photos (%2 now); more rarely helps.").arg(kMaxImages).arg(n);
  return out;
}

void ConceptsPage::updateSummary() {
  const int n = m_grid->usableFiles().size();
  const int bad = m_grid->unusableFiles().size();
  QString text;
  if (n < kMinImages)
    text = tr("<span style='color:#b00020'>%1 usable photo(s): add at least %2.</span>")
               .arg(n)
               .arg(kMinImages);
  else if (n > kMaxImages)
    text = tr("<span style='color:#b00020'>%1 usable photos: more than %2 rarely helps; remove "
              "some.</span>")
               .arg(n)
               .arg(kMaxImages);
  else
    text = tr("<span style='color:#1b7f3a'>%1 usable photos.</span>").arg(n);
  if (bad > 0)
    text += QLatin1Char(' ') + tr("%1 file(s) cannot be used and will be left out.").arg(bad);
  m_summary->setText(text);
}

void ConceptsPage::writeTo(TrainingSettings& s) const {
  s.images = m_grid->usableFiles();
  s.modifierToken = modifierToken();
  s.initializerToken = m_initializerEdit->text().trimmed();
  s.instancePrompt = m_instancePromptEdit->text();
  s.classPrompt = m_classPromptEdit->text();
}

void ConceptsPage::readFrom(const TrainingSettings& s, const QString& className) {
  m_grid->clear();
  m_grid->addFiles(s.images);
  m_classEdit->setText(className);
  m_tokenEdit->setText(s.modifierToken);
  m_initializerEdit->setText(s.initializerToken);
  m_promptEdited = m_classPromptEdited = true;
  m_instancePromptEdit->setText(s.instancePrompt);
  m_classPromptEdit->setText(s.classPrompt);
  validate();
}

}  // namespace cds::ui
