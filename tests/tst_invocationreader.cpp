// The drill-down's reads (core/storage/invocationreader.cpp): the invocations behind a figure,
// filtered every way, and everything stored about one of them. Runs on SQLite and, as
// tst_invocationreader_pg, on the team store.
#include "analytics/breakdowns.h"
#include "storage/invocationreader.h"
#include "storage/readbackend.h"
#include "storage/runsreader.h"
#include "storage/store.h"

#include <QTemporaryDir>
#include <QTest>

#include "analyticsseed.h"
#include "storesupport.h"

using namespace Quorum;
using namespace Quorum::TestSupport;

class TstInvocationReader final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // A read's parameters are written where they stand, as the store's own placeholders (SQLite's
    // `?`, PostgreSQL's $1, $2…), and the text around them is never searched for placeholders: a
    // `?` inside quoted text is text, and on the team store so is PostgreSQL's jsonb `?` operator.
    void aQuestionMarkInQuotedTextIsNoParameter()
    {
        const QString path = testStore(m_dir.filePath(u"marks.sqlite"_qs));
        QVERIFY(Store::open(path).store);
        InvocationReader reader(path); // holds this thread's connection
        const ReadBackend &backend = ReadBackend::of(path);
        SqlText sql(backend.placeholder());
        sql << u"SELECT 'why?', CAST(" << param(qint64(7)) << u" AS BIGINT), 'it''s ?', CAST(" << param(u"x"_qs) << u" AS TEXT), \"?\"";
        sql << (onTeamStore() ? u", CAST('{\"a\": 1}'::jsonb ? 'a' AS INT)" : u", 1");
        sql << u" FROM (SELECT 1 AS \"?\") q";
        QCOMPARE(sql.params().size(), 2);
        QVERIFY2(sql.text().contains(onTeamStore() ? u"CAST($2 AS TEXT)"_qs : u"CAST(? AS TEXT)"_qs), qPrintable(sql.text()));
        QString error;
        ReadRows rows = backend.select(path, sql, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(rows.next());
        QCOMPARE(rows.text(0), u"why?"_qs);
        QCOMPARE(rows.int64(1), 7);
        QCOMPARE(rows.text(2), u"it's ?"_qs);
        QCOMPARE(rows.text(3), u"x"_qs);
        QCOMPARE(rows.int64(4), 1);
        QCOMPARE(rows.int64(5), 1);
        // One text put into another keeps its parameters, numbered after the ones before it.
        SqlText inner(backend.placeholder()), outer(backend.placeholder());
        inner << u" AND " << param(qint64(3)) << u" = 3";
        outer << u"SELECT CAST(" << param(qint64(2)) << u" AS BIGINT) WHERE 1 = 1" << inner;
        QCOMPARE(outer.params(), (QVariantList{qint64(2), qint64(3)}));
        ReadRows nested = backend.select(path, outer, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(nested.next());
        QCOMPARE(nested.int64(0), 2);
    }

    // The drill-down behind a figure: every filter, alone and combined, lists exactly the
    // invocations the test's own loop made that match it (expectations kept in C++ here, not
    // read back through SQL), in work-item order; one invocation's detail holds everything.
    void drillDownListsExactlyTheRowsBehindAFigure()
    {
        const QString path = testStore(m_dir.filePath(u"drill.sqlite"_qs));
        const auto w = Store::writerFor(path, 3);
        QCOMPARE(w->start(), QString());
        const Ids ids = seedRun(*w, 6, uR"({"settings": {"user_defined_metrics": ["brevity"]}})"_qs);
        QHash<qint64, std::pair<double, int>> brevity; // per variant: sum, verdicts
        struct Made
        {
            qint64 id, variant;
            QString taskType;
            double temperature;
            int experiment;
            bool ok;
            QString errorClass, text;
            std::optional<bool> pass;
            bool disputed;
        };
        QList<Made> made;
        const QString longAnswer = QString(u"long "_qs).repeated(2000) + u"end of the long answer"_qs;
        qint64 item = 0;
        for (int s = 0; s < ids.scenarios.size(); ++s)
            for (const qint64 v : ids.variants)
                for (const double temperature : {0.5, 0.7})
                    for (int experiment = 0; experiment < 2; ++experiment, ++item) {
                        InvocationRecord r;
                        r.id = w->allocateId(StoreWriter::Table::Invocations);
                        r.runId = ids.run;
                        r.variantId = v;
                        r.scenarioId = ids.scenarios.at(s);
                        r.workItem = item;
                        r.experiment = experiment;
                        r.temperature = temperature;
                        r.ok = item % 7 != 3;
                        r.errorClass = r.ok ? QString() : item % 2 ? u"throttled"_qs : u"server_error"_qs;
                        r.t0 = 1'700'000'000'000 + item;
                        r.ttftMs = 100.0 + double(item);
                        r.ttlbMs = 300.0 + double(item);
                        r.attempts = r.ok ? 1 : 3;
                        r.responseText = !r.ok ? QString() : item == 5 ? u"Needle_%Here"_qs : item == 6 ? u"NeedleX%Here"_qs
                                          : item == 8 ? longAnswer : u"Answer %1"_qs.arg(item);
                        std::vector<WriteOp> ops;
                        std::optional<bool> pass;
                        bool disputed = false;
                        if (r.ok && item % 4 != 1) {
                            pass = item % 3 != 0;
                            disputed = item % 5 == 0;
                            r.juryScore = *pass ? 4.5 : 1.5;
                            r.juryPass = pass;
                            r.judgesUsed = 2;
                            r.disputed = disputed;
                            for (int j = 0; j < 2; ++j) {
                                VerdictRecord d;
                                d.id = w->allocateId(StoreWriter::Table::Verdicts);
                                d.runId = ids.run;
                                d.invocationId = r.id;
                                d.judgeId = ids.judges.at(j);
                                d.correctness = d.completeness = d.relevance = d.format = d.coherence = d.followingInstructions = *pass ? 5 : 1;
                                d.overall = d.weighted = *pass ? 5 : 1;
                                d.passed = pass;
                                d.rationaleJson = uR"({"correctness": "judge %1 on item %2"})"_qs.arg(j).arg(item);
                                const int b = int(1 + (item + j) % 5);
                                d.extraScoresJson = uR"({"brevity": %1})"_qs.arg(b);
                                brevity[v].first += b;
                                ++brevity[v].second;
                                ops.emplace_back(std::move(d));
                            }
                        }
                        made.append({r.id, v, s % 3 ? u"qa"_qs : u"code"_qs, temperature, experiment, r.ok, r.errorClass,
                                     r.responseText, pass, disputed});
                        const qint64 id = r.id;
                        const bool ok = r.ok;
                        ops.insert(ops.begin(), WriteOp(std::move(r)));
                        for (int a = 1; a <= (ok ? 1 : 3); ++a)
                            ops.emplace_back(AttemptRecord{id, a, 1'700'000'000'000 + a, 10.0 * a, a < 3 && !ok ? 429 : 200,
                                                           a < 3 && !ok ? u"throttled"_qs : QString(), {}, a < 3 && !ok ? 250.0 * a : 0});
                        if (!ok)
                            ops.emplace_back(ErrorRecord{ids.run, id, ids.variants.first(), {}, {}, ErrorCategory::Api,
                                                         made.last().errorClass, u"gave up after 3 attempts"_qs, {}, 1});
                        w->submit(std::move(ops));
                    }
        QVERIFY(w->flush(30000));
        QCOMPARE(w->lastError(), QString());

        InvocationReader reader(path);
        using V = InvocationFilter::Verdict;
        const auto expect = [&](const InvocationFilter &f) {
            QList<qint64> out;
            for (const Made &m : std::as_const(made)) {
                const bool verdictOk = f.verdict == V::Any || (f.verdict == V::Passed && m.pass == true)
                                       || (f.verdict == V::Failed && m.pass == false) || (f.verdict == V::Unscored && m.ok && !m.pass)
                                       || (f.verdict == V::Error && !m.ok);
                if ((f.variantId < 0 || m.variant == f.variantId) && (f.taskType.isEmpty() || m.taskType == f.taskType) && verdictOk
                    && (f.errorClass.isEmpty() || m.errorClass == f.errorClass) && (!f.disputedOnly || m.disputed)
                    && (!f.temperature || qAbs(m.temperature - *f.temperature) < 1e-9)
                    && (f.experiment < 0 || m.experiment == f.experiment)
                    && (f.text.isEmpty() || m.text.contains(f.text, Qt::CaseInsensitive) || u"p"_qs.contains(f.text, Qt::CaseInsensitive)
                        || u"g"_qs.contains(f.text, Qt::CaseInsensitive)))
                    out << m.id;
            }
            return out.mid(0, f.limit);
        };
        QList<InvocationFilter> filters;
        filters << InvocationFilter{};
        InvocationFilter f;
        f.variantId = ids.variants.at(1);
        filters << f;
        f.taskType = u"code"_qs;
        filters << f;
        for (const V verdict : {V::Passed, V::Failed, V::Unscored, V::Error}) {
            InvocationFilter g;
            g.verdict = verdict;
            filters << g;
            g.variantId = ids.variants.at(2);
            filters << g;
        }
        InvocationFilter g;
        g.errorClass = u"throttled"_qs;
        filters << g;
        g = {};
        g.disputedOnly = true;
        filters << g;
        g = {};
        g.temperature = 0.7;
        g.experiment = 1;
        filters << g;
        g = {};
        g.text = u"needle_%"_qs; // % and _ are the user's characters, not wildcards
        filters << g;
        g.text = u"ANSWER 1"_qs;
        filters << g;
        g = {};
        g.limit = 3;
        filters << g;
        for (const InvocationFilter &filter : std::as_const(filters)) {
            QList<qint64> listed;
            for (const InvocationRow &row : reader.invocations(ids.run, filter))
                listed << row.id;
            QCOMPARE(reader.error(), QString());
            QCOMPARE(listed, expect(filter));
            InvocationFilter all = filter;
            all.limit = 1'000'000;
            QCOMPARE(reader.invocationCount(ids.run, filter), qint64(expect(all).size()));
        }
        QVERIFY(expect(g).size() == 3 && expect(filters.at(filters.size() - 3)).size() == 1);

        // The detail: the answer whole, both judges' rationales, every attempt and the error.
        const Made &longOne = made.at(8);
        const auto detail = reader.invocation(longOne.id);
        QVERIFY(detail);
        QCOMPARE(detail->runId, ids.run); // the run it belongs to (quorum-cli override set needs it)
        QCOMPARE(detail->responseText, longAnswer);
        QCOMPARE(detail->prompt, u"p"_qs);
        QCOMPARE(detail->row.promptStart, u"p"_qs); // what the tables show for the scenario
        QCOMPARE(detail->goldenAnswer, u"g"_qs);
        QCOMPARE(detail->verdicts.size(), 2);
        QCOMPARE(detail->verdicts.at(1).judgeId, ids.judges.at(1));
        QCOMPARE(detail->verdicts.at(1).rationale, uR"({"correctness": "judge 1 on item 8"})"_qs);
        QCOMPARE(detail->verdicts.at(0).dimensions[5], std::optional<int>(longOne.pass == true ? 5 : 1));
        QCOMPARE(detail->row.juryPass, longOne.pass);
        const Made &failed = made.at(3);
        const auto failure = reader.invocation(failed.id);
        QVERIFY(failure);
        QVERIFY(!failure->row.ok);
        QCOMPARE(failure->row.errorClass, failed.errorClass);
        QCOMPARE(failure->attemptLog.size(), 3);
        QCOMPARE(failure->attemptLog.at(1).httpStatus, 429);
        QCOMPARE(failure->attemptLog.at(1).retryDelayMs, std::optional<double>(500.0));
        QCOMPARE(failure->errorMessages, QStringList{failed.errorClass + u": gave up after 3 attempts"_qs});
        QVERIFY(!reader.invocation(987654321));
        // The user-defined dimension's mean per variant, as the radar draws it: the loop's own sums.
        const Breakdowns b = computeBreakdowns(RunReadout::read(reader, ids.run));
        const QList<VariantInfo> labels = RunsReader(path).variantInfo(ids.run, false);
        for (const VariantInfo &v : labels) {
            QVERIFY2(b.extraDimensions.value(v.label).contains(u"brevity"_qs), qPrintable(v.label));
            QVERIFY(qAbs(b.extraDimensions.value(v.label).value(u"brevity"_qs) - brevity[v.id].first / brevity[v.id].second) < 1e-9);
        }
        closeTestSql(path);
    }
};

QTEST_MAIN(TstInvocationReader)
#include "tst_invocationreader.moc"
