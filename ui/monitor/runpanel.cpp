#include "runpanel.h"
#include "present/figures.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Quorum {

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_bar(new QProgressBar(this)), m_figures(new QLabel(this)),
      m_errors(new QLabel(this)), m_pause(new QPushButton(tr("Pause"), this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_close(new QPushButton(tr("Close"), this)), m_parallel(new QSpinBox(this))
{
    setObjectName(u"runPanel"_qs);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_errors->setWordWrap(true);
    m_pause->setObjectName(u"pauseButton"_qs);
    m_stop->setObjectName(u"stopButton"_qs);
    m_stop->setToolTip(tr("Finish the calls in flight, start no new ones; the run can be resumed later."));
    m_close->hide();
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_controller)
            return;
        if (m_controller->snapshot().paused) {
            m_controller->resume();
            m_pause->setText(tr("Pause"));
        } else {
            m_controller->pause();
            m_pause->setText(tr("Resume"));
        }
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->cancel();
        m_stop->setEnabled(false);
        m_pause->setEnabled(false);
        m_title->setText(m_title->text() + u" — "_qs + tr("stopping…"));
    });
    connect(m_close, &QPushButton::clicked, this, &RunPanel::closed);
    m_parallel->setObjectName(u"parallelBox"_qs);
    m_parallel->setRange(1, 256);
    m_parallel->setToolTip(tr("Concurrent calls per model variant; change it while the run goes on."));
    connect(m_parallel, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_controller)
            m_controller->setParallel(value);
    });
    auto *parallelLabel = new QLabel(tr("&Parallel per model:"), this);
    parallelLabel->setBuddy(m_parallel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_bar, 1);
    buttons->addWidget(parallelLabel);
    buttons->addWidget(m_parallel);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_figures);
    layout->addWidget(m_errors);
}

void RunPanel::follow(RunController *controller)
{
    m_controller = controller;
    m_title->setText(tr("Run %1").arg(controller->runId()));
    m_pause->setText(tr("Pause"));
    m_pause->setEnabled(true);
    m_stop->setEnabled(true);
    m_close->hide();
    {
        const QSignalBlocker quiet(m_parallel);
        m_parallel->setValue(controller->parallel());
        m_parallel->setEnabled(true);
    }
    connect(controller, &RunController::progress, this, &RunPanel::showSnapshot);
    connect(controller, &RunController::finished, this, [this](RunStatus status, const QString &message) {
        m_title->setText(status == RunStatus::Completed
                             ? tr("Run %1 completed").arg(m_controller ? m_controller->runId() : 0)
                             : tr("Run %1 stopped — resume it from the Runs page").arg(m_controller ? m_controller->runId() : 0));
        if (!message.isEmpty())
            m_errors->setText(message);
        m_pause->setEnabled(false);
        m_stop->setEnabled(false);
        m_parallel->setEnabled(false);
        m_close->show();
    });
    showSnapshot(controller->snapshot());
}

void RunPanel::showSnapshot(const ProgressSnapshot &s)
{
    const QLocale locale;
    m_bar->setMaximum(int(std::max<qint64>(1, s.total)));
    m_bar->setValue(int(s.done));
    m_bar->setFormat(tr("%1 of %2").arg(locale.toString(s.done), locale.toString(s.total)));
    m_figures->setText(tr("%1 in flight · %2 calls/s · %3 judge calls · %4 spent · %5 left")
                           .arg(Figures::count(s.inFlight, locale), Figures::decimal(s.callsPerSecond, locale, 1),
                                Figures::count(s.judgeCalls, locale), Figures::usd(s.spendUsd, locale, 4),
                                s.etaSeconds > 0 ? Figures::duration(s.etaSeconds, locale) : Figures::unknown()));
    QStringList errors;
    for (auto it = s.errorsByClass.cbegin(); it != s.errorsByClass.cend(); ++it)
        errors << tr("%1 × %2").arg(it.value()).arg(it.key());
    m_errors->setText(errors.isEmpty() ? QString() : tr("Failed calls (recorded): %1").arg(errors.join(u", ")));
}

} // namespace Quorum
