// The thumbnail grid (see image_grid.h). Each file is decoded once, scaled down (JPEG readers skip
// most of the work), for both the pixel checks and the thumbnail, so twenty phone photos show in
// well under a second and re-laying out the grid decodes nothing.
#include "ui/image_grid.h"

#include <filesystem>

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/error.h"
#include "core/train/exif_orientation.h"
#include "core/train/image_loading.h"
#include "core/train/upright_copy.h"

namespace cds::ui {

namespace {
constexpr int kThumb = 120;
constexpr int kColumns = 5;
const char* const kFileProperty = "cdsFile";

// The sentences about a usable file on its own, from what checkImage measured; recomputed without
// decoding when the training resolution changes.
QStringList ownProblems(const ImageCheck& check, int resolution) {
  QStringList problems;
  // First: training reads the pixels as stored (as diffusers does), and the card shows them so.
  if (check.orientation >= 5 && check.orientation <= 8)
    problems << ImageGrid::tr(
        "This photo is stored sideways; it will be trained as shown. Write an upright copy?");
  else if (check.orientation >= 2 && check.orientation <= 4)
    problems << ImageGrid::tr(
        "This photo is stored upside down or mirrored; it will be trained as shown. Write an "
        "upright copy?");
  const int side = std::min(check.size.width(), check.size.height());
  if (side < resolution)
    problems << ImageGrid::tr(
                    "Smaller than the training size (%1 px); it will look blurry to the model.")
                    .arg(resolution);
  const double ratio = double(check.size.width()) / check.size.height();
  if (ratio < 0.95 || ratio > 1.05)
    problems << ImageGrid::tr(
        "Not square: training squeezes it into a square. Crop it for best results.");
  if (looksBlurry(check.signature))
    problems << ImageGrid::tr(
        "Looks blurry or out of focus; the model would learn the blur too. Use a sharper photo "
        "if you have one.");
  return problems;
}

QString lookalikeSentence(const QStringList& files) {
  QStringList names;
  for (const QString& f : files) names << QFileInfo(f).fileName();
  return ImageGrid::tr(
             "Looks almost the same as %1. Near-copies teach the model less than varied photos; "
             "keep the best one.")
      .arg(names.join(QStringLiteral(", ")));
}

}  // namespace

ImageCheck checkImage(const QString& file, int resolution) {
  ImageCheck check;
  check.file = file;
  const QFileInfo info(file);
  if (!info.exists()) {
    check.problems << ImageGrid::tr("File not found.");
    return check;
  }
  // Training's own check (the engine's reader, which also refuses what Qt would show: a GIF, a
  // cut-off JPEG, a decompression bomb), so the card says now what training would stop on.
  QString engineSays;
  try {
    cds::probe_image(file.toStdString());
    check.orientation = cds::read_exif_orientation(file.toStdString());
  } catch (const cds::FileError& e) {
    const QString what = QString::fromStdString(e.what());
    const QString prefix = QString::fromStdString(e.file().string()) + QStringLiteral(": ");
    engineSays = what.startsWith(prefix) ? what.mid(prefix.size()) : what;
  }
  QImageReader reader(file);
  reader.setAutoTransform(false);  // as training reads it
  if (!reader.canRead()) {
    check.problems << (engineSays.isEmpty()
                           ? ImageGrid::tr("Not an image this app can read.")
                           : ImageGrid::tr("Not an image this app can read: %1.").arg(engineSays));
    return check;
  }
  if (!engineSays.isEmpty()) {
    check.problems << ImageGrid::tr("Training cannot use this file: %1.").arg(engineSays);
    return check;
  }
  check.size = reader.size();
  if (!check.size.isValid() || check.size.width() < 8 || check.size.height() < 8) {
    check.problems << ImageGrid::tr("The image is damaged or too small to use.");
    return check;
  }
  // The header was fine; the pixels must decode too, or training fails on this file later.
  const QImage pixels = readAnalysisImage(file);
  if (pixels.isNull()) {
    check.problems << ImageGrid::tr("The image is damaged or too small to use.");
    return check;
  }
  check.usable = true;
  check.signature = analyzeImage(pixels);
  check.thumbnail = pixels.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  check.problems = ownProblems(check, resolution);
  return check;
}

ImageGrid::ImageGrid(QWidget* parent) : QWidget(parent) {
  setAcceptDrops(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_content = new QWidget(scroll);
  auto* contentLayout = new QVBoxLayout(m_content);
  m_emptyHint =
      new QLabel(tr("Drop 4 to 20 photos of your concept here, or use “Add Images…”."), m_content);
  m_emptyHint->setAlignment(Qt::AlignCenter);
  m_emptyHint->setObjectName("dropHint");
  m_emptyHint->setStyleSheet(QStringLiteral(
      "QLabel { color: palette(mid); border: 2px dashed palette(mid); padding: 40px; }"));
  contentLayout->addWidget(m_emptyHint);
  m_grid = new QGridLayout;
  m_grid->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  contentLayout->addLayout(m_grid);
  contentLayout->addStretch(1);
  scroll->setWidget(m_content);
  layout->addWidget(scroll);
}

QStringList ImageGrid::files() const {
  QStringList out;
  for (const auto& c : m_checks) out << c.file;
  return out;
}

QStringList ImageGrid::usableFiles() const {
  QStringList out;
  for (const auto& c : m_checks)
    if (c.usable) out << c.file;
  return out;
}

QStringList ImageGrid::unusableFiles() const {
  QStringList out;
  for (const auto& c : m_checks)
    if (!c.usable) out << c.file;
  return out;
}

void ImageGrid::addFiles(const QStringList& paths) {
  const QStringList known = files();
  QStringList added;
  for (const QString& path : paths) {
    const QFileInfo info(path);
    QStringList candidates;
    if (info.isDir()) {
      QStringList filters;
      for (const QByteArray& format : QImageReader::supportedImageFormats())
        filters << QStringLiteral("*.") + QString::fromLatin1(format);
      for (const QString& name : QDir(path).entryList(filters, QDir::Files, QDir::Name))
        candidates << QDir(path).filePath(name);
    } else {
      candidates << (info.exists() ? info.absoluteFilePath() : path);
    }
    for (const QString& file : candidates)
      if (!known.contains(file) && !added.contains(file)) added << file;
  }
  if (added.isEmpty()) return;
  for (const QString& file : added) m_checks.push_back(checkImage(file, m_resolution));
  compareImages();
  rebuild();
  emit filesChanged();
}

void ImageGrid::removeFile(const QString& file) {
  for (int i = 0; i < m_checks.size(); ++i) {
    if (m_checks[i].file == file) {
      m_checks.remove(i);
      compareImages();
      rebuild();
      emit filesChanged();
      return;
    }
  }
}

QString ImageGrid::cropToSquare(const QString& file) {
  int index = -1;
  for (int i = 0; i < m_checks.size(); ++i)
    if (m_checks[i].file == file) index = i;
  if (index < 0) return QString();
  QImageReader reader(file);
  reader.setAutoTransform(false);  // the square of what training sees
  const QImage image = reader.read();
  if (image.isNull()) return QString();
  // The centre square, as the person most often framed the subject there. The original is never
  // touched: the crop is a new PNG in the app's data folder.
  const int side = std::min(image.width(), image.height());
  const QImage square =
      image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
  const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                    QStringLiteral("/crops"));
  if (!folder.mkpath(QStringLiteral("."))) return QString();
  const QString base = QFileInfo(file).completeBaseName() + QStringLiteral("-square");
  QString target = folder.filePath(base + QStringLiteral(".png"));
  for (int n = 2; QFile::exists(target); ++n)
    target = folder.filePath(QStringLiteral("%1-%2.png").arg(base).arg(n));
  QSaveFile out(target);
  if (!out.open(QIODevice::WriteOnly) || !square.save(&out, "PNG") || !out.commit())
    return QString();
  m_checks[index] = checkImage(target, m_resolution);
  compareImages();
  rebuild();
  emit filesChanged();
  return target;
}

QString ImageGrid::writeUprightCopy(const QString& file) {
  int index = -1;
  for (int i = 0; i < m_checks.size(); ++i)
    if (m_checks[i].file == file) index = i;
  if (index < 0) return QString();
  // Beside the photo, where the person finds it; the app's data folder when that is read-only.
  const std::filesystem::path photo = file.toStdString();
  const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                           QStringLiteral("/upright");
  QString error;
  for (const QString& folder : {QFileInfo(file).absolutePath(), fallback}) {
    if (!QDir(folder).mkpath(QStringLiteral("."))) continue;
    const std::filesystem::path target = cds::free_upright_copy_path(photo, folder.toStdString());
    try {
      cds::write_upright_copy(photo, target);
    } catch (const cds::FileError& e) {
      error = QString::fromStdString(e.what());
      continue;
    }
    const QString written = QString::fromStdString(target.string());
    m_checks[index] = checkImage(written, m_resolution);
    compareImages();
    rebuild();
    emit filesChanged();
    return written;
  }
  m_checks[index].problems << tr("The upright copy could not be written: %1").arg(error);
  rebuild();
  return QString();
}

void ImageGrid::clear() {
  if (m_checks.isEmpty()) return;
  m_checks.clear();
  rebuild();
  emit filesChanged();
}

void ImageGrid::setResolution(int resolution) {
  if (resolution == m_resolution) return;
  m_resolution = resolution;
  // Only the size sentence depends on the resolution; unusable files keep their sentence.
  for (auto& c : m_checks) {
    if (!c.usable) continue;
    c.problems = ownProblems(c, m_resolution);
    if (!c.lookalikes.isEmpty()) c.problems << lookalikeSentence(c.lookalikes);
  }
  rebuild();
}

void ImageGrid::compareImages() {
  QVector<ImageSignature> signatures;
  for (const auto& c : m_checks) signatures << c.signature;
  const QVector<QVector<int>> lookalikes = findLookalikes(signatures);
  for (int i = 0; i < m_checks.size(); ++i) {
    ImageCheck& c = m_checks[i];
    if (!c.lookalikes.isEmpty()) c.problems.removeAll(lookalikeSentence(c.lookalikes));
    c.lookalikes.clear();
    for (int j : lookalikes[i]) c.lookalikes << m_checks[j].file;
    if (!c.lookalikes.isEmpty()) c.problems << lookalikeSentence(c.lookalikes);
  }
}

void ImageGrid::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void ImageGrid::dragMoveEvent(QDragMoveEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void ImageGrid::dropEvent(QDropEvent* event) {
  QStringList paths;
  for (const QUrl& url : event->mimeData()->urls())
    if (url.isLocalFile()) paths << url.toLocalFile();
  if (paths.isEmpty()) return;
  event->acceptProposedAction();
  addFiles(paths);
}

QWidget* ImageGrid::makeCard(const ImageCheck& check) {
  auto* card = new QWidget(m_content);
  card->setObjectName("imageCard");
  card->setProperty(kFileProperty, check.file);
  card->setFixedWidth(kThumb + 16);
  auto* layout = new QVBoxLayout(card);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->setSpacing(2);
  auto* top = new QHBoxLayout;
  auto* name = new QLabel(QFileInfo(check.file).fileName(), card);
  name->setToolTip(check.file);
  name->setMaximumWidth(kThumb - 20);
  name->setText(name->fontMetrics().elidedText(name->text(), Qt::ElideMiddle, kThumb - 24));
  top->addWidget(name, 1);
  auto* remove = new QToolButton(card);
  remove->setObjectName("removeImageButton");
  remove->setText(QStringLiteral("✕"));
  remove->setToolTip(tr("Remove this image from the concept"));
  remove->setAutoRaise(true);
  connect(remove, &QToolButton::clicked, this, [this, file = check.file] { removeFile(file); });
  top->addWidget(remove);
  layout->addLayout(top);
  // The same two commands on the card's context menu, for those who right-click.
  card->setContextMenuPolicy(Qt::ActionsContextMenu);

  auto* picture = new QLabel(card);
  picture->setFixedSize(kThumb, kThumb);
  picture->setAlignment(Qt::AlignCenter);
  if (check.usable) {
    picture->setPixmap(QPixmap::fromImage(check.thumbnail));
  } else {
    picture->setText(QStringLiteral("⚠"));
    picture->setStyleSheet(
        QStringLiteral("QLabel { font-size: 32px; color: #b00020; background: #fbe9ec; }"));
  }
  layout->addWidget(picture);
  if (check.usable) {
    auto* preview = new QToolButton(card);
    preview->setObjectName("previewAugmentationButton");
    preview->setText(tr("Preview augmentation"));
    preview->setToolTip(
        tr("See this photo as training shows it to the model: shrunk, enlarged and shifted"));
    preview->setAutoRaise(true);
    preview->setStyleSheet(QStringLiteral("QToolButton { font-size: 11px; }"));
    auto* previewAction = new QAction(tr("Preview Augmentation…"), card);
    previewAction->setObjectName("previewAugmentationAction");
    auto request = [this, file = check.file] { emit augmentationPreviewRequested(file); };
    connect(preview, &QToolButton::clicked, this, request);
    connect(previewAction, &QAction::triggered, this, request);
    card->addAction(previewAction);
    layout->addWidget(preview, 0, Qt::AlignHCenter);
  }
  if (check.usable && check.orientation != 1) {
    auto* upright = new QToolButton(card);
    upright->setObjectName("uprightCopyButton");
    upright->setText(tr("Write upright copy"));
    upright->setToolTip(
        tr("Save an upright copy beside this photo and use it instead (your file is not changed)"));
    upright->setAutoRaise(true);
    upright->setStyleSheet(QStringLiteral("QToolButton { font-size: 11px; font-weight: bold; }"));
    connect(upright, &QToolButton::clicked, this,
            [this, file = check.file] { writeUprightCopy(file); });
    layout->addWidget(upright, 0, Qt::AlignHCenter);
  }
  if (check.usable && check.size.width() != check.size.height()) {
    // Training squashes a non-square photo into a square; a centre crop keeps its proportions.
    auto* crop = new QToolButton(card);
    crop->setObjectName("cropButton");
    crop->setText(tr("Crop to square"));
    crop->setToolTip(tr("Use the centre square of this photo instead (your file is not changed)"));
    crop->setAutoRaise(true);
    crop->setStyleSheet(QStringLiteral("QToolButton { font-size: 11px; }"));
    connect(crop, &QToolButton::clicked, this, [this, file = check.file] { cropToSquare(file); });
    layout->addWidget(crop, 0, Qt::AlignHCenter);
  }
  auto* removeAction = new QAction(tr("Remove From Concept"), card);
  connect(removeAction, &QAction::triggered, this, [this, file = check.file] { removeFile(file); });
  card->addAction(removeAction);
  if (!check.problems.isEmpty()) {
    auto* note = new QLabel(check.problems.join(QLatin1Char(' ')), card);
    note->setObjectName("imageProblem");
    note->setWordWrap(true);
    note->setStyleSheet(check.usable
                            ? QStringLiteral("QLabel { color: #8a5a00; font-size: 11px; }")
                            : QStringLiteral("QLabel { color: #b00020; font-size: 11px; }"));
    layout->addWidget(note);
  } else if (check.usable) {
    auto* size = new QLabel(tr("%1 × %2").arg(check.size.width()).arg(check.size.height()), card);
    size->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-size: 11px; }"));
    layout->addWidget(size);
  }
  layout->addStretch(1);
  return card;
}

void ImageGrid::rebuild() {
  while (QLayoutItem* item = m_grid->takeAt(0)) {
    // Later, not now: the card's own remove button may be the one that asked for this.
    if (QWidget* w = item->widget()) {
      w->hide();
      w->deleteLater();
    }
    delete item;
  }
  for (int i = 0; i < m_checks.size(); ++i)
    m_grid->addWidget(makeCard(m_checks[i]), i / kColumns, i % kColumns);
  m_emptyHint->setVisible(m_checks.isEmpty());
}

}  // namespace cds::ui
