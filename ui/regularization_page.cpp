// The Regularization page (see regularization_page.h).
#include "ui/regularization_page.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include "core/train/class_folder.h"
#include "ui/jobs/job_runner.h"

namespace cds::ui {

namespace {

constexpr int kThumbnail = 72;

// The pictures the folder lists, read as training reads them (core's one reader).
QStringList listedImages(const QString& folder) {
  QStringList out;
  for (const cds::ClassFolderListing& listed : cds::read_class_folder_listing(folder.toStdString()))
    out << QString::fromStdString(listed.image.string());
  return out;
}

// A folder name from the class prompt: "photo of a cat" -> "photo-of-a-cat".
QString slug(const QString& text) {
  QString s = text.toLower();
  s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
  s = s.mid(0, 60);
  while (s.startsWith(QLatin1Char('-'))) s.remove(0, 1);
  while (s.endsWith(QLatin1Char('-'))) s.chop(1);
  return s.isEmpty() ? QStringLiteral("class") : s;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

RegularizationCard::RegularizationCard(QWidget* parent) : QWidget(parent) {
  auto* box = new QGroupBox(this);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(box);
  auto* layout = new QVBoxLayout(box);
  m_title = new QLabel(box);
  layout->addWidget(m_title);

  m_form = new QFormLayout;
  auto* form = m_form;
  m_source = new QComboBox(box);
  m_source->setObjectName("classSourceCombo");
  m_source->addItem(tr("None — train on my photos only"), int(ClassImageSource::None));
  m_source->addItem(tr("Draw them with the base model"), int(ClassImageSource::Generate));
  m_source->addItem(tr("Fetch from a clip-retrieval service"), int(ClassImageSource::Fetch));
  m_source->addItem(tr("Fetch openly licensed pictures (Openverse)"),
                    int(ClassImageSource::Openverse));
  m_source->addItem(tr("Use a folder of my own"), int(ClassImageSource::Folder));
  m_source->setToolTip(
      tr("Ordinary pictures of the class (other cats, other toys) shown alongside yours, so the "
         "model keeps knowing what a plain one looks like. Drawing them needs no internet but "
         "takes a while on a processor."));
  form->addRow(tr("Ordinary pictures:"), m_source);
  m_count = new QSpinBox(box);
  m_count->setObjectName("classCountSpin");
  m_count->setRange(1, 10000);
  m_count->setValue(200);
  m_count->setToolTip(tr("How many ordinary pictures to use; 200 is what the paper used."));
  form->addRow(tr("How many:"), m_count);
  m_server = new QLineEdit(box);
  m_server->setObjectName("retrievalServerEdit");
  m_server->setPlaceholderText(QStringLiteral("https://…/knn-service"));
  m_server->setToolTip(
      tr("The address of a clip-retrieval back-end (its knn-service). LAION's public one has "
         "been closed since 2024; use one you or your community run."));
  form->addRow(tr("Service:"), m_server);
  m_folderRow = new QHBoxLayout;
  auto* folderRow = m_folderRow;
  m_sourceFolder = new QLineEdit(box);
  m_sourceFolder->setObjectName("classFolderEdit");
  m_sourceFolder->setToolTip(
      tr("A folder of pictures of the class; they are copied, never "
         "changed."));
  folderRow->addWidget(m_sourceFolder, 1);
  m_browse = new QPushButton(tr("Browse…"), box);
  folderRow->addWidget(m_browse);
  form->addRow(tr("Folder:"), folderRow);
  layout->addLayout(form);

  auto* row = new QHBoxLayout;
  m_gather = new QPushButton(tr("Gather"), box);
  m_gather->setObjectName("gatherButton");
  row->addWidget(m_gather);
  m_progress = new QProgressBar(box);
  m_progress->setObjectName("classProgress");
  m_progress->setFormat(tr("%v of %m"));
  row->addWidget(m_progress, 1);
  layout->addLayout(row);
  m_status = new QLabel(box);
  m_status->setObjectName("classStatus");
  m_status->setWordWrap(true);
  layout->addWidget(m_status);
  m_thumbnails = new QListWidget(box);
  m_thumbnails->setObjectName("classThumbnails");
  m_thumbnails->setViewMode(QListView::IconMode);
  m_thumbnails->setFlow(QListView::LeftToRight);
  m_thumbnails->setWrapping(false);
  m_thumbnails->setIconSize(QSize(kThumbnail, kThumbnail));
  m_thumbnails->setFixedHeight(kThumbnail + 28);
  m_thumbnails->setMovement(QListView::Static);
  layout->addWidget(m_thumbnails);
  m_where = new QLabel(box);
  m_where->setObjectName("classFolderLabel");
  m_where->setTextInteractionFlags(Qt::TextBrowserInteraction);
  m_where->setOpenExternalLinks(true);
  m_where->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-size: 11px; }"));
  layout->addWidget(m_where);

  connect(m_source, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    updateFields();
    emit changed();
  });
  connect(m_count, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
    refresh();
    emit changed();
  });
  for (QLineEdit* edit : {m_server, m_sourceFolder})
    connect(edit, &QLineEdit::textChanged, this, &RegularizationCard::changed);
  connect(m_browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("A folder of ordinary pictures of the class"), m_sourceFolder->text());
    if (!dir.isEmpty()) m_sourceFolder->setText(dir);
  });
  connect(m_gather, &QPushButton::clicked, this, [this] {
    if (m_runningNow)
      emit cancelRequested();
    else
      emit gatherRequested();
  });
  updateFields();
}

