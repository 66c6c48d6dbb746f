#include "reviewpage.h"

#include "verdictbar.h"

#include "present/background.h"
#include "storage/invocationreader.h"
#include "storage/runsreader.h"
#include "present/breakdowntables.h"
#include "present/figures.h"
#include "present/invocationdetail.h"
#include "present/reviewqueuemodel.h"
#include "present/reviewtext.h"
#include "present/runfigures.h"
#include "present/summaries.h"

#include "analytics/leaderboard.h"
#include "analytics/review.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {

namespace {
struct QueueRead
{
    QList<Review::QueueItem> items;
    QHash<qint64, QString> variants, judges;
    QString error;
};

} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent), m_run(new QComboBox(this)), m_variant(new QComboBox(this)), m_sample(new QSpinBox(this)),
      m_reload(new QPushButton(tr("Re&load Queue"), this)), m_state(new QLabel(this)), m_health(new QLabel(this)),
      m_queue(new ReviewQueueModel(this)), m_queueView(new QTableView(this)), m_detail(new QTextBrowser(this)),
      m_verdictBar(new VerdictBar(this)), m_agreement(new CellTableModel(Summaries::agreementHeaders(), this)),
      m_agreementView(new QTableView(this))
{
    setFiguresLoader(new FiguresLoader(this));
    m_queue->setLocale(QLocale());
    m_run->setObjectName(u"reviewRun"_qs);
    m_variant->setObjectName(u"reviewVariant"_qs);
    m_queueView->setObjectName(u"reviewQueue"_qs);
    m_detail->setObjectName(u"reviewDetail"_qs);
    m_agreementView->setObjectName(u"reviewAgreement"_qs);
    m_run->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_run->setMinimumContentsLength(24);
    m_variant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sample->setRange(0, 1000);
    m_sample->setValue(20);
    m_sample->setToolTip(tr("How many of the items the jury agreed on to draw at random, to check the jury where it is sure"));
    auto *runLabel = new QLabel(tr("R&un:"), this);
    runLabel->setBuddy(m_run);
    auto *sampleLabel = new QLabel(tr("Calibration &sample:"), this);
    sampleLabel->setBuddy(m_sample);
    auto *bar = new QHBoxLayout;
    bar->addWidget(runLabel);
    bar->addWidget(m_run, 2);
    bar->addWidget(m_variant, 1);
    bar->addWidget(sampleLabel);
    bar->addWidget(m_sample);
    bar->addWidget(m_reload);
    bar->addStretch(0);

    auto *keys = new QLabel(tr("Keys: <b>P</b> pass · <b>F</b> fail — then type the reason and press <b>Enter</b> to save and go on · "
                               "<b>W</b> withdraw an override · <b>N</b>/<b>J</b> next · <b>K</b> previous · <b>R</b> the reason · "
                               "<b>Esc</b> back to the queue"),
                            this);
    keys->setWordWrap(true);
    m_state->setWordWrap(true);
    m_state->setObjectName(u"reviewState"_qs);

    m_queueView->setModel(m_queue);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->verticalHeader()->hide();
    m_queueView->setWordWrap(false);
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showItem(current.row());
    });
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select an item of the queue to read its prompt, golden answer, answer and every judge."));

    m_agreementView->setModel(m_agreement);
    m_agreementView->verticalHeader()->hide();
    m_agreementView->setAlternatingRowColors(true);
    m_agreementView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agreementView->horizontalHeader()->setStretchLastSection(true);
    m_agreementView->setToolTip(tr("On the items people reviewed: how often each judge's pass/fail (and the jury's) matches "
                                   "the people's, Cohen's κ (agreement beyond chance: 1 perfect, 0 no better than chance), "
                                   "and the 2 × 2 table"));
    m_health->setWordWrap(true);
    m_health->setAlignment(Qt::AlignLeft | Qt::AlignTop); // under the table, or at the top while no one has reviewed
    m_health->setObjectName(u"reviewHealth"_qs);
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *judges = new QGroupBox(tr("Judges against people"), this);
    auto *judgesLayout = new QVBoxLayout(judges);
    judgesLayout->addWidget(m_agreementView, 1);
    judgesLayout->addWidget(m_health);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_queueView);
    left->addWidget(judges);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_verdictBar);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    m_split = split;

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(keys);
    layout->addWidget(m_state);
    layout->addWidget(split, 1);

    // One letter each: a line edit with the focus takes its letters first, so a reason can be typed.
    const auto key = [this](Qt::Key k, auto slot) {
        auto *s = new QShortcut(QKeySequence(k), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    key(Qt::Key_P, [this] { m_verdictBar->choose(true); });
    key(Qt::Key_F, [this] { m_verdictBar->choose(false); });
    key(Qt::Key_W, [this] { m_verdictBar->withdraw(); });
    key(Qt::Key_R, [this] { m_verdictBar->focusReason(); });
    key(Qt::Key_N, [this] { step(1); });
    key(Qt::Key_J, [this] { step(1); });
    key(Qt::Key_K, [this] { step(-1); });
    key(Qt::Key_Escape, [this] { m_queueView->setFocus(Qt::ShortcutFocusReason); });

    connect(m_run, &QComboBox::currentIndexChanged, this, [this] {
        m_variant->clear();
        m_runId = m_run->currentData().isValid() ? m_run->currentData().toLongLong() : -1;
        loadQueue();
    });
    connect(m_variant, &QComboBox::activated, this, &ReviewPage::loadQueue);
    connect(m_reload, &QPushButton::clicked, this, &ReviewPage::loadQueue);
    connect(m_verdictBar, &VerdictBar::saved, this, [this](qint64 invocationId, std::optional<bool> passed) {
        const int row = m_queueView->currentIndex().row();
        if (row >= 0 && m_queue->item(row).row.id == invocationId)
            m_queue->setDecided(row, passed);
        showState();
        m_figures->invalidate(m_runId); // the agreement and every screen's figures of the run are read again
        Q_EMIT overridden(m_runId, invocationId);
        step(1);
        m_queueView->setFocus(Qt::OtherFocusReason);
    });
    showState();
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_unread)
        refresh();
    if (m_sized)
        return;
    m_sized = true; // the queue's columns readable, the item beside it
    const int w = m_split->width();
    m_split->setSizes({w / 2, w - w / 2});
}

