#include "runfigures.h"

#include "background.h"
#include "engine/runcontroller.h"
#include "storage/store.h"

#include <QMap>

#include <atomic>
#include <future>

namespace Quorum {

namespace {
std::atomic<quint64> g_computations = 0;
}

RunFigures RunFigures::compute(const RunReadout &readout)
{
    ++g_computations;
    RunFigures f;
    f.runId = readout.runId;
    f.juryOnly = readout.juryOnly;
    // The leaderboard and the breakdowns need each other's nothing: side by side.
    auto breakdowns = std::async(std::launch::async, [&readout] { return computeBreakdowns(readout); });
    f.board = computeLeaderboard(readout);
    f.breakdowns = breakdowns.get();
    f.agreement = Review::humanAgreement(readout);
    f.variants = readout.variants;
    f.variantLabels = readout.variantLabels();
    f.judgeLabels = readout.judgeLabels();
    f.regionHours = readout.regionHours;
    f.planJson = readout.planJson;
    f.taskTypes = readout.taskTypes;
    if (readout.items)
        f.claims = f.claimsOf(*readout.items);
    f.error = readout.error;
    return f;
}

Claims RunFigures::claimsOf(const QList<ItemOutcome> &items) const
{
    QList<ClaimStanding> run;
    for (const LeaderboardRow &r : board.rows)
        if (r.scored > 0)
            run.append({r.variantId, r.label, r.scored, r.successRate});
    QHash<QString, qint64> ids;
    for (const VariantInfo &v : variants)
        ids.insert(v.label, v.id);
    QMap<QString, QList<ClaimStanding>> byType;
    for (const TaskStanding &t : breakdowns.taskTypes)
        if (t.scored > 0 && t.successRate && ids.contains(t.variant))
            byType[t.taskType].append({ids.value(t.variant), t.variant, t.scored, *t.successRate});
    QList<std::pair<QString, QList<ClaimStanding>>> types;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        types.append({it.key(), it.value()});
    return pairedClaims(items, taskTypes, run, types);
}

RunFigures RunFigures::load(const Store &store, qint64 runId, bool juryOnly)
{
    return compute(RunReadout::read(store, runId, juryOnly, true));
}

quint64 RunFigures::computations()
{
    return g_computations;
}

FiguresLoader::FiguresLoader(QObject *parent)
    : QObject(parent)
{
}

void FiguresLoader::setStore(std::shared_ptr<const Store> store)
{
    if (store == m_store)
        return; // each screen that shares this loader passes the window's store on
    m_store = std::move(store);
    ++m_storeGeneration;
    m_entries.clear(); // loads in flight find no entry when they finish, and are dropped
    m_runGeneration.clear();
    m_runChanges.clear();
}

FiguresLoader::Figures FiguresLoader::loaded(qint64 runId, bool juryOnly) const
{
    const auto it = m_entries.constFind({runId, juryOnly});
    return it != m_entries.cend() && it->figures && it->generation == m_runGeneration.value(runId) ? it->figures : nullptr;
}

void FiguresLoader::request(QObject *screen, qint64 runId, bool juryOnly, Done done)
{
    const quint64 ticket = ++m_nextTicket;
    if (!m_latestTicket.contains(screen))
        connect(screen, &QObject::destroyed, this, [this, screen] { m_latestTicket.remove(screen); });
    m_latestTicket.insert(screen, ticket);
    if (!m_store || runId < 0)
        return;
    const Key key{runId, juryOnly};
    if (const Figures ready = loaded(runId, juryOnly)) {
        // Answered from the event loop, as a read would be: a screen never hears back while it asks.
        QMetaObject::invokeMethod(this, [this, waiter = Waiter{screen, ticket, std::move(done)}, ready] {
            if (waiter.screen && m_latestTicket.value(waiter.screen.data()) == waiter.ticket)
                waiter.done(ready);
        }, Qt::QueuedConnection);
        return;
    }
    Entry &entry = m_entries[key];
    entry.waiters.append({screen, ticket, std::move(done)});
    if (!entry.loading)
        load(key);
}

void FiguresLoader::load(const Key &key)
{
    Entry &entry = m_entries[key];
    entry.loading = true;
    const quint64 generation = m_runGeneration.value(key.first), storeGeneration = m_storeGeneration;
    const std::shared_ptr<const Store> store = m_store;
    // A change of the run while it is read makes the read moot: it is not computed, and read again.
    auto &changes = m_runChanges[key.first];
    if (!changes)
        changes = std::make_shared<std::atomic<quint64>>(0);
    runInBackground(this, [store, key, changes, before = changes->load()]() -> Figures {
        RunReadout readout = RunReadout::read(*store, key.first, key.second);
        if (changes->load() != before)
            return nullptr;
        return std::make_shared<const RunFigures>(RunFigures::compute(readout));
    }, [this, key, generation, storeGeneration](Figures figures) {
        if (storeGeneration != m_storeGeneration)
            return; // read from a store that is closed since
        const auto it = m_entries.find(key);
        if (it == m_entries.end())
            return;
        it->loading = false;
        if (!figures || generation != m_runGeneration.value(key.first)) {
            load(key); // the run changed while it was read: what the waiters want is newer
            return;
        }
        it->figures = std::move(figures);
        it->generation = generation;
        deliver(*it);
    });
}

void FiguresLoader::deliver(Entry &entry)
{
    const QList<Waiter> waiters = std::exchange(entry.waiters, {});
    const Figures figures = entry.figures;
    for (const Waiter &w : waiters)
        if (w.screen && m_latestTicket.value(w.screen.data()) == w.ticket)
            w.done(figures);
}

void FiguresLoader::watch(QObject *screen, std::function<qint64()> shown, std::function<void()> reload)
{
    connect(this, &FiguresLoader::changed, screen, [shown = std::move(shown), reload = std::move(reload)](qint64 runId) {
        if (runId == shown())
            reload();
    }, Qt::QueuedConnection);
}

void FiguresLoader::follow(RunController *run)
{
    if (m_followed == run)
        return;
    m_followed = run;
    connect(run, &RunController::finished, this, [this, run] { invalidate(run->runId()); });
}

void FiguresLoader::invalidate(qint64 runId)
{
    if (const auto changes = m_runChanges.value(runId))
        ++*changes;
    ++m_runGeneration[runId];
    Q_EMIT changed(runId);
}

} // namespace Quorum
