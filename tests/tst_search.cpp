// Full-text search (docs/METRICS.md, "Search") in both stores: texts written here, so what each
// search must find is known, word by word. Runs on SQLite (FTS5) and, as tst_search_pg, on the team
// store (PostgreSQL's full-text search).
#include "storage/invocationreader.h"
#include "storage/store.h"
#include "storage/storewriter.h"
#include "storesupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
// An answered call (`answer` empty: the call failed, throttled).
InvocationRecord invocation(StoreWriter &w, qint64 run, qint64 variant, qint64 scenario, qint64 workItem, const QString &answer)
{
    InvocationRecord r;
    r.id = w.allocateId(StoreWriter::Table::Invocations);
    r.runId = run;
    r.variantId = variant;
    r.scenarioId = scenario;
    r.workItem = workItem;
    r.temperature = 0.7;
    r.ok = !answer.isEmpty();
    r.errorClass = r.ok ? QString() : u"throttled"_qs;
    r.ttlbMs = 100;
    r.responseText = answer;
    return r;
}

struct Seeded
{
    qint64 run = 0, modelA = 0, modelB = 0;
    QHash<QString, qint64> items; // by a name given here
};
} // namespace

class TstSearch final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Seeded m_one, m_two;

    // A run of two scenarios × two models, the first scenario's texts given: items a0, b0 (scenario
    // 0, models alpha and beta) and a1, b1 (scenario 1; b1's call failed).
    Seeded seed(StoreWriter &w, const QString &prompt0, const QString &golden0)
    {
        Seeded s;
        s.run = w.allocateId(StoreWriter::Table::Runs);
        w.submit(RunRecord{s.run, u"search"_qs, u"{}"_qs, {}, {}, {}, RunStatus::Completed, 1});
        s.modelA = w.allocateId(StoreWriter::Table::Variants);
        s.modelB = w.allocateId(StoreWriter::Table::Variants);
        w.submit(testVariant(s.modelA, s.run, false, u"openai/alpha"_qs));
        w.submit(testVariant(s.modelB, s.run, false, u"openai/beta"_qs));
        const qint64 judge = w.allocateId(StoreWriter::Table::Judges);
        w.submit(testVariant(judge, s.run, true, u"anthropic/judge"_qs));
        const qint64 scenarios[2] = {w.allocateId(StoreWriter::Table::Scenarios), w.allocateId(StoreWriter::Table::Scenarios)};
        w.submit(ScenarioRecord{scenarios[0], s.run, u"extract"_qs, prompt0, golden0, u"extraction"_qs, {}, 10, {}, {}, {}, {}});
        w.submit(ScenarioRecord{scenarios[1], s.run, u"sum"_qs, u"Add 58 and 17."_qs, u"75"_qs, u"reasoning"_qs, {}, 10, {}, {}, {}, {}});
        struct Item
        {
            QString name;
            int scenario;
            qint64 variant;
            QString answer, rationale;
            std::optional<bool> pass; // unset: the call failed
        };
        const QList<Item> items = {
            {u"a0"_qs, 0, s.modelA, u"Recipient: Tom Becker, Room Orion."_qs, u"All four fields are right."_qs, true},
            {u"b0"_qs, 0, s.modelB, u"Recipient: not found."_qs, u"The recipient is missing; Becker was in the text."_qs, false},
            {u"a1"_qs, 1, s.modelA, u"The answer is 75."_qs, u"Correct arithmetic."_qs, true},
            {u"b1"_qs, 1, s.modelB, QString(), QString(), std::nullopt},
        };
        qint64 workItem = 0;
        for (const Item &it : items) {
            InvocationRecord r = invocation(w, s.run, it.variant, scenarios[it.scenario], workItem++, it.answer);
            std::vector<WriteOp> ops;
            if (it.pass) {
                r.juryPass = it.pass;
                r.juryScore = *it.pass ? 5 : 1;
                r.judgesUsed = 1;
                VerdictRecord v;
                v.id = w.allocateId(StoreWriter::Table::Verdicts);
                v.runId = s.run;
                v.invocationId = r.id;
                v.judgeId = judge;
                v.correctness = v.completeness = v.relevance = v.format = v.coherence = v.followingInstructions = *it.pass ? 5 : 1;
                v.overall = v.weighted = *it.pass ? 5 : 1;
                v.passed = it.pass;
                v.rationaleJson = it.rationale;
                ops.emplace_back(std::move(v));
            }
            s.items.insert(it.name, r.id);
            ops.insert(ops.begin(), WriteOp(std::move(r)));
            w.submit(std::move(ops));
        }
        return s;
    }

    // A run of one scenario ("Name a word."), one model, and one item per answer, named by it.
    Seeded seedAnswers(StoreWriter &w, const QStringList &answers)
    {
        Seeded s;
        s.run = w.allocateId(StoreWriter::Table::Runs);
        w.submit(RunRecord{s.run, u"words"_qs, u"{}"_qs, {}, {}, {}, RunStatus::Completed, 1});
        s.modelA = w.allocateId(StoreWriter::Table::Variants);
        w.submit(testVariant(s.modelA, s.run, false, u"openai/alpha"_qs));
        const qint64 scenario = w.allocateId(StoreWriter::Table::Scenarios);
        w.submit(ScenarioRecord{scenario, s.run, u"word"_qs, u"Name a word."_qs, {}, u"open"_qs, {}, 10, {}, {}, {}, {}});
        qint64 workItem = 0;
        for (const QString &answer : answers) {
            InvocationRecord r = invocation(w, s.run, s.modelA, scenario, workItem++, answer);
            s.items.insert(answer, r.id);
            w.submit(std::move(r));
        }
        return s;
    }

    QSet<qint64> found(qint64 runId, const QString &search, InvocationFilter f = {})
    {
        InvocationReader q(storeAt(m_path));
        f.search = search;
        QSet<qint64> ids;
        for (const InvocationRow &r : q.invocations(runId, f))
            ids.insert(r.id);
        if (!q.error().isEmpty())
            qWarning() << q.error();
        return ids;
    }
    QSet<qint64> ids(const Seeded &s, const QStringList &names)
    {
        QSet<qint64> out;
        for (const QString &n : names)
            out.insert(s.items.value(n));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = testStore(m_dir.filePath(u"search.sqlite"_qs));
        const auto w = Store::writerFor(m_path);
        QCOMPARE(w->start(), QString());
        m_one = seed(*w, u"Extract the recipient from: 'Anna Weber wrote to Tom Becker.'"_qs, u"Recipient: Tom Becker"_qs);
        m_two = seed(*w, u"Extract the sender from: 'Lea Stein wrote to Max Roth.'"_qs, u"Sender: Lea Stein"_qs);
        QVERIFY(w->flush());
        QCOMPARE(searchIndexDrift(m_path), QString());
    }

    // Where each word is, by construction.
    void everyTextIsSearched()
    {
        // In an answer only (b0 says "not found"; no prompt, golden answer or rationale has "found").
        QCOMPARE(found(m_one.run, u"found"_qs), ids(m_one, {u"b0"_qs}));
        // In a rationale only: "arithmetic".
        QCOMPARE(found(m_one.run, u"arithmetic"_qs), ids(m_one, {u"a1"_qs}));
        // In the prompt (and so every item of that scenario, the failed call too): "Weber".
        QCOMPARE(found(m_one.run, u"weber"_qs), ids(m_one, {u"a0"_qs, u"b0"_qs}));
        // "75": scenario 1's golden answer (a1 and b1) and a1's answer.
        QCOMPARE(found(m_one.run, u"75"_qs), ids(m_one, {u"a1"_qs, u"b1"_qs}));
        // A word's start, any case, punctuation ignored: "BECK" → Becker (prompt of scenario 0).
        QCOMPARE(found(m_one.run, u"BECK!"_qs), ids(m_one, {u"a0"_qs, u"b0"_qs}));
        // Every word in one text: "tom orion" is a0's answer; "orion missing" is in no one text.
        QCOMPARE(found(m_one.run, u"tom orion"_qs), ids(m_one, {u"a0"_qs}));
        QCOMPARE(found(m_one.run, u"orion missing"_qs), QSet<qint64>());
        // The query language is not the user's: quotes, stars, OR and NEAR are words or nothing.
        QCOMPARE(found(m_one.run, u"\"orion\" OR * NEAR("_qs), QSet<qint64>());
        QCOMPARE(found(m_one.run, u"\" ' * -"_qs).size(), 4); // no word: no search, every item
        QCOMPARE(found(m_one.run, u"nowhere"_qs), QSet<qint64>());
        // Another run's texts are its own; -1 searches every run.
        QCOMPARE(found(m_two.run, u"weber"_qs), QSet<qint64>());
        QCOMPARE(found(m_two.run, u"stein"_qs), ids(m_two, {u"a0"_qs, u"b0"_qs}));
        QCOMPARE(found(-1, u"recipient"_qs), ids(m_one, {u"a0"_qs, u"b0"_qs}) | ids(m_two, {u"b0"_qs, u"a0"_qs}));
    }

    // With the drill-down's other filters.
    void searchWithFilters()
    {
        InvocationFilter f;
        f.variantId = m_one.modelB;
        QCOMPARE(found(m_one.run, u"becker"_qs, f), ids(m_one, {u"b0"_qs}));
        f = {};
        f.verdict = InvocationFilter::Verdict::Passed;
        QCOMPARE(found(m_one.run, u"becker"_qs, f), ids(m_one, {u"a0"_qs}));
        f = {};
        f.taskType = u"reasoning"_qs;
        QCOMPARE(found(m_one.run, u"58"_qs, f), ids(m_one, {u"a1"_qs, u"b1"_qs}));
        f.errorClass = u"throttled"_qs;
        QCOMPARE(found(m_one.run, u"58"_qs, f), ids(m_one, {u"b1"_qs}));
        // Overridden: a person passes b0; the verdict filter and "reviewed" follow it.
        const Store &store = storeAt(m_path);
        OverrideRecord o;
        o.runId = m_one.run;
        o.invocationId = m_one.items.value(u"b0"_qs);
        o.passed = true;
        o.reason = u"Becker is fine"_qs;
        o.author = u"ada"_qs;
        o.at = 1;
        QCOMPARE(store.write({o}), QString());
        f = {};
        f.overriddenOnly = true;
        QCOMPARE(found(m_one.run, u"recipient"_qs, f), ids(m_one, {u"b0"_qs}));
        f = {};
        f.verdict = InvocationFilter::Verdict::Passed;
        QCOMPARE(found(m_one.run, u"recipient"_qs, f), ids(m_one, {u"a0"_qs, u"b0"_qs}));
    }

    // A word's start finds every word it begins, whether few words or many begin with it (the
    // local store asks for a few as whole terms, for many as a prefix), with or without accents.
    void aWordsStartFindsEveryWordItBegins()
    {
        const QStringList answers = {u"zoa"_qs, u"zob"_qs, u"zoc"_qs, u"zocalo"_qs, u"zod"_qs, u"zoe"_qs, u"zof"_qs,
                                     u"zog"_qs, u"zoh"_qs, u"zoi"_qs, u"zoj"_qs, u"Crème brûlée"_qs};
        Seeded words;
        {
            const auto w = Store::writerFor(m_path);
            QCOMPARE(w->start(), QString());
            words = seedAnswers(*w, answers);
            QVERIFY(w->flush());
        }
        QCOMPARE(found(words.run, u"zo"_qs), ids(words, answers.mid(0, 11)));            // eleven words begin with it
        QCOMPARE(found(words.run, u"zoc"_qs), ids(words, {u"zoc"_qs, u"zocalo"_qs}));     // two
        QCOMPARE(found(words.run, u"zocal"_qs), ids(words, {u"zocalo"_qs}));              // one, not itself a word
        QCOMPARE(found(words.run, u"zoc name"_qs), QSet<qint64>()); // "name" is only in the prompt: no one text has both
        QCOMPARE(found(words.run, u"word"_qs), ids(words, answers));                      // the prompt: every item
        QCOMPARE(found(words.run, u"CRÈME"_qs), ids(words, {u"Crème brûlée"_qs}));
        QCOMPARE(found(words.run, u"crè brû"_qs), ids(words, {u"Crème brûlée"_qs}));
        if (onTeamStore())
            return; // PostgreSQL's 'simple' configuration keeps accents; SQLite's tokenizer folds them
        QCOMPARE(found(words.run, u"creme"_qs), ids(words, {u"Crème brûlée"_qs}));
        // How the local store asks its indexes: a few terms by name, many as a prefix, and not at
        // all an index where no term begins with the word.
        InvocationReader q(storeAt(m_path));
        const SearchMatch zoc = q.searchMatch({u"zoc"_qs});
        QCOMPARE(zoc.answer, uR"(("zoc" OR "zocalo"))"_qs);
        QCOMPARE(zoc.scenario, QString());
        QCOMPARE(zoc.rationale, QString());
        QCOMPARE(q.searchMatch({u"zo"_qs}).answer, uR"("zo"*)"_qs);
        QCOMPARE(q.searchMatch({u"word"_qs, u"name"_qs}).scenario, uR"("word" AND "name")"_qs);
        QCOMPARE(q.searchMatch({u"crè"_qs}).answer, uR"("crè"*)"_qs); // not ASCII: as typed, the tokenizer folds it
    }

    // Deleting a run takes its texts out of the index: a search of every run no longer finds them.
    // What the writer takes back takes its words out of the indexes: a failed call run again (its
    // partial answer gone), a submission refused as a whole. Its batches come one by one, so a
    // search during a run finds what was committed.
    void theIndexesFollowEveryWrite()
    {
        const auto w = Store::writerFor(m_path);
        QCOMPARE(w->start(), QString());
        Seeded s = seedAnswers(*w, {u"zebra"_qs});
        QVERIFY(w->flush());
        QCOMPARE(found(s.run, u"zebra"_qs), ids(s, {u"zebra"_qs}));
        const qint64 scenario = scalarIn(m_path, QStringLiteral("SELECT id FROM scenarios WHERE run_id = %1").arg(s.run));
        // A call that broke off after a few words: failed, with what it said, then run again.
        InvocationRecord partial = invocation(*w, s.run, s.modelA, scenario, 7, u"okapi"_qs);
        partial.ok = false;
        partial.errorClass = u"timeout"_qs;
        const qint64 partialId = partial.id;
        w->submit(std::move(partial));
        QVERIFY(w->flush());
        QCOMPARE(found(s.run, u"okapi"_qs), QSet<qint64>{partialId});
        w->submit(RetiredInvocation{partialId});
        QVERIFY(w->flush());
        QCOMPARE(found(s.run, u"okapi"_qs), QSet<qint64>());
        QCOMPARE(searchIndexDrift(m_path), QString());
        // All or nothing: the second row takes the first one's work item, so neither is written.
        // (The team store's writer stops at a refused row instead: tst_storewriter.)
        if (!onTeamStore()) {
            std::vector<WriteOp> both;
            both.emplace_back(invocation(*w, s.run, s.modelA, scenario, 8, u"quokka"_qs));
            both.emplace_back(invocation(*w, s.run, s.modelA, scenario, 8, u"quokka wombat"_qs));
            w->submitAll(std::move(both));
            QVERIFY2(w->flush(), qPrintable(w->lastError()));
            QVERIFY(!w->lastError().isEmpty());
            QCOMPARE(found(s.run, u"quokka"_qs), QSet<qint64>());
            QCOMPARE(searchIndexDrift(m_path), QString());
        }
        QCOMPARE(storeAt(m_path).write({RunDeletion{s.run}}), QString());
        QCOMPARE(searchIndexDrift(m_path), QString());
    }

    // The local writer has its indexes written in 16,000-byte leaves, not FTS5's 4,050 (faster
    // ingest, bench_storage); a store an earlier Quorum indexed gets it when a writer starts.
    void theIndexesAreWrittenInLargeLeaves()
    {
        if (onTeamStore())
            return; // PostgreSQL's indexes have no such setting
        QTemporaryDir dir;
        const QString path = testStore(dir.filePath(u"leaves.sqlite"_qs));
        QCOMPARE(Store::open(path).error, QString());
        for (const char *index : {"answer", "scenario", "rationale"}) {
            const QString sql = QStringLiteral("INSERT INTO %1_fts(%1_fts, rank) VALUES ('pgsz', 4050)").arg(QLatin1String(index));
            valueIn(path, sql); // as an earlier Quorum left it
            QCOMPARE(scalarIn(path, QStringLiteral("SELECT v FROM %1_fts_config WHERE k = 'pgsz'").arg(QLatin1String(index))), 4050);
        }
        {
            const auto w = Store::writerFor(path);
            QCOMPARE(w->start(), QString());
            seedAnswers(*w, {u"heron"_qs});
            QVERIFY(w->flush());
        }
        for (const char *index : {"answer", "scenario", "rationale"})
            QCOMPARE(scalarIn(path, QStringLiteral("SELECT v FROM %1_fts_config WHERE k = 'pgsz'").arg(QLatin1String(index))), 16000);
        QCOMPARE(searchIndexDrift(path), QString());
    }

    void aDeletedRunIsNotFound()
    {
        QCOMPARE(storeAt(m_path).write({RunDeletion{m_two.run}}), QString());
        QCOMPARE(searchIndexDrift(m_path), QString());
        QCOMPARE(found(-1, u"stein"_qs), QSet<qint64>());
        QCOMPARE(found(-1, u"recipient"_qs), ids(m_one, {u"a0"_qs, u"b0"_qs}));
    }
};

QTEST_MAIN(TstSearch)
#include "tst_search.moc"
