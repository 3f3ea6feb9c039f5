// Edit ▸ Settings: language, where the engine runs, default folders and autosave, stored in
// AppSettings. OK saves and switches the language at once; Cancel leaves everything as it was.
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace cds::ui {

class SettingsDialog : public QDialog {
  Q_OBJECT

 public:
  // `devices`: what this machine can run on ("cpu", "cuda"), as the caller found out.
  explicit SettingsDialog(const QStringList& devices, QWidget* parent = nullptr);

 public slots:
  void accept() override;  // saves, then closes

 signals:
  void languageChanged(const QString& code);  // after OK, once the new translators are in

 private:
  QLineEdit* addFolderRow(QFormLayout* form, const QString& label, const QString& tip,
                          const QString& placeholder, const QString& dialogTitle,
                          const QString& browseName, const QString& value);

  QComboBox* m_language;
  QComboBox* m_device;
  QSpinBox* m_threads;
  QLineEdit* m_projectFolder;
  QLineEdit* m_outputFolder;
  QCheckBox* m_autosave;
  QString m_storedDevice;
  bool m_storedDeviceListed = false;
};

}  // namespace cds::ui