void ReviewPage::setStore(std::shared_ptr<const Store> store)
{
    m_store = std::move(store);
    m_figures->setStore(m_store);
    m_verdictBar->setStore(m_store);
    m_runId = -1; // another store's run ids name other runs
    ++m_generation;
    m_queue->setItems({});
    m_agreement->setItems({});
    m_health->clear();
    m_detail->clear();
    if (isVisible()) {
        refresh();
        return;
    }
    // Hidden: the screens in sight read the store first (on a 1,000,000-invocation run the queue's
    // read took the second core from the shown run's figures); the queue is read when the page is
    // shown, or a moment later.
    m_unread = true;
    QTimer::singleShot(1500, this, [this] {
        if (m_unread)
            refresh();
    });
}

void ReviewPage::refresh()
{
    m_unread = false;
    const auto s = m_store;
    if (!s)
        return;
    runInBackground(this, [s] { return RunsReader(*s).runs(); }, [this](QList<RunSummary> runs) {
        const qint64 keep = m_pendingRun > 0 ? m_pendingRun : m_runId;
        m_pendingRun = -1;
        {
            const QSignalBlocker quiet(m_run);
            m_run->clear();
            for (const RunSummary &r : runs)
                m_run->addItem(tr("Run %1 · %2").arg(r.id).arg(r.name), r.id);
            m_run->setCurrentIndex(std::max(0, m_run->findData(keep)));
        }
        const qint64 chosen = m_run->currentData().isValid() ? m_run->currentData().toLongLong() : -1;
        if (chosen != m_runId || m_queue->rowCount() == 0) {
            m_runId = chosen;
            m_variant->clear();
            loadQueue();
        }
        Q_EMIT runsLoaded(int(runs.size()));
    });
}

void ReviewPage::review(qint64 runId)
{
    const int at = m_run->findData(runId);
    if (at < 0) {
        m_pendingRun = runId;
        refresh();
        return;
    }
    if (at == m_run->currentIndex())
        loadQueue();
    else
        m_run->setCurrentIndex(at);
}

