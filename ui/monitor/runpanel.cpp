#include "runpanel.h"

#include "widgets/progressstrip.h"

#include "analytics/leaderboard.h"
#include "charts/linechart.h"
#include "present/background.h"
#include "present/runfigures.h"
#include "widgets/chartview.h"
#include "present/chartdata.h"
#include "present/figures.h"
#include "present/progresstext.h"
#include "present/leaderboardmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {

namespace {
constexpr double kSampleSeconds = 0.5;      // one point per region this often
constexpr qsizetype kMaxPoints = 600;       // then every other point goes: the whole run, coarser
constexpr int kLeaderboardMs = 3000;        // the live leaderboard's refresh while the run goes
} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_bar(new ProgressStrip(this)), m_figures(new QLabel(this)),
      m_errors(new QLabel(this)), m_pause(new QPushButton(tr("Pause"), this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_close(new QPushButton(tr("Close"), this)), m_parallel(new QSpinBox(this)), m_variantGrid(new QGridLayout),
      m_chart(new ChartView(this)), m_board(new LeaderboardModel(this)), m_boardView(new QTableView(this)),
      m_boardTimer(new QTimer(this))
{
    setFiguresLoader(new FiguresLoader(this));
    setObjectName(u"runPanel"_qs);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_errors->setWordWrap(true);
    m_errors->setObjectName(u"runErrors"_qs);
    m_errors->setTextFormat(Qt::RichText);
    m_errors->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_errors, &QLabel::linkActivated, this, [this](const QString &errorClass) {
        Q_EMIT failuresRequested(m_runId, errorClass);
    });
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
            m_state.clear();
        } else {
            m_controller->pause();
            m_pause->setText(tr("Resume"));
            m_state = tr("paused");
        }
        updateTitle();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->cancel();
        m_stop->setEnabled(false);
        m_pause->setEnabled(false);
        m_state = tr("stopping…");
        updateTitle();
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
    m_chart->setObjectName(u"liveTtftChart"_qs);
    m_chart->setMinimumWidth(320);
    m_boardView->setObjectName(u"liveLeaderboard"_qs);
    m_boardView->setModel(m_board);
    m_boardView->verticalHeader()->hide();
    m_boardView->setAlternatingRowColors(true);
    m_boardView->setSelectionMode(QAbstractItemView::NoSelection);
    m_boardView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_boardView->horizontalHeader()->setStretchLastSection(true);
    for (const int column : {int(LeaderboardModel::ErrorsColumn), int(LeaderboardModel::DecodeColumn), int(LeaderboardModel::DisputedColumn),
                             int(LeaderboardModel::RatingColumn), int(LeaderboardModel::CompositeColumn), int(LeaderboardModel::TtlbColumn),
                             int(LeaderboardModel::TtftColumn)})
        m_boardView->setColumnHidden(column, true); // the live few; the Runs page has them all
    m_boardView->setToolTip(tr("The leaderboard of what is stored so far, every few seconds"));
    m_boardTimer->setObjectName(u"liveLeaderboardTimer"_qs);
    m_boardTimer->setInterval(kLeaderboardMs);
    connect(m_boardTimer, &QTimer::timeout, this, &RunPanel::refreshLeaderboard);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_bar, 1);
    buttons->addWidget(parallelLabel);
    buttons->addWidget(m_parallel);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_close);
    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addLayout(buttons);
    left->addWidget(m_figures);
    left->addLayout(m_variantGrid);
    left->addWidget(m_errors);
    left->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(m_chart, 3, Qt::AlignTop);
    layout->addWidget(m_boardView, 3);
}

void RunPanel::setFiguresLoader(FiguresLoader *figures)
{
    if (m_loader && m_loader->parent() == this)
        delete m_loader;
    m_loader = figures;
}

void RunPanel::preparing(const QString &what)
{
    m_controller = nullptr;
    m_boardTimer->stop();
    m_title->setText(what);
    m_bar->setMaximum(1);
    m_bar->setValue(0);
    m_bar->setFormat(QString());
    m_figures->clear();
    m_errors->clear();
    m_board->setItems({});
    for (QProgressBar *bar : std::as_const(m_variantBars))
        bar->setValue(0);
    m_pause->setEnabled(false);
    m_stop->setEnabled(false);
    m_parallel->setEnabled(false);
    m_close->hide();
}

