#include "comparepage.h"

#include "present/background.h"
#include "storage/invocationreader.h"
#include "storage/runsreader.h"
#include "analytics/runcomparison.h"
#include "present/comparisonmodel.h"
#include "present/comparisontext.h"
#include "present/figures.h"
#include "present/worddiff.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Quorum {

namespace {
// What only one side has, marked in a colour that reads on the palette (Okabe–Ito vermillion
// for removed, bluish green for added, pale on light, deep on dark).
QString markColour(const QWidget *w, bool sideA)
{
    const bool dark = w->palette().color(QPalette::Base).lightness() < 128;
    if (sideA)
        return dark ? u"#7a3418"_qs : u"#f7c9b3"_qs;
    return dark ? u"#0f5a45"_qs : u"#b8e6d3"_qs;
}

} // namespace

ComparePage::ComparePage(QWidget *parent)
    : QWidget(parent), m_compare(new QPushButton(tr("&Compare"), this)), m_summary(new QLabel(this)), m_count(new QLabel(this)),
      m_changedOnly(new QCheckBox(tr("C&hanged only"), this)), m_model(new ComparisonTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_answerA(new QTextBrowser(this)),
      m_answerB(new QTextBrowser(this))
{
    m_model->setLocale(QLocale());
    // A above B: one row each, so the choosers fit a narrow or scaled window.
    auto *choose = new QGridLayout;
    auto side = [this, choose](int row, const QString &title, Side *s) {
        s->run = new QComboBox(this);
        s->variant = new QComboBox(this);
        for (QComboBox *c : {s->run, s->variant}) {
            c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            c->setMinimumContentsLength(22);
            c->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        }
        auto *label = new QLabel(title, this);
        label->setBuddy(s->run);
        choose->addWidget(label, row, 0);
        choose->addWidget(s->run, row, 1);
        choose->addWidget(s->variant, row, 2);
    };
    side(0, tr("&A (reference):"), &m_a);
    side(1, tr("&B:"), &m_b);
    choose->addWidget(m_compare, 1, 3);
    choose->setColumnStretch(1, 3);
    choose->setColumnStretch(2, 2);
    choose->setColumnStretch(4, 1);
    m_a.run->setToolTip(tr("The run compared against: every difference is B − A"));
    m_b.run->setToolTip(tr("The run compared with A: two runs, or the same run for two of its variants"));

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Choose two runs (or one run twice) and a variant of each, then Compare."));
    m_changedOnly->setChecked(true);
    m_changedOnly->setToolTip(tr("Only the items whose verdict differs between A and B (pass → fail or fail → pass)"));
    auto *filter = new QHBoxLayout;
    filter->addWidget(m_changedOnly);
    filter->addWidget(m_count);
    filter->addStretch(1);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ComparisonTableModel::SortRole);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ComparisonTableModel::ChangeColumn, Qt::AscendingOrder); // what changed first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (QTextBrowser *b : {m_answerA, m_answerB}) {
        b->setOpenLinks(false);
        b->setPlaceholderText(tr("Select an item to read both answers side by side."));
    }
    auto *answers = new QSplitter(Qt::Horizontal, this);
    answers->addWidget(m_answerA);
    answers->addWidget(m_answerB);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(answers);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_summary);
    layout->addLayout(filter);
    layout->addWidget(split, 1);

    for (Side *s : {&m_a, &m_b})
        connect(s->run, &QComboBox::currentIndexChanged, this, [this, s] {
            // B follows A's variant where its run has one of that name.
            const Side &other = s == &m_a ? m_b : m_a;
            loadVariants(*s, s == &m_b ? other.variant->currentText() : s->variant->currentText());
        });
    connect(m_compare, &QPushButton::clicked, this, &ComparePage::compareChosen);
    connect(m_changedOnly, &QCheckBox::toggled, this, &ComparePage::showItems);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showItem(m_sorted->mapToSource(current).row());
    });
}