ClassImageSource RegularizationCard::source() const {
  return static_cast<ClassImageSource>(m_source->currentData().toInt());
}

int RegularizationCard::wanted() const { return m_count->value(); }
QString RegularizationCard::folder() const { return m_folder; }
int RegularizationCard::thumbnailCount() const { return m_thumbnails->count(); }
int RegularizationCard::have() const {
  return m_folder.isEmpty() ? 0 : static_cast<int>(listedImages(m_folder).size());
}

void RegularizationCard::setConcept(const ConceptSettings& c, int index) {
  m_title->setText(
      tr("<b>Concept %1: %2</b> — ordinary pictures of “%3”")
          .arg(index + 1)
          .arg(c.modifierToken.toHtmlEscaped(), c.effectiveClassPrompt().toHtmlEscaped()));
  const QSignalBlocker b1(m_source), b2(m_count), b3(m_server), b4(m_sourceFolder);
  m_source->setCurrentIndex(std::max(0, m_source->findData(int(c.classSource))));
  m_count->setValue(c.numClassImages);
  m_server->setText(c.retrievalServer);
  m_sourceFolder->setText(c.sourceFolder);
  updateFields();
}

void RegularizationCard::writeTo(ConceptSettings& c) const {
  c.classSource = source();
  c.numClassImages = m_count->value();
  c.retrievalServer = m_server->text().trimmed();
  c.sourceFolder = m_sourceFolder->text().trimmed();
}

void RegularizationCard::setFolder(const QString& folder) {
  if (folder == m_folder) return;
  m_folder = folder;
  m_where->setText(folder.isEmpty()
                       ? QString()
                       : tr("Kept in <a href=\"%1\">%2</a>")
                             .arg(QUrl::fromLocalFile(folder).toString(), folder.toHtmlEscaped()));
  m_thumbnails->clear();
  m_shown.clear();
  refresh();
}

void RegularizationCard::updateFields() {
  const ClassImageSource s = source();
  const bool none = s == ClassImageSource::None;
  m_count->setEnabled(!none);
  // Only the fields of the chosen source are shown.
  m_form->setRowVisible(m_server, s == ClassImageSource::Fetch);
  m_form->setRowVisible(m_folderRow, s == ClassImageSource::Folder);
  m_form->setRowVisible(m_count, !none);
  m_gather->setEnabled(!none || m_runningNow);
  m_gather->setVisible(!none || m_runningNow);  // nothing to gather without a source
  m_progress->setVisible(!none);
  m_thumbnails->setVisible(!none);
  m_where->setVisible(!none);
  if (none)
    m_status->setText(
        tr("Your photos alone: fastest, but the class word may drift "
           "towards your concept."));
  else
    refresh();
}

void RegularizationCard::setRunning(bool running) {
  m_runningNow = running;
  m_gather->setText(running ? tr("Stop") : tr("Gather"));
  m_gather->setEnabled(running || source() != ClassImageSource::None);
  m_source->setEnabled(!running);
}

