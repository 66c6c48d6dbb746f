#pragma once

#include "engine/runcontroller.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Quorum {

// The run in progress: a progress bar, live figures, and Pause/Resume and Stop. It shows the
// snapshots its controller sends (at most 20 a second); the work itself runs on worker threads.
class RunPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(QWidget *parent = nullptr);

    // Takes the controller to show and steer (it stays owned by its parent).
    void follow(RunController *controller);
    void showSnapshot(const ProgressSnapshot &snapshot);

Q_SIGNALS:
    void closed();

private:
    QPointer<RunController> m_controller;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_figures;
    QLabel *m_errors;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QPushButton *m_close;
    QSpinBox *m_parallel;
};

} // namespace Quorum
