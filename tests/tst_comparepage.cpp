// The compare view: two runs made through the simulator with scripted answers (model-0 broken on
// scenarios 0, 3, 6, … 27 in run B), and the word-level diff it shows them with.
#include "compare/comparepage.h"
#include "present/comparisonmodel.h"
#include "present/worddiff.h"
#include "runtestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRandomGenerator>
#include <QTableView>
#include <QTextBrowser>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
QByteArray profile(bool broken)
{
    QJsonArray rules;
    if (broken)
        rules.append(QJsonObject{{u"model"_qs, u"model-0"_qs}, {u"prompt"_qs, u"scenario (0|3|6|9|12|15|18|21|24|27):"_qs},
                                 {u"reply"_qs, QJsonObject{{u"text"_qs, u"Alpha <b>delta</b> gamma."_qs}}}});
    rules.append(QJsonObject{{u"reply"_qs, QJsonObject{{u"text"_qs, u"Alpha beta gamma."_qs}}}});
    return QJsonDocument(QJsonObject{{u"time_scale"_qs, 0}, {u"rules"_qs, rules}}).toJson();
}

QString joined(const QList<DiffSegment> &diff)
{
    QString out;
    for (const DiffSegment &s : diff)
        out += (s.kind == DiffSegment::Kind::Same ? u"="_qs : s.kind == DiffSegment::Kind::Removed ? u"-"_qs : u"+"_qs)
               + u'[' + s.text + u']';
    return out;
}
} // namespace

class TstComparePage : public RunTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startSimulator(); }
    void cleanup() { stopSimulator(); }

    // Expected segments written out by hand.
    void wordDiffMarksWhatOnlyOneSideHas()
    {
        QCOMPARE(joined(wordDiff(u"the cat sat"_qs, u"the dog sat"_qs)), u"=[the ]-[cat]+[dog]=[ sat]"_qs);
        QCOMPARE(joined(wordDiff(u"a b c d"_qs, u"a c d e"_qs)), u"=[a ]-[b ]=[c d]+[ e]"_qs);
        QCOMPARE(joined(wordDiff(u"same"_qs, u"same"_qs)), u"=[same]"_qs);
        QCOMPARE(joined(wordDiff(QString(), u"new text"_qs)), u"+[new text]"_qs);
        // Past the cell budget the middle is one removal and one addition.
        QCOMPARE(joined(wordDiff(u"x a b y"_qs, u"x c d y"_qs, 1)), u"=[x ]-[a b]+[c d]=[ y]"_qs);
        // Random answers: the segments give back both texts exactly, and the kept words are a common
        // subsequence at least as long as the one the unchanged words alone make.
        QRandomGenerator rng(11);
        for (int round = 0; round < 200; ++round) {
            QStringList a, b;
            for (int i = 0, n = 1 + int(rng.bounded(60)); i < n; ++i) {
                const QString w = QString(QChar(u'a' + char16_t(rng.bounded(6))));
                a << w;
                if (rng.bounded(5) != 0)
                    b << w;
                if (rng.bounded(8) == 0)
                    b << QString(QChar(u'p' + char16_t(rng.bounded(3))));
            }
            const QString x = a.join(u' '), y = b.join(u' ');
            QString backA, backB;
            for (const DiffSegment &d : wordDiff(x, y)) {
                if (d.kind != DiffSegment::Kind::Added)
                    backA += d.text;
                if (d.kind != DiffSegment::Kind::Removed)
                    backB += d.text;
            }
            QCOMPARE(backA, x);
            QCOMPARE(backB, y);
        }
        // HTML: escaped, and each side shows only its own changes.
        const QList<DiffSegment> d = wordDiff(u"1 < 2"_qs, u"1 > 2"_qs);
        QCOMPARE(diffHtml(d, true, u"background-color:red"_qs), u"1 <span style=\"background-color:red\">&lt;</span> 2"_qs);
        QCOMPARE(diffHtml(d, false, u"background-color:green"_qs), u"1 <span style=\"background-color:green\">&gt;</span> 2"_qs);
    }

    // Run B broke model-0 on ten scenarios: the page says worse, lists exactly those ten items
    // when showing changes only (all thirty otherwise), and shows both answers of the first with the
    // changed word marked and escaped.
    void theComparedRunsShowTheirChangedItems()
    {
        const QString db = testStore(m_dir.filePath(u"page.sqlite"_qs));
        RunPlan p = plan(30, 2);
        p.settings.latencyOnly = false;
        p.settings.scorers = {u"contains"_qs};
        qint64 runs[2] = {};
        for (int i = 0; i < 2; ++i) {
            m_sim->setProfile(profileFromJson(profile(i == 1)));
            RunController controller(p, options(db));
            QCOMPARE(runToEnd(controller), RunStatus::Completed);
            runs[i] = controller.runId();
        }
        const Store::Opened opened = Store::open(db);
        QVERIFY(opened.store);
        ComparePage page;
        page.resize(1400, 900);
        page.show();
        QSignalSpy loaded(&page, &ComparePage::runsLoaded);
        page.setStore(opened.store);
        QVERIFY(loaded.wait(5000));
        QSignalSpy compared(&page, &ComparePage::compared);
        QSignalSpy shown(&page, &ComparePage::itemShown);
        page.compare(runs[0], u"openai/model-0@us-east-1"_qs, runs[1], u"openai/model-0@us-east-1"_qs);
        QVERIFY(compared.wait(10000));
        QVERIFY2(page.summary()->text().startsWith(u"<p><b>Worse:"_qs), qPrintable(page.summary()->text()));
        QVERIFY(page.summary()->text().contains(u"passed only in A 10, only in B 0"_qs));
        QCOMPARE(page.model()->rowCount(), 10);
        QSet<QString> keys;
        for (const ComparedItem &i : page.model()->items()) {
            QCOMPARE(i.change, ComparedItem::Change::Broke);
            keys.insert(i.a.scenarioKey);
        }
        QCOMPARE(keys, (QSet<QString>{u"0"_qs, u"3"_qs, u"6"_qs, u"9"_qs, u"12"_qs, u"15"_qs, u"18"_qs, u"21"_qs, u"24"_qs, u"27"_qs}));
        QVERIFY(shown.wait(5000));
        const QString a = page.answer(true)->toHtml(), b = page.answer(false)->toHtml();
        QVERIFY2(a.contains(u"beta"_qs) && page.answer(true)->toPlainText().contains(u"passed"_qs), qPrintable(a));
        // The model's markup is text, never markup: B's answer reads "<b>delta</b>" literally.
        QVERIFY2(page.answer(false)->toPlainText().contains(u"Alpha <b>delta</b> gamma."_qs), qPrintable(page.answer(false)->toPlainText()));
        QVERIFY(page.answer(false)->toPlainText().contains(u"failed"_qs));
        QVERIFY2(b.contains(u"text-decoration: underline"_qs), qPrintable(b)); // what only B has is marked
        page.changedOnly()->setChecked(false);
        QCOMPARE(page.model()->rowCount(), 30);
        // Two variants of one run: model-1 against model-0 in run B.
        page.compare(runs[1], u"openai/model-0@us-east-1"_qs, runs[1], u"openai/model-1@eu-west-1"_qs);
        QVERIFY(compared.wait(10000));
        QVERIFY2(page.summary()->text().contains(u"Two variants of run"_qs), qPrintable(page.summary()->text()));
        QCOMPARE(page.comparison()->fixed, 10);
    }
};

QTEST_MAIN(TstComparePage)
#include "tst_comparepage.moc"
