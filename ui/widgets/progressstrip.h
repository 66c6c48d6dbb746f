#pragma once

#include <QProgressBar>

namespace Quorum {

// A progress bar drawn flat (a filled share and its text, in the palette's colours): the live
// monitor updates one per model variant several times a second, and the style's own bar, with its
// gradients and frame, took 2-5 ms a paint (bench_gui --costs), most of each repaint of the window.
class ProgressStrip final : public QProgressBar
{
    Q_OBJECT

public:
    using QProgressBar::QProgressBar;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Quorum
