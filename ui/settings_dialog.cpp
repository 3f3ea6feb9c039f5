// The settings dialog (see settings_dialog.h).
#include "ui/settings_dialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "ui/app_settings.h"
#include "ui/jobs/job_runner.h"
#include "ui/language.h"

namespace cds::ui {

SettingsDialog::SettingsDialog(const QStringList& devices, QWidget* parent) : QDialog(parent) {
  setObjectName("settingsDialog");
  setWindowTitle(tr("Settings"));
  auto* form = new QFormLayout;

  m_language = new QComboBox(this);
  m_language->setObjectName("languageCombo");
  m_language->setToolTip(tr("The language of the app's windows. It changes when you press OK."));
  m_language->addItem(tr("System language"), QString());
  for (const QString& code : availableLanguages()) m_language->addItem(languageName(code), code);
  m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
  auto* languageLabel = new QLabel(tr("&Language:"), this);
  languageLabel->setBuddy(m_language);
  form->addRow(languageLabel, m_language);

  m_device = new QComboBox(this);
  m_device->setObjectName("deviceCombo");
  m_device->setToolTip(
      tr("Where training and image generation run. A graphics card is many "
         "times faster than the processor."));
  for (const QString& device : devices.isEmpty() ? QStringList{QStringLiteral("cpu")} : devices)
    m_device->addItem(JobRunner::deviceLabel(device), device);
  m_storedDevice = AppSettings::device();
  const int deviceIndex = m_device->findData(m_storedDevice);
  m_storedDeviceListed = deviceIndex >= 0;
  m_device->setCurrentIndex(std::max(0, deviceIndex));
  auto* deviceLabel = new QLabel(tr("&Device:"), this);
  deviceLabel->setBuddy(m_device);
  form->addRow(deviceLabel, m_device);

  m_threads = new QSpinBox(this);
  m_threads->setObjectName("threadsSpin");
  const int cores = std::max(1, QThread::idealThreadCount());
  m_threads->setRange(0, cores);
  m_threads->setSpecialValueText(tr("All cores"));
  m_threads->setToolTip(
      tr("How many processor threads the engine uses (this computer has %n "
         "cores). Fewer leave room for other programs; when other work keeps "
         "the processor busy, 1 can be much faster than all.",
         nullptr, cores));
  m_threads->setValue(std::min(AppSettings::threads(), cores));
  auto* threadsLabel = new QLabel(tr("&Threads:"), this);
  threadsLabel->setBuddy(m_threads);
  form->addRow(threadsLabel, m_threads);

  m_projectFolder =
      addFolderRow(form, tr("&Projects folder:"),
                   tr("Where new projects are saved unless you choose another "
                      "place."),
                   QString(), tr("Choose the Projects Folder"),
                   QStringLiteral("projectFolderBrowse"), AppSettings::projectFolder());
  m_projectFolder->setObjectName("projectFolderEdit");
  m_outputFolder = addFolderRow(
      form, tr("Training &output folder:"),
      tr("Where a training run writes the trained concept, checkpoints and test images. Leave "
         "it empty to write next to the project."),
      tr("Next to the project"), tr("Choose the Training Output Folder"),
      QStringLiteral("outputFolderBrowse"), AppSettings::outputFolder());
  m_outputFolder->setObjectName("outputFolderEdit");

  m_autosave = new QCheckBox(tr("&Save projects automatically"), this);
  m_autosave->setObjectName("autosaveCheck");
  m_autosave->setToolTip(
      tr("Save the open project whenever it changes, so nothing is lost when the app closes."));
  m_autosave->setChecked(AppSettings::autosave());
  form->addRow(QString(), m_autosave);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->setObjectName("settingsButtons");
  connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addStretch();
  layout->addWidget(buttons);
  setMinimumWidth(520);
}

QLineEdit* SettingsDialog::addFolderRow(QFormLayout* form, const QString& label, const QString& tip,
                                        const QString& placeholder, const QString& dialogTitle,
                                        const QString& browseName, const QString& value) {
  auto* edit = new QLineEdit(QDir::toNativeSeparators(value), this);
  edit->setToolTip(tip);
  edit->setPlaceholderText(placeholder);
  edit->setClearButtonEnabled(true);
  auto* browse = new QPushButton(tr("Browse…"), this);
  browse->setObjectName(browseName);
  browse->setToolTip(dialogTitle);
  browse->setAccessibleName(dialogTitle);  // two "Browse…" buttons: say which one
  connect(browse, &QPushButton::clicked, this, [this, edit, dialogTitle] {
    const QString folder = QFileDialog::getExistingDirectory(
        this, dialogTitle, QDir::fromNativeSeparators(edit->text()));
    if (!folder.isEmpty()) edit->setText(QDir::toNativeSeparators(folder));
  });
  auto* row = new QHBoxLayout;
  row->addWidget(edit, 1);
  row->addWidget(browse);
  auto* rowLabel = new QLabel(label, this);
  rowLabel->setBuddy(edit);
  form->addRow(rowLabel, row);
  return edit;
}

void SettingsDialog::accept() {
  const QString language = m_language->currentData().toString();
  const bool languageChanged = language != AppSettings::language();
  AppSettings::setLanguage(language);
  // A device this machine lacks today (a card unplugged, a driver broken) stays the choice
  // unless the person picks another; the combo could only have shown the first one instead.
  if (m_storedDeviceListed || m_device->currentIndex() != 0)
    AppSettings::setDevice(m_device->currentData().toString());
  AppSettings::setThreads(m_threads->value());
  AppSettings::setProjectFolder(QDir::fromNativeSeparators(m_projectFolder->text().trimmed()));
  AppSettings::setOutputFolder(QDir::fromNativeSeparators(m_outputFolder->text().trimmed()));
  AppSettings::setAutosave(m_autosave->isChecked());
  QDialog::accept();
  if (languageChanged) {
    applyLanguage(language);
    emit this->languageChanged(language);
  }
}

}  // namespace cds::ui
