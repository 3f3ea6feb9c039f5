// The Concept Library page (see library_page.h).
#include "ui/library_page.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include "core/concepts/compressed_format.h"
#include "core/concepts/concept_compress.h"
#include "ui/concept_merger.h"
#include "ui/jobs/job_runner.h"

namespace cds::ui {

namespace {

// A free folder name beside `folder`: "<name>-keep5", then "<name>-keep5-2", ...
QString outputFolderFor(const QString& folder, int percent) {
  const QFileInfo info(folder);
  const QString stem = info.fileName() + QStringLiteral("-keep%1").arg(percent);
  QString candidate = info.dir().filePath(stem);
  for (int n = 2; QFileInfo::exists(candidate); ++n)
    candidate = info.dir().filePath(stem + QStringLiteral("-%1").arg(n));
  return candidate;
}

// The preview's fixed seed: every setting is drawn from the same noise, so only the
// compression differs between two previews.
constexpr quint64 kPreviewSeed = 1234;

}  // namespace

LibraryPage::LibraryPage(JobRunner* runner, const QString& storeFile, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_library(storeFile),
      m_merger(new ConceptMerger(runner, QString(), this)),
      m_cacheRoot(ConceptMerger::defaultCacheRoot()) {
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("Every concept you keep: trained, merged or compressed output "
                              "folders. Add existing folders, merge several into one, or "
                              "compress one to a fraction of its size."),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);

  auto* buttons = new QHBoxLayout;
  auto* add = new QPushButton(tr("Add Folder…"), this);
  m_remove = new QPushButton(tr("Remove from Library"), this);
  m_merge = new QPushButton(tr("Merge…"), this);
  m_merge->setObjectName(QStringLiteral("mergeButton"));
  buttons->addWidget(add);
  buttons->addWidget(m_remove);
  buttons->addWidget(m_merge);
  buttons->addStretch();
  layout->addLayout(buttons);

  m_list = new QListWidget(this);
  m_list->setObjectName(QStringLiteral("conceptList"));
  m_list->setIconSize(QSize(64, 64));
  m_list->setSpacing(2);
  m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
  layout->addWidget(m_list, 1);

  m_details = new QLabel(this);
  m_details->setWordWrap(true);
  m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_details);

  auto* compressRow = new QHBoxLayout;
  compressRow->addWidget(new QLabel(tr("Keep:"), this));
  m_keep = new QSlider(Qt::Horizontal, this);
  m_keep->setRange(1, 100);
  m_keep->setValue(5);
  m_keep->setToolTip(
      tr("The share of each weight change's singular values to keep. The paper "
         "keeps 5–60%; less is smaller and less faithful."));
  m_keepLabel = new QLabel(this);
  m_keepLabel->setMinimumWidth(48);
  m_compress = new QPushButton(tr("Compress"), this);
  m_previewButton = new QPushButton(tr("Preview"), this);
  m_previewButton->setObjectName(QStringLiteral("compressPreviewButton"));
  m_previewButton->setToolTip(
      tr("Draws one small picture with the concept compressed at this setting (its own "
         "prompt, a fixed seed), to judge what the size costs."));
  compressRow->addWidget(m_keep, 1);
  compressRow->addWidget(m_keepLabel);
  compressRow->addWidget(m_previewButton);
  compressRow->addWidget(m_compress);
  layout->addLayout(compressRow);

  auto* previewRow = new QHBoxLayout;
  m_preview = new QLabel(this);
  m_preview->setObjectName(QStringLiteral("compressPreview"));
  m_preview->setFixedSize(128, 128);
  m_preview->setAlignment(Qt::AlignCenter);
  m_preview->setFrameShape(QFrame::StyledPanel);
  m_previewCaption = new QLabel(tr("No preview yet."), this);
  m_previewCaption->setWordWrap(true);
  m_previewCaption->setTextFormat(Qt::PlainText);  // prompts hold <new1>: a word, not a tag
  previewRow->addWidget(m_preview);
  previewRow->addWidget(m_previewCaption, 1);
  layout->addLayout(previewRow);

  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  layout->addWidget(m_status);

