// A grid of training-image thumbnails that accepts dropped files and folders, with a remove
// button and an augmentation preview on each and the dataset checks a person understands written
// on the thumbnail: not an image, missing, smaller than the training resolution, not square,
// blurry, almost the same as another photo.
#pragma once

#include <QImage>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include "ui/dataset_checks.h"

class QGridLayout;
class QLabel;

namespace cds::ui {

// What was found about one file, cheaply (header and one small decode; Qt's image readers).
struct ImageCheck {
  QString file;
  bool usable = false;  // readable as an image
  QSize size;
  QStringList problems;      // sentences for the person; empty when all is well
  ImageSignature signature;  // the pixel checks' measurements; valid when usable
  QStringList lookalikes;    // other files of the grid that look almost the same (the grid sets it)
  QImage thumbnail;          // the card's picture, as training sees it; null when not usable
  int orientation = 1;       // the EXIF orientation training ignores; 2..8: shown sideways
};

// Checks one file on its own; the comparison with the others (lookalikes) is the grid's.
ImageCheck checkImage(const QString& file, int resolution);

class ImageGrid : public QWidget {
  Q_OBJECT

 public:
  explicit ImageGrid(QWidget* parent = nullptr);
  QStringList files() const;        // everything added, in order
  QStringList usableFiles() const;  // the images training will use
  QStringList unusableFiles() const;
  const QVector<ImageCheck>& checks() const { return m_checks; }

 public slots:
  // Adds files (folders are expanded to their images); duplicates are ignored.
  void addFiles(const QStringList& paths);
  void removeFile(const QString& file);
  // Replaces a photo by its centre square, saved as a new PNG in the app's data folder; returns
  // that file, or empty when the photo cannot be read or the crop not written.
  QString cropToSquare(const QString& file);
  // Replaces a photo stored sideways (EXIF orientation 2..8) by an upright copy, a new PNG
  // beside it (or in the app's data folder when that folder is read-only); returns that file, or
  // empty when it could not be written (the card then says why). The original is never changed.
  QString writeUprightCopy(const QString& file);
  void clear();
  void setResolution(int resolution);  // re-checks the sizes

 signals:
  void filesChanged();
  // The card's "Preview augmentation" button or context-menu action.
  void augmentationPreviewRequested(const QString& file);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dragMoveEvent(QDragMoveEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void rebuild();
  void compareImages();  // sets lookalikes and their sentences
  QWidget* makeCard(const ImageCheck& check);

  QWidget* m_content;
  QGridLayout* m_grid;
  QLabel* m_emptyHint;
  QVector<ImageCheck> m_checks;
  int m_resolution = 512;
};

}  // namespace cds::ui