void ComparePage::setStore(std::shared_ptr<const Store> store)
{
    m_store = std::move(store);
    m_comparison.reset();
    m_model->show({}, true);
    refresh();
}

void ComparePage::refresh()
{
    const auto s = m_store;
    if (!s)
        return;
    const quint64 generation = ++m_generation;
    runInBackground(this, [s] { return RunsReader(*s).runs(); }, [this, generation](QList<RunSummary> runs) {
        if (generation != m_generation)
            return;
        for (Side *side : {&m_a, &m_b}) {
            const QVariant was = side->run->currentData();
            QSignalBlocker block(side->run);
            side->run->clear();
            for (const RunSummary &r : runs)
                side->run->addItem(tr("Run %1 · %2").arg(r.id).arg(r.name), r.id);
            const int keep = side->run->findData(was);
            // By default: the newest run as B, the one before it as A.
            side->run->setCurrentIndex(keep >= 0 ? keep : std::min(side == &m_a ? 1 : 0, int(runs.size()) - 1));
        }
        loadVariants(m_a);
        loadVariants(m_b);
        Q_EMIT runsLoaded(int(runs.size()));
    });
}

void ComparePage::loadVariants(const Side &side, const QString &select)
{
    const auto s = m_store;
    const qint64 runId = side.run->currentData().toLongLong();
    if (!s || runId <= 0)
        return;
    QComboBox *combo = side.variant;
    runInBackground(combo, [s, runId] { return RunsReader(*s).variantInfo(runId, false); },
                    [this, combo, select, runId](QList<VariantInfo> variants) {
                        const QString keep = select.isEmpty() ? combo->currentText() : select;
                        combo->clear();
                        for (const VariantInfo &v : variants)
                            combo->addItem(v.label, v.label);
                        if (const int i = combo->findText(keep); i >= 0)
                            combo->setCurrentIndex(i);
                        else if (combo == m_b.variant && m_a.run->currentData().toLongLong() == runId && combo->count() > 1)
                            combo->setCurrentIndex(1); // one run: two different variants
                        if (m_pending && m_a.variant->count() > 0 && m_b.variant->count() > 0) {
                            const Pending p = *m_pending;
                            if (m_a.run->currentData().toLongLong() == p.runA && m_b.run->currentData().toLongLong() == p.runB) {
                                m_pending.reset();
                                m_a.variant->setCurrentIndex(m_a.variant->findText(p.variantA));
                                m_b.variant->setCurrentIndex(m_b.variant->findText(p.variantB));
                                compareChosen();
                            }
                        }
                    });
}

void ComparePage::compare(qint64 runA, const QString &variantA, qint64 runB, const QString &variantB)
{
    m_pending = Pending{runA, runB, variantA, variantB};
    const int a = m_a.run->findData(runA), b = m_b.run->findData(runB);
    if (a < 0 || b < 0) {
        refresh(); // the runs list may not know them yet; the pending choice is made once it does
        return;
    }
    m_a.run->setCurrentIndex(a);
    m_b.run->setCurrentIndex(b);
    loadVariants(m_a, variantA);
    loadVariants(m_b, variantB);
}

