// The training settings form (see training_form.h).
#include "ui/training_form.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/project/training_presets.h"
#include "ui/jobs/job_runner.h"

namespace cds::ui {

namespace {

// Learning rates live around 1e-6..1e-4; a spin box in scientific notation reads better than
// 0.00001000.
class ScientificSpinBox : public QDoubleSpinBox {
 public:
  explicit ScientificSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(10);
    setRange(1e-8, 1e-2);
  }
  QString textFromValue(double value) const override { return QString::number(value, 'e', 1); }
  double valueFromText(const QString& text) const override { return text.toDouble(); }
  QValidator::State validate(QString& text, int&) const override {
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && v >= minimum() && v <= maximum() ? QValidator::Acceptable
                                                  : QValidator::Intermediate;
  }
  void stepBy(int steps) override {  // half a decade per step
    setValue(value() * std::pow(std::sqrt(10.0), steps));
  }
};

template <typename W>
W* tip(W* widget, const QString& text) {
  widget->setToolTip(text);
  widget->setWhatsThis(text);
  return widget;
}

void setComboData(QComboBox* box, const QString& data) {
  const int i = box->findData(data);
  if (i >= 0) box->setCurrentIndex(i);
}

}  // namespace

TrainingForm::TrainingForm(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* basics = new QGroupBox(tr("Training"), this);
  auto* form = new QFormLayout(basics);

  m_steps = tip(new QSpinBox(basics),
                tr("How long to train. More steps learn the concept more closely but can "
                   "start copying your photos exactly; 250 suits most objects and pets."));
  m_steps->setObjectName("stepsSpin");
  m_steps->setRange(1, 100000);
  m_steps->setValue(250);
  form->addRow(tr("Steps:"), m_steps);
  m_learningRate = tip(
      new ScientificSpinBox(basics),
      tr("How big each learning step is. Higher learns faster but can spoil the image; lower is "
         "gentler (faces: 5e-6)."));
  m_learningRate->setObjectName("learningRateSpin");
  m_learningRate->setValue(1e-5);
  form->addRow(tr("Learning rate:"), m_learningRate);
  m_batch = tip(new QSpinBox(basics),
                tr("How many photos the model looks at per step. Larger needs more memory."));
  m_batch->setObjectName("batchSpin");
  m_batch->setRange(1, 16);
  form->addRow(tr("Photos per step:"), m_batch);
  m_resolution = tip(new QSpinBox(basics),
                     tr("The size, in pixels, your photos are trained at. Use the size the "
                        "model was made for (512 for SD 1.x); smaller is faster."));
  m_resolution->setObjectName("resolutionSpin");
  m_resolution->setRange(16, 1024);
  m_resolution->setSingleStep(64);
  m_resolution->setValue(512);
  form->addRow(tr("Image size:"), m_resolution);
  m_priorWeight = tip(new QDoubleSpinBox(basics),
                      tr("How much the ordinary pictures of the class (chosen on the "
                         "Regularization page) count compared with yours."));
  m_priorWeight->setObjectName("priorWeightSpin");
  m_priorWeight->setRange(0, 10);
  m_priorWeight->setSingleStep(0.1);
  m_priorWeight->setValue(1.0);
  form->addRow(tr("Class weight:"), m_priorWeight);
  m_freeze = tip(new QComboBox(basics),
                 tr("Which part of the model learns. Keys and values are enough for most "
                    "things; faces and fine detail learn better with all of cross-attention."));
  m_freeze->setObjectName("freezeCombo");
  m_freeze->addItem(tr("Cross-attention keys and values (recommended)"),
                    QStringLiteral("crossattn_kv"));
  m_freeze->addItem(tr("All cross-attention (faces, detail)"), QStringLiteral("crossattn"));
  form->addRow(tr("What learns:"), m_freeze);
  m_precision = tip(new QComboBox(basics),
                    tr("Lower precision uses less memory and is faster on a graphics card, "
                       "with a tiny loss of accuracy. fp16 needs a graphics card."));
  m_precision->setObjectName("precisionCombo");
  m_precision->addItem(tr("Full (fp32)"), QStringLiteral("no"));
  m_precision->addItem(tr("Half (bf16)"), QStringLiteral("bf16"));
  m_precision->addItem(tr("Half (fp16, GPU)"), QStringLiteral("fp16"));
  form->addRow(tr("Precision:"), m_precision);
  m_device = tip(new QComboBox(basics),
                 tr("Where training runs. A graphics card is many times faster than the "
                    "processor."));
  m_device->setObjectName("deviceCombo");
  for (const QString& d : JobRunner::availableDevices())
    m_device->addItem(JobRunner::deviceLabel(d), d);
  form->addRow(tr("Run on:"), m_device);
  m_saveMemory = tip(new QCheckBox(tr("Save memory"), basics),
                     tr("Recomputes parts of the model instead of keeping them, so training "
                        "fits on smaller graphics cards. Each step takes about a third longer."));
  m_saveMemory->setObjectName("saveMemoryCheck");
  form->addRow(QString(), m_saveMemory);
  auto* outRow = new QHBoxLayout;
  m_output =
      tip(new QLineEdit(basics), tr("The folder that receives the trained concept, checkpoints and "
                                    "preview images."));
  m_output->setObjectName("outputEdit");
  outRow->addWidget(m_output, 1);
  auto* browse = new QPushButton(tr("Browse…"), basics);
  outRow->addWidget(browse);
  form->addRow(tr("Save to:"), outRow);
  layout->addWidget(basics);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Where to save the trained concept"), m_output->text());
    if (!dir.isEmpty()) m_output->setText(dir);
  });

  // A disclosure button rather than a checkable group box: collapsed, it is one line with no
  // empty frame under it.
  m_advancedToggle = new QToolButton(this);
  m_advancedToggle->setObjectName("advancedToggle");
  m_advancedToggle->setText(tr("Advanced"));
  m_advancedToggle->setCheckable(true);
  m_advancedToggle->setAutoRaise(true);
  m_advancedToggle->setArrowType(Qt::RightArrow);
  m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  m_advancedToggle->setToolTip(tr("Settings most people never need to change."));
  layout->addWidget(m_advancedToggle);
  m_advanced = new QGroupBox(this);
  auto* advLayout = new QVBoxLayout(m_advanced);
  m_advancedBody = new QWidget(m_advanced);
  auto* adv = new QFormLayout(m_advancedBody);
  adv->setContentsMargins(0, 0, 0, 0);
  advLayout->addWidget(m_advancedBody);
  m_advanced->setVisible(false);
  connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
    m_advanced->setVisible(open);
    m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
  });

  m_scheduler = tip(new QComboBox(m_advancedBody),
                    tr("How the learning rate changes over the run. Constant keeps it "
                       "the same from start to end."));
  for (const char* s : {"constant", "constant_with_warmup", "linear", "cosine",
                        "cosine_with_restarts", "polynomial"})
    m_scheduler->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
  adv->addRow(tr("Learning-rate schedule:"), m_scheduler);
  m_warmup = tip(new QSpinBox(m_advancedBody),
                 tr("Steps at the start during which the learning rate rises gently "
                    "from zero (with a warm-up schedule)."));
  m_warmup->setRange(0, 100000);
  adv->addRow(tr("Warm-up steps:"), m_warmup);
  m_accumulation = tip(new QSpinBox(m_advancedBody),
                       tr("Adds up several small batches before each learning step: "
                          "like more photos per step, without the memory."));
  m_accumulation->setRange(1, 64);
  adv->addRow(tr("Batches per step:"), m_accumulation);
  m_checkpointEvery =
      tip(new QSpinBox(m_advancedBody), tr("How often to save a copy you can continue from after a "
                                           "crash or a restart."));
  m_checkpointEvery->setObjectName("checkpointEverySpin");
  m_checkpointEvery->setRange(1, 100000);
  m_checkpointEvery->setValue(250);
  adv->addRow(tr("Save a checkpoint every:"), m_checkpointEvery);
  m_validationEvery =
      tip(new QSpinBox(m_advancedBody), tr("How often to draw preview images, so you can watch the "
                                           "concept appear. Each preview takes a little time."));
  m_validationEvery->setObjectName("validationEverySpin");
  m_validationEvery->setRange(1, 100000);
  m_validationEvery->setValue(50);
  adv->addRow(tr("Preview every (steps):"), m_validationEvery);
  m_validationImages =
      tip(new QSpinBox(m_advancedBody), tr("How many preview images to draw each time (0: none)."));
  m_validationImages->setObjectName("validationImagesSpin");
  m_validationImages->setRange(0, 8);
  m_validationImages->setValue(2);
  adv->addRow(tr("Preview images:"), m_validationImages);
  m_validationPrompt =
      tip(new QLineEdit(m_advancedBody), tr("What the previews show; empty uses the caption of "
                                            "your photos."));
  adv->addRow(tr("Preview prompt:"), m_validationPrompt);
  m_seed = tip(new QSpinBox(m_advancedBody),
               tr("The dice of the run. The same seed gives the same run and the "
                  "same preview noise every time, so previews compare."));
  m_seed->setRange(0, 2147483647);
  m_seed->setValue(42);
  adv->addRow(tr("Seed:"), m_seed);
  m_hflip = tip(
      new QCheckBox(tr("Mirror photos at random"), m_advancedBody),
      tr("Shows each photo mirrored half of the time. Good for symmetric things, wrong for text or "
         "one-sided details."));
  adv->addRow(QString(), m_hflip);
  m_noAug = tip(
      new QCheckBox(tr("No zoom augmentation"), m_advancedBody),
      tr("Normally photos are shown zoomed in and out at random so the concept works at any size. "
         "Turn off for faces."));
  adv->addRow(QString(), m_noAug);
  m_centerCrop =
      tip(new QCheckBox(tr("Crop ordinary examples to the centre"), m_advancedBody),
          tr("Crops the class pictures to a square from their centre instead of squeezing them."));
  adv->addRow(QString(), m_centerCrop);
  m_resume = tip(new QCheckBox(tr("Continue from the last checkpoint"), m_advancedBody),
                 tr("Picks up a stopped run where it left off instead of starting again."));
  m_resume->setObjectName("resumeCheck");
  adv->addRow(QString(), m_resume);
  layout->addWidget(m_advanced);
  layout->addStretch(1);

  connect(m_resolution, qOverload<int>(&QSpinBox::valueChanged), this,
          &TrainingForm::resolutionChanged);
  // Picking another device (by hand, not when a project loads) brings that device's precision
  // and Save memory defaults: bf16 or fp16 and Save memory on a small card, float32 on the
  // processor. Both stay editable afterwards.
  connect(m_device, &QComboBox::activated, this, [this] {
    TrainingSettings s;
    JobRunner::applyDeviceDefaults(s, m_device->currentData().toString());
    setComboData(m_precision, s.precision);
    m_saveMemory->setChecked(s.gradientCheckpointing);
  });
  setPriorAvailable(false);
  for (QSpinBox* s : findChildren<QSpinBox*>())
    connect(s, qOverload<int>(&QSpinBox::valueChanged), this, &TrainingForm::changed);
  for (QComboBox* c : findChildren<QComboBox*>()) {
    // Long item texts (and longer translations) must not widen the whole form: the combo boxes
    // shrink with the page and show the rest in their pop-up.
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(14);
  }
  for (QComboBox* c : findChildren<QComboBox*>())
    connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &TrainingForm::changed);
  for (QCheckBox* c : findChildren<QCheckBox*>())
    connect(c, &QCheckBox::toggled, this, &TrainingForm::changed);
  for (QLineEdit* e : findChildren<QLineEdit*>())
    connect(e, &QLineEdit::textChanged, this, &TrainingForm::changed);
}

