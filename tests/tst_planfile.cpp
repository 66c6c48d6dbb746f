#include "config/configimport.h"
#include "diagnosticsdump.h"
#include "config/planfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Quorum;
using Quorum::TestSupport::dump;

namespace {
const QString kData = QStringLiteral(QUORUM_TEST_DATA);
const QString kDemo = QStringLiteral(QUORUM_SOURCE_DIR) + u"/resources/demo/demo-plan.json"_qs;

std::optional<RunPlan> load(const QString &path, Diagnostics &d)
{
    return importFile(path, d, InputKind::Plan).plan;
}
} // namespace

class TstPlanFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoPlanLoads()
    {
        Diagnostics d;
        const auto plan = load(kDemo, d);
        QVERIFY2(plan, qPrintable(dump(d)));
        QCOMPARE(d.items().size(), 0);
        QCOMPARE(plan->scenarios.size(), 37); // the lines of demo-scenarios.jsonl
        QCOMPARE(plan->models.size(), 5);
        QCOMPARE(plan->judges.size(), 3);
        QCOMPARE(plan->criteria.categories.size(), 3);
        QCOMPARE(plan->settings.invocations, 1);
        QCOMPARE(plan->settings.experiments, 2);
        QCOMPARE(plan->settings.temperatureVariations, 1);
        for (const ModelVariant &m : plan->models)
            QCOMPARE(m.provider, Provider::Simulator); // the demo needs no key
    }
    void embeddedAndReferencedItemsMix()
    {
        Diagnostics d;
        const auto plan = load(kData + u"/good/embedded-plan.json"_qs, d);
        QVERIFY2(plan, qPrintable(dump(d)));
        QCOMPARE(plan->name, u"Embedded"_qs);
        QCOMPARE(plan->scenarios.size(), 3);
        QCOMPARE(plan->scenarios.first().prompt, u"Say hello"_qs);
        QCOMPARE(plan->scenarios.first().source.line, 5);
        QCOMPARE(plan->models.at(1).tier, ServiceTier::Priority);
        QCOMPARE(plan->models.at(1).source.line, 10);
        QCOMPARE(plan->settings.parallel, 8);
        QCOMPARE(plan->settings.passRule, PassRule::Majority);
        QCOMPARE(plan->settings.passThreshold, 3.5);
        QCOMPARE(plan->settings.userMetrics, QStringList({u"brevity"_qs}));
        QCOMPARE(plan->settings.maxOutputTokens, RunSettings().maxOutputTokens); // default kept
        QCOMPARE(plan->criteria.categories.first().weight, 0.6);
    }
    void saveThenLoadGivesTheSamePlan()
    {
        Diagnostics d;
        const auto plan = load(kData + u"/good/embedded-plan.json"_qs, d);
        QVERIFY(plan);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"saved-plan.json"_qs);
        QCOMPARE(savePlan(*plan, path), QString());
        Diagnostics d2;
        const auto again = load(path, d2);
        QVERIFY2(again, qPrintable(dump(d2)));
        QCOMPARE(planToJson(*again), planToJson(*plan));
        for (qsizetype i = 0; i < plan->scenarios.size(); ++i)
            QCOMPARE(again->scenarios.at(i).id, plan->scenarios.at(i).id);
    }
    void multipleChoiceSurvivesSaving()
    {
        Diagnostics d;
        RunPlan plan = *load(kDemo, d);
        plan.scenarios = importFile(kData + u"/good/siqa-items.jsonl"_qs, d).scenarios;
        QTemporaryDir dir;
        QCOMPARE(savePlan(plan, dir.filePath(u"p.json"_qs)), QString());
        const auto again = load(dir.filePath(u"p.json"_qs), d);
        QVERIFY2(again, qPrintable(dump(d)));
        QCOMPARE(again->scenarios.first().choices, plan.scenarios.first().choices);
        QCOMPARE(again->scenarios.first().correctChoice, u"C"_qs);
        QCOMPARE(again->scenarios.first().prompt, plan.scenarios.first().prompt);
    }
    void planWithoutJudgesNeedsLatencyOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.json"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"quorum_plan": 1, "scenarios": [{"text_prompt": "hi"}], "models": [{"model_id": "simulator/a"}]})");
        f.close();
        Diagnostics d;
        QVERIFY(!load(path, d));
        QVERIFY(dump(d).contains(u"latency_only"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"quorum_plan": 1, "scenarios": [{"text_prompt": "hi"}], "models": [{"model_id": "simulator/a"}],)"
                R"( "settings": {"latency_only": true}})");
        f.close();
        Diagnostics d2;
        QVERIFY2(load(path, d2), qPrintable(dump(d2)));
    }
    void newerPlanFormatIsRefused()
    {
        Diagnostics d;
        QVERIFY(!importBytes(u"p.json"_qs, R"({"quorum_plan": 99, "scenarios": []})", d, InputKind::Plan).plan);
        QVERIFY(dump(d).contains(u"newer"_qs));
    }
};

QTEST_GUILESS_MAIN(TstPlanFile)
#include "tst_planfile.moc"
