// The library concept picker (see concept_picker_dialog.h).
#include "ui/concept_picker_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

#include "ui/concept_library.h"

namespace cds::ui {

ConceptPickerDialog::ConceptPickerDialog(const QString& storeFile, const QStringList& checked,
                                         QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("Concepts from the Library"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("Check the concepts to use together. Two or more are merged into "
                              "one (kept in a cache, so the same choice is quick next time)."),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  m_list = new QListWidget(this);
  m_list->setObjectName(QStringLiteral("pickerList"));
  m_list->setIconSize(QSize(48, 48));
  m_list->setSpacing(2);
  ConceptLibrary library(storeFile);
  library.load();
  for (const LibraryConcept& c : library.concepts()) {
    if (c.tokens.isEmpty() && c.sizeBytes == 0) continue;  // the folder is gone
    auto* item = new QListWidgetItem(
        tr("%1 — %2\n%3")
            .arg(c.name, c.tokens.join(QStringLiteral(", ")),
                 c.baseModel.isEmpty() ? tr("base model not recorded") : c.baseModel),
        m_list);
    item->setData(Qt::UserRole, c.folder);
    item->setToolTip(QDir::toNativeSeparators(c.folder));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked.contains(c.folder) ? Qt::Checked : Qt::Unchecked);
    if (!c.thumbnail.isEmpty())
      item->setIcon(QIcon(
          QPixmap(c.thumbnail).scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
  }
  if (m_list->count() == 0)
    layout->addWidget(new QLabel(tr("The library is empty: add concept folders on the "
                                    "Library page, or train one."),
                                 this));
  layout->addWidget(m_list, 1);
  auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(box);
  resize(520, 420);
}

QStringList ConceptPickerDialog::checkedFolders() const {
  QStringList folders;
  for (int i = 0; i < m_list->count(); ++i)
    if (m_list->item(i)->checkState() == Qt::Checked)
      folders << m_list->item(i)->data(Qt::UserRole).toString();
  return folders;
}

}  // namespace cds::ui
