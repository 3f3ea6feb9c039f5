// A dialog that shows one photo the way training shows it to the model: samples of the random
// shrink / enlarge / shift augmentation of train_custom_diffusion.py, the prompt each sample gets
// and the part the loss ignores. The samples come from the engine (ui/jobs/augmentation_samples.h),
// made off the GUI thread. Torch-free.
#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include "ui/jobs/augmentation_samples.h"

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace cds::ui {

class AugmentationPreview : public QDialog {
  Q_OBJECT

 public:
  // Starts making samples (with a random seed) as soon as the event loop runs.
  AugmentationPreview(const QString& file, int resolution, const QString& instancePrompt,
                      QWidget* parent = nullptr);
  ~AugmentationPreview() override;

  // Opens a preview that does not block the window behind it and deletes itself when closed.
  static void show(QWidget* parent, const QString& file, int resolution,
                   const QString& instancePrompt, bool hflip = false);
  using QDialog::show;

  static constexpr int kSamples = 6;

  quint64 seed() const { return m_seed; }
  bool isBusy() const;
  int sampleCount() const { return m_samples.size(); }  // samples on display
  const QVector<AugmentationSample>& samples() const { return m_samples; }
  QString errorText() const { return m_error; }  // empty unless the last run failed

 public slots:
  void setSeed(quint64 seed);  // makes new samples with this seed
  void shuffle();              // ... with a new random seed
  void setMirror(bool hflip);  // as the training option: mirror half of the samples

 signals:
  void samplesShown(int count);

 private:
  void start();
  void finished();
  void showSamples();

  QString m_file;
  int m_resolution;
  QString m_prompt;
  quint64 m_seed = 0;
  bool m_hflip = false;
  bool m_startQueued = true;  // the first run has not started yet
  bool m_restart = false;     // the settings changed while a run was going: run again after it
  QVector<AugmentationSample> m_samples;
  QString m_error;
  QFutureWatcher<AugmentationResult>* m_watcher;
  QLabel* m_status;
  QWidget* m_gridHost;
  QGridLayout* m_grid;
  QCheckBox* m_shade;
  QCheckBox* m_mirror;
  QPushButton* m_shuffle;
};

}  // namespace cds::ui
