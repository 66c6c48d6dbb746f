#include "wire/sigv4.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Quorum;

namespace {
const QString kSuite = QStringLiteral(QUORUM_FIXTURES) + u"/aws-sig-v4-test-suite"_qs;
const AwsCredentials kCredentials{u"AKIDEXAMPLE"_qs, u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_qs, {}};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The suite's .req files: request line, headers (a line starting with white space continues
// the previous value, joined with a comma), a blank line, the body.
SigV4Request parseRequest(const QByteArray &text)
{
    SigV4Request r;
    const qsizetype blank = text.indexOf("\n\n");
    const QByteArray head = blank < 0 ? text : text.left(blank);
    r.body = blank < 0 ? QByteArray() : text.mid(blank + 2);
    QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    r.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.left(q);
    r.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (const QByteArray &line : lines) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && !r.headers.isEmpty()) {
            r.headers.last().second += ',' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        r.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return r;
}
} // namespace

class TstSigV4 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awsSuite_data()
    {
        QTest::addColumn<QString>("dir");
        if (!QDir(kSuite).exists())
            QFAIL("the AWS SigV4 test suite is missing from tests/data");
        const QStringList dirs = {u"."_qs, u"normalize-path"_qs, u"post-sts-token"_qs};
        for (const QString &sub : dirs)
            for (const QString &name : QDir(kSuite + u'/' + sub).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                const QString dir = QDir(kSuite + u'/' + sub).filePath(name);
                if (QFile::exists(dir + u'/' + name + u".creq"))
                    QTest::newRow(qPrintable(sub + u'/' + name)) << dir;
            }
    }
    void awsSuite()
    {
        QFETCH(QString, dir);
        const QString name = QFileInfo(dir).fileName();
        const QString base = dir + u'/' + name;
        SigV4Request request = parseRequest(readFile(base + u".req"_qs));
        QByteArray signedHeaders;
        const QByteArray canonical = SigV4::canonicalRequest(request, &signedHeaders);
        QCOMPARE(canonical, readFile(base + u".creq"_qs));

        const QByteArray scope = "20150830/us-east-1/service/aws4_request";
        const QByteArray sts = SigV4::stringToSign("20150830T123600Z", scope, canonical);
        QCOMPARE(sts, readFile(base + u".sts"_qs));
        const QByteArray authorization = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" + scope + ", SignedHeaders=" + signedHeaders
            + ", Signature=" + SigV4::signature(kCredentials.secretAccessKey, "20150830", u"us-east-1"_qs, u"service"_qs, sts);
        QCOMPARE(authorization, readFile(base + u".authz"_qs));
    }
    // sign() adds the date header itself and gives the suite's Authorization.
    void signAddsTheDate()
    {
        if (!QDir(kSuite).exists())
            QFAIL("the AWS SigV4 test suite is missing from tests/data");
        SigV4Request request = parseRequest(readFile(kSuite + u"/get-vanilla/get-vanilla.req"_qs));
        request.headers.removeIf([](const auto &h) { return h.first.toLower() == "x-amz-date"; });
        const QByteArray authorization = SigV4::sign(request, kCredentials, u"us-east-1"_qs, u"service"_qs,
                                                     QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC));
        QCOMPARE(authorization, readFile(kSuite + u"/get-vanilla/get-vanilla.authz"_qs));
    }
    // Bedrock: a model id with ':' travels as %3A and is signed as %253A; service "bedrock".
    void bedrockModelIdIsEncodedTwice()
    {
        SigV4Request request{"POST", "/model/us.amazon.nova-2-lite-v1%3A0/converse-stream", {},
                             {{"Host", "bedrock-runtime.us-west-2.amazonaws.com"}, {"Content-Type", "application/json"}},
                             R"({"messages":[]})"};
        const QByteArray canonical = SigV4::canonicalRequest(request);
        QVERIFY(canonical.startsWith("POST\n/model/us.amazon.nova-2-lite-v1%253A0/converse-stream\n\n"));
        const QByteArray authorization = SigV4::sign(request, {u"AKID"_qs, u"SECRET"_qs, u"SESSION/TOKEN+="_qs},
                                                     u"us-west-2"_qs, u"bedrock"_qs, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKID/20260102/us-west-2/bedrock/aws4_request, "));
        QVERIFY(authorization.contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,"));
        QCOMPARE(request.headers.last().second, QByteArray("SESSION/TOKEN+="));
    }
    void uriEncoding()
    {
        QCOMPARE(SigV4::uriEncode("a-b_c.d~e f/g:h%"), QByteArray("a-b_c.d~e%20f%2Fg%3Ah%25"));
    }
};

QTEST_GUILESS_MAIN(TstSigV4)
#include "tst_sigv4.moc"
