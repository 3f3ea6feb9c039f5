// The Concepts page: the photos of the thing to teach (a checked thumbnail grid with drop and a
// file dialog), the new word that will stand for it (modifier token), the existing word it
// starts from (initializer), and the prompts. Checks are explained in plain words.
#pragma once

#include <memory>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cds {
class ClipTokenizer;
}

namespace cds::ui {

class ImageGrid;
struct TrainingSettings;

class ConceptsPage : public QWidget {
  Q_OBJECT

 public:
  explicit ConceptsPage(QWidget* parent = nullptr);
  ImageGrid* imageGrid() const { return m_grid; }
  // Empty when the concept can be trained; otherwise what to fix, one sentence each.
  QStringList problems() const;
  bool tokensValid() const { return m_tokenProblems.isEmpty(); }
  QString modifierToken() const;

  void writeTo(TrainingSettings& settings) const;
  void readFrom(const TrainingSettings& settings, const QString& className);
  QString className() const;
  QString conceptKind() const;
  void setConceptKind(const QString& kind);

 public slots:
  // The base model's tokenizer (null while none is loaded); tokens are checked against it.
  void setTokenizer(std::shared_ptr<const cds::ClipTokenizer> tokenizer);
  void setResolution(int resolution);
  void addImages();
  void validate();

 signals:
  void changed();
  // A preset for the kind of concept was picked: "object", "pet", "face" or "style".
  void presetChosen(const QString& kind);

 private:
  void updatePrompts();
  void updateSummary();

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
  bool m_promptEdited = false;
  bool m_classPromptEdited = false;
  std::shared_ptr<const ClipTokenizer> m_tokenizer;
};

}  // namespace cds::ui
