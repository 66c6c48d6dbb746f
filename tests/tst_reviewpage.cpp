// The review screens: the Review tab's queue driven by the keyboard as a reviewer drives it, and
// the verdict bar under the Runs page's drill-down, with the leaderboard following. Runs are made
// through the simulator with scripted answers and the "contains" scorer: model-0 answers
// scenarios 0, 3, …, 27 wrongly (10 of 30 fail), so every figure is known by construction.
#include "storage/overridereader.h"
#include "storage/runsreader.h"
#include "results/drilldownpanel.h"
#include "present/breakdowntables.h"
#include "present/invocationmodel.h"
#include "present/leaderboardmodel.h"
#include "present/reviewqueuemodel.h"
#include "review/reviewpage.h"
#include "review/verdictbar.h"
#include "results/runspage.h"
#include "runtestsupport.h"

#include "analytics/leaderboard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace Quorum;
using namespace Quorum::TestSupport;

namespace {
const QString kModel0 = u"openai/model-0@us-east-1"_qs;


double successOf(const Store &store, qint64 runId, const QString &label, bool juryOnly = false)
{
    RunsReader q(store);
    q.setJuryOnly(juryOnly);
    for (const LeaderboardRow &r : computeLeaderboard(RunReadout::read(q, runId)).rows)
        if (r.label == label)
            return r.successRate;
    return -1;
}
} // namespace

class TstReviewPage : public RunTest
{
    Q_OBJECT

    QString m_db;
    qint64 m_run = -1;