  connect(add, &QPushButton::clicked, this, &LibraryPage::addFolderDialog);
  connect(m_remove, &QPushButton::clicked, this, &LibraryPage::removeSelected);
  connect(m_compress, &QPushButton::clicked, this, &LibraryPage::compressSelected);
  connect(m_merge, &QPushButton::clicked, this, &LibraryPage::mergeSelectedDialog);
  connect(m_previewButton, &QPushButton::clicked, this, &LibraryPage::previewSelected);
  connect(m_list, &QListWidget::currentRowChanged, this, &LibraryPage::updateSelection);
  connect(m_list, &QListWidget::itemSelectionChanged, this, &LibraryPage::updateSelection);
  connect(m_runner, &JobRunner::imageGenerated, this,
          [this](JobId id, const GeneratedImage& image) {
            if (id != m_previewJob) return;
            const QPixmap pixmap(image.file);
            m_preview->setPixmap(pixmap.scaled(m_preview->size(), Qt::KeepAspectRatio,
                                               pixmap.width() < m_preview->width()
                                                   ? Qt::FastTransformation
                                                   : Qt::SmoothTransformation));
            m_preview->setToolTip(image.parameters);
            m_previewCaption->setText(m_previewCaptionText);
            emit previewFinished(image.file, QString());
          });
  connect(m_runner, &JobRunner::failed, this, [this](JobId id, const QString& message) {
    if (id != m_previewJob) return;
    m_previewCaption->setText(tr("No preview: %1").arg(message));
    emit previewFinished(QString(), message);
  });
  connect(m_runner, &JobRunner::jobFinished, this, [this](JobId id) {
    if (id == 0 || id != m_previewJob) return;
    m_previewJob = 0;
    updateSelection();
  });
  connect(m_keep, &QSlider::valueChanged, this,
          [this](int value) { m_keepLabel->setText(tr("%1%").arg(value)); });
  m_keepLabel->setText(tr("%1%").arg(m_keep->value()));

  m_library.load();
  rebuildList();
}

void LibraryPage::rebuildList() {
  const int row = m_list->currentRow();
  m_list->clear();
  const QLocale locale;
  for (const LibraryConcept& c : m_library.concepts()) {
    const bool missing = c.tokens.isEmpty() && c.sizeBytes == 0;
    QString text = missing ? tr("%1 (folder missing)").arg(c.name)
                           : tr("%1 — %2").arg(c.name, c.tokens.join(QStringLiteral(", ")));
    if (!missing) {
      text += QLatin1Char('\n') +
              tr("%1 · %2 · %3")
                  .arg(c.baseModel.isEmpty() ? tr("base model not recorded") : c.baseModel,
                       locale.formattedDataSize(c.sizeBytes),
                       locale.toString(c.date, QLocale::ShortFormat));
      if (c.compressed) text += QLatin1Char('\n') + tr("compressed (loads in this studio only)");
    }
    auto* item = new QListWidgetItem(text, m_list);
    if (!c.thumbnail.isEmpty())
      item->setIcon(QIcon(
          QPixmap(c.thumbnail).scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    item->setToolTip(QDir::toNativeSeparators(c.folder));
  }
  if (m_list->count() > 0) m_list->setCurrentRow(qBound(0, row, m_list->count() - 1));
  updateSelection();
}

QList<int> LibraryPage::selectedRows() const {
  QList<int> rows;
  for (const QModelIndex& index : m_list->selectionModel()->selectedRows()) rows << index.row();
  std::sort(rows.begin(), rows.end());
  return rows;
}

QString LibraryPage::baseModelOf(const LibraryConcept& c) const {
  return c.baseModel.isEmpty() ? m_model : c.baseModel;
}

void LibraryPage::updateSelection() {
  const int row = m_list->currentRow();
  const bool has = row >= 0 && row < m_library.concepts().size();
  m_remove->setEnabled(has);
  const bool busy = m_job != 0;
  m_merge->setEnabled(selectedRows().size() >= 2 && !busy);
  m_merge->setToolTip(tr("Select two or more concepts (Ctrl+click) to merge them into one."));
  bool canCompress = has && !busy;
  if (has) {
    const LibraryConcept& c = m_library.concepts()[row];
    m_details->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(c.folder)));
    if (c.baseModel.isEmpty() && m_model.isEmpty()) {
      canCompress = false;
      m_compress->setToolTip(
          tr("This concept does not record its base model: open a project "
             "with the model it was trained on first."));
    } else {
      m_compress->setToolTip(tr("Writes a smaller copy beside the folder (the original stays)."));
    }
  } else {
    m_details->clear();
  }
  m_compress->setEnabled(canCompress);
  m_previewButton->setEnabled(canCompress && m_previewJob == 0);
}

