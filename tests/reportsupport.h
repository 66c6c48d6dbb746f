#pragma once

// A stored run whose every name and text is hostile markup, for the report tests: two variants,
// one judge, `scenarios` scenarios, two experiments; every fifth call failed, every fourth answer
// disputed, a third of them failed by the jury.
#include "storage/store.h"

#include <QString>

namespace ReportSupport {

using namespace Quorum;

inline const QString kScript = u"<script>alert(1)</script>"_qs;
inline const QString kImage = u"\"><img src=x onerror=alert(2)>"_qs;
inline const QString kSvg = u"]]></svg><script>alert(3)</script>"_qs;
inline const QString kLink = u"<a href=\"javascript:alert(4)\">click</a>"_qs;
inline const QString kStyle = u"</style><style>body{display:none}</style>"_qs;


inline qint64 seed(const QString &path, int scenarioCount = 4, const QString &fingerprint = u"fp"_qs)
{
    const auto w = Store::writerFor(path);
    if (!w->start().isEmpty())
        return 0;
    const qint64 run = w->allocateId(StoreWriter::Table::Runs);
    // The stored plan keeps the list price the run was priced at: read 2023-06-01, more than 90
    // days before the run (2023-11-14), so the report flags it.
    w->submit(RunRecord{run, u"Report "_qs + kScript,
                        uR"({"quorum_plan": 1, "settings": {"experiments": 2}, "models": [{"model_id": "simulator/<b>m</b>",
                             "list_price": {"read_on": "2023-06-01", "source": "the vendor's page <script>", "catalog_version": "test",
                                            "input_usd_per_mtok": 2.5, "output_usd_per_mtok": 15}}]})"_qs,
                        fingerprint, {}, {}, RunStatus::Completed, 1'700'000'000'000});
    QList<qint64> variants;
    for (const QString &name : {kScript, kImage}) {
        VariantRecord v;
        v.id = w->allocateId(StoreWriter::Table::Variants);
        v.runId = run;
        v.modelId = u"openai/m"_qs + QString::number(variants.size());
        v.provider = u"openai"_qs;
        v.model = u"m"_qs;
        v.region = u"us-east-1"_qs;
        v.tierRequested = u"default"_qs;
        v.displayName = name;
        w->submit(v);
        variants << v.id;
    }
    VariantRecord judge;
    judge.id = w->allocateId(StoreWriter::Table::Judges);
    judge.runId = run;
    judge.isJudge = true;
    judge.modelId = u"anthropic/j"_qs;
    judge.provider = u"anthropic"_qs;
    judge.model = u"j"_qs;
    judge.displayName = kStyle;
    w->submit(judge);
    QList<qint64> scenarios;
    for (int i = 0; i < scenarioCount; ++i) {
        scenarios << w->allocateId(StoreWriter::Table::Scenarios);
        w->submit(ScenarioRecord{scenarios.last(), run, u"s"_qs + QString::number(i) + kSvg, u"Prompt "_qs + kSvg, kLink,
                                 i % 2 ? kImage : u"qa"_qs, kStyle, 10, {}, {}, {}, {}});
    }
    qint64 item = 0;
    for (const qint64 v : variants)
        for (const qint64 s : scenarios)
            for (int experiment = 0; experiment < 2; ++experiment, ++item) {
                InvocationRecord r;
                r.id = w->allocateId(StoreWriter::Table::Invocations);
                r.runId = run;
                r.variantId = v;
                r.scenarioId = s;
                r.workItem = item;
                r.experiment = experiment;
                r.temperature = 0.7;
                r.ok = item % 5 != 4;
                r.errorClass = r.ok ? QString() : kScript;
                r.t0 = 1'700'000'000'000 + item;
                r.ttftMs = 100 + 10.0 * double(item);
                r.ttlbMs = 300 + 10.0 * double(item);
                r.outputTokens = 10;
                r.costUsd = 0.001;
                r.responseText = kLink + kScript + kSvg;
                std::vector<WriteOp> ops;
                if (r.ok) {
                    const bool pass = item % 3 != 0;
                    r.juryScore = pass ? 4.5 : 1.5;
                    r.juryPass = pass;
                    r.judgesUsed = 1;
                    r.disputed = item % 4 == 0;
                    VerdictRecord d;
                    d.id = w->allocateId(StoreWriter::Table::Verdicts);
                    d.runId = run;
                    d.invocationId = r.id;
                    d.judgeId = judge.id;
                    d.correctness = d.completeness = d.relevance = d.format = d.coherence = d.followingInstructions = pass ? 5 : 1;
                    d.overall = d.weighted = pass ? 5 : 1;
                    d.passed = pass;
                    d.rationaleJson = uR"({"correctness": "%1"})"_qs.arg(QString(kImage).replace(u'"', u"\\\""_qs));
                    d.status = VerdictStatus::Repaired;
                    d.rawText = kStyle + kScript;
                    ops.emplace_back(std::move(d));
                } else {
                    ops.emplace_back(ErrorRecord{run, r.id, v, {}, s, ErrorCategory::Api, kScript, kImage, {}, r.t0});
                }
                ops.insert(ops.begin(), WriteOp(std::move(r)));
                w->submit(std::move(ops));
            }
    return w->flush(10000) && w->lastError().isEmpty() ? run : 0;
}

} // namespace ReportSupport