    // The queue's row of model-0's item for `scenario`.
    static int rowOf(const ReviewQueueModel *queue, const QString &scenario, qint64 variantId)
    {
        for (int i = 0; i < queue->rowCount(); ++i)
            if (queue->item(i).row.scenarioKey == scenario && queue->item(i).row.variantId == variantId)
                return i;
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        startSimulator();
        m_db = testStore(m_dir.filePath(QStringLiteral("review_%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        RunPlan p = plan(30, 2);
        p.models[1].region = u"eu-west-1"_qs;
        p.settings.latencyOnly = false;
        p.settings.scorers = {u"contains"_qs};
        m_sim->setProfile(profileFromJson(scriptedProfile({0, 3, 6, 9, 12, 15, 18, 21, 24, 27})));
        RunController controller(p, options(m_db));
        QCOMPARE(runToEnd(controller), RunStatus::Completed);
        m_run = controller.runId();
    }
    void cleanup() { stopSimulator(); }

    // With every answered item sampled, the queue holds all 60 in run order. On model-0's
    // scenario 0 (the jury failed it) the reviewer presses P, types a reason full of the page's
    // own keys (they go into the text), and Enter: the override is stored with that reason, the row
    // reads "passed", the next row is selected, and model-0 passes 21 of 30. On scenario 1 (the
    // jury passed it) F and a reason; on scenario 3 F agrees with the jury. Agreement with people
    // by hand: jury pass/people fail 1, jury fail/people pass 1, both fail 1 → 1/3, κ = (1/3 − 5/9)
    // / (1 − 5/9) = −0.5. Back with K and W withdraws the first: 20 − 1 = 19 of 30 pass.
    void theKeyboardReviewsTheQueue()
    {
        const Store::Opened opened = Store::open(m_db);
        QVERIFY(opened.store);
        ReviewPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.findChild<QSpinBox *>()->setValue(60);
        QSignalSpy queued(&page, &ReviewPage::queueLoaded);
        QSignalSpy agreed(&page, &ReviewPage::agreementLoaded);
        QSignalSpy shown(&page, &ReviewPage::itemShown);
        page.setStore(opened.store);
        QVERIFY(queued.wait(10000));
        QCOMPARE(queued.last().at(0).toLongLong(), m_run);
        const ReviewQueueModel *queue = page.queue();
        QCOMPARE(queue->rowCount(), 60);
        for (int i = 0; i < queue->rowCount(); ++i)
            QCOMPARE(queue->item(i).why, Review::QueueItem::Why::Sample); // one scorer: nothing disputed
        QVERIFY2(page.state()->text().contains(u"60 to review"_qs), qPrintable(page.state()->text()));
        qint64 model0 = -1;
        for (const VariantInfo &v : RunsReader(*opened.store).variantInfo(m_run, false))
            if (v.label == kModel0)
                model0 = v.id;

        const auto review = [&](const QString &scenario, Qt::Key key, const QString &reason) {
            const int row = rowOf(queue, scenario, model0);
            QVERIFY(row >= 0);
            page.queueView()->setFocus();
            page.queueView()->selectRow(row);
            QTRY_COMPARE_WITH_TIMEOUT(page.queueView()->currentIndex().row(), row, 5000);
            QTest::keyClick(page.queueView(), key);
            QVERIFY(page.verdictBar()->reason()->hasFocus());
            QSignalSpy saved(page.verdictBar(), &VerdictBar::saved);
            QTest::keyClicks(page.verdictBar()->reason(), reason);
            QCOMPARE(page.verdictBar()->reason()->text(), reason);
            QTest::keyClick(page.verdictBar()->reason(), Qt::Key_Return);
            QVERIFY(saved.wait(10000));
            QCOMPARE(queue->index(row, ReviewQueueModel::DecidedColumn).data().toString(),
                     key == Qt::Key_P ? u"passed"_qs : u"failed"_qs);
            QCOMPARE(page.queueView()->currentIndex().row(), row + 1); // on to the next
            QVERIFY(page.queueView()->hasFocus());
        };
        const QString why = u"per the golden answer: prefer facts, keep wording; no jury knew"_qs; // p, f, w, k, n, j, r inside
        review(u"0"_qs, Qt::Key_P, why);
        QCOMPARE(successOf(*opened.store, m_run, kModel0), 21.0 / 30);
        QCOMPARE(successOf(*opened.store, m_run, kModel0, true), 20.0 / 30);
        const InvocationRow first = queue->item(rowOf(queue, u"0"_qs, model0)).row;
        const QList<OverrideRecord> edits = OverrideReader(*opened.store).overrideHistory(first.id);
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.at(0).passed, std::optional<bool>(true));
        QCOMPARE(edits.at(0).reason, why);
        QCOMPARE(edits.at(0).author, osUserName());
        QVERIFY(!edits.at(0).score); // no dimension scores: the jury's score stands

        review(u"1"_qs, Qt::Key_F, u"the answer misses the point"_qs);
        review(u"3"_qs, Qt::Key_F, u"agreed"_qs);
        QCOMPARE(successOf(*opened.store, m_run, kModel0), 20.0 / 30); // +1 − 1
        // The agreement is read again after each verdict: the one after the third.
        QTRY_VERIFY_WITH_TIMEOUT(page.agreement()->rowCount() == 2 && page.agreement()->item(0).value(1).toString() == u"3"_qs, 10000);
        const QList<QVariant> jury = page.agreement()->item(0); // the jury, then its one judge (the scorer)
        QCOMPARE(page.agreement()->item(1).mid(1), jury.mid(1)); // the scorer is the jury's only judge
        QCOMPARE(jury.value(2).toString(), QLocale().toString(100.0 / 3, 'f', 1) + u'%');
        QCOMPARE(jury.value(3).toString(), QLocale().toString(-0.5, 'f', 3));
        QCOMPARE(jury.value(4).toString(), u"0"_qs); // both pass
        QCOMPARE(jury.value(5).toString(), u"1"_qs); // judge pass, people fail
        QCOMPARE(jury.value(6).toString(), u"1"_qs); // judge fail, people pass
        QCOMPARE(jury.value(7).toString(), u"1"_qs); // both fail
        QVERIFY2(page.health()->text().contains(u"include 3 override"_qs), qPrintable(page.health()->text()));

        // K back to scenario 0 (the row before 1's), W withdraws: the jury's fail counts again.
        const int zero = rowOf(queue, u"0"_qs, model0);
        page.queueView()->setFocus();
        page.queueView()->selectRow(zero + 1);
        QTest::keyClick(page.queueView(), Qt::Key_K);
        QCOMPARE(page.queueView()->currentIndex().row(), zero);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toLongLong() == first.id, 5000);
        QSignalSpy withdrawn(page.verdictBar(), &VerdictBar::saved);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QPushButton *>(u"overrideWithdraw"_qs)->isEnabled(), 5000);
        QTest::keyClick(page.queueView(), Qt::Key_W);
        QVERIFY(withdrawn.wait(10000));
        QCOMPARE(withdrawn.last().at(1).value<std::optional<bool>>(), std::nullopt);
        QCOMPARE(queue->index(zero, ReviewQueueModel::DecidedColumn).data().toString(), u"withdrawn"_qs);
        QCOMPARE(successOf(*opened.store, m_run, kModel0), 19.0 / 30);
        QCOMPARE(OverrideReader(*opened.store).overrideHistory(first.id).size(), 2); // the history keeps both
        QCOMPARE(page.queueView()->currentIndex().row(), zero + 1); // a withdrawal moves on too
        // N moves on; a reason-less verdict is refused, with the reader's words, and nothing stored.
        QTest::keyClick(page.queueView(), Qt::Key_N);
        QCOMPARE(page.queueView()->currentIndex().row(), zero + 2);
        QTest::keyClick(page.queueView(), Qt::Key_P);
        QSignalSpy refused(page.verdictBar(), &VerdictBar::refused);
        QTest::keyClick(page.verdictBar()->reason(), Qt::Key_Return);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(page.verdictBar()->state()->text().contains(u"say why"_qs), qPrintable(page.verdictBar()->state()->text()));
        QCOMPARE(OverrideReader(*opened.store).overrideCount(m_run), 2); // scenarios 1 and 3; 0 withdrawn
    }

