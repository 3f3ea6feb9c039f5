// The Generate page (see generate_page.h).
#include "ui/generate_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/io/png_file.h"
#include "core/schedulers/scheduler_names.h"
#include "ui/concept_library.h"
#include "ui/concept_picker_dialog.h"
#include "ui/export_dialog.h"
#include "ui/extra_networks_box.h"
#include "ui/jobs/job_runner.h"
#include "ui/merge_compare_dialog.h"

namespace cds::ui {

namespace {
enum Role { FileRole = Qt::UserRole, ParametersRole, SeedRole };
}

GeneratePage::GeneratePage(JobRunner* runner, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_merger(new ConceptMerger(runner, ConceptMerger::defaultCacheRoot(), this)),
      m_libraryFile(ConceptLibrary::defaultStoreFile()) {
  auto* splitter = new QSplitter(this);
  auto* left = new QWidget(splitter);
  auto* leftLayout = new QVBoxLayout(left);
  auto* form = new QFormLayout;
  leftLayout->addLayout(form);
  leftLayout->addStretch(1);  // the form keeps its natural height; spare room goes below
  auto* weightsRow = new QHBoxLayout;
  m_weights = new QLineEdit(left);
  m_weights->setObjectName("weightsEdit");
  m_weights->setPlaceholderText(tr("None: the base model alone"));
  m_weights->setToolTip(
      tr("The folder of a trained concept (the training output, or a preview step)."));
  weightsRow->addWidget(m_weights, 1);
  auto* browse = new QPushButton(tr("Browse…"), left);
  weightsRow->addWidget(browse);
  auto* exportButton = new QPushButton(tr("Export…"), left);
  exportButton->setObjectName("exportConceptButton");
  exportButton->setToolTip(
      tr("Save the concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or "
         "stable-diffusion.cpp."));
  weightsRow->addWidget(exportButton);
  form->addRow(tr("Concept:"), weightsRow);
  auto* strengthRow = new QHBoxLayout;
  m_strength = new QSlider(Qt::Horizontal, left);
  m_strength->setObjectName("strengthSlider");
  m_strength->setRange(0, 100);
  m_strength->setValue(100);
  m_strength->setToolTip(
      tr("How strongly the concept shows: 0 is the plain model, 100% the trained concept."));
  m_strengthLabel = new QLabel(QStringLiteral("100%"), left);
  strengthRow->addWidget(m_strength, 1);
  strengthRow->addWidget(m_strengthLabel);
  form->addRow(tr("Strength:"), strengthRow);
  auto* libraryRow = new QHBoxLayout;
  m_pick = new QPushButton(left);
  m_pick->setObjectName("pickConceptsButton");
  m_pick->setToolTip(
      tr("Use several concepts from the library together: they are merged into one."));
  m_mergeMethod = new QComboBox(left);
  m_mergeMethod->setObjectName("mergeMethodCombo");
  m_mergeMethod->addItem(tr("Constrained merge"), QStringLiteral("constrained"));
  m_mergeMethod->addItem(tr("Add changes"), QStringLiteral("add"));
  m_mergeMethod->setToolTip(
      tr("Constrained merge keeps each concept's words as each concept alone had them and "
         "changes the rest of the model least (the paper's method). Adding the changes is "
         "quicker, but the concepts can disturb each other."));
  m_compare = new QPushButton(tr("Compare…"), left);
  m_compare->setObjectName("compareMergesButton");
  m_compare->setToolTip(
      tr("The prompt and seed drawn with each way of combining the concepts, side by side."));
  libraryRow->addWidget(m_pick);
  libraryRow->addWidget(m_mergeMethod, 1);
  libraryRow->addWidget(m_compare);
  form->addRow(tr("From library:"), libraryRow);
  m_extras = new ExtraNetworksBox(left);
  m_extras->setObjectName("extraNetworks");
  form->addRow(tr("LoRA and embeddings:"), m_extras);
  m_prompt = new QPlainTextEdit(left);
  m_prompt->setObjectName("generatePromptEdit");
  m_prompt->setTabChangesFocus(true);
  m_prompt->setFixedHeight(70);
  m_prompt->setToolTip(tr("Describe the picture; use your new word to bring in the concept."));
  form->addRow(tr("Prompt:"), m_prompt);
  m_tokenRow = new QWidget(left);
  m_tokenRow->setObjectName("tokenButtons");
  auto* tokenLayout = new QHBoxLayout(m_tokenRow);
  tokenLayout->setContentsMargins(0, 0, 0, 0);
  form->addRow(tr("New words:"), m_tokenRow);
  m_negative = new QLineEdit(left);
  m_negative->setToolTip(tr("What the picture should not show, e.g. “blurry, low quality”."));
  form->addRow(tr("Avoid:"), m_negative);
  m_steps = new QSpinBox(left);
  m_steps->setObjectName("generateStepsSpin");
  m_steps->setRange(1, 200);
  m_steps->setValue(30);
  m_steps->setToolTip(tr("More steps give cleaner pictures but take longer; 20–40 is typical."));
  form->addRow(tr("Steps:"), m_steps);
  m_guidance = new QDoubleSpinBox(left);
  m_guidance->setRange(0, 30);
  m_guidance->setSingleStep(0.5);
  m_guidance->setValue(7.5);
  m_guidance->setToolTip(tr(
      "How closely the picture follows the prompt. Higher is more literal, too high looks harsh."));
  form->addRow(tr("Guidance:"), m_guidance);
  m_scheduler = new QComboBox(left);
  m_scheduler->setObjectName("schedulerCombo");
  m_scheduler->addItem(tr("Model default"), QString());
  for (const cds::SchedulerName& s : cds::scheduler_catalog())  // the engine's list and names
    m_scheduler->addItem(QString::fromLatin1(s.sampler), QString::fromLatin1(s.id));
  m_scheduler->setToolTip(
      tr("The method that turns noise into a picture. DPM++ 2M is fast and clean."));
  form->addRow(tr("Sampler:"), m_scheduler);
  auto* seedRow = new QHBoxLayout;
  m_seed = new QSpinBox(left);
  m_seed->setObjectName("seedSpin");
  m_seed->setRange(0, 2147483647);
  m_seed->setValue(42);
  m_seed->setToolTip(tr("The same seed with the same settings gives the same picture."));
  m_randomSeed = new QCheckBox(tr("Random"), left);
  m_randomSeed->setObjectName("randomSeedCheck");
  m_randomSeed->setToolTip(tr("A new seed for every click."));
  seedRow->addWidget(m_seed, 1);
  seedRow->addWidget(m_randomSeed);
  form->addRow(tr("Seed:"), seedRow);
  auto* sizeRow = new QHBoxLayout;
  m_width = new QSpinBox(left);
  m_height = new QSpinBox(left);
  for (QSpinBox* s : {m_width, m_height}) {
    s->setRange(0, 2048);
    s->setSingleStep(64);
    s->setSpecialValueText(tr("Default"));
    s->setToolTip(
        tr("Picture size in pixels (a multiple of 8). Default: the size the model was made for."));
    sizeRow->addWidget(s);
  }
  form->addRow(tr("Width × height:"), sizeRow);
  m_count = new QSpinBox(left);
  m_count->setObjectName("imageCountSpin");
  m_count->setRange(1, 16);
  m_count->setToolTip(tr("How many pictures to make, each with the next seed."));
  form->addRow(tr("Pictures:"), m_count);
  m_device = new QComboBox(left);
  m_device->setObjectName("generateDeviceCombo");
  m_device->setToolTip(
      tr("Where the pictures are made. A graphics card is many times faster "
         "than the processor."));
  for (const QString& d : JobRunner::availableDevices())
    m_device->addItem(JobRunner::deviceLabel(d), d);
  form->addRow(tr("Run on:"), m_device);
  auto* buttons = new QHBoxLayout;
  m_generate = new QPushButton(tr("Generate"), left);
  m_generate->setObjectName("generateButton");
  m_generate->setDefault(true);
  m_stop = new QPushButton(tr("Stop"), left);
  m_stop->setObjectName("generateStopButton");
  m_stop->setEnabled(false);
  buttons->addWidget(m_generate);
  buttons->addWidget(m_stop);
  form->addRow(buttons);
  m_progress = new QProgressBar(left);
  form->addRow(m_progress);
  m_status = new QLabel(left);
  m_status->setObjectName("generateStatus");
  m_status->setWordWrap(true);
  form->addRow(m_status);
  splitter->addWidget(left);

  auto* right = new QWidget(splitter);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  m_gallery = new QListWidget(right);
  m_gallery->setObjectName("gallery");
  m_gallery->setViewMode(QListView::IconMode);
  m_gallery->setIconSize(QSize(192, 192));
  m_gallery->setResizeMode(QListView::Adjust);
  m_gallery->setMovement(QListView::Static);
  m_gallery->setSpacing(6);
  rightLayout->addWidget(m_gallery, 1);
  m_parameters = new QPlainTextEdit(right);
  m_parameters->setReadOnly(true);
  m_parameters->setFixedHeight(80);
  m_parameters->setPlaceholderText(tr("Select a picture to see how it was made."));
  rightLayout->addWidget(m_parameters);
  auto* galleryButtons = new QHBoxLayout;
  auto* save = new QPushButton(tr("Save as PNG…"), right);
  save->setObjectName("saveImageButton");
  save->setToolTip(
      tr("Save the selected picture with its settings embedded, so it can be made again."));
  auto* reuse = new QPushButton(tr("Use These Settings"), right);
  reuse->setToolTip(tr("Copy the selected picture's prompt, seed and settings into the form."));
  galleryButtons->addStretch(1);
  galleryButtons->addWidget(reuse);
  galleryButtons->addWidget(save);
  rightLayout->addLayout(galleryButtons);
  splitter->addWidget(right);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter);

  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose a trained concept folder"), m_weights->text());
    if (!dir.isEmpty()) setWeightsDir(dir);
  });
  connect(m_pick, &QPushButton::clicked, this, &GeneratePage::pickConcepts);
  connect(m_compare, &QPushButton::clicked, this, [this] {
    if (MergeCompareDialog* dialog = compareMerges()) dialog->setAttribute(Qt::WA_DeleteOnClose);
  });
  connect(m_mergeMethod, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    if (m_picked.size() >= 2) mergePicked(false);
  });
  // A folder typed in by hand replaces the library picks.
  connect(m_weights, &QLineEdit::textEdited, this, [this] {
    m_picked.clear();
    updatePickButton();
  });
  connect(exportButton, &QPushButton::clicked, this, &GeneratePage::exportConcept);
  connect(m_runner, &JobRunner::exportFinished, this,
          [this](JobId id, bool ok, const QString& summary) {
            if (id != m_exportJob) return;
            m_exportJob = 0;
            if (ok) m_status->setText(summary);
          });
  connect(m_strength, &QSlider::valueChanged, this,
          [this](int v) { m_strengthLabel->setText(tr("%1%").arg(v)); });
  connect(m_generate, &QPushButton::clicked, this, &GeneratePage::generate);
  // Stops this page's generation only (running or still waiting), never another page's job.
  connect(m_stop, &QPushButton::clicked, this, [this] { m_runner->cancelJob(m_job); });
  connect(save, &QPushButton::clicked, this, &GeneratePage::saveSelected);
  connect(reuse, &QPushButton::clicked, this, &GeneratePage::reuseSelected);
  connect(m_gallery, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
    m_parameters->setPlainText(item ? item->data(ParametersRole).toString() : QString());
  });
  connect(m_weights, &QLineEdit::textChanged, this, &GeneratePage::updateTokenButtons);
  connect(m_runner, &JobRunner::imageGenerated, this,
          [this](JobId id, const GeneratedImage& image) {
            if (id == m_job) addImage(image);
          });
  connect(m_runner, &JobRunner::generationProgress, this, [this](JobId id, int step, int total) {
    if (id != m_job) return;
    m_progress->setRange(0, total);
    m_progress->setValue(step);
  });
  connect(m_runner, &JobRunner::generationFinished, this,
          [this](JobId id, bool cancelled) { finish(id, cancelled); });
  // A generation taken off the queue before it began ends with jobFinished alone.
  connect(m_runner, &JobRunner::jobFinished, this, [this](JobId id) { finish(id, true); });
  connect(m_runner, &JobRunner::failed, this, [this](JobId id, const QString& message) {
    if (id == m_job || (id != 0 && id == m_exportJob)) showError(message);
  });
  updatePickButton();
}

