// The Concept Library's store (see concept_library.h).
#include "ui/concept_library.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "core/concepts/compressed_format.h"
#include "core/concepts/concept_record.h"
#include "core/error.h"

namespace cds::ui {

namespace {

const QString kWeightsStem = QStringLiteral("pytorch_custom_diffusion_weights");

// The newest validation picture (validation/step-N/*.png, the largest N), if any.
QString latestPreview(const QDir& folder) {
  QDir validation(folder.filePath(QStringLiteral("validation")));
  int best = -1;
  QString picture;
  for (const QString& step : validation.entryList({QStringLiteral("step-*")}, QDir::Dirs)) {
    bool ok = false;
    const int n = step.mid(5).toInt(&ok);
    if (!ok || n <= best) continue;
    const QStringList pngs = QDir(validation.filePath(step))
                                 .entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    if (pngs.isEmpty()) continue;
    best = n;
    picture = QDir(validation.filePath(step)).filePath(pngs.first());
  }
  return picture;
}

}  // namespace

ConceptLibrary::ConceptLibrary(QString storeFile) : m_storeFile(std::move(storeFile)) {}

QString ConceptLibrary::defaultStoreFile() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
      .filePath(QStringLiteral("concept_library.json"));
}

QString ConceptLibrary::weightsFile(const QString& folder) {
  const QDir dir(folder);
  for (const QString& name :
       {kWeightsStem + QStringLiteral(".safetensors"), kWeightsStem + QStringLiteral(".bin"),
        QString::fromUtf8(kCompressedWeightsFile)}) {
    if (QFileInfo::exists(dir.filePath(name))) return dir.filePath(name);
  }
  return {};
}

LibraryConcept ConceptLibrary::describe(const QString& folder, QString* error) {
  LibraryConcept c;
  const QFileInfo info(folder);
  c.folder = info.absoluteFilePath();
  c.name = info.fileName();
  const QDir dir(c.folder);
  const QString weightsPath = weightsFile(c.folder);
  const QFileInfo weights(weightsPath);
  if (!info.isDir() || weightsPath.isEmpty()) {
    if (error)
      *error = QCoreApplication::translate("ConceptLibrary",
                                           "%1 holds no Custom Diffusion weights "
                                           "(pytorch_custom_diffusion_weights.safetensors).")
                   .arg(QDir::toNativeSeparators(c.folder));
    return {};
  }
  c.compressed = weights.fileName() == QString::fromUtf8(kCompressedWeightsFile);
  c.sizeBytes = weights.size();
  c.date = weights.lastModified();
  for (const QFileInfo& file : dir.entryInfoList(
           {QStringLiteral("*.safetensors"), QStringLiteral("*.bin")}, QDir::Files, QDir::Name)) {
    if (file.completeBaseName() == kWeightsStem || file.fileName() == weights.fileName() ||
        file.fileName().startsWith(QLatin1Char('.')))
      continue;
    if (file.suffix() == QLatin1String("bin") &&
        QFileInfo::exists(dir.filePath(file.completeBaseName() + QStringLiteral(".safetensors"))))
      continue;
    c.tokens << file.completeBaseName();
    c.sizeBytes += file.size();
  }
  try {
    const auto record = read_concept_record(c.folder.toStdString());
    c.baseModel = QString::fromStdString(record.base_model);
    c.kind = QString::fromStdString(record.kind);
    if (!record.concepts.empty())
      c.prompt = QString::fromStdString(record.concepts.front().instance_prompt);
  } catch (const CoreError&) {
    // A damaged record only loses the base model's name; the weights are still usable.
  }
  c.thumbnail = latestPreview(dir);
  return c;
}

void ConceptLibrary::load() {
  m_concepts.clear();
  QFile file(m_storeFile);
  if (!file.open(QIODevice::ReadOnly)) return;
  const QJsonArray folders =
      QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("folders")).toArray();
  for (const QJsonValue& v : folders) {
    const QString folder = v.toString();
    if (folder.isEmpty()) continue;
    LibraryConcept c = describe(folder);
    if (c.folder.isEmpty()) {  // gone or emptied: listed as missing until removed
      c.folder = folder;
      c.name = QFileInfo(folder).fileName();
    }
    m_concepts.push_back(c);
  }
}

bool ConceptLibrary::save() const {
  QJsonArray folders;
  for (const LibraryConcept& c : m_concepts) folders.append(c.folder);
  QDir().mkpath(QFileInfo(m_storeFile).absolutePath());
  QSaveFile file(m_storeFile);
  if (!file.open(QIODevice::WriteOnly)) return false;
  const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("folders"), folders}};
  file.write(QJsonDocument(root).toJson());
  return file.commit();
}

QString ConceptLibrary::addFolder(const QString& folder) {
  QString error;
  const LibraryConcept c = describe(folder, &error);
  if (c.folder.isEmpty()) return error;
  for (const LibraryConcept& existing : m_concepts)
    if (existing.folder == c.folder)
      return QCoreApplication::translate("ConceptLibrary", "%1 is already in the library.")
          .arg(QDir::toNativeSeparators(c.folder));
  m_concepts.push_back(c);
  return QString();
}

void ConceptLibrary::remove(int index) {
  if (index >= 0 && index < m_concepts.size()) m_concepts.remove(index);
}

void ConceptLibrary::refresh() {
  for (LibraryConcept& c : m_concepts) {
    LibraryConcept fresh = describe(c.folder);
    if (!fresh.folder.isEmpty()) c = fresh;
  }
}

}  // namespace cds::ui
