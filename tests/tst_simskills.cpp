// The simulated models' skills: what kind of task a prompt is, how hard, how often a model of a
// given skill gets it right, the answers it works out, and how the simulated jury scores them.
// The prompts here are not the demo's: the rules are generic. Right answers are worked out by hand.
#include "simulator/answergenerator.h"
#include "simulator/simprofile.h"
#include "simulator/skills.h"
#include "simulator/taskanswers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Quorum::Sim;

namespace {
const QString kReasoning = u"A tank holds 500 litres. It loses 120 litres and receives 75 litres. How much water does it hold?"_qs;
const QString kLonger = u"A tank holds 500 litres. It loses 120 litres, receives 75 litres, loses 30 litres and receives 10 litres. "
                        "How much water does it hold?"_qs;
const QString kChoice = u"The ferry leaves the harbour at noon and reaches the island after two hours of sailing.\n"
                        "When does the ferry reach the island?\nA) At midnight\nB) After two hours of sailing\nC) Never\n"
                        "D) Before it leaves\nAnswer with the letter of the correct option."_qs;
const QString kReview = u"Classify the sentiment of this review as positive, negative or neutral: 'The lamp looked nice, but it "
                        "arrived broken and the seller was rude.'"_qs;
const QString kExtract = u"Extract the author, publisher and publication year from this text: 'Jane Porter wrote the novel, which "
                         "Harbor Books published in 2019.'"_qs;
const QString kSql = u"Given CREATE TABLE visits (visit_id INT, page_id INT, seconds INT), write a SQL query returning the "
                     "total seconds per page."_qs;
const QString kTranslate = u"Translate into French: 'Thank you for your patience.'"_qs;
const QString kSummary = u"Summarize the following text: 'The bridge closes on Monday for repairs. Buses will take a detour. "
                         "It reopens in May.'"_qs;

// The numbers a verdict gave, averaged over its dimensions.
double meanScore(const SimReply &reply)
{
    const QJsonObject verdict = QJsonDocument::fromJson(reply.chunks.join(QString()).toUtf8()).object();
    double sum = 0;
    for (const QJsonValue &v : verdict)
        sum += v.toObject().value(u"score").toDouble();
    return verdict.isEmpty() ? -1 : sum / double(verdict.size());
}

SimReply judged(const QString &task, const QString &answer, const QString &golden, QRandomGenerator &rng)
{
    SimCall call;
    call.model = u"judge-test"_qs;
    call.prompt = u"<prompt>"_qs + task + u"</prompt>\n<answer>"_qs + answer + u"</answer>\n<golden_answer>"_qs + golden
                  + u"</golden_answer>\nReply with {\"correctness\": {\"score\": <1-5>, \"rationale\": \"…\"}}"_qs;
    return generateReply(call, SimProfile{}, rng);
}
} // namespace

