// The studio's Concept Library: every trained concept the person keeps (training output folders,
// merged and compressed ones), with its tokens, base model, a preview picture, size and date.
// The list of folders is stored as JSON in the app's data folder; what each folder holds is read
// from the folder itself (its files and concept.json / training_args.json) whenever it is listed.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cds::ui {

struct LibraryConcept {
  QString folder;           // absolute path
  QString name;             // the folder's name
  QStringList tokens;       // from the <token>.safetensors files
  QString baseModel;        // as recorded; empty when the folder does not say
  QString kind;             // "trained", "merged", "compressed", "expanded", or empty
  bool compressed = false;  // holds custom_diffusion_compressed.safetensors (studio-only form)
  qint64 sizeBytes = 0;     // the weight and token files together
  QDateTime date;           // when the weights were written
  QString thumbnail;        // a validation picture of the last step, or empty
  QString prompt;  // the first concept's instance prompt as recorded ("photo of a <new1> cat")
};

class ConceptLibrary {
 public:
  // `storeFile`: the JSON list of folders (created on the first save).
  explicit ConceptLibrary(QString storeFile);
  // The store file in the app's data folder (QStandardPaths::AppLocalDataLocation).
  static QString defaultStoreFile();

  // Reads the store; folders that are gone are kept (shown as missing) until removed.
  void load();
  // Writes the store atomically. False when it cannot be written.
  bool save() const;

  const QVector<LibraryConcept>& concepts() const { return m_concepts; }
  // Adds a concept output folder; returns an empty string, or why it cannot be added (not a
  // concept folder, already in the library). Does not save.
  QString addFolder(const QString& folder);
  void remove(int index);
  // Re-reads every folder (after a job wrote into one).
  void refresh();

  // What a folder holds; `error` says why it is no concept folder (then the result is empty).
  static LibraryConcept describe(const QString& folder, QString* error = nullptr);
  // The weights file of the concept in `folder` (plain or compressed); empty when it holds none.
  static QString weightsFile(const QString& folder);

 private:
  QString m_storeFile;
  QVector<LibraryConcept> m_concepts;
};

}  // namespace cds::ui
