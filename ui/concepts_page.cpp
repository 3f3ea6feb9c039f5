// The Concepts page (see concepts_page.h).
#include "ui/concepts_page.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
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
  auto* outer = new QHBoxLayout(this);
  auto* side = new QVBoxLayout;
  auto* listLabel = new QLabel(tr("Concepts:"), this);
  side->addWidget(listLabel);
  m_list = new QListWidget(this);
  m_list->setObjectName("conceptList");
  m_list->setToolTip(
      tr("Several concepts train together into one result: each gets its own new word."));
  m_list->setMaximumWidth(220);
  listLabel->setBuddy(m_list);
  side->addWidget(m_list, 1);
  auto* addConceptButton = new QPushButton(tr("Add Concept"), this);
  addConceptButton->setObjectName("addConceptButton");
  addConceptButton->setToolTip(
      tr("Teach another thing in the same run, e.g. your cat and its "
         "favourite chair."));
  side->addWidget(addConceptButton);
  m_removeConcept = new QPushButton(tr("Remove Concept"), this);
  m_removeConcept->setObjectName("removeConceptButton");
  side->addWidget(m_removeConcept);
  outer->addLayout(side);

  auto* layout = new QVBoxLayout;
  outer->addLayout(layout, 1);
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
         "plain one looks like (chosen on the Regularization page)."));
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
    storeCurrent();
    emit changed();
  });
  connect(m_grid, &ImageGrid::augmentationPreviewRequested, this, [this](const QString& file) {
    emit augmentationPreviewRequested(file, m_instancePromptEdit->text());
  });
  connect(m_kind, qOverload<int>(&QComboBox::activated), this, [this] {
    storeCurrent();
    emit presetChosen(m_kind->currentData().toString());
    emit changed();
  });
  connect(m_classEdit, &QLineEdit::textChanged, this, &ConceptsPage::updatePrompts);
  connect(m_tokenEdit, &QLineEdit::textChanged, this, &ConceptsPage::updatePrompts);
  connect(m_instancePromptEdit, &QLineEdit::textEdited, this, [this] { m_promptEdited = true; });
  connect(m_classPromptEdit, &QLineEdit::textEdited, this, [this] { m_classPromptEdited = true; });
  for (QLineEdit* edit : {m_initializerEdit, m_instancePromptEdit, m_classPromptEdit})
    connect(edit, &QLineEdit::textChanged, this, [this] {
      if (m_loading) return;
      storeCurrent();
      validate();
      emit changed();
    });
  connect(m_list, &QListWidget::currentRowChanged, this, &ConceptsPage::setCurrentConcept);
  connect(addConceptButton, &QPushButton::clicked, this, &ConceptsPage::addConcept);
  connect(m_removeConcept, &QPushButton::clicked, this, [this] { removeConcept(m_current); });
  loadCurrent();
}

QString ConceptsPage::modifierToken() const { return m_tokenEdit->text().trimmed(); }
QString ConceptsPage::className() const { return m_classEdit->text().trimmed(); }
QString ConceptsPage::conceptKind() const { return m_kind->currentData().toString(); }

QStringList ConceptsPage::modifierTokens() const {
  QStringList out;
  for (const ConceptSettings& c : m_concepts) out << c.modifierToken;
  return out;
}

void ConceptsPage::setConceptKind(const QString& kind) {
  const int i = m_kind->findData(kind);
  if (i >= 0) m_kind->setCurrentIndex(i);
  storeCurrent();
}

QString ConceptsPage::instancePromptText() const {
  return QStringLiteral("photo of a %1 %2").arg(modifierToken(), className());
}

void ConceptsPage::updatePrompts() {
  if (m_loading) return;
  // The prompts follow the class and the token until the person writes their own. They stay
  // English whatever the interface language: the text encoder was trained on English captions.
  m_loading = true;
  if (!m_promptEdited) m_instancePromptEdit->setText(instancePromptText());
  if (!m_classPromptEdited)
    m_classPromptEdit->setText(QStringLiteral("photo of a %1").arg(className()));
  m_loading = false;
  storeCurrent();
  validate();
  emit conceptsChanged();
  emit changed();
}

void ConceptsPage::storeCurrent() {
  if (m_loading || m_current < 0 || m_current >= m_concepts.size()) return;
  ConceptSettings& c = m_concepts[m_current];
  c.kind = conceptKind();
  c.className = className();
  c.images = m_grid->usableFiles();
  c.modifierToken = modifierToken();
  c.initializerToken = m_initializerEdit->text().trimmed();
  // Empty while the prompts follow the words (the project keeps them following); any other
  // text, typed or set, is the person's own.
  if (m_instancePromptEdit->text() != instancePromptText()) m_promptEdited = true;
  if (m_classPromptEdit->text() != QStringLiteral("photo of a %1").arg(className()))
    m_classPromptEdited = true;
  c.instancePrompt = m_promptEdited ? m_instancePromptEdit->text() : QString();
  c.classPrompt = m_classPromptEdited ? m_classPromptEdit->text() : QString();
  updateList();
}

void ConceptsPage::loadCurrent() {
  const ConceptSettings& c = m_concepts[m_current];
  m_loading = true;
  const int kind = m_kind->findData(c.kind);
  if (kind >= 0) m_kind->setCurrentIndex(kind);
  m_classEdit->setText(c.className);
  m_tokenEdit->setText(c.modifierToken);
  m_initializerEdit->setText(c.initializerToken);
  m_promptEdited = !c.instancePrompt.isEmpty();
  m_classPromptEdited = !c.classPrompt.isEmpty();
  m_instancePromptEdit->setText(c.effectiveInstancePrompt());
  m_classPromptEdit->setText(c.effectiveClassPrompt());
  m_grid->clear();
  m_grid->addFiles(c.images);
  m_loading = false;
  m_removeConcept->setEnabled(m_concepts.size() > 1);
  updateList();
  updateSummary();
  validate();
}