void RegularizationCard::refresh() {
  if (source() == ClassImageSource::None) return;
  const QStringList images = m_folder.isEmpty() ? QStringList() : listedImages(m_folder);
  m_progress->setRange(0, m_count->value());
  m_progress->setValue(std::min<int>(images.size(), m_count->value()));
  // New pictures join the strip as they arrive, newest first, each decoded once and small.
  for (const QString& file : images) {
    if (m_shown.contains(file)) continue;
    m_shown.insert(file);
    QImageReader reader(file);
    reader.setAutoTransform(false);  // as training reads it: EXIF orientation ignored
    const QSize size = reader.size();
    if (size.isValid())
      reader.setScaledSize(size.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(image)), QString());
    item->setToolTip(QFileInfo(file).fileName());
    m_thumbnails->insertItem(0, item);
  }
  if (!m_runningNow) {
    if (images.size() >= m_count->value())
      m_status->setText(tr("<span style='color:#1b7f3a'>✔ %1 of %2 pictures ready.</span>")
                            .arg(images.size())
                            .arg(m_count->value()));
    else
      m_status->setText(tr("%1 of %2 pictures so far. Gather the rest now, or they are gathered "
                           "when training starts.")
                            .arg(images.size())
                            .arg(m_count->value()));
  }
}

void RegularizationCard::showProgress(const ClassImagesProgress& p) {
  refresh();
  QString text = tr("%1 of %2 pictures").arg(p.have).arg(p.wanted);
  if (p.failed > 0) text += QLatin1String(" · ") + tr("%n failed", nullptr, p.failed);
  if (!p.message.isEmpty()) text += QLatin1String(" · ") + p.message.toHtmlEscaped();
  m_status->setText(text);
}

void RegularizationCard::showFinished(bool complete, const QString& summary) {
  setRunning(false);
  refresh();
  // One line per file left out (a folder's pictures), below the count.
  const QString html = summary.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
  if (!summary.isEmpty())
    m_status->setText(complete ? QStringLiteral("<span style='color:#1b7f3a'>✔ %1</span>").arg(html)
                               : QStringLiteral("<span style='color:#b00020'>%1</span>").arg(html));
}

// ---------------------------------------------------------------------------------------------

RegularizationPage::RegularizationPage(JobRunner* runner, QWidget* parent)
    : QWidget(parent), m_runner(runner) {
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(
      tr("<b>Ordinary pictures of the class</b> (optional). Training on a few photos can make "
         "the class word itself drift: after teaching your cat, every “cat” may look like yours. "
         "Showing the model some ordinary cats alongside prevents that. They are kept in "
         "retrieve.py's folder layout, so other tools can use them too."),
      this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* row = new QHBoxLayout;
  auto* all = new QPushButton(tr("Gather All"), this);
  all->setObjectName("gatherAllButton");
  all->setToolTip(tr("Gathers the missing pictures of every concept, one after another."));
  row->addWidget(all);
  row->addStretch(1);
  layout->addLayout(row);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* content = new QWidget(scroll);
  m_cardsLayout = new QVBoxLayout(content);
  m_cardsLayout->addStretch(1);
  scroll->setWidget(content);
  layout->addWidget(scroll, 1);

  connect(all, &QPushButton::clicked, this, &RegularizationPage::gatherAll);
  connect(m_runner, &JobRunner::classImagesProgress, this,
          [this](JobId id, const ClassImagesProgress& p) {
            RegularizationCard* c = card(p.concept);
            if (!c || m_jobs.value(p.concept) != id) return;
            m_running = p.concept;
            c->setRunning(true);
            c->showProgress(p);
          });
  connect(m_runner, &JobRunner::classImagesFinished, this,
          [this](JobId id, int concept, bool complete, const QString& summary) {
            if (m_jobs.value(concept) != id) return;
            m_jobs.remove(concept);
            if (RegularizationCard* c = card(concept)) c->showFinished(complete, summary);
            if (m_running == concept) m_running = -1;
          });
  // A gathering taken off the queue before it began ends with jobFinished alone.
  connect(m_runner, &JobRunner::jobFinished, this, [this](JobId id) {
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
      if (it.value() != id) continue;
      const int concept = it.key();
      m_jobs.erase(it);
      if (RegularizationCard* c = card(concept))
        c->showFinished(false, tr("Cancelled before it began."));
      if (m_running == concept) m_running = -1;
      return;
    }
  });
}

RegularizationCard* RegularizationPage::card(int concept) const {
  return concept >= 0 && concept < m_cards.size() ? m_cards[concept] : nullptr;
}

