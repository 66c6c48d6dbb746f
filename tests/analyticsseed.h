#pragma once

// A run of stored rows for the analytics and drill-down tests: three model variants, four judges
// (one a scorer) and numbered scenarios, written through a store's writer; invocations are the
// tests' own.
#include "storage/storewriter.h"

#include <QList>
#include <QString>

namespace Quorum::TestSupport {

struct Ids
{
    qint64 run = 0;
    QList<qint64> variants, judges, scenarios;
};

inline VariantRecord variant(qint64 id, qint64 run, bool judge, const QString &modelId, const QString &region, const QString &provider = {})
{
    VariantRecord v;
    v.id = id;
    v.runId = run;
    v.isJudge = judge;
    v.modelId = modelId;
    v.provider = provider.isEmpty() ? modelId.section(u'/', 0, 0) : provider;
    v.model = modelId.section(u'/', 1);
    v.region = region;
    v.tierRequested = u"default"_qs;
    return v;
}

inline Ids seedRun(StoreWriter &w, int scenarios, const QString &planJson = u"{}"_qs)
{
    Ids ids;
    ids.run = w.allocateId(StoreWriter::Table::Runs);
    w.submit(RunRecord{ids.run, u"analytics"_qs, planJson, {}, {}, {}, RunStatus::Completed, 1});
    const QStringList models = {u"anthropic/claude-a"_qs, u"openai/gpt-b"_qs, u"bedrock/amazon.nova-c"_qs};
    const QStringList regions = {u"us-east-1"_qs, u"us-east-1"_qs, u"eu-west-1"_qs};
    for (qsizetype i = 0; i < models.size(); ++i) {
        ids.variants << w.allocateId(StoreWriter::Table::Variants);
        w.submit(variant(ids.variants.last(), ids.run, false, models.at(i), regions.at(i)));
    }
    const QStringList judges = {u"anthropic/judge-1"_qs, u"openai/judge-2"_qs, u"gemini/judge-3"_qs, u"scorer/exact"_qs};
    for (const QString &j : judges) {
        ids.judges << w.allocateId(StoreWriter::Table::Judges);
        w.submit(variant(ids.judges.last(), ids.run, true, j, {}, j.startsWith(u"scorer") ? u"scorer"_qs : QString()));
    }
    for (int s = 0; s < scenarios; ++s) {
        ids.scenarios << w.allocateId(StoreWriter::Table::Scenarios);
        w.submit(ScenarioRecord{ids.scenarios.last(), ids.run, QString::number(s), u"p"_qs, u"g"_qs, s % 3 ? u"qa"_qs : u"code"_qs,
                                {}, 10, {}, {}, {}, {}});
    }
    return ids;
}

} // namespace Quorum::TestSupport
