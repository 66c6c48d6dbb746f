#include "engine/workplan.h"

#include <QSet>
#include <QTest>

using namespace Quorum;

namespace {
RunPlan plan(int scenarios, int models, int variations, int invocations, int experiments)
{
    RunPlan p;
    for (int i = 0; i < scenarios; ++i) {
        Scenario s;
        s.prompt = QStringLiteral("prompt %1").arg(i);
        s.expectedOutputTokens = 100;
        p.scenarios << s;
    }
    for (int i = 0; i < models; ++i) {
        ModelVariant m;
        m.modelId = QStringLiteral("simulator/m%1").arg(i);
        m.provider = Provider::Simulator;
        m.inputCostPer1k = 0.001;
        m.outputCostPer1k = 0.002;
        p.models << m;
    }
    p.settings.temperatureVariations = variations;
    p.settings.invocations = invocations;
    p.settings.experiments = experiments;
    p.settings.latencyOnly = true;
    return p;
}
} // namespace

class TstWorkPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every number maps to one distinct (scenario, variant, temperature, invocation, experiment).
    void numbersAreAStableBijection()
    {
        const RunPlan p = plan(3, 2, 1, 2, 2);
        const WorkPlan w(p);
        QCOMPARE(w.size(), 3 * 2 * 3 * 2 * 2);
        QSet<QString> seen;
        for (qint64 n = 0; n < w.size(); ++n) {
            const WorkItem item = w.item(n);
            QCOMPARE(item.number, n);
            QVERIFY(item.scenario < 3 && item.variant < 2 && item.invocation < 2 && item.experiment < 2);
            seen.insert(QStringLiteral("%1/%2/%3/%4/%5").arg(item.scenario).arg(item.variant).arg(item.temperature)
                            .arg(item.invocation).arg(item.experiment));
        }
        QCOMPARE(seen.size(), w.size());
        QCOMPARE(WorkPlan(p).item(37).scenario, w.item(37).scenario); // same plan, same numbers
    }
    void temperatureVariationsFollowMetrics()
    {
        QCOMPARE(temperatureVariations(0.8, 2, 2.0), QList<double>({0.4, 0.6, 0.8, 1.0, 1.2}));
        QCOMPARE(temperatureVariations(0.7, 0, 2.0), QList<double>({0.7}));
        // Clamped to the provider's range, duplicates removed.
        QCOMPARE(temperatureVariations(0.9, 2, 1.0), QList<double>({0.45, 0.675, 0.9, 1.0}));
        QCOMPARE(temperatureVariations(0.0, 1, 2.0), QList<double>({0.0}));
    }
    void clampedSlotsAreMarkedToSkip()
    {
        RunPlan p = plan(1, 1, 2, 1, 1);
        p.models[0].provider = Provider::Anthropic;
        p.settings.temperature = 0.9;
        const WorkPlan w(p);
        int skipped = 0;
        for (qint64 n = 0; n < w.size(); ++n)
            skipped += w.item(n).temperature < 0 ? 1 : 0;
        QCOMPARE(skipped, 1);
    }
    void scenarioTemperatureOverridesTheBase()
    {
        RunPlan p = plan(2, 1, 0, 1, 1);
        p.scenarios[1].temperature = 0.1;
        const WorkPlan w(p);
        QCOMPARE(w.item(0).temperature, 0.7);
        QCOMPARE(w.item(1).temperature, 0.1);
    }
    void estimates()
    {
        RunPlan p = plan(10, 2, 0, 1, 1);
        p.models[0].targetRpm = 60;
        p.models[1].targetRpm = 30;
        const WorkPlan w(p);
        QCOMPARE(w.modelCalls(), 20);
        QCOMPARE(w.judgeCalls(), 0);
        QCOMPARE(w.estimatedSecondsAtTargetRpm(), 20.0); // 10 calls at 30 RPM
        // Two tiers of one model in one region share its rate: 20 calls at 30 RPM.
        RunPlan tiers = p;
        tiers.models[1] = tiers.models[0];
        tiers.models[1].tier = ServiceTier::Priority;
        tiers.models[1].targetRpm = 30;
        QCOMPARE(WorkPlan(tiers).estimatedSecondsAtTargetRpm(), 40.0);
        // By hand: "prompt N" is 8 characters, 8/4 + 20 = 22 input tokens; 100 output tokens.
        // (22 × 0.001 + 100 × 0.002) / 1000 per call, 20 calls.
        QCOMPARE(qRound64(w.estimatedCostUsd() * 1e8), qRound64(0.00444 * 1e8));
        // Without expected_output_tokens a call may write up to the run's cap (360-eval: 4500).
        RunPlan uncapped = p;
        for (Scenario &s : uncapped.scenarios)
            s.expectedOutputTokens = 0;
        QCOMPARE(qRound64(WorkPlan(uncapped).estimatedCostUsd() * 1e8), qRound64(20 * (0.022 + 4500 * 0.002) / 1000 * 1e8));
        uncapped.settings.maxOutputTokens = 500;
        QCOMPARE(qRound64(WorkPlan(uncapped).estimatedCostUsd() * 1e8), qRound64(0.02044 * 1e8));
        p.settings.latencyOnly = false;
        p.judges << p.models.first() << p.models.last();
        QCOMPARE(WorkPlan(p).judgeCalls(), 40);
        QVERIFY(WorkPlan(p).estimatedCostUsd() > w.estimatedCostUsd());
        // A scenario its own scorer decides calls no judge.
        p.scenarios[0].scorer = u"exact"_qs;
        QCOMPARE(WorkPlan(p).judgeCalls(), 36); // 9 juried scenarios × 2 variants × 2 judges
    }

    // The ETA starts from the plan's estimate and moves to the measured rate as items are done.
    void remainingTimeConverges()
    {
        QCOMPARE(remainingSeconds(1000, 0, 0, 50), 50.0);   // nothing done: the plan's estimate
        QCOMPARE(remainingSeconds(1000, 1000, 40, 50), 0.0);
        QCOMPARE(remainingSeconds(1000, 0, 0, 0), 0.0);     // no estimate, nothing measured: unknown
        QCOMPARE(remainingSeconds(100, 50, 10, 0), 10.0);   // no estimate: the measured rate alone
        // 2 % done after 2 s (10 items/s measured, 20/s planned): still mostly the plan.
        const double early = remainingSeconds(1000, 20, 2, 50);
        QVERIFY2(early > 980.0 / 20 && early < 980.0 / 10 * 0.7, qPrintable(QString::number(early)));
        // Half done at the measured 10 items/s: close to the 50 s the rate says.
        const double later = remainingSeconds(1000, 500, 50, 50);
        QVERIFY2(std::abs(later - 50) < 0.2 * 50, qPrintable(QString::number(later)));
        // A slow start does not read as a long run: 1 item after 1 s of a 50 s plan.
        QVERIFY(remainingSeconds(1000, 1, 1, 50) < 60);
    }
};

QTEST_GUILESS_MAIN(TstWorkPlan)
#include "tst_workplan.moc"