class TstSimSkills final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promptsAreReadForTheirKind()
    {
        QCOMPARE(taskOf(kReasoning), TaskKind::Reasoning);
        QCOMPARE(taskOf(kChoice), TaskKind::MultipleChoice);
        QCOMPARE(taskOf(kReview), TaskKind::Classification);
        QCOMPARE(taskOf(kExtract), TaskKind::Extraction);
        QCOMPARE(taskOf(kSql), TaskKind::TextToSql);
        QCOMPARE(taskOf(kTranslate), TaskKind::Translation);
        QCOMPARE(taskOf(kSummary), TaskKind::Summarization);
        QCOMPARE(taskOf(u"Write a haiku about autumn."_qs), TaskKind::General);
        QCOMPARE(taskKindName(TaskKind::TextToSql), u"text-to-sql"_qs);
        QCOMPARE(taskKindName(TaskKind::MultipleChoice), u"multiple_choice"_qs); // as scenario files spell it
    }

    void moreWorkIsHarder()
    {
        QVERIFY(difficultyOf(kLonger, TaskKind::Reasoning) > difficultyOf(kReasoning, TaskKind::Reasoning));
        QVERIFY(difficultyOf(kReview, TaskKind::Classification)
                > difficultyOf(u"Classify the sentiment of this review as positive or negative: 'I love it.'"_qs, TaskKind::Classification));
        for (const QString &p : {kReasoning, kLonger, kChoice, kReview, kExtract, kSql, kTranslate, kSummary}) {
            const double d = difficultyOf(p, taskOf(p));
            QVERIFY2(d >= 0 && d <= 1, qPrintable(p));
        }
        // Skill against difficulty: even odds where they meet (at a cool temperature), and a
        // skilled model almost always right where a weak one almost never is.
        QCOMPARE(successChance(0.5, 0.5, 0.3), 0.5);
        QVERIFY(successChance(0.95, 0.3, 0.3) > 0.99);
        QVERIFY(successChance(0.2, 0.7, 0.3) < 0.02);
        QVERIFY(successChance(0.6, 0.5, 1.2) < successChance(0.6, 0.5, 0.5)); // a hotter temperature costs a little
        QVERIFY(successChance(0.6, 0.5, 0.5) > successChance(0.5, 0.5, 0.5));
    }

    void aSkilledModelWorksItOut()
    {
        QRandomGenerator rng(1);
        // 500 − 120 + 75, by hand.
        const QString sum = taskAnswer(TaskKind::Reasoning, kReasoning, 1.0, rng);
        QVERIFY2(sum.endsWith(u"The answer is 455."_qs), qPrintable(sum));
        QVERIFY2(taskAnswer(TaskKind::Reasoning, kLonger, 1.0, rng).endsWith(u"The answer is 435."_qs), "500 − 120 + 75 − 30 + 10");
        QVERIFY(taskAnswer(TaskKind::Reasoning, u"A crate holds 6 boxes of 24 pens. How many pens?"_qs, 1.0, rng)
                    .endsWith(u"The answer is 144."_qs));
        QCOMPARE(taskAnswer(TaskKind::MultipleChoice, kChoice, 1.0, rng).left(2), u"B)"_qs);
        QCOMPARE(taskAnswer(TaskKind::Classification, kReview, 1.0, rng), u"negative"_qs); // what follows "but" decides
        QCOMPARE(taskAnswer(TaskKind::Extraction, kExtract, 1.0, rng),
                 u"Author: Jane Porter\nPublisher: Harbor Books\nPublication year: 2019"_qs);
        QCOMPARE(taskAnswer(TaskKind::TextToSql, kSql, 1.0, rng),
                 u"SELECT page_id, SUM(seconds) AS total FROM visits GROUP BY page_id;"_qs);
        QCOMPARE(taskAnswer(TaskKind::Translation, kTranslate, 1.0, rng), u"Merci vous pour votre patience."_qs);
        QCOMPARE(taskAnswer(TaskKind::Summarization, kSummary, 1.0, rng), u"The bridge closes on Monday for repairs. Buses will take a detour. It reopens in May."_qs);
        QCOMPARE(taskAnswer(TaskKind::General, u"Write a haiku."_qs, 1.0, rng), QString()); // nothing of its kind to work on
    }

    void aModelOutOfItsDepthSlips()
    {
        QRandomGenerator rng(2);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(!taskAnswer(TaskKind::Reasoning, kReasoning, 0.0, rng).endsWith(u"The answer is 455."_qs));
            QVERIFY(!taskAnswer(TaskKind::MultipleChoice, kChoice, 0.0, rng).startsWith(u"B)"_qs));
            QVERIFY(taskAnswer(TaskKind::Classification, kReview, 0.0, rng) != u"negative"_qs);
            QVERIFY(taskAnswer(TaskKind::TextToSql, kSql, 0.0, rng) != u"SELECT page_id, SUM(seconds) AS total FROM visits GROUP BY page_id;"_qs);
            QVERIFY(taskAnswer(TaskKind::Extraction, kExtract, 0.0, rng).contains(u"not found"_qs));
        }
        QCOMPARE(taskAnswer(TaskKind::Translation, kTranslate, 0.0, rng), u"Thank you for your patience."_qs); // left in English
        QCOMPARE(taskAnswer(TaskKind::Summarization, kSummary, 0.0, rng), u"The bridge closes on Monday for repairs."_qs);
    }

    // The simulated jury scores as the task's kind asks: one right number, fields right or wrong.
    void theJuryFollowsTheAnswersQuality()
    {
        QRandomGenerator rng(3);
        double right = 0, wrong = 0, half = 0;
        for (int i = 0; i < 30; ++i) {
            right += meanScore(judged(kReasoning, u"… 500 − 120 = 380. 380 + 75 = 455. The answer is 455."_qs, u"455"_qs, rng)) / 30;
            wrong += meanScore(judged(kReasoning, u"… 500 − 120 = 380. The answer is 380."_qs, u"455"_qs, rng)) / 30;
            half += meanScore(judged(kExtract, u"Author: Jane Porter\nPublisher: not found\nPublication year: not found"_qs,
                                     u"Author: Jane Porter\nPublisher: Harbor Books\nPublication year: 2019"_qs, rng)) / 30;
        }
        QVERIFY2(right > 4.5, qPrintable(QString::number(right)));
        QVERIFY2(wrong < 1.5, qPrintable(QString::number(wrong)));
        QVERIFY2(half > 1.8 && half < 3.5, qPrintable(QString::number(half)));
    }

    void profilesCarrySkills()
    {
        QString error;
        const auto bad = SimProfile::fromJson(QJsonDocument::fromJson(R"({"skills": {"m": {"reasoning": 1.5}}})").object(), &error);
        QVERIFY(!bad);
        QVERIFY2(error.contains(u"\"reasoning\" must be a number from 0 to 1"_qs), qPrintable(error));
        const SimProfile &builtin = builtinProfile();
        for (const char *model : {"flash-mini", "sage-pro", "oracle-max"})
            QVERIFY2(builtin.skills.contains(QLatin1String(model)), model);
        QVERIFY(builtin.skills.value(u"oracle-max"_qs).skillFor(TaskKind::Reasoning)
                > builtin.skills.value(u"flash-mini"_qs).skillFor(TaskKind::Reasoning));
        SimCall eu;
        eu.model = u"flash-mini"_qs;
        eu.region = u"eu-west-1"_qs;
        QVERIFY(builtin.throttlingFor(eu));
        SimCall us = eu;
        us.region = u"us-east-1"_qs;
        QVERIFY(!builtin.throttlingFor(us));
        QVERIFY(builtin.latencyFor(eu).ttftMean > builtin.latencyFor(us).ttftMean);
        SimCall priority;
        priority.model = u"sage-pro"_qs;
        SimCall standard = priority;
        priority.tier = u"priority"_qs;
        QVERIFY(builtin.latencyFor(priority).ttftMean < builtin.latencyFor(standard).ttftMean);
    }
};

QTEST_GUILESS_MAIN(TstSimSkills)
#include "tst_simskills.moc"
