#pragma once

// One run's figures, for one view of it (the jury's alone, or with people's overrides), computed
// once from one read of the store and shared by every screen, the CLI and the reports.
#include "analytics/breakdowns.h"
#include "analytics/claims.h"
#include "analytics/leaderboard.h"
#include "analytics/review.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace Quorum {

class RunController;
class Store;

struct RunFigures
{
    qint64 runId = -1;
    bool juryOnly = false;
    Leaderboard board;                      // ranked with the default weights (rankByComposite re-ranks)
    Breakdowns breakdowns;
    QList<Review::Agreement> agreement;     // the jury, then each judge, against people
    QList<VariantInfo> variants;
    QHash<qint64, QString> variantLabels, judgeLabels;
    QList<RegionHourRow> regionHours;       // for local hours in zones a user names
    QHash<qint64, QString> taskTypes;       // scenario id → task type, for the claims within a type
    QString planJson;
    std::optional<Claims> claims;           // the paired claims, where the readout has the items
    QString error;                          // what could not be read ("" when everything was)

    // Computes the figures from a readout (no store read); the claims too where it has the items.
    static RunFigures compute(const RunReadout &readout);
    // Reads run `runId` once and computes its figures, with the claims. Call off the GUI thread.
    static RunFigures load(const Store &store, qint64 runId, bool juryOnly = false);
    // The claims of these figures from the run's items (RunReadout::readItems), for figures
    // computed without them.
    Claims claimsOf(const QList<ItemOutcome> &items) const;
    // How many times this process has computed a run's figures (a test's proof of "once").
    static quint64 computations();
};

// The window's one place that loads runs' figures: every screen asks it, and it reads and
// computes a run's figures once per change of that run (new verdicts, an override, a re-judge),
// however many screens show them. A screen's answer arrives on the GUI thread, and only for its
// newest question: an older answer (another run, another view) is dropped here, for every screen.
class FiguresLoader final : public QObject
{
    Q_OBJECT
public:
    using Figures = std::shared_ptr<const RunFigures>;
    using Done = std::function<void(Figures)>;
    explicit FiguresLoader(QObject *parent = nullptr);

    // Opens another store: what was loaded from the last one is forgotten.
    void setStore(std::shared_ptr<const Store> store);
    // Asks for run `runId`'s figures on behalf of `screen`: `done` runs with them once they are
    // loaded (from the event loop, also when they are already) — unless `screen` is gone or has
    // asked again since.
    void request(QObject *screen, qint64 runId, bool juryOnly, Done done);
    // The figures already loaded for the run and view, if any (nullptr else).
    Figures loaded(qint64 runId, bool juryOnly) const;
    // Run `runId`'s stored figures changed: the next request reads them again; changed() tells
    // the screens that show it to ask.
    void invalidate(qint64 runId);
    // `reload` runs (from the event loop, once what changed the run is done) whenever the figures
    // of the run `shown` names change, for as long as `screen` lives.
    void watch(QObject *screen, std::function<qint64()> shown, std::function<void()> reload);
    // The end of `run` changes its figures (its last verdicts): invalidates them when it finishes,
    // before any screen hears of the end from the run itself. Once per run, whoever asks.
    void follow(RunController *run);

Q_SIGNALS:
    void changed(qint64 runId);

private:
    struct Waiter
    {
        QPointer<QObject> screen;
        quint64 ticket = 0;
        Done done;
    };
    struct Entry
    {
        Figures figures;
        quint64 generation = 0; // of the run when `figures` were read
        bool loading = false;
        QList<Waiter> waiters;
    };
    using Key = std::pair<qint64, bool>;
    void load(const Key &key);
    void deliver(Entry &entry);

    std::shared_ptr<const Store> m_store;
    quint64 m_storeGeneration = 0;
    QHash<Key, Entry> m_entries;
    QHash<qint64, quint64> m_runGeneration;   // bumped by invalidate()
    QHash<qint64, std::shared_ptr<std::atomic<quint64>>> m_runChanges; // invalidate()s per run, seen by reads in flight
    QHash<QObject *, quint64> m_latestTicket; // each screen's newest question
    quint64 m_nextTicket = 0;
    QPointer<RunController> m_followed;
};

} // namespace Quorum