void GeneratePage::showError(const QString& message) {
  m_status->setText(
      QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
}

QString GeneratePage::weightsDir() const { return m_weights->text().trimmed(); }

void GeneratePage::setMergeCacheRoot(const QString& folder) {
  delete m_merger;
  m_merger = new ConceptMerger(m_runner, folder, this);
}

void GeneratePage::updatePickButton() {
  m_pick->setText(m_picked.isEmpty() ? tr("Concepts…") : tr("Concepts (%1)…").arg(m_picked.size()));
  m_mergeMethod->setEnabled(m_picked.size() >= 2);
  m_compare->setEnabled(m_picked.size() >= 2 && !m_model.isEmpty());
  m_generate->setEnabled(m_job == 0 && !isMerging());
}

void GeneratePage::pickConcepts() {
  ConceptPickerDialog dialog(m_libraryFile, m_picked, this);
  if (dialog.exec() == QDialog::Accepted) setPickedConcepts(dialog.checkedFolders());
}

void GeneratePage::setPickedConcepts(const QStringList& folders) {
  m_picked = folders;
  ++m_mergeTicket;  // a merge of the earlier picks no longer counts
  if (m_mergeJob != 0) m_runner->cancelJob(m_mergeJob);  // unqueued when still waiting
  m_mergeJob = 0;
  m_mergePending = false;
  if (folders.size() == 1) {
    m_weights->setText(folders.first());
    m_status->clear();
  } else if (folders.size() >= 2) {
    mergePicked(false);
  }
  updatePickButton();
}

MergeRequest GeneratePage::pickedMerge() const {
  MergeRequest r;
  r.folders = m_picked;
  r.method = m_mergeMethod->currentData().toString();
  // The model the concepts record; the engine says so when they disagree.
  for (const QString& folder : m_picked) {
    r.baseModel = ConceptLibrary::describe(folder).baseModel;
    if (!r.baseModel.isEmpty()) break;
  }
  if (r.baseModel.isEmpty()) r.baseModel = m_model;
  return r;
}

void GeneratePage::mergePicked(bool thenGenerate) {
  const MergeRequest request = pickedMerge();
  if (request.baseModel.isEmpty()) {
    m_status->setText(tr("Open a model on the Model page first."));
    return;
  }
  if (m_mergeJob != 0) m_runner->cancelJob(m_mergeJob);
  const int ticket = ++m_mergeTicket;
  m_mergePending = true;
  m_weights->clear();  // nothing stale to generate with while the merge runs
  m_status->setText(tr("Merging %n concept(s)…", nullptr, request.folders.size()));
  m_mergeJob = m_merger->merge(request, this, [this, ticket, thenGenerate](const MergeOutcome& o) {
    if (ticket != m_mergeTicket) return;
    m_mergeJob = 0;
    m_mergePending = false;
    updatePickButton();
    if (!o.error.isEmpty()) {
      showError(tr("These concepts cannot be merged: %1").arg(o.error));
    } else {
      m_weights->setText(o.folder);
      m_status->setText((o.fromCache ? tr("Merged concepts from the cache; their words: %1.")
                                     : tr("Merged; the concepts' words: %1."))
                            .arg(o.tokens.join(QStringLiteral(", "))));
    }
    emit mergeFinished(o.folder, o.error, o.fromCache);
    if (thenGenerate && o.error.isEmpty()) startGeneration();
  });
  updatePickButton();
}

MergeCompareDialog* GeneratePage::compareMerges() {
  if (m_picked.size() < 2 || m_model.isEmpty()) {
    m_status->setText(tr("Pick two or more concepts from the library to compare merges."));
    return nullptr;
  }
  GenerationRequest r = request();
  if (r.outputDir.isEmpty()) r.outputDir = QDir::temp().filePath(QStringLiteral("cdstudio-images"));
  auto* dialog = new MergeCompareDialog(m_runner, m_merger, r, pickedMerge(), this);
  dialog->show();
  dialog->start();
  return dialog;
}

void GeneratePage::setWeightsDir(const QString& dir) {
  setPickedConcepts({});
  m_weights->setText(dir);
  updateTokenButtons();
}

void GeneratePage::setModifierTokens(const QStringList& tokens) {
  m_conceptTokens = tokens;
  updateTokenButtons();
}

QStringList GeneratePage::offeredTokens() const {
  // The words a training output brings: its <token>.safetensors (or .bin) embedding files.
  QStringList tokens;
  const QString dir = m_weights->text().trimmed();
  if (!dir.isEmpty())
    for (const QString& file : QDir(dir).entryList(
             {QStringLiteral("*.safetensors"), QStringLiteral("*.bin")}, QDir::Files, QDir::Name)) {
      const QString stem = QFileInfo(file).completeBaseName();
      if (stem.startsWith(QLatin1Char('<')) && stem.endsWith(QLatin1Char('>')) &&
          !tokens.contains(stem))
        tokens << stem;
    }
  return tokens.isEmpty() ? m_conceptTokens : tokens;
}

void GeneratePage::updateTokenButtons() {
  auto* layout = static_cast<QHBoxLayout*>(m_tokenRow->layout());
  while (QLayoutItem* item = layout->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  for (const QString& token : offeredTokens()) {
    auto* button = new QToolButton(m_tokenRow);
    button->setText(token);
    button->setToolTip(tr("Insert %1 into the prompt at the cursor.").arg(token));
    connect(button, &QToolButton::clicked, this, [this, token] {
      QTextCursor cursor = m_prompt->textCursor();
      const QString before = m_prompt->toPlainText().left(cursor.position());
      cursor.insertText(
          before.isEmpty() || before.endsWith(QLatin1Char(' ')) ? token : QLatin1Char(' ') + token);
      m_prompt->setFocus();
    });
    layout->addWidget(button);
  }
  layout->addStretch(1);
}

void GeneratePage::setSuggestedPrompt(const QString& prompt) {
  // Offer the concept's caption in the prompt until the person writes their own.
  const QString text = m_prompt->toPlainText();
  if (text.isEmpty() || text == m_suggestedPrompt) m_prompt->setPlainText(prompt);
  m_suggestedPrompt = prompt;
}

void GeneratePage::exportConcept() {
  const QString concept = m_weights->text().trimmed();
  if (concept.isEmpty() || m_model.isEmpty()) {
    m_status->setText(tr("Choose a model and a trained concept first."));
    return;
  }
  ExportRequest r;
  r.model = m_model;
  r.weightsDir = concept;
  m_exportJob = ExportDialog::exportConcept(m_runner, r, this);
  if (m_exportJob != 0) m_status->setText(tr("Exporting…"));
}

GenerationRequest GeneratePage::request() const {
  GenerationRequest r;
  r.model = m_model;
  r.weightsDir = m_weights->text().trimmed();
  r.strength = m_strength->value() / 100.0;
  r.loras = m_extras->loras();
  r.embeddings = m_extras->embeddings();
  r.prompt = m_prompt->toPlainText();
  r.negativePrompt = m_negative->text();
  r.steps = m_steps->value();
  r.guidance = m_guidance->value();
  r.scheduler = m_scheduler->currentData().toString();
  r.seed = static_cast<quint64>(m_seed->value());
  r.width = m_width->value();
  r.height = m_height->value();
  r.numImages = m_count->value();
  r.device = m_device->currentData().toString();
  r.outputDir = m_outputDir;
  return r;
}

void GeneratePage::setDevice(const QString& device) {
  const int i = m_device->findData(device);
  if (i >= 0) m_device->setCurrentIndex(i);
}

void GeneratePage::setRequest(const GenerationRequest& r) {
  setPickedConcepts({});
  m_weights->setText(r.weightsDir);
  m_strength->setValue(static_cast<int>(r.strength * 100 + 0.5));
  m_extras->setFiles(r.loras, r.embeddings);
  m_prompt->setPlainText(r.prompt);
  m_negative->setText(r.negativePrompt);
  m_steps->setValue(r.steps);
  m_guidance->setValue(r.guidance);
  const int i = m_scheduler->findData(r.scheduler);
  m_scheduler->setCurrentIndex(i >= 0 ? i : 0);
  m_seed->setValue(static_cast<int>(r.seed));
  m_width->setValue(r.width);
  m_height->setValue(r.height);
  m_count->setValue(r.numImages);
}

void GeneratePage::generate() {
  if (m_model.isEmpty()) {
    m_status->setText(tr("Open a model on the Model page first."));
    return;
  }
  if ((m_width->value() % 8) || (m_height->value() % 8)) {
    m_status->setText(tr("Width and height must be multiples of 8."));
    return;
  }
  if (isMerging()) {
    m_status->setText(tr("The concepts are still being merged; generate when that is done."));
    return;
  }
  // Picked concepts changed on disk since they were merged (retrained): merge again first.
  if (m_picked.size() >= 2 && (!m_merger->isCached(pickedMerge()) ||
                               m_merger->outputFolder(pickedMerge()) != weightsDir())) {
    mergePicked(true);
    return;
  }
  startGeneration();
}

void GeneratePage::startGeneration() {
  if (m_randomSeed->isChecked())
    m_seed->setValue(static_cast<int>(QRandomGenerator::global()->bounded(2147483647)));
  GenerationRequest r = request();
  if (r.outputDir.isEmpty()) r.outputDir = QDir::temp().filePath(QStringLiteral("cdstudio-images"));
  m_generate->setEnabled(false);
  m_stop->setEnabled(true);
  m_progress->setValue(0);
  m_status->setText(m_runner->isBusy() ? tr("Working — waiting for the running job…")
                                       : tr("Working…"));
  m_job = m_runner->startGeneration(r);
}

void GeneratePage::finish(JobId id, bool cancelled) {
  if (id == 0 || id != m_job) return;
  m_job = 0;
  updatePickButton();
  m_stop->setEnabled(false);
  if (m_status->text().startsWith(tr("Working")))
    m_status->setText(cancelled ? tr("Stopped.") : tr("Done."));
}

void GeneratePage::addImage(const GeneratedImage& image) {
  auto* item = new QListWidgetItem(QIcon(image.file), tr("Seed %1").arg(image.seed));
  item->setData(FileRole, image.file);
  item->setData(ParametersRole, image.parameters);
  item->setData(SeedRole, image.seed);
  item->setToolTip(image.parameters);
  m_gallery->insertItem(0, item);
  m_gallery->setCurrentItem(item);
}

void GeneratePage::saveSelected() {
  QListWidgetItem* item = m_gallery->currentItem();
  if (!item) return;
  const QString source = item->data(FileRole).toString();
  const QString target = QFileDialog::getSaveFileName(
      this, tr("Save picture"), QFileInfo(source).fileName(), tr("PNG images (*.png)"));
  if (target.isEmpty()) return;
  // The file already carries its parameters; saving is a copy.
  QFile::remove(target);
  if (!QFile::copy(source, target)) m_status->setText(tr("Could not save %1.").arg(target));
}

void GeneratePage::reuseSelected() {
  QListWidgetItem* item = m_gallery->currentItem();
  if (!item) return;
  const auto info =
      parse_generation_parameters(item->data(ParametersRole).toString().toStdString());
  if (!info) return;
  m_prompt->setPlainText(QString::fromStdString(info->prompt));
  m_negative->setText(QString::fromStdString(info->negative_prompt));
  m_steps->setValue(info->steps);
  m_guidance->setValue(info->cfg_scale);
  m_seed->setValue(static_cast<int>(info->seed));
  m_randomSeed->setChecked(false);
  m_width->setValue(info->width);
  m_height->setValue(info->height);
}

}  // namespace cds::ui
