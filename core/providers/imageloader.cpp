#include "imageloader.h"

#include "clientidentity.h"

#include <QCoroSignal>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace Quorum {

namespace {
constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024; // what the providers accept at most

LoadedImage fromBytes(const QByteArray &bytes, const QString &what)
{
    const QString mime = imageMimeType(bytes);
    if (mime.isEmpty())
        return {std::nullopt, QStringLiteral("%1 is not a PNG, JPEG, GIF or WebP image").arg(what)};
    if (bytes.size() > kMaxImageBytes)
        return {std::nullopt, QStringLiteral("%1 is larger than 20 MB").arg(what)};
    return {ChatImage{bytes, mime}, {}};
}
} // namespace

QCoro::Task<LoadedImage> loadImage(QString reference, QNetworkAccessManager *network, int timeoutMs)
{
    if (reference.startsWith(u"data:")) {
        const qsizetype comma = reference.indexOf(u',');
        if (comma < 0 || !reference.left(comma).endsWith(u";base64"))
            co_return LoadedImage{std::nullopt, QStringLiteral("the image data URL is not base64")};
        co_return fromBytes(QByteArray::fromBase64(reference.mid(comma + 1).toLatin1()), QStringLiteral("the image data URL"));
    }
    const QUrl url(reference);
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        ClientIdentity::identify(request);
        std::unique_ptr<QNetworkReply> reply(network->get(request));
        if (!reply->isFinished())
            co_await qCoro(reply.get(), &QNetworkReply::finished);
        if (reply->error() != QNetworkReply::NoError)
            co_return LoadedImage{std::nullopt, QStringLiteral("cannot fetch %1: %2").arg(reference, reply->errorString()),
                                  ErrorClass::Network};
        co_return fromBytes(reply->read(kMaxImageBytes + 1), reference);
    }
    QFile file(url.isLocalFile() ? url.toLocalFile() : reference);
    if (!file.open(QIODevice::ReadOnly))
        co_return LoadedImage{std::nullopt, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString())};
    co_return fromBytes(file.read(kMaxImageBytes + 1), file.fileName());
}

} // namespace Quorum
