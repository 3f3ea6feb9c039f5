// Helpers the GUI tests share: screenshots for a person to look at, and the demo model made once
// per test run.
#pragma once

#include <QFile>
#include <QSignalSpy>
#include <QString>
#include <QWidget>

#include "ui/jobs/job_runner.h"

namespace cds::test {

// Saves what `widget` shows as DIR/name when CDS_SCREENSHOT_DIR is set (to look at, not to test).
inline void saveScreenshot(QWidget& widget, const char* name) {
  const QString dir = qEnvironmentVariable("CDS_SCREENSHOT_DIR");
  if (!dir.isEmpty()) widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

// The demo model under `folder` (made by the job runner the first time); its model folder.
inline QString demoModelIn(const QString& folder) {
  if (!QFile::exists(folder + QStringLiteral("/model/model_index.json"))) {
    cds::ui::JobRunner runner;
    QSignalSpy ready(&runner, &cds::ui::JobRunner::demoModelReady);
    runner.createDemoModel(folder);
    if (!ready.wait(30000)) qFatal("the demo model was not made within 30 s");
  }
  return folder + QStringLiteral("/model");
}

}  // namespace cds::test