bool LibraryPage::addFolder(const QString& folder) {
  const QString error = m_library.addFolder(folder);
  if (!error.isEmpty()) {
    m_status->setText(error);
    return false;
  }
  m_library.save();
  rebuildList();
  m_list->setCurrentRow(m_list->count() - 1);
  m_status->setText(tr("Added %1.").arg(QDir::toNativeSeparators(folder)));
  return true;
}

void LibraryPage::addFolderDialog() {
  const QString folder =
      QFileDialog::getExistingDirectory(this, tr("Add a Concept Folder"), QDir::homePath());
  if (!folder.isEmpty()) addFolder(folder);
}

void LibraryPage::removeSelected() {
  const int row = m_list->currentRow();
  if (row < 0) return;
  m_library.remove(row);
  m_library.save();
  rebuildList();
  m_status->setText(tr("Removed from the library; the folder itself is kept."));
}

void LibraryPage::compressSelected() {
  const int row = m_list->currentRow();
  if (row < 0 || m_job != 0) return;
  const LibraryConcept c = m_library.concepts()[row];
  CompressOptions options;
  options.weights = c.folder.toStdString();
  options.base_model = (c.baseModel.isEmpty() ? m_model : c.baseModel).toStdString();
  options.keep = m_keep->value() / 100.0;
  const QString output = outputFolderFor(c.folder, m_keep->value());
  m_status->setText(tr("Compressing %1…").arg(c.name));
  QPointer<LibraryPage> page(this);
  // The engine runs on the runner's worker thread; only the outcome comes back, as strings.
  m_job = m_runner->enqueueTask(
      JobRunner::Job::ConceptTool, [page, options, output](const cds::CancelToken&) {
        QString error, summary;
        try {
          const auto report = compress_concept(options, output.toStdString());
          summary = tr("Compressed to %1: %2 (was %3).")
                        .arg(QDir::toNativeSeparators(output),
                             QLocale().formattedDataSize(report.output_bytes),
                             QLocale().formattedDataSize(report.input_bytes));
        } catch (const std::exception& e) {
          error = QString::fromStdString(e.what());
        }
        // The application, not the page, carries the call: the page may be gone by now.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [page, output, summary, error] {
              if (page) page->finishCompress(output, summary, error);
            },
            Qt::QueuedConnection);
      });
  updateSelection();
}

void LibraryPage::finishCompress(const QString& folder, const QString& summary,
                                 const QString& error) {
  m_job = 0;
  if (error.isEmpty()) {
    m_library.addFolder(folder);
    m_library.save();
    rebuildList();
    m_list->setCurrentRow(m_list->count() - 1);
    m_status->setText(summary);
  } else {
    m_status->setText(tr("Compression failed: %1").arg(error));
    updateSelection();
  }
  emit compressFinished(error.isEmpty() ? folder : QString(), error);
}

}  // namespace cds::ui

