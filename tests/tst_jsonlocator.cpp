#include "config/jsonlocator.h"

#include <QTest>

using namespace Quorum;

class TstJsonLocator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsLinesOfNestedValues()
    {
        const QString text = uR"({
  "name": "x",
  "models": [
    {"model_id": "a",
     "region": "us-east-1"},
    {
      "model_id": "b"
    }
  ],
  "settings": {"parallel": 4,
    "flag": true}
})"_qs;
        const JsonLocator locator(text);
        QCOMPARE(locator.lineOf(u"name"_qs), 2);
        QCOMPARE(locator.lineOf(u"models"_qs), 3);
        QCOMPARE(locator.lineOf(u"models[0]"_qs), 4);
        QCOMPARE(locator.lineOf(u"models[0].region"_qs), 5);
        QCOMPARE(locator.lineOf(u"models[1]"_qs), 6);
        QCOMPARE(locator.lineOf(u"models[1].model_id"_qs), 7);
        QCOMPARE(locator.lineOf(u"settings.flag"_qs), 11);
        // A path that does not exist falls back to its nearest existing parent.
        QCOMPARE(locator.lineOf(u"models[1].region"_qs), 6);
        QCOMPARE(locator.lineOf(u"nothing"_qs), 1);
    }
    void stringsWithBracketsAndEscapes()
    {
        const QString text = u"{\"a\": \"[{,\\\"}]\",\n\"b\": [1,\n2]}"_qs;
        const JsonLocator locator(text);
        QCOMPARE(locator.lineOf(u"a"_qs), 1);
        QCOMPARE(locator.lineOf(u"b[1]"_qs), 3);
    }
    void lineAtByteOffset()
    {
        QCOMPARE(JsonLocator::lineAtOffset("ab\ncd\nef", 4), 2);
        QCOMPARE(JsonLocator::lineAtOffset("ab\ncd\nef", 999), 3);
        QCOMPARE(JsonLocator::lineAtOffset("ab", -5), 1);
    }
};

QTEST_GUILESS_MAIN(TstJsonLocator)
#include "tst_jsonlocator.moc"