    // In the Runs page's drill-down, a failed item of model-0 is passed with the verdict bar: the
    // leaderboard reads 21 of 30 (70.0%), the health line counts the override, the list marks the
    // item, and Jury only shows the jury's 20 of 30 (66.7%) again.
    void theDrillDownOverrulesAndTheLeaderboardFollows()
    {
        const Store::Opened opened = Store::open(m_db);
        RunsPage page;
        page.resize(1400, 900);
        page.show();
        QSignalSpy board(&page, &RunsPage::leaderboardLoaded);
        DrillDownPanel *drill = page.drillDown();
        QSignalSpy listed(drill, &DrillDownPanel::listed);
        page.setStore(opened.store);
        page.showLeaderboard(m_run);
        QVERIFY(board.wait(10000));
        const auto success = [&page](const QString &label) {
            for (const LeaderboardRow &r : page.leaderboard()->items())
                if (r.label == label)
                    return r.successRate;
            return -1.0;
        };
        QCOMPARE(success(kModel0), 20.0 / 30);
        InvocationFilter f;
        for (const VariantInfo &v : RunsReader(*opened.store).variantInfo(m_run, false))
            if (v.label == kModel0)
                f.variantId = v.id;
        f.verdict = InvocationFilter::Verdict::Failed;
        listed.clear();
        page.showInvocations(f);
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && listed.last().at(0).toLongLong() == 10, 10000);
        VerdictBar *bar = drill->verdictBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->findChild<QPushButton *>(u"overridePass"_qs)->isEnabled(), 5000);
        QTest::mouseClick(bar->findChild<QPushButton *>(u"overridePass"_qs), Qt::LeftButton);
        QTest::keyClicks(bar->reason(), u"close enough"_qs);
        board.clear();
        QTest::mouseClick(bar->findChild<QPushButton *>(u"overrideSave"_qs), Qt::LeftButton);
        QVERIFY(board.wait(10000));
        QCOMPARE(success(kModel0), 21.0 / 30);
        bool shows70 = false;
        for (int r = 0; r < page.leaderboard()->rowCount(); ++r)
            shows70 |= page.leaderboard()->index(r, LeaderboardModel::SuccessColumn).data().toString().startsWith(
                QLocale().toString(70.0, 'f', 1) + u'%');
        QVERIFY(shows70);
        const QLabel *health = page.findChild<QLabel *>(u"runHealth"_qs);
        QVERIFY2(health->text().contains(u"include 1 override"_qs), qPrintable(health->text()));
        // The failed list no longer holds it (it passes now); the reviewed filter lists it, marked.
        QTRY_VERIFY_WITH_TIMEOUT(drill->model()->rowCount() == 9, 10000);
        InvocationFilter reviewed = f;
        reviewed.verdict = InvocationFilter::Verdict::Any;
        reviewed.overriddenOnly = true;
        listed.clear();
        page.showInvocations(reviewed);
        QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && drill->model()->rowCount() == 1, 10000);
        QCOMPARE(InvocationTableModel::verdictText(drill->model()->item(0)), u"passed (override; jury: failed)"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(drill->detail()->toPlainText().contains(u"close enough"_qs), 5000); // its Reviews section

        board.clear();
        page.juryOnly()->setChecked(true);
        QVERIFY(board.wait(10000));
        QCOMPARE(success(kModel0), 20.0 / 30);
        board.clear();
        page.juryOnly()->setChecked(false);
        QVERIFY(board.wait(10000));
        QCOMPARE(success(kModel0), 21.0 / 30);
    }
};

QTEST_MAIN(TstReviewPage)
#include "tst_reviewpage.moc"