namespace cds::ui {

void LibraryPage::mergeSelectedDialog() {
  const QList<int> rows = selectedRows();
  if (rows.size() < 2) return;
  const QStringList methods{tr("Constrained merge"), tr("Add changes")};
  bool ok = false;
  const QString method = QInputDialog::getItem(this, tr("Merge Concepts"),
                                               tr("How to combine them:"), methods, 0, false, &ok);
  if (!ok) return;
  QStringList names;
  for (int row : rows) names << m_library.concepts()[row].name;
  const QString suggested = QFileInfo(m_library.concepts()[rows.first()].folder)
                                .dir()
                                .filePath(names.join(QLatin1Char('+')));
  const QString output =
      QFileDialog::getSaveFileName(this, tr("Folder for the Merged Concept"), suggested, QString(),
                                   nullptr, QFileDialog::ShowDirsOnly);
  if (output.isEmpty()) return;
  mergeSelected(method == methods.first() ? QStringLiteral("constrained") : QStringLiteral("add"),
                output);
}

void LibraryPage::mergeSelected(const QString& method, const QString& output) {
  const QList<int> rows = selectedRows();
  if (rows.size() < 2 || m_job != 0) return;
  MergeRequest request;
  request.method = method;
  request.output = output;
  // The model the concepts record; the engine explains when they disagree.
  for (int row : rows) {
    const LibraryConcept& c = m_library.concepts()[row];
    request.folders << c.folder;
    if (request.baseModel.isEmpty()) request.baseModel = c.baseModel;
  }
  if (request.baseModel.isEmpty()) request.baseModel = m_model;
  if (request.baseModel.isEmpty()) {
    m_status->setText(
        tr("These concepts do not record their base model: open a project with the model "
           "they were trained on first."));
    return;
  }
  m_status->setText(tr("Merging %n concept(s)…", nullptr, request.folders.size()));
  m_job = m_merger->merge(request, this, [this](const MergeOutcome& o) {
    m_job = 0;
    if (o.error.isEmpty()) {
      m_library.addFolder(o.folder);
      m_library.save();
      rebuildList();
      m_list->setCurrentRow(m_list->count() - 1);
      m_status->setText(
          tr("Merged into %1; its words: %2.")
              .arg(QDir::toNativeSeparators(o.folder), o.tokens.join(QStringLiteral(", "))));
    } else {
      m_status->setText(tr("These concepts cannot be merged: %1").arg(o.error));
      updateSelection();
    }
    emit mergeFinished(o.folder, o.error);
  });
  updateSelection();
}

void LibraryPage::previewSelected() {
  const int row = m_list->currentRow();
  if (row < 0 || m_previewJob != 0) return;
  const LibraryConcept c = m_library.concepts()[row];
  const int percent = m_keep->value();
  // One folder per concept (and its weights' time) and setting: a setting seen before is drawn
  // again without compressing anew.
  const QString key = QString::fromLatin1(
      QCryptographicHash::hash((c.folder + c.date.toString(Qt::ISODateWithMs)).toUtf8(),
                               QCryptographicHash::Sha256)
          .toHex()
          .left(12));
  const QString folder =
      QDir(m_cacheRoot)
          .filePath(QStringLiteral("compress-previews/%1-%2-keep%3").arg(c.name, key).arg(percent));
  m_previewCaption->setText(tr("Drawing a preview at %1%…").arg(percent));
  if (QFileInfo::exists(QDir(folder).filePath(QString::fromUtf8(kCompressedWeightsFile)))) {
    drawPreview(c, folder, percent);
    return;
  }
  CompressOptions options;
  options.weights = c.folder.toStdString();
  options.base_model = baseModelOf(c).toStdString();
  options.keep = percent / 100.0;
  QPointer<LibraryPage> page(this);
  m_previewJob = m_runner->enqueueTask(
      JobRunner::Job::ConceptTool, [page, options, folder, c, percent](const cds::CancelToken&) {
        QString error;
        try {
          QDir(folder).removeRecursively();  // a half-written one from an earlier stop
          QDir().mkpath(QFileInfo(folder).absolutePath());
          compress_concept(options, folder.toStdString());
        } catch (const std::exception& e) {
          error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [page, folder, c, percent, error] {
              if (!page) return;
              if (!error.isEmpty()) {
                page->m_previewCaption->setText(tr("No preview: %1").arg(error));
                emit page->previewFinished(QString(), error);
                return;
              }
              page->drawPreview(c, folder, percent);
            },
            Qt::QueuedConnection);
      });
  updateSelection();
}

void LibraryPage::drawPreview(const LibraryConcept& c, const QString& folder, int percent) {
  GenerationRequest r;
  r.model = baseModelOf(c);
  r.weightsDir = folder;
  // The concept's own prompt, or its words alone when the folder records none (English, as the
  // text encoder reads prompts: never translated).
  r.prompt = c.prompt.isEmpty()
                 ? QStringLiteral("photo of a %1").arg(c.tokens.join(QLatin1Char(' ')))
                 : c.prompt;
  r.seed = kPreviewSeed;
  r.steps = 20;
  r.width = m_previewSize;
  r.height = m_previewSize;
  r.device = m_device;
  r.outputDir = QDir(m_cacheRoot).filePath(QStringLiteral("compress-previews/pictures"));
  m_previewCaptionText = tr("Kept %1%: “%2”, seed %3.").arg(percent).arg(r.prompt).arg(r.seed);
  m_previewJob = m_runner->startGeneration(r);
  updateSelection();
}

}  // namespace cds::ui
