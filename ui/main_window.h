// The studio's main window: the model page beside a prompt/token view. Later pages (concepts,
// regularization, training, generation) join it as the engine grows.
#pragma once

#include <QMainWindow>

namespace cds::ui {

class ModelPanel;
class PromptPanel;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ModelPanel* modelPanel() const { return m_modelPanel; }
  PromptPanel* promptPanel() const { return m_promptPanel; }

 public slots:
  void openModel(const QString& model);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private slots:
  void chooseModelFolder();
  void showAbout();

 private:
  void createMenus();
  ModelPanel* m_modelPanel;
  PromptPanel* m_promptPanel;
};

}  // namespace cds::ui
