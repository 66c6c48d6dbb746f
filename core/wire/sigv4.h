#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Quorum {

struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;   // temporary credentials only
    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

// What AWS Signature Version 4 signs: the request as it goes on the wire.
struct SigV4Request
{
    QByteArray method;
    QByteArray path;        // as sent, percent-encoded (a Bedrock model id's ':' is "%3A")
    QByteArray query;       // without the '?'
    QList<std::pair<QByteArray, QByteArray>> headers; // in order; repeated names allowed
    QByteArray body;
};

// AWS Signature Version 4 (the published algorithm; checked against AWS's test suite).
namespace SigV4 {

// "GET\n/\nquery\nheaders\n\nsigned;headers\npayload-hash"; sets the signed header list.
QByteArray canonicalRequest(const SigV4Request &request, QByteArray *signedHeaders = nullptr);
QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope, const QByteArray &canonicalRequest);
QByteArray signature(const QString &secretAccessKey, const QByteArray &date, const QString &region,
                     const QString &service, const QByteArray &stringToSign);

// Adds X-Amz-Date (and X-Amz-Security-Token for temporary credentials) to the request's
// headers and returns the Authorization header value for it.
QByteArray sign(SigV4Request &request, const AwsCredentials &credentials, const QString &region,
                const QString &service, const QDateTime &nowUtc);

// RFC 3986 percent-encoding of every byte but the unreserved A–Z a–z 0–9 - . _ ~
QByteArray uriEncode(QByteArrayView bytes);

} // namespace SigV4
} // namespace Quorum
