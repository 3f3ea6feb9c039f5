// check_screenshots DIR FILE...: each FILE in DIR is a readable PNG of the main window's size
// (ScreenshotTour::windowSize()) with more than a few colours, i.e. not a blank or black grab.
// Run by tests/ui/screenshot_tour.cmake after `cdstudio --screenshot-tour DIR`.
#include <cstdio>

#include <QDir>
#include <QImage>
#include <QSet>

#include "ui/screenshot_tour.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s DIR FILE...\n", argv[0]);
    return 2;
  }
  const QDir dir(QString::fromLocal8Bit(argv[1]));
  int failures = 0;
  for (int i = 2; i < argc; ++i) {
    const QString file = dir.filePath(QString::fromLocal8Bit(argv[i]));
    const QImage image(file, "PNG");
    QString problem;
    if (image.isNull()) {
      problem = QStringLiteral("missing or not a PNG");
    } else if (image.size() != cds::ui::ScreenshotTour::windowSize()) {
      problem = QStringLiteral("%1x%2 instead of the window's size")
                    .arg(image.width())
                    .arg(image.height());
    } else {
      // A blank grab has one or two colours; a page with text, icons and pictures has hundreds.
      QSet<QRgb> colours;
      const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
      for (int y = 0; y < rgb.height() && colours.size() <= 64; y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2) colours.insert(line[x]);
      }
      if (colours.size() <= 64)
        problem = QStringLiteral("only %1 colours: blank?").arg(colours.size());
    }
    if (problem.isEmpty()) {
      std::printf("ok   %s\n", qPrintable(file));
    } else {
      std::printf("FAIL %s: %s\n", qPrintable(file), qPrintable(problem));
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}
