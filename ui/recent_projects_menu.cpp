// The Open Recent menu (see recent_projects_menu.h).
#include "ui/recent_projects_menu.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

#include "ui/app_settings.h"

namespace cds::ui {

RecentProjectsMenu::RecentProjectsMenu(QWidget* parent) : QMenu(parent) {
  setObjectName("recentProjectsMenu");
  setToolTipsVisible(true);  // the full path, for two projects of the same name
  connect(this, &QMenu::aboutToShow, this, &RecentProjectsMenu::refresh);
  if (auto* parentMenu = qobject_cast<QMenu*>(parent))
    connect(parentMenu, &QMenu::aboutToShow, this, &RecentProjectsMenu::refresh);
  refresh();
}

void RecentProjectsMenu::refresh() {
  setTitle(tr("Open &Recent"));
  // Not clear(): that deletes the actions at once, and refresh() may run inside one of their
  // triggered() signals (Clear Menu, or a slot that saves the project it was asked to open).
  for (QAction* action : actions()) {
    removeAction(action);
    if (action->parent() == this) action->deleteLater();
  }
  const QStringList files = AppSettings::recentProjects();
  QStringList names;
  for (const QString& file : files) names << QFileInfo(file).completeBaseName();
  for (int i = 0; i < files.size(); ++i) {
    QString name = names[i];
    // Same-named projects in different folders: the folder tells them apart at a glance.
    if (names.count(name) > 1)
      name = tr("%1 (%2)").arg(name, QFileInfo(QFileInfo(files[i]).path()).fileName());
    name.replace(QLatin1Char('&'), QStringLiteral("&&"));  // a literal &, not a mnemonic
    const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name)
                               : QStringLiteral("%1 %2").arg(i + 1).arg(name);
    QAction* action = addAction(text);
    const QString path = QDir::toNativeSeparators(files[i]);
    action->setToolTip(path);
    action->setStatusTip(path);
    action->setData(files[i]);
    const QString file = files[i];
    connect(action, &QAction::triggered, this, [this, file] { emit projectChosen(file); });
  }
  if (!files.isEmpty()) {
    addSeparator();
    QAction* clearAction = addAction(tr("&Clear Menu"));
    clearAction->setObjectName("clearRecentProjects");
    clearAction->setStatusTip(tr("Forget the recently used projects (the files stay)."));
    connect(clearAction, &QAction::triggered, this, [this] {
      AppSettings::clearRecentProjects();
      refresh();
    });
  }
  setEnabled(!files.isEmpty());
}

void RecentProjectsMenu::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) refresh();
  QMenu::changeEvent(event);
}

}  // namespace cds::ui
