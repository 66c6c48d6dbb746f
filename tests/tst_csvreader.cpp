#include "config/csvreader.h"

#include <QTest>

using namespace Quorum;

namespace {
CsvTable read(const QByteArray &bytes, Diagnostics &d)
{
    return readCsv(TextSource::fromBytes(u"t.csv"_qs, bytes, d), d);
}
} // namespace

class TstCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsSpanLinesAndEscapeQuotes()
    {
        Diagnostics d;
        const CsvTable t = read("a,b\n\"one\ntwo\",\"say \"\"hi\"\"\"\nx,\"y, z\"\n", d);
        QVERIFY(!d.hasErrors());
        QCOMPARE(t.header.fields, QStringList({u"a"_qs, u"b"_qs}));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).fields.at(0), u"one\ntwo"_qs);
        QCOMPARE(t.rows.at(0).fields.at(1), u"say \"hi\""_qs);
        QCOMPARE(t.rows.at(0).line, 2);
        QCOMPARE(t.rows.at(0).fieldLines.at(1), 3);
        QCOMPARE(t.rows.at(1).line, 4);
        QCOMPARE(t.rows.at(1).fields.at(1), u"y, z"_qs);
    }
    void emptyFieldsAndTrailingComma()
    {
        Diagnostics d;
        const CsvTable t = read("a,b,c\n1,,\n", d);
        QVERIFY(!d.hasErrors());
        QCOMPARE(t.rows.first().fields, QStringList({u"1"_qs, QString(), QString()}));
    }
    void wrongFieldCountIsReportedAndDropped()
    {
        Diagnostics d;
        const CsvTable t = read("a,b\n1,2\n3\n4,5\n", d);
        QCOMPARE(d.errorCount(), 1);
        QCOMPARE(d.items().first().line, 3);
        QCOMPARE(t.rows.size(), 2);
    }
    void unterminatedQuoteNamesTheOpeningLine()
    {
        Diagnostics d;
        read("a,b\n1,2\n\"open,3\n4,5\n", d);
        QCOMPARE(d.errorCount(), 1);
        QCOMPARE(d.items().first().line, 3);
    }
    void textAfterClosingQuote()
    {
        Diagnostics d;
        read("a,b\n\"x\"y,2\n", d);
        QCOMPARE(d.errorCount(), 1);
        QCOMPARE(d.items().first().line, 2);
    }
    void columnLookupIsCaseInsensitive()
    {
        Diagnostics d;
        const CsvTable t = read("Text_Prompt , Golden_Answer\n", d);
        QCOMPARE(t.columnIndex({u"golden_answer"_qs}), 1);
        QCOMPARE(t.columnIndex({u"missing"_qs, u"text_prompt"_qs}), 0);
        QCOMPARE(t.columnIndex({u"nothing"_qs}), -1);
    }
};

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csvreader.moc"
