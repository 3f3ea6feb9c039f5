// The augmentation preview dialog (see augmentation_preview.h).
#include "ui/augmentation_preview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cds::ui {

namespace {
constexpr int kColumns = 3;
constexpr int kShownSide = 200;  // samples are shown this large, whatever R is
}  // namespace

AugmentationPreview::AugmentationPreview(const QString& file, int resolution,
                                         const QString& instancePrompt, QWidget* parent)
    : QDialog(parent),
      m_file(file),
      m_resolution(resolution),
      m_prompt(instancePrompt),
      m_seed(QRandomGenerator::global()->generate64()),
      m_watcher(new QFutureWatcher<AugmentationResult>(this)) {
  setObjectName("augmentationPreview");
  setWindowTitle(tr("How Training Sees %1").arg(QFileInfo(file).fileName()));
  auto* layout = new QVBoxLayout(this);
  auto* explanation = new QLabel(
      tr("Each training step shows the model your photo at a random size and place, and the "
         "prompt says how it looks (“a far away …”, “zoomed in …”). Grey is empty canvas; the "
         "loss ignores the shaded part, so the model does not learn to paint grey borders."),
      this);
  explanation->setObjectName("augmentationExplanation");
  explanation->setWordWrap(true);
  layout->addWidget(explanation);
  m_status = new QLabel(this);
  m_status->setObjectName("augmentationStatus");
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_status);
  // Scrolls rather than squeezes when a long prompt or a small screen leaves too little room.
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  m_gridHost = new QWidget(scroll);
  m_grid = new QGridLayout(m_gridHost);
  m_grid->setContentsMargins(0, 0, 0, 0);
  m_grid->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  scroll->setWidget(m_gridHost);
  layout->addWidget(scroll, 1);

  auto* options = new QHBoxLayout;
  m_shade = new QCheckBox(tr("Shade what the loss ignores"), this);
  m_shade->setObjectName("augmentationShadeCheck");
  m_shade->setChecked(true);
  connect(m_shade, &QCheckBox::toggled, this, [this] { showSamples(); });
  options->addWidget(m_shade);
  m_mirror = new QCheckBox(tr("Mirror at random"), this);
  m_mirror->setObjectName("augmentationMirrorCheck");
  m_mirror->setToolTip(tr("As the training option: half of the steps see the photo mirrored."));
  connect(m_mirror, &QCheckBox::toggled, this, &AugmentationPreview::setMirror);
  options->addWidget(m_mirror);
  options->addStretch(1);
  m_shuffle = new QPushButton(tr("Shuffle"), this);
  m_shuffle->setObjectName("augmentationShuffleButton");
  m_shuffle->setToolTip(tr("Draw other random sizes and places"));
  connect(m_shuffle, &QPushButton::clicked, this, &AugmentationPreview::shuffle);
  options->addWidget(m_shuffle);
  layout->addLayout(options);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);

  // Room for two rows of three samples with two-line prompts.
  resize(kColumns * (kShownSide + 20) + 60,
         2 * (kShownSide + 4 * fontMetrics().lineSpacing() + 20) + 180);
  connect(m_watcher, &QFutureWatcher<AugmentationResult>::finished, this,
          &AugmentationPreview::finished);
  // Once back in the event loop, so that show() or the caller can set the seed or mirroring
  // first without a wasted run.
  QTimer::singleShot(0, this, [this] {
    if (m_startQueued) start();
  });
}

AugmentationPreview::~AugmentationPreview() {
  // A run still going finishes on the pool and its result is dropped; waiting here would freeze
  // the window for as long as decoding a large photo six times takes.
  m_watcher->disconnect(this);
}

void AugmentationPreview::show(QWidget* parent, const QString& file, int resolution,
                               const QString& instancePrompt, bool hflip) {
  auto* dialog = new AugmentationPreview(file, resolution, instancePrompt, parent);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->m_mirror->setChecked(hflip);
  dialog->QDialog::show();
  dialog->raise();
  dialog->activateWindow();
}

bool AugmentationPreview::isBusy() const { return m_watcher->isRunning(); }

void AugmentationPreview::setSeed(quint64 seed) {
  m_seed = seed;
  start();
}

void AugmentationPreview::shuffle() { setSeed(QRandomGenerator::global()->generate64()); }

void AugmentationPreview::setMirror(bool hflip) {
  if (m_mirror->isChecked() != hflip) m_mirror->setChecked(hflip);  // comes back here
  if (hflip == m_hflip) return;
  m_hflip = hflip;
  start();
}

void AugmentationPreview::start() {
  if (m_watcher->isRunning()) {
    m_startQueued = false;
    m_restart = true;
    return;
  }
  m_startQueued = false;
  m_restart = false;
  m_status->setStyleSheet(QString());
  m_status->setText(tr("Preparing samples…"));
  AugmentationRequest request;
  request.file = m_file;
  request.resolution = m_resolution;
  request.instancePrompt = m_prompt;
  request.seed = m_seed;
  request.count = kSamples;
  request.hflip = m_hflip;
  m_watcher->setFuture(QtConcurrent::run(&makeAugmentationSamples, request));
}

void AugmentationPreview::finished() {
  if (m_restart) {
    start();
    return;
  }
  const AugmentationResult result = m_watcher->result();
  m_samples = result.samples;
  m_error = result.error;
  if (!m_error.isEmpty()) {
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_status->setText(m_error);
  } else {
    m_status->setText(tr("%1 training steps with this photo, %2 × %2 pixels (seed %3).")
                          .arg(m_samples.size())
                          .arg(m_resolution)
                          .arg(m_seed));
  }
  showSamples();
  emit samplesShown(m_samples.size());
}

void AugmentationPreview::showSamples() {
  while (QLayoutItem* item = m_grid->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  const int side = kShownSide;
  for (int i = 0; i < m_samples.size(); ++i) {
    const AugmentationSample& s = m_samples[i];
    auto* cell = new QWidget(m_gridHost);
    cell->setFixedWidth(side + 8);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(4, 4, 4, 4);
    cellLayout->setSpacing(2);
    auto* picture = new QLabel(cell);
    picture->setObjectName("augmentationSample");
    picture->setFixedSize(side, side);
    const QImage shown = m_shade->isChecked() ? shadeIgnoredArea(s) : s.canvas;
    // Small canvases are enlarged with hard pixel edges, so the mask's cells stay visible.
    picture->setPixmap(QPixmap::fromImage(
        shown.scaled(side, side, Qt::KeepAspectRatio,
                     shown.width() < side ? Qt::FastTransformation : Qt::SmoothTransformation)));
    cellLayout->addWidget(picture);
    auto* prompt = new QLabel(QStringLiteral("“%1”").arg(s.prompt), cell);
    prompt->setObjectName("augmentationPrompt");
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setMinimumHeight(2 * prompt->fontMetrics().lineSpacing());
    prompt->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    cellLayout->addWidget(prompt);
    QString how;
    if (s.enlarged)
      how = tr("Enlarged and cropped");
    else if (s.placed.width() < m_resolution)
      how = tr("Shrunk to %1 %").arg(qRound(100.0 * s.placed.width() / m_resolution));
    else
      how = tr("Full size");
    auto* scale = new QLabel(how, cell);
    scale->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-size: 11px; }"));
    cellLayout->addWidget(scale);
    cellLayout->addStretch(1);
    m_grid->addWidget(cell, i / kColumns, i % kColumns);
  }
  m_gridHost->setVisible(!m_samples.isEmpty());
}

}  // namespace cds::ui
