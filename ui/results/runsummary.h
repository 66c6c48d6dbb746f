#pragma once

#include "analytics/claims.h"
#include "present/publishedscores.h"
#include "widgets/chartbinding.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace Quorum {

class ChartView;
struct Leaderboard;

// The run page's first tab, the answer to "which model should we use?": each verdict sentence
// (best overall, most accurate or no detectable difference, fastest, cheapest per correct
// answer, best value) beside the one chart that shows it, then the jury's health.
class RunSummaryView final : public QWidget
{
    Q_OBJECT

public:
    explicit RunSummaryView(QWidget *parent = nullptr);
    // Null: still being computed.
    void show(const Leaderboard *board, qint64 runId);
    // The models' published scores beside the measured ones, shown under the verdicts from the
    // next show() on (nothing where no run model has a published score).
    void setPublished(const PublishedComparison &published) { m_published = published; }
    // The paired claims ("most accurate"), used from the next show() on; none: still being compared.
    void setClaims(std::optional<Claims> claims) { m_claims = std::move(claims); }
    // Says claimsWanted() once, after this view is next painted: the items the claims need are the
    // biggest read of a large run, made when the summary is on screen (and the rest of the window
    // has been painted), not while the charts are. Claims shown meanwhile stay until replaced.
    void wantClaims() { m_wanting = true; update(); }
    QLabel *published() const { return m_publishedText; }
    QList<QLabel *> sentences() const { return m_sentences; }
    QList<ChartView *> charts() const { return m_charts; }

Q_SIGNALS:
    void drillDown(const ChartTarget &target);
    void claimsWanted();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void showPublished();

    QVBoxLayout *m_rows;
    QLabel *m_state;
    QList<QLabel *> m_sentences;
    QList<ChartView *> m_charts;
    QList<QWidget *> m_cards;
    OpenTarget m_open;
    PublishedComparison m_published;
    std::optional<Claims> m_claims;
    bool m_wanting = false;
    QLabel *m_publishedText = nullptr;
};

} // namespace Quorum