void ConceptsPage::updateList() {
  const QSignalBlocker block(m_list);
  while (m_list->count() > m_concepts.size()) delete m_list->takeItem(m_list->count() - 1);
  for (int i = 0; i < m_concepts.size(); ++i) {
    const ConceptSettings& c = m_concepts[i];
    const QString label = QStringLiteral("%1  ·  %2").arg(c.modifierToken, c.className);
    if (i >= m_list->count())
      m_list->addItem(label);
    else
      m_list->item(i)->setText(label);
    m_list->item(i)->setToolTip(tr("%n photo(s)", nullptr, static_cast<int>(c.images.size())));
  }
  m_list->setCurrentRow(m_current);
}

QVector<ConceptSettings> ConceptsPage::concepts() const { return m_concepts; }

void ConceptsPage::setClassSources(const QVector<ConceptSettings>& concepts) {
  for (int i = 0; i < m_concepts.size() && i < concepts.size(); ++i) {
    ConceptSettings& c = m_concepts[i];
    c.classSource = concepts[i].classSource;
    c.numClassImages = concepts[i].numClassImages;
    c.retrievalServer = concepts[i].retrievalServer;
    c.sourceFolder = concepts[i].sourceFolder;
    c.classDataDir = concepts[i].classDataDir;
  }
}

void ConceptsPage::setConcepts(const QVector<ConceptSettings>& concepts) {
  m_concepts = concepts.isEmpty() ? QVector<ConceptSettings>{ConceptSettings()} : concepts;
  m_current = 0;
  loadCurrent();
  emit conceptsChanged();
  emit changed();
}

void ConceptsPage::setCurrentConcept(int index) {
  if (index < 0 || index >= m_concepts.size() || index == m_current) return;
  storeCurrent();
  m_current = index;
  loadCurrent();
}

void ConceptsPage::addConcept() {
  storeCurrent();
  ConceptSettings c;
  // The next free <newN>, and an initializer the other concepts do not use (the training
  // script's defaults are ktn, pll, ucd: rare tokens with little meaning of their own).
  const QStringList used = modifierTokens();
  for (int n = 1;; ++n) {
    c.modifierToken = QStringLiteral("<new%1>").arg(n);
    if (!used.contains(c.modifierToken)) break;
  }
  QStringList initializers;
  for (const ConceptSettings& other : m_concepts) initializers << other.initializerToken;
  for (const char* candidate : {"ktn", "pll", "ucd", "sks", "zwx", "bnp"}) {
    c.initializerToken = QString::fromLatin1(candidate);
    if (!initializers.contains(c.initializerToken)) break;
  }
  c.kind = m_concepts.value(m_current).kind;
  m_concepts << c;
  m_current = m_concepts.size() - 1;
  loadCurrent();
  emit conceptsChanged();
  emit changed();
}

void ConceptsPage::removeConcept(int index) {
  if (m_concepts.size() <= 1 || index < 0 || index >= m_concepts.size()) return;
  storeCurrent();
  m_concepts.removeAt(index);
  m_current = std::min(index, static_cast<int>(m_concepts.size()) - 1);
  loadCurrent();
  emit conceptsChanged();
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

QStringList ConceptsPage::problemsOf(int index) const {
  const ConceptSettings& c = m_concepts[index];
  QStringList out;
  const QString token = c.modifierToken.trimmed();
  const QString init = c.initializerToken.trimmed();
  if (token.isEmpty())
    out << tr("Choose a new word, such as <new1>.");
  else if (token.contains(QLatin1Char(' ')) || token.contains(QLatin1Char('+')))
    out << tr("The new word must not contain spaces or “+”.");
  else if (m_tokenizer && m_tokenizer->token_to_id(token.toStdString()))
    out << tr("“%1” is already a word of the model; pick one it does not know, such as <new1>.")
               .arg(token);
  for (int j = 0; j < index; ++j)
    if (m_concepts[j].modifierToken.trimmed() == token && !token.isEmpty())
      out << tr("Another concept already uses the new word %1; each needs its own.").arg(token);
  if (init.isEmpty())
    out << tr("Choose a word to start from.");
  else if (m_tokenizer && !m_tokenizer->token_to_id(init.toStdString()))
    out << tr("“%1” is not a single token of this model; try “ktn”.").arg(init);
  if (!token.isEmpty() && !c.effectiveInstancePrompt().contains(token))
    out << tr("The caption of your photos must contain the new word %1.").arg(token);
  return out;
}

void ConceptsPage::validate() {
  m_tokenProblems = problemsOf(m_current);
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
  QStringList out;
  for (int i = 0; i < m_concepts.size(); ++i) {
    QStringList own = problemsOf(i);
    const int n = static_cast<int>(m_concepts[i].images.size());
    if (n < kMinImages) own << tr("Add at least %1 photos (%2 so far).").arg(kMinImages).arg(n);
    if (n > kMaxImages)
      own << tr("Use at most %1 photos (%2 now); more rarely helps.").arg(kMaxImages).arg(n);
    if (m_concepts.size() > 1)
      for (QString& line : own)
        line = tr("Concept %1 (%2): %3").arg(i + 1).arg(m_concepts[i].modifierToken, line);
    out << own;
  }
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

}  // namespace cds::ui
