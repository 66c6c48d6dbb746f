#include "domain/textsource.h"

#include <QTest>

using namespace Quorum;

class TstTextSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanFile()
    {
        Diagnostics d;
        const TextSource s = TextSource::fromBytes(u"f"_qs, "a\nb\n", d);
        QVERIFY(s.isUsable());
        QCOMPARE(s.lines(), QStringList({u"a"_qs, u"b"_qs}));
        QCOMPARE(d.items().size(), 0);
    }
    void crlfIsNormalisedAndWarnedOnce()
    {
        Diagnostics d;
        const TextSource s = TextSource::fromBytes(u"f"_qs, "a\r\nb\r\n", d);
        QCOMPARE(s.lines(), QStringList({u"a"_qs, u"b"_qs}));
        QCOMPARE(d.warningCount(), 1);
        QCOMPARE(d.items().first().line, 1);
    }
    void bomIsStrippedWithWarning()
    {
        Diagnostics d;
        const TextSource s = TextSource::fromBytes(u"f"_qs, "\xEF\xBB\xBFhello\n", d);
        QCOMPARE(s.lines().first(), u"hello"_qs);
        QCOMPARE(d.warningCount(), 1);
        QVERIFY(!d.hasErrors());
    }
    void missingFinalNewlineIsAWarning()
    {
        Diagnostics d;
        const TextSource s = TextSource::fromBytes(u"f"_qs, "a\nlast", d);
        QVERIFY(s.isUsable());
        QCOMPARE(d.warningCount(), 1);
        QCOMPARE(d.items().first().line, 2);
    }
    void invalidUtf8IsAnErrorOnItsLine()
    {
        Diagnostics d;
        const TextSource s = TextSource::fromBytes(u"f"_qs, "ok\nbad \xC3\x28 here\nok\n", d);
        QVERIFY(!s.isUsable());
        QCOMPARE(d.errorCount(), 1);
        QCOMPARE(d.items().first().line, 2);
    }
    void utf8SplitNowhereStaysIntact()
    {
        Diagnostics d;
        const TextSource s = TextSource::fromBytes(u"f"_qs, QString(u"réunion à jeudi\n"_qs).toUtf8(), d);
        QCOMPARE(s.lines().first(), u"réunion à jeudi"_qs);
        QVERIFY(!d.hasErrors());
    }
    void binaryAndUtf16AreRefused()
    {
        Diagnostics d;
        QVERIFY(!TextSource::fromBytes(u"f"_qs, QByteArray("a\nb\0c", 5), d).isUsable());
        QCOMPARE(d.items().last().line, 2);
        QVERIFY(!TextSource::fromBytes(u"f"_qs, "\xFF\xFEh\0i\0", d).isUsable());
    }
    void unreadableFile()
    {
        Diagnostics d;
        QVERIFY(!TextSource::fromFile(u"/nonexistent/file.jsonl"_qs, d).isUsable());
        QVERIFY(d.hasErrors());
        QVERIFY(d.items().first().toString().startsWith(u"/nonexistent/file.jsonl: error: cannot read"_qs));
    }
};

QTEST_GUILESS_MAIN(TstTextSource)
#include "tst_textsource.moc"
