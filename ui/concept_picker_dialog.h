// Picks concepts from the Concept Library for the Generate page: every entry with its preview,
// words and base model, checkable; several checked ones are merged for generation.
#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;

namespace cds::ui {

class ConceptPickerDialog : public QDialog {
  Q_OBJECT

 public:
  // Lists the library in `storeFile`, with `checked` folders checked.
  ConceptPickerDialog(const QString& storeFile, const QStringList& checked,
                      QWidget* parent = nullptr);
  QListWidget* list() const { return m_list; }
  QStringList checkedFolders() const;

 private:
  QListWidget* m_list;
};

}  // namespace cds::ui
