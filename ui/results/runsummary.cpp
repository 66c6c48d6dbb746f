#include "runsummary.h"

#include "analytics/leaderboard.h"
#include "widgets/chartview.h"
#include "present/chartdata.h"
#include "present/figures.h"
#include "present/summaries.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Quorum {

RunSummaryView::RunSummaryView(QWidget *parent)
    : QWidget(parent), m_rows(new QVBoxLayout), m_state(new QLabel(this)), m_open([this](const ChartTarget &t) { Q_EMIT drillDown(t); })
{
    setObjectName(u"runSummary"_qs);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_rows);
    layout->addWidget(m_state);
    layout->addStretch(1);
}

void RunSummaryView::show(const Leaderboard *board, qint64 runId)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    m_sentences.clear();
    m_charts.clear();
    if (!board) {
        m_state->setText(tr("Computing the figures of run %1…").arg(runId));
        return;
    }
    const QLocale locale;
    const QList<Summaries::Verdict> verdicts = Summaries::verdictList(*board, m_claims ? &*m_claims : nullptr, locale);
    for (const Summaries::Verdict &v : verdicts) {
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        auto *row = new QHBoxLayout(card);
        auto *sentence = new QLabel(v.text, card);
        sentence->setWordWrap(true);
        sentence->setTextFormat(Qt::PlainText); // names came from users: text, never markup
        sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        sentence->setMinimumWidth(260);
        QFont font = sentence->font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        sentence->setFont(font);
        auto *chart = new ChartView(card);
        chart->setObjectName(u"verdictChart"_qs);
        switch (v.kind) {
        case Summaries::Verdict::Overall: bindIntervals(chart, ChartData::composites(*board, locale), m_open); break;
        case Summaries::Verdict::Accuracy: bindIntervals(chart, ChartData::successRates(*board, locale), m_open); break;
        case Summaries::Verdict::Speed: bindIntervals(chart, ChartData::variantLatency(*board, locale), m_open); break;
        case Summaries::Verdict::Cost: bindIntervals(chart, ChartData::costPerCorrect(*board, locale), m_open); break;
        case Summaries::Verdict::Value: bindBubbles(chart, ChartData::costQuality(*board, locale), m_open); break;
        }
        row->addWidget(sentence, 2, Qt::AlignTop);
        row->addWidget(chart, 5);
        m_rows->addWidget(card);
        m_cards << card;
        m_sentences << sentence;
        m_charts << chart;
    }
    m_publishedText = nullptr;
    if (!m_published.isEmpty() && !verdicts.isEmpty())
        showPublished();
    m_state->setText(verdicts.isEmpty() ? tr("Run %1 has no judged answer yet: the leaderboard and the charts show what it measured.").arg(runId)
                                        : QString());
    m_state->setVisible(verdicts.isEmpty());
}

void RunSummaryView::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (std::exchange(m_wanting, false))
        QMetaObject::invokeMethod(this, &RunSummaryView::claimsWanted, Qt::QueuedConnection);
}

// A card of its own under the verdicts: the sentences, each model's published scores beside its
// success here, and the attribution each source asks for. Names and sources are escaped.
void RunSummaryView::showPublished()
{
    const QLocale locale;
    const auto e = [](const QString &t) { return t.toHtmlEscaped(); };
    QString html = u"<p><b>%1</b></p>"_qs.arg(e(tr("Published scores beside your results")));
    for (const QString &s : std::as_const(m_published.sentences))
        html += u"<p>%1</p>"_qs.arg(e(s));
    html += u"<table cellspacing=\"0\" cellpadding=\"4\"><tr><th align=\"left\">%1</th><th align=\"right\">%2</th>"_qs.arg(
        e(tr("Model")), e(tr("Success here")));
    for (const QString &b : std::as_const(m_published.benchmarks))
        html += u"<th align=\"right\">%1</th>"_qs.arg(e(b));
    html += u"</tr>"_qs;
    for (const PublishedComparison::Row &r : std::as_const(m_published.rows)) {
        html += u"<tr><td>%1</td><td align=\"right\">%2</td>"_qs.arg(e(r.model), e(Figures::percent(r.success, locale)));
        for (const QString &b : std::as_const(m_published.benchmarks))
            html += u"<td align=\"right\">%1</td>"_qs.arg(r.scores.contains(b) ? e(Figures::decimal(r.scores.value(b), locale, 1)) : e(Figures::unknown()));
        html += u"</tr>"_qs;
    }
    html += u"</table><p><small>%1</small></p>"_qs.arg(e(m_published.attributions.join(u" · "_qs)));
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(u"publishedCard"_qs);
    auto *layout = new QVBoxLayout(card);
    m_publishedText = new QLabel(html, card);
    m_publishedText->setObjectName(u"publishedScores"_qs);
    m_publishedText->setTextFormat(Qt::RichText);
    m_publishedText->setWordWrap(true);
    m_publishedText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_publishedText);
    m_rows->addWidget(card);
    m_cards << card;
}

} // namespace Quorum
