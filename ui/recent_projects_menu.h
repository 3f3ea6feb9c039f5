// File ▸ Open Recent: the projects in AppSettings' recent list, newest first, numbered for the
// keyboard, with Clear Menu at the end. It reads the list whenever it (or its parent menu) is
// about to show, so it never needs telling that a project was opened or saved.
#pragma once

#include <QMenu>

namespace cds::ui {

class RecentProjectsMenu : public QMenu {
  Q_OBJECT

 public:
  // Give it its parent menu here: it also refreshes when that menu opens, because a disabled
  // (empty) submenu never opens and so could not notice that it has entries again.
  explicit RecentProjectsMenu(QWidget* parent = nullptr);

 public slots:
  void refresh();  // rebuild from the settings now

 signals:
  void projectChosen(const QString& file);  // an absolute path

 protected:
  void changeEvent(QEvent* event) override;
};

}  // namespace cds::ui