void ReviewPage::loadQueue()
{
    const quint64 generation = ++m_generation;
    m_queue->clearDecided();
    m_queue->setItems({});
    m_verdictBar->setItem(m_runId, std::nullopt);
    m_detail->clear();
    const auto s = m_store;
    if (!s || m_runId < 0) {
        m_state->setText(tr("No run to review yet: run an evaluation first."));
        return;
    }
    const qint64 runId = m_runId;
    const qint64 variantId = m_variant->currentData().isValid() ? m_variant->currentData().toLongLong() : -1;
    const int sample = m_sample->value();
    m_state->setText(tr("Reading the review queue of run %1…").arg(runId));
    runInBackground(this, [s, runId, variantId, sample] {
        RunsReader q(*s);
        InvocationReader invocations(*s);
        QueueRead r;
        r.variants = q.variantLabels(runId, false);
        r.judges = q.variantLabels(runId, true);
        r.items = Review::reviewQueue(invocations, runId, variantId, sample, &r.error);
        return r;
    }, [this, generation, runId, variantId](QueueRead r) {
        if (generation != m_generation)
            return;
        if (m_variant->count() == 0) {
            const QSignalBlocker quiet(m_variant);
            m_variant->addItem(tr("All variants"), qint64(-1));
            QList<qint64> ids = r.variants.keys();
            std::sort(ids.begin(), ids.end());
            for (const qint64 id : std::as_const(ids))
                m_variant->addItem(r.variants.value(id), id);
            m_variant->setCurrentIndex(std::max(0, m_variant->findData(variantId)));
        }
        m_judges = r.judges;
        m_queue->setVariantLabels(r.variants);
        m_disputed = m_judgeFailed = m_sampled = 0;
        for (const Review::QueueItem &q : std::as_const(r.items))
            ++(q.why == Review::QueueItem::Why::Disputed ? m_disputed : q.why == Review::QueueItem::Why::JudgeFailed ? m_judgeFailed : m_sampled);
        m_queue->setItems(std::move(r.items));
        if (!r.error.isEmpty())
            m_state->setText(tr("Cannot read the review queue: %1").arg(r.error));
        else
            showState();
        if (m_queue->rowCount() > 0)
            m_queueView->selectRow(0);
        Q_EMIT queueLoaded(runId, m_queue->rowCount());
    });
    loadAgreement();
}

void ReviewPage::loadAgreement()
{
    if (!m_store || m_runId < 0)
        return;
    const qint64 runId = m_runId;
    m_figures->request(this, runId, false, [this, runId](FiguresLoader::Figures f) {
        const QLocale locale;
        m_agreement->setItems(Summaries::agreementRows(f->agreement, locale));
        m_agreementView->setVisible(m_agreement->rowCount() > 0); // none yet: the words say why
        QStringList lines;
        if (m_agreement->rowCount() == 0)
            lines << Summaries::agreementLines(f->agreement, locale); // why there is nothing to say yet
        lines << Summaries::juryHealth(f->board, f->breakdowns.errors, runId, locale); // the jury's alone: overrides never count in it
        if (const QString note = Summaries::overrideNote(f->board); !note.isEmpty())
            lines << note;
        if (!f->error.isEmpty())
            lines << tr("Cannot read the agreement: %1").arg(f->error);
        m_health->setText(lines.join(u"\n\n"_qs));
        Q_EMIT agreementLoaded(runId);
    });
}

void ReviewPage::setFiguresLoader(FiguresLoader *figures)
{
    if (m_figures && m_figures->parent() == this)
        delete m_figures;
    m_figures = figures;
    m_figures->setStore(m_store);
    m_figures->watch(this, [this] { return m_runId; }, [this] { loadAgreement(); });
}

void ReviewPage::showState()
{
    if (m_runId < 0) {
        m_state->setText(tr("No run to review yet: run an evaluation first."));
        return;
    }
    const int n = m_queue->rowCount();
    if (n == 0) {
        m_state->setText(tr("Nothing to review in run %1: no disputed item, no failed judge, and no sample asked for.").arg(m_runId));
        return;
    }
    m_state->setText(tr("%1 to review in run %2: %3 disputed, %4 where a judge failed, %5 sampled for calibration. Reviewed here: %6.")
                         .arg(Figures::count(n, QLocale())).arg(m_runId)
                         .arg(m_disputed).arg(m_judgeFailed).arg(m_sampled).arg(m_queue->decidedCount()));
}

void ReviewPage::step(int by)
{
    const int n = m_queue->rowCount();
    if (n == 0)
        return;
    const int row = m_queueView->currentIndex().isValid() ? m_queueView->currentIndex().row() : -1;
    m_queueView->selectRow(std::clamp(row + by, 0, n - 1));
}

void ReviewPage::showItem(int row)
{
    const Review::QueueItem &q = m_queue->item(row);
    m_verdictBar->setItem(m_runId, q.row);
    const quint64 generation = ++m_itemGeneration;
    const auto s = m_store;
    const qint64 id = q.row.id;
    const QString variant = m_queue->data(m_queue->index(row, ReviewQueueModel::VariantColumn)).toString();
    const bool wasOverridden = q.row.overridden;
    runInBackground(this, [s, id] { return InvocationReader(*s).invocation(id); },
                    [this, generation, id, variant, wasOverridden](std::optional<InvocationDetail> d) {
                        if (generation != m_itemGeneration)
                            return;
                        if (!d) {
                            m_detail->setPlainText(tr("Item %1 cannot be read.").arg(id));
                            return;
                        }
                        m_detail->setHtml(InvocationText::html(*d, variant, m_judges, QLocale()));
                        if (d->row.overridden != wasOverridden)
                            m_verdictBar->setItem(m_runId, d->row); // reviewed since the queue was read
                        Q_EMIT itemShown(id);
                    });
}

} // namespace Quorum