int TrainingForm::resolution() const { return m_resolution->value(); }

void TrainingForm::setPriorAvailable(bool available) {
  m_priorWeight->setEnabled(available);
  m_priorWeight->setToolTip(
      available ? tr("How much the ordinary pictures of the class count compared with yours.")
                : tr("Choose ordinary pictures of the class on the Regularization page to use "
                     "this."));
}

void TrainingForm::applyPreset(const QString& kind) {
  // The engine's preset for this kind of concept (core/project/training_presets.h).
  const cds::TrainingPreset& p = cds::training_preset(kind.toStdString());
  m_learningRate->setValue(p.learning_rate);
  m_steps->setValue(p.steps);
  setComboData(m_freeze, QString::fromLatin1(p.freeze_mode));
  m_noAug->setChecked(p.no_augmentation);
  m_hflip->setChecked(p.hflip);
}

void TrainingForm::writeTo(TrainingSettings& s) const {
  s.steps = m_steps->value();
  s.learningRate = m_learningRate->value();
  s.batchSize = m_batch->value();
  s.resolution = m_resolution->value();
  s.priorWeight = m_priorWeight->value();
  s.freezeMode = m_freeze->currentData().toString();
  s.precision = m_precision->currentData().toString();
  s.device = m_device->currentData().toString();
  s.outputDir = m_output->text().trimmed();
  s.lrScheduler = m_scheduler->currentData().toString();
  s.warmupSteps = m_warmup->value();
  s.gradientAccumulation = m_accumulation->value();
  s.checkpointEvery = m_checkpointEvery->value();
  s.validationEvery = m_validationEvery->value();
  s.validationImages = m_validationImages->value();
  s.validationPrompt = m_validationPrompt->text();
  s.seed = m_seed->value();
  s.hflip = m_hflip->isChecked();
  s.noAugmentation = m_noAug->isChecked();
  s.centerCrop = m_centerCrop->isChecked();
  s.gradientCheckpointing = m_saveMemory->isChecked();
  s.resume = m_resume->isChecked();
}

void TrainingForm::readFrom(const TrainingSettings& s) {
  m_steps->setValue(s.steps);
  m_learningRate->setValue(s.learningRate);
  m_batch->setValue(s.batchSize);
  m_resolution->setValue(s.resolution);
  m_priorWeight->setValue(s.priorWeight);
  setComboData(m_freeze, s.freezeMode);
  setComboData(m_precision, s.precision);
  setComboData(m_device, s.device);
  m_output->setText(s.outputDir);
  setComboData(m_scheduler, s.lrScheduler);
  m_warmup->setValue(s.warmupSteps);
  m_accumulation->setValue(s.gradientAccumulation);
  m_checkpointEvery->setValue(s.checkpointEvery);
  m_validationEvery->setValue(s.validationEvery);
  m_validationImages->setValue(s.validationImages);
  m_validationPrompt->setText(s.validationPrompt);
  m_seed->setValue(static_cast<int>(s.seed));
  m_hflip->setChecked(s.hflip);
  m_noAug->setChecked(s.noAugmentation);
  m_centerCrop->setChecked(s.centerCrop);
  m_saveMemory->setChecked(s.gradientCheckpointing);
  m_resume->setChecked(s.resume);
}

}  // namespace cds::ui
