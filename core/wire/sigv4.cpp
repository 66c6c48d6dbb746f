#include "sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace Quorum::SigV4 {

namespace {
QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Removes "." and ".." segments and empty segments; keeps a trailing slash.
QList<QByteArray> normalizedSegments(const QByteArray &path, bool *trailingSlash)
{
    QList<QByteArray> out;
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(part);
    }
    *trailingSlash = path.endsWith('/') && !out.isEmpty();
    return out;
}

QByteArray canonicalUri(const QByteArray &path)
{
    bool trailingSlash = false;
    const QList<QByteArray> segments = normalizedSegments(path.isEmpty() ? QByteArray("/") : path, &trailingSlash);
    QByteArray uri;
    for (const QByteArray &segment : segments)
        uri += '/' + uriEncode(segment); // the wire form is encoded again: "%3A" becomes "%253A"
    if (uri.isEmpty() || trailingSlash)
        uri += '/';
    return uri;
}

QByteArray canonicalQuery(const QByteArray &query)
{
    QList<std::pair<QByteArray, QByteArray>> params;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(part.mid(eq + 1));
        params.append({uriEncode(key), uriEncode(value)});
    }
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += key + '=' + value;
    }
    return out;
}

QByteArray collapseSpaces(const QByteArray &value)
{
    return value.simplified(); // trims and turns every run of white space into one space
}
} // namespace

QByteArray uriEncode(QByteArrayView bytes)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_' || u == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 0xF];
        }
    }
    return out;
}

QByteArray canonicalRequest(const SigV4Request &request, QByteArray *signedHeaders)
{
    // Lower-case names, sorted; repeated names joined by commas in the order they came.
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower().trimmed();
        const QByteArray clean = collapseSpaces(value);
        auto it = std::find_if(headers.begin(), headers.end(), [&](const auto &h) { return h.first == lower; });
        if (it != headers.end())
            it->second += ',' + clean;
        else
            headers.append({lower, clean});
    }
    std::stable_sort(headers.begin(), headers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders, names;
    for (const auto &[name, value] : headers) {
        canonicalHeaders += name + ':' + value + '\n';
        names += (names.isEmpty() ? "" : ";") + name;
    }
    if (signedHeaders)
        *signedHeaders = names;
    return request.method + '\n' + canonicalUri(request.path) + '\n' + canonicalQuery(request.query) + '\n'
           + canonicalHeaders + '\n' + names + '\n' + sha256Hex(request.body);
}

QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope, const QByteArray &canonical)
{
    return "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(canonical);
}

QByteArray signature(const QString &secretAccessKey, const QByteArray &date, const QString &region,
                     const QString &service, const QByteArray &stringToSign)
{
    QByteArray key = hmac("AWS4" + secretAccessKey.toUtf8(), date);
    key = hmac(key, region.toUtf8());
    key = hmac(key, service.toUtf8());
    key = hmac(key, "aws4_request");
    return hmac(key, stringToSign).toHex();
}

QByteArray sign(SigV4Request &request, const AwsCredentials &credentials, const QString &region,
                const QString &service, const QDateTime &nowUtc)
{
    const QByteArray amzDate = nowUtc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'").toLatin1();
    const QByteArray date = amzDate.left(8);
    request.headers.append({"X-Amz-Date", amzDate});
    if (!credentials.sessionToken.isEmpty())
        request.headers.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
    QByteArray signedHeaders;
    const QByteArray canonical = canonicalRequest(request, &signedHeaders);
    const QByteArray scope = date + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    const QByteArray sig = signature(credentials.secretAccessKey, date, region, service, stringToSign(amzDate, scope, canonical));
    return "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/' + scope + ", SignedHeaders="
           + signedHeaders + ", Signature=" + sig;
}

} // namespace Quorum::SigV4
