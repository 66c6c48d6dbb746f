#include "jury/jsonschema.h"
#include "jury/scorers.h"

#include <QJsonDocument>
#include <QTest>

using namespace Quorum;

namespace {
Scenario scenario(const QString &golden)
{
    Scenario s;
    s.goldenAnswer = golden;
    return s;
}
} // namespace

class TstScorers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scorers_data()
    {
        QTest::addColumn<QString>("scorer");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("passed");
        QTest::newRow("exact ignores case and spacing") << u"exact"_qs << u"Paris"_qs << u"  paris \n"_qs << true;
        QTest::newRow("exact differs") << u"exact"_qs << u"Paris"_qs << u"Paris, France"_qs << false;
        QTest::newRow("contains") << u"contains"_qs << u"Paris"_qs << u"It is Paris, of course."_qs << true;
        QTest::newRow("contains empty golden") << u"contains"_qs << u""_qs << u"anything"_qs << false;
        QTest::newRow("regex") << u"regex"_qs << u"^select\\b.*limit 5;?$"_qs << u"SELECT * FROM t LIMIT 5;"_qs << true;
        QTest::newRow("regex invalid") << u"regex"_qs << u"(unclosed"_qs << u"x"_qs << false;
        QTest::newRow("mc letter") << u"multiple_choice"_qs << u"B"_qs << u"B) Go home"_qs << true;
        QTest::newRow("mc sentence") << u"multiple_choice"_qs << u"C"_qs << u"The answer is (C) because…"_qs << true;
        QTest::newRow("mc wrong") << u"multiple_choice"_qs << u"C"_qs << u"Answer: A"_qs << false;
        QTest::newRow("mc none") << u"multiple_choice"_qs << u"C"_qs << u"I think she would leave."_qs << false;
        QTest::newRow("gsm8k final number") << u"final_number"_qs << u"#### 155"_qs << u"14:10 to 16:45 is 2 h 35 min, so 155 minutes."_qs << true;
        QTest::newRow("final number commas") << u"final_number"_qs << u"1,299"_qs << u"It costs $1,299."_qs << true;
        QTest::newRow("final number wrong") << u"final_number"_qs << u"155"_qs << u"It is 150 minutes, not 155, it's 150"_qs << false;
        QTest::newRow("json fenced") << u"valid_json"_qs << u""_qs << u"```json\n{\"a\": 1}\n```"_qs << true;
        QTest::newRow("json keys") << u"valid_json"_qs << u"{\"name\": \"\", \"ceo\": \"\"}"_qs << u"{\"name\": \"Q\", \"ceo\": \"S\"}"_qs << true;
        QTest::newRow("json missing key") << u"valid_json"_qs << u"{\"name\": \"\", \"ceo\": \"\"}"_qs << u"{\"name\": \"Q\"}"_qs << false;
        QTest::newRow("json none") << u"valid_json"_qs << u""_qs << u"not json"_qs << false;
        const QString schema = uR"({"type": "object", "required": ["name", "tags"], "additionalProperties": false,
            "properties": {"name": {"type": "string", "minLength": 1}, "age": {"type": "integer", "minimum": 0},
                           "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "maxItems": 2}}})"_qs;
        QTest::newRow("schema ok") << u"valid_json"_qs << schema << uR"({"name": "Q", "age": 3, "tags": ["a"]})"_qs << true;
        QTest::newRow("schema type") << u"valid_json"_qs << schema << uR"({"name": "Q", "age": 3.5, "tags": []})"_qs << false;
        QTest::newRow("schema required") << u"valid_json"_qs << schema << uR"({"name": "Q"})"_qs << false;
        QTest::newRow("schema extra") << u"valid_json"_qs << schema << uR"({"name": "Q", "tags": [], "x": 1})"_qs << false;
        QTest::newRow("schema enum item") << u"valid_json"_qs << schema << uR"({"name": "Q", "tags": ["c"]})"_qs << false;
        QTest::newRow("schema min length") << u"valid_json"_qs << schema << uR"({"name": "", "tags": []})"_qs << false;
    }
    void scorers()
    {
        QFETCH(QString, scorer);
        QFETCH(QString, golden);
        QFETCH(QString, answer);
        QFETCH(bool, passed);
        const auto kind = scorerFromName(scorer);
        QVERIFY(kind);
        const ScorerResult r = runScorer(*kind, scenario(golden), answer);
        QCOMPARE(r.passed, passed);
        QCOMPARE(r.score, passed ? 1.0 : 0.0);
        QVERIFY(!r.detail.isEmpty());
    }
    // A violation says where and what, so an analyst sees why an answer failed.
    void schemaViolationsSayWhere()
    {
        const QJsonObject schema = QJsonDocument::fromJson(R"({"type": "object", "properties": {"items": {"type": "array",
            "items": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer", "maximum": 9}}}}}})").object();
        QCOMPARE(schemaViolation(QJsonDocument::fromJson(R"({"items": [{"id": 1}, {"id": 12}]})").object(), schema),
                 u"$.items[1].id: above the maximum 9"_qs);
        QCOMPARE(schemaViolation(QJsonDocument::fromJson(R"({"items": [{}]})").object(), schema), u"$.items[0]: \"id\" is missing"_qs);
        QCOMPARE(schemaViolation(QJsonDocument::fromJson(R"({"items": [{"id": 3}]})").object(), schema), QString());
        const QJsonObject oneOf = QJsonDocument::fromJson(R"({"oneOf": [{"type": "integer"}, {"minimum": 0}]})").object();
        QVERIFY(!schemaViolation(QJsonValue(5), oneOf).isEmpty());   // both match
        QVERIFY(schemaViolation(QJsonValue(-5), oneOf).isEmpty());   // only the first
    }

    void multipleChoiceUsesTheCorrectChoice()
    {
        Scenario s = scenario(u"C"_qs);
        s.choices = {u"a"_qs, u"b"_qs, u"c"_qs};
        s.correctChoice = u"C"_qs;
        QVERIFY(runScorer(ScorerKind::MultipleChoice, s, u"C"_qs).passed);
        QVERIFY(!scorerFromName(u"bleu"_qs));
        QCOMPARE(scorerNames().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TstScorers)
#include "tst_scorers.moc"
