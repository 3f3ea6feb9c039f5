// The Concepts page: one or more concepts, each with the photos of the thing to teach (a checked
// thumbnail grid with drop and a file dialog), the new word that will stand for it (modifier
// token, unique across concepts), the existing word it starts from (initializer), and the
// prompts. Checks are explained in plain words. A list on the left picks the concept to edit.
#pragma once

#include <memory>

#include <QVector>
#include <QWidget>

#include "ui/jobs/job_types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cds {
class ClipTokenizer;
}

namespace cds::ui {

class ImageGrid;

class ConceptsPage : public QWidget {
  Q_OBJECT

 public:
  explicit ConceptsPage(QWidget* parent = nullptr);
  ImageGrid* imageGrid() const { return m_grid; }  // the photos of the concept being edited
  QListWidget* conceptList() const { return m_list; }
  // Empty when every concept can be trained; otherwise what to fix, one sentence each.
  QStringList problems() const;
  bool tokensValid() const { return m_tokenProblems.isEmpty(); }
  QString modifierToken() const;       // of the concept being edited
  QStringList modifierTokens() const;  // of all concepts, in order

  QVector<ConceptSettings> concepts() const;
  void setConcepts(const QVector<ConceptSettings>& concepts);
  // The class-picture choices of each concept (from the Regularization page), by index; the
  // rest of each concept is kept. Emits nothing.
  void setClassSources(const QVector<ConceptSettings>& concepts);
  int currentConcept() const { return m_current; }
  QString className() const;
  QString conceptKind() const;
  void setConceptKind(const QString& kind);

 public slots:
  // The base model's tokenizer (null while none is loaded); tokens are checked against it.
  void setTokenizer(std::shared_ptr<const cds::ClipTokenizer> tokenizer);
  void setResolution(int resolution);
  void addImages();
  void addConcept();
  void removeConcept(int index);
  void setCurrentConcept(int index);
  void validate();

 signals:
  void changed();
  // Concepts were added or removed, or their words or classes changed (the Regularization page
  // lists them).
  void conceptsChanged();
  // A preset for the kind of concept was picked: "object", "pet", "face" or "style".
  void presetChosen(const QString& kind);
  void augmentationPreviewRequested(const QString& file, const QString& instancePrompt);

 private:
  // The editor's fields into m_concepts[m_current], and back.
  void storeCurrent();
  void loadCurrent();
  void updatePrompts();
  void updateSummary();
  void updateList();
  QStringList problemsOf(int index) const;
  QString instancePromptText() const;

  QListWidget* m_list;
  QPushButton* m_removeConcept;
  ImageGrid* m_grid;
  QLabel* m_summary;
  QComboBox* m_kind;
  QLineEdit* m_classEdit;
  QLineEdit* m_tokenEdit;
  QLineEdit* m_initializerEdit;
  QLineEdit* m_instancePromptEdit;
  QLineEdit* m_classPromptEdit;
  QLabel* m_tokenStatus;
  QStringList m_tokenProblems;
  QVector<ConceptSettings> m_concepts{ConceptSettings()};
  int m_current = 0;
  bool m_loading = false;  // while loadCurrent() fills the fields
  bool m_promptEdited = false;
  bool m_classPromptEdited = false;
  std::shared_ptr<const ClipTokenizer> m_tokenizer;
};

}  // namespace cds::ui
