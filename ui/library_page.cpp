// The Concept Library page (see library_page.h).
#include "ui/library_page.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include "core/concepts/concept_compress.h"
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

}  // namespace

LibraryPage::LibraryPage(JobRunner* runner, const QString& storeFile, QWidget* parent)
    : QWidget(parent), m_runner(runner), m_library(storeFile) {
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("Every concept you keep: trained, merged or compressed output "
                              "folders. Add existing folders, or compress one to a fraction of "
                              "its size."),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);

  auto* buttons = new QHBoxLayout;
  auto* add = new QPushButton(tr("Add Folder…"), this);
  m_remove = new QPushButton(tr("Remove from Library"), this);
  buttons->addWidget(add);
  buttons->addWidget(m_remove);
  buttons->addStretch();
  layout->addLayout(buttons);

  m_list = new QListWidget(this);
  m_list->setObjectName(QStringLiteral("conceptList"));
  m_list->setIconSize(QSize(64, 64));
  m_list->setSpacing(2);
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
  compressRow->addWidget(m_keep, 1);
  compressRow->addWidget(m_keepLabel);
  compressRow->addWidget(m_compress);
  layout->addLayout(compressRow);

  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  layout->addWidget(m_status);

  connect(add, &QPushButton::clicked, this, &LibraryPage::addFolderDialog);
  connect(m_remove, &QPushButton::clicked, this, &LibraryPage::removeSelected);
  connect(m_compress, &QPushButton::clicked, this, &LibraryPage::compressSelected);
  connect(m_list, &QListWidget::currentRowChanged, this, &LibraryPage::updateSelection);
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

void LibraryPage::updateSelection() {
  const int row = m_list->currentRow();
  const bool has = row >= 0 && row < m_library.concepts().size();
  m_remove->setEnabled(has);
  const bool busy = m_job != 0;
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
