// Published scores beside measured success: which model each order puts where, and the sentence
// said where they disagree, written out by hand for a constructed run and catalog.
#include "present/publishedscores.h"

#include <QTest>

using namespace Quorum;

namespace {
ModelCatalog catalogWithScores()
{
    // Three simulator models as a refresh from Artificial Analysis leaves them (MMLU-Pro, %), and
    // one with no published score.
    const QByteArray text = R"json({"models": [
  {"provider": "simulator", "id": "flash-mini", "api": "simulator", "name": "Flash Mini",
   "scores": [{"name": "MMLU-Pro", "value": 64.1, "metric": "%", "source": "Artificial Analysis", "date": "2026-12-07"},
              {"name": "GPQA Diamond", "value": 41.2, "metric": "%", "source": "Artificial Analysis", "date": "2026-12-07"}]},
  {"provider": "simulator", "id": "sage-pro", "api": "simulator", "name": "Sage Pro",
   "scores": [{"name": "MMLU-Pro", "value": 81.2, "metric": "%", "source": "Artificial Analysis", "date": "2026-12-07"},
              {"name": "GPQA Diamond", "value": 65.5, "metric": "%", "source": "Artificial Analysis", "date": "2026-12-07"}]},
  {"provider": "simulator", "id": "oracle-max", "api": "simulator", "name": "Oracle Max",
   "scores": [{"name": "MMLU-Pro", "value": 79.5, "metric": "%", "source": "Artificial Analysis", "date": "2026-12-07"},
              {"name": "GPQA Diamond", "value": 70.2, "metric": "%", "source": "Artificial Analysis", "date": "2026-12-07"}]},
  {"provider": "simulator", "id": "judge-alpha", "api": "simulator", "name": "Judge Alpha"}
]})json";
    Diagnostics d;
    return *ModelCatalog::parse(TextSource::fromBytes(u"c.json"_qs, text, d), d);
}

LeaderboardRow row(qint64 id, double success)
{
    LeaderboardRow r;
    r.variantId = id;
    r.scored = 40;
    r.successRate = success;
    return r;
}
} // namespace

class TestPublishedScores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordinals()
    {
        QCOMPARE(ordinal(1), u"1st"_qs);
        QCOMPARE(ordinal(2), u"2nd"_qs);
        QCOMPARE(ordinal(3), u"3rd"_qs);
        QCOMPARE(ordinal(4), u"4th"_qs);
        QCOMPARE(ordinal(11), u"11th"_qs);
        QCOMPARE(ordinal(12), u"12th"_qs);
        QCOMPARE(ordinal(22), u"22nd"_qs);
    }

    // The demo's shape: Oracle Max best here (94.6 %), Sage Pro next (its better variant, the
    // priority tier, 83.8 %), Flash Mini last. Published MMLU-Pro puts Sage Pro (81.2) before
    // Oracle Max (79.5): two sentences. Judge Alpha has no score and is left out.
    void sentencesWhereTheOrdersDisagree()
    {
        Leaderboard board;
        board.rows = {row(1, 0.946), row(2, 0.784), row(3, 0.838), row(4, 0.595), row(5, 0.568)};
        const QList<VariantInfo> variants = {{1, u"simulator/oracle-max"_qs, u"us-west-2"_qs, u"default"_qs, u"Oracle Max@us-west-2"_qs, false},
                                             {2, u"simulator/sage-pro"_qs, u"us-east-1"_qs, u"default"_qs, u"Sage Pro@us-east-1"_qs, false},
                                             {3, u"simulator/sage-pro"_qs, u"us-east-1"_qs, u"priority"_qs, u"Sage Pro@us-east-1#priority"_qs, false},
                                             {4, u"simulator/flash-mini"_qs, u"us-east-1"_qs, u"default"_qs, u"Flash Mini@us-east-1"_qs, false},
                                             {5, u"simulator/flash-mini"_qs, u"eu-west-1"_qs, u"default"_qs, u"Flash Mini@eu-west-1"_qs, false}};
        const PublishedComparison p = comparePublished(board, variants, catalogWithScores(), QLocale::c());
        QCOMPARE(p.benchmark, u"MMLU-Pro"_qs);
        QCOMPARE(p.benchmarks, (QStringList{u"MMLU-Pro"_qs, u"GPQA Diamond"_qs}));
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows.at(0).model, u"Oracle Max"_qs);
        QCOMPARE(p.rows.at(1).model, u"Sage Pro"_qs);
        QCOMPARE(p.rows.at(1).success, 0.838); // its better variant
        QCOMPARE(p.rows.at(2).model, u"Flash Mini"_qs);
        QCOMPARE(p.sentences, (QStringList{u"Oracle Max ranks 2nd of 3 on published MMLU-Pro, 1st on your scenarios."_qs,
                                           u"Sage Pro ranks 1st of 3 on published MMLU-Pro, 2nd on your scenarios."_qs}));
        QCOMPARE(p.attributions, QStringList{u"Source: Artificial Analysis (artificialanalysis.ai)"_qs});
    }

    void oneSentenceWhereTheyAgree()
    {
        Leaderboard board;
        board.rows = {row(1, 0.9), row(2, 0.8), row(4, 0.5)};
        const QList<VariantInfo> variants = {{1, u"simulator/sage-pro"_qs, {}, {}, {}, false},
                                             {2, u"simulator/oracle-max"_qs, {}, {}, {}, false},
                                             {4, u"simulator/flash-mini"_qs, {}, {}, {}, false}};
        const PublishedComparison p = comparePublished(board, variants, catalogWithScores(), QLocale::c());
        QCOMPARE(p.sentences, QStringList{u"Your scenarios rank these 3 models as published MMLU-Pro does."_qs});
    }

    // Nothing to say with one model, or none with a published score.
    void nothingToCompare()
    {
        Leaderboard board;
        board.rows = {row(1, 0.9), row(2, 0.8)};
        const QList<VariantInfo> variants = {{1, u"simulator/sage-pro"_qs, {}, {}, {}, false}, {2, u"simulator/judge-alpha"_qs, {}, {}, {}, false}};
        QVERIFY(comparePublished(board, variants, catalogWithScores(), QLocale::c()).isEmpty());
        QVERIFY(comparePublished(board, variants, ModelCatalog::builtIn(), QLocale::c()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublishedScores)
#include "tst_publishedscores.moc"