void RunPanel::follow(RunController *controller)
{
    m_controller = controller;
    m_runId = controller->runId();
    m_loader->follow(controller); // the end of the run changes its figures
    m_ended = false;
    m_boardPending = m_boardAgain = false;
    m_state.clear();
    m_ttft.clear();
    m_lastSample = -1;
    m_board->setItems({});
    m_pause->setText(tr("Pause"));
    m_pause->setEnabled(true);
    m_stop->setEnabled(true);
    m_close->hide();
    {
        const QSignalBlocker quiet(m_parallel);
        m_parallel->setValue(controller->parallel());
        m_parallel->setEnabled(true);
    }
    // A bar per variant, labelled as the leaderboard names it.
    qDeleteAll(m_variantBars);
    m_variantBars.clear();
    while (QLayoutItem *item = m_variantGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList labels = controller->variantLabels();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto *label = new QLabel(labels.at(i), this);
        auto *bar = new ProgressStrip(this);
        bar->setObjectName(u"variantProgress"_qs);
        bar->setAccessibleName(labels.at(i));
        bar->setMaximumHeight(label->sizeHint().height() + 2);
        m_variantGrid->addWidget(label, int(i), 0);
        m_variantGrid->addWidget(bar, int(i), 1);
        m_variantBars << bar;
    }
    connect(controller, &RunController::progress, this, &RunPanel::showSnapshot);
    connect(controller, &RunController::finished, this, [this](RunStatus status, const QString &message) {
        m_ended = true;
        m_state = status == RunStatus::Completed ? tr("completed") : tr("stopped — resume it from the Runs page");
        updateTitle();
        if (!message.isEmpty())
            m_errors->setText(m_errors->text() + u"<br>"_qs + message.toHtmlEscaped());
        m_pause->setEnabled(false);
        m_stop->setEnabled(false);
        m_parallel->setEnabled(false);
        m_close->show();
        m_boardTimer->stop();
        refreshLeaderboard(); // the final standings
    });
    updateTitle();
    showSnapshot(controller->snapshot());
    m_boardTimer->start();
    m_chart->setChart([text = tr("Waiting for the first answers…")](QPainter &p, const QRectF &r, const Charts::Style &s) {
        p.fillRect(r, s.background);
        p.setPen(s.muted);
        p.setFont(s.label);
        p.drawText(r, Qt::AlignCenter, text);
    }, {}, [](const Charts::Style &) { return 200.0; });
}

void RunPanel::setQueued(int waiting)
{
    m_queued = waiting;
    updateTitle();
}

void RunPanel::updateTitle()
{
    QString title = tr("Run %1").arg(m_runId);
    if (!m_state.isEmpty())
        title += u" — "_qs + m_state;
    if (m_queued > 0)
        title += u" · "_qs + tr("%n more queued", nullptr, m_queued);
    m_title->setText(title);
}

void RunPanel::showSnapshot(const ProgressSnapshot &s)
{
    const QLocale locale;
    m_bar->setMaximum(int(std::max<qint64>(1, s.total)));
    m_bar->setValue(int(s.done));
    m_bar->setFormat(tr("%1 of %2").arg(Figures::count(s.done, locale), Figures::count(s.total, locale)));
    m_figures->setText(ProgressText::figures(s, locale));
    for (qsizetype i = 0; i < m_variantBars.size() && i < s.perVariant.size(); ++i) {
        QProgressBar *bar = m_variantBars.at(i);
        const auto [done, total] = s.perVariant.at(i);
        bar->setMaximum(int(std::max<qint64>(1, total)));
        bar->setValue(int(done));
        bar->setFormat(tr("%1 of %2").arg(Figures::count(done, locale), Figures::count(total, locale)));
    }
    QStringList errors;
    QStringList classes = s.errorsByClass.keys();
    classes.sort();
    for (const QString &c : std::as_const(classes))
        errors << tr("%1 × <a href=\"%2\">%3</a>").arg(Figures::count(s.errorsByClass.value(c), locale), c.toHtmlEscaped(), c.toHtmlEscaped());
    m_errors->setText(errors.isEmpty() ? QString()
                                       : tr("Failed calls (recorded; click a class for its records): %1").arg(errors.join(u", "_qs)));
    sampleTtft(s);
}

void RunPanel::sampleTtft(const ProgressSnapshot &s)
{
    if (s.latestTtftByRegion.isEmpty() || (m_lastSample >= 0 && s.elapsedSeconds - m_lastSample < kSampleSeconds))
        return;
    m_lastSample = s.elapsedSeconds;
    for (auto it = s.latestTtftByRegion.cbegin(); it != s.latestTtftByRegion.cend(); ++it) {
        QList<QPointF> &points = m_ttft[it.key()];
        points << QPointF(s.elapsedSeconds, it.value());
        if (points.size() > kMaxPoints) {
            QList<QPointF> half;
            for (qsizetype i = 0; i < points.size(); i += 2)
                half << points.at(i);
            points = half;
        }
    }
    auto chart = std::make_shared<const ChartData::Lines>(ChartData::liveTtft(m_ttft, QLocale()));
    m_chart->setChart([chart](QPainter &p, const QRectF &r, const Charts::Style &st) { Charts::paintLines(p, r, *chart, st); },
                      [chart](const QPointF &at, const QRectF &r, const Charts::Style &st) {
                          const auto [series, point] = Charts::layoutLines(r, *chart, st).pointAt(at, *chart);
                          return series < 0 ? QString() : chart->series.at(series).tooltips.value(point);
                      },
                      [](const Charts::Style &) { return 220.0; });
}

void RunPanel::refreshLeaderboard()
{
    if (!m_controller || !m_controller->store())
        return;
    if (m_boardPending) {
        m_boardAgain = true; // once this read is in: the standings may have moved since it began
        return;
    }
    m_boardPending = true;
    m_loader->setStore(m_controller->store());
    if (!m_ended)
        m_loader->invalidate(m_runId); // answers and verdicts came in since the last look (the end invalidates by itself)
    m_loader->request(this, m_runId, false, [this](FiguresLoader::Figures f) {
        m_boardPending = false;
        m_board->setItems(f->board.rows);
        Q_EMIT leaderboardUpdated();
        if (std::exchange(m_boardAgain, false))
            refreshLeaderboard();
    });
}

} // namespace Quorum