void RegularizationPage::setConcepts(const QVector<ConceptSettings>& concepts) {
  // The Concepts page holds every concept's choices here too (the window copies them back on
  // each change), so removing or reordering concepts keeps each concept's own source.
  while (m_cards.size() > concepts.size()) delete m_cards.takeLast();
  while (m_cards.size() < concepts.size()) {
    auto* card = new RegularizationCard(this);
    card->setObjectName(QStringLiteral("regularizationCard%1").arg(m_cards.size() + 1));
    const int index = m_cards.size();
    m_cardsLayout->insertWidget(index, card);
    m_cards << card;
    connect(card, &RegularizationCard::gatherRequested, this, [this, index] { gather(index); });
    connect(card, &RegularizationCard::cancelRequested, this, [this, index] {
      m_runner->cancelJob(m_jobs.value(index));  // running or still waiting
    });
    connect(card, &RegularizationCard::changed, this, [this, index] {
      m_cards[index]->writeTo(m_concepts[index]);
      emit changed();
    });
  }
  m_concepts = concepts;
  for (int i = 0; i < m_cards.size(); ++i) {
    m_cards[i]->setConcept(m_concepts[i], i);
    ConceptSettings c = m_concepts[i];
    if (c.classDataDir.isEmpty() && !m_defaultFolder.isEmpty())
      c.classDataDir =
          QDir(m_defaultFolder)
              .filePath(QStringLiteral("class-images/") + slug(c.effectiveClassPrompt()));
    m_cards[i]->setFolder(c.classDataDir);
  }
}

void RegularizationPage::writeTo(QVector<ConceptSettings>& concepts) const {
  for (int i = 0; i < concepts.size() && i < m_cards.size(); ++i) {
    m_cards[i]->writeTo(concepts[i]);
    // Without a source there is no folder to remember; with one, the folder stays put.
    if (concepts[i].classSource == ClassImageSource::None)
      concepts[i].classDataDir.clear();
    else if (concepts[i].classDataDir.isEmpty())
      concepts[i].classDataDir = m_cards[i]->folder();
  }
}

void RegularizationPage::setDefaultFolder(const QString& folder) {
  m_defaultFolder = folder;
  setConcepts(m_concepts);
}

void RegularizationPage::setGenerator(const QString& model, const QString& device) {
  m_model = model;
  m_device = device;
}

bool RegularizationPage::allHaveSources() const {
  for (const RegularizationCard* c : m_cards)
    if (c->source() == ClassImageSource::None) return false;
  return !m_cards.isEmpty();
}

bool RegularizationPage::anyHasSource() const {
  for (const RegularizationCard* c : m_cards)
    if (c->source() != ClassImageSource::None) return true;
  return false;
}

ClassImagesRequest RegularizationPage::requestFor(int concept) const {
  const RegularizationCard* c = m_cards[concept];
  ClassImagesRequest r;
  r.concept = concept;
  r.source = c->source();
  r.classPrompt = m_concepts[concept].effectiveClassPrompt();
  r.classDataDir = c->folder();
  r.count = c->wanted();
  ConceptSettings settings;
  c->writeTo(settings);
  r.retrievalServer = settings.retrievalServer;
  r.sourceFolder = settings.sourceFolder;
  r.model = m_model;
  r.device = m_device;
  return r;
}

QVector<ClassImagesRequest> RegularizationPage::missingRequests() const {
  QVector<ClassImagesRequest> out;
  for (int i = 0; i < m_cards.size(); ++i)
    if (m_cards[i]->source() != ClassImageSource::None && m_cards[i]->have() < m_cards[i]->wanted())
      out << requestFor(i);
  return out;
}

void RegularizationPage::gather(int concept) {
  RegularizationCard* c = card(concept);
  if (!c || c->source() == ClassImageSource::None || m_jobs.contains(concept)) return;
  if (c->folder().isEmpty()) {
    c->showFinished(false, tr("Choose a model or save the project first, so the pictures have "
                              "a folder to go to."));
    return;
  }
  if (c->source() == ClassImageSource::Generate && m_model.isEmpty()) {
    c->showFinished(false, tr("Choose a model on the Model page first: it draws the pictures."));
    return;
  }
  if (m_runner->isBusy()) c->showFinished(false, tr("Waiting for the running job to finish…"));
  m_jobs.insert(concept, m_runner->gatherClassImages(requestFor(concept)));
}

void RegularizationPage::gatherAll() {
  for (const ClassImagesRequest& r : missingRequests()) gather(r.concept);
}

}  // namespace cds::ui