void ComparePage::compareChosen()
{
    const auto s = m_store;
    const qint64 runA = m_a.run->currentData().toLongLong(), runB = m_b.run->currentData().toLongLong();
    const QString variantA = m_a.variant->currentText(), variantB = m_b.variant->currentText();
    if (!s || runA <= 0 || runB <= 0 || variantA.isEmpty() || variantB.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_summary->setText(tr("Comparing…"));
    m_compare->setEnabled(false);
    struct Outcome
    {
        std::optional<ItemComparison> comparison;
        QString error;
    };
    runInBackground(this, [s, runA, runB, variantA, variantB] {
        Outcome o;
        o.comparison = compareVariantItems(s->location(), runA, variantA, runB, variantB, &o.error);
        return o;
    }, [this, generation, runA, runB](Outcome o) {
        if (generation != m_generation)
            return;
        m_compare->setEnabled(true);
        m_comparison = std::move(o.comparison);
        m_runA = runA;
        m_runB = runB;
        m_answerA->clear();
        m_answerB->clear();
        if (!m_comparison) {
            m_summary->setText(o.error.toHtmlEscaped());
            m_model->show({}, true);
            m_count->clear();
            Q_EMIT compared();
            return;
        }
        QStringList lines = Summaries::comparisonLines(*m_comparison, QLocale());
        const QString verdict = lines.takeLast();
        lines.removeFirst(); // the sides, which the choosers above show
        if (runA == runB)
            lines.prepend(tr("Two variants of run %1.").arg(runA));
                for (QString &line : lines)
            line = line.toHtmlEscaped();
        m_summary->setText(u"<p><b>"_qs + verdict.toHtmlEscaped() + u"</b></p><p>"_qs + lines.join(u"<br>"_qs) + u"</p>"_qs);
        showItems();
        Q_EMIT compared();
    });
}

void ComparePage::showItems()
{
    if (!m_comparison)
        return;
    m_model->show(m_comparison->lined, m_changedOnly->isChecked());
    m_view->resizeColumnsToContents();
    for (int c : {ComparisonTableModel::AnswerAColumn, ComparisonTableModel::AnswerBColumn})
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 28 * fontMetrics().averageCharWidth()));
    m_count->setText(m_changedOnly->isChecked()
                         ? tr("%1 of %2 items changed verdict (%3 pass → fail, %4 fail → pass)")
                               .arg(Figures::count(m_model->rowCount(), QLocale()), Figures::count(m_comparison->items, QLocale()),
                                    Figures::count(m_comparison->broke, QLocale()), Figures::count(m_comparison->fixed, QLocale()))
                         : tr("%1 items lined up").arg(Figures::count(m_comparison->items, QLocale())));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        m_answerA->setPlaceholderText(m_changedOnly->isChecked() ? tr("No item changed verdict: uncheck Changed only to see them all.")
                                                                 : tr("Select an item to read both answers side by side."));
}

void ComparePage::showItem(int row)
{
    const auto s = m_store;
    if (!s || row < 0 || row >= m_model->rowCount() || !m_comparison)
        return;
    const ComparedItem item = m_model->item(row);
    const quint64 generation = ++m_itemGeneration;
    const QString nameA = m_comparison->a, nameB = m_comparison->b;
    const QString markA = markColour(this, true), markB = markColour(this, false);
    const qint64 runA = m_runA, runB = m_runB;
    runInBackground(this, [s, item, nameA, nameB, markA, markB, runA, runB] {
        InvocationReader invocations(*s);
        RunsReader queries(*s);
        const auto a = invocations.invocation(item.a.id);
        const auto b = invocations.invocation(item.b.id);
        std::pair<QString, QString> html;
        if (!a || !b)
            return html;
        const QList<DiffSegment> diff = wordDiff(a->responseText, b->responseText);
        const QLocale locale;
        html.first = Summaries::comparedAnswerHtml(*a, diff, true, tr("A · %1").arg(nameA), queries.variantLabels(runA, true), markA, locale);
        html.second = Summaries::comparedAnswerHtml(*b, diff, false, tr("B · %1").arg(nameB), queries.variantLabels(runB, true), markB, locale);
        return html;
    }, [this, generation](std::pair<QString, QString> html) {
        if (generation != m_itemGeneration)
            return;
        m_answerA->setHtml(html.first);
        m_answerB->setHtml(html.second);
        Q_EMIT itemShown();
    });
}

void ComparePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_view->currentIndex().isValid())
        showItem(m_sorted->mapToSource(m_view->currentIndex()).row()); // the marks follow the palette
}

} // namespace Quorum
