// The compare view's own work, apart from the store: a word-level diff of two long answers, and
// the item list shown, filtered to the changed items and sorted, for a big comparison.
// Run: build/<preset>/bench/bench_compare
#include "benchsupport.h"

#include "present/comparisonmodel.h"
#include "present/worddiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Quorum;

namespace {
template<typename F>
double medianMs(F &&f, int repeats = 5)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QRandomGenerator rng(7);
    static const char *const words[] = {"the", "answer", "is", "customer", "total", "order", "by", "meeting", "room", "date",
                                        "revenue", "quarter", "grew", "because", "of", "new", "stores", "and", "online", "sales"};
    for (const int length : {200, 2000, 5000}) {
        QStringList a, b;
        for (int i = 0; i < length; ++i) {
            const QString w = QString::fromLatin1(words[rng.bounded(20)]);
            a << w;
            b << (rng.bounded(20) == 0 ? QString::fromLatin1(words[rng.bounded(20)]) : w); // 5 % of the words changed
        }
        const QString x = a.join(u' '), y = b.join(u' ');
        qsizetype segments = 0;
        const double ms = medianMs([&] { segments = wordDiff(x, y).size(); });
        const double htmlMs = medianMs([&] {
            const auto d = wordDiff(x, y);
            diffHtml(d, true, u"background-color:#f7c9b3"_qs);
            diffHtml(d, false, u"background-color:#b8e6d3"_qs);
        });
        out << QStringLiteral("word diff of two %1-word answers (5 % changed): %2 ms, %3 segments; with both sides' HTML %4 ms\n")
                   .arg(length).arg(ms, 0, 'f', 2).arg(segments).arg(htmlMs, 0, 'f', 2);
    }
    for (const int items : {10'000, 100'000}) {
        QList<ComparedItem> list;
        list.reserve(items);
        for (int i = 0; i < items; ++i) {
            ComparedItem c;
            c.a.scenarioKey = c.b.scenarioKey = QString::number(i / 2);
            c.a.invocationIndex = c.b.invocationIndex = i % 2;
            c.a.ok = c.b.ok = true;
            c.a.juryPass = rng.bounded(10) < 8;
            c.b.juryPass = rng.bounded(10) < 7;
            c.a.juryScore = 1 + rng.bounded(4.0);
            c.b.juryScore = 1 + rng.bounded(4.0);
            c.a.ttlbMs = 200 + rng.bounded(400);
            c.b.ttlbMs = 200 + rng.bounded(400);
            c.change = *c.a.juryPass == *c.b.juryPass ? ComparedItem::Change::Same
                       : *c.a.juryPass                ? ComparedItem::Change::Broke
                                                      : ComparedItem::Change::Fixed;
            list.append(c);
        }
        ComparisonTableModel model;
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ComparisonTableModel::SortRole);
        const double changedMs = medianMs([&] {
            model.show(list, true);
            sorted.sort(ComparisonTableModel::ChangeColumn);
        });
        const int changed = model.rowCount();
        const double allMs = medianMs([&] {
            model.show(list, false);
            sorted.sort(ComparisonTableModel::ScoreChangeColumn);
        });
        out << QStringLiteral("%1 items: changed only (%2) shown and sorted by change %3 ms; all shown and sorted by score change %4 ms\n")
                   .arg(items).arg(changed).arg(changedMs, 0, 'f', 1).arg(allMs, 0, 'f', 1);
    }
    out << QStringLiteral("peak RSS %1 MB\n").arg(Bench::peakRssMb(), 0, 'f', 0);
    return 0;
}
