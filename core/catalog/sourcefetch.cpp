#include "sourcefetch.h"

#include "../providers/clientidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QCoroNetworkReply>
#include <QCoroSignal>
#include <QCoroTimer>

#include <memory>

namespace Quorum::SourceFetch {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("CatalogRefresh", text); }
} // namespace

QCoro::Task<> Throttle::wait()
{
    if (m_clock.isValid()) {
        const qint64 left = m_intervalMs - m_clock.elapsed();
        if (left > 0)
            co_await QCoro::sleepFor(std::chrono::milliseconds(left));
    }
    m_clock.start();
}

QCoro::Task<Fetched> fetch(QNetworkAccessManager *network, QNetworkRequest request, Throttle &throttle, const RefreshOptions &options,
                           RefreshReport &report, QRandomGenerator &rng, const std::function<bool()> &beforeEach)
{
    request.setTransferTimeout(options.timeoutMs);
    ClientIdentity::identify(request);
    QElapsedTimer clock;
    clock.start();
    Fetched out;
    for (int attempt = 1;; ++attempt) {
        if (beforeEach && !beforeEach()) {
            out.error = report.fatal;
            co_return out;
        }
        co_await throttle.wait();
        ++report.requests;
        std::unique_ptr<QNetworkReply> reply(network->get(request));
        co_await qCoro(reply.get(), &QNetworkReply::finished);
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.link = reply->rawHeader("Link");
        if (out.ok())
            co_return out;
        CallError error;
        error.httpStatus = out.status;
        if (out.status == 0) {
            error.errorClass = ErrorClass::Network;
            error.retryable = true;
            out.error = reply->errorString();
        } else {
            error.errorClass = out.status == 429 ? ErrorClass::Throttled : ErrorClass::Server;
            error.retryable = out.status == 429 || out.status == 408 || out.status >= 500;
            error.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"), reply->rawHeader("retry-after-ms"),
                                              QDateTime::currentDateTimeUtc());
            out.error = tr("HTTP %1").arg(out.status);
            if (out.status == 401 || out.status == 403)
                out.error = tr("HTTP %1: the key was refused").arg(out.status);
            else if (out.status == 404)
                out.error = tr("HTTP 404: not found there");
        }
        if (out.status == 429)
            ++report.throttled;
        const auto delay = options.retry.nextDelay(attempt, error, double(clock.elapsed()), rng);
        if (!delay)
            co_return out;
        ++report.retries;
        co_await QCoro::sleepFor(std::chrono::milliseconds(qint64(*delay)));
    }
}

void DayBudget::load(const QDate &today)
{
    QFile file(path);
    const QJsonObject o = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    day = today;
    used = o.value(u"date").toString() == today.toString(Qt::ISODate) ? o.value(u"requests").toInt() : 0;
}

void DayBudget::spend()
{
    ++used;
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{u"date"_qs, day.toString(Qt::ISODate)}, {u"requests"_qs, used}}).toJson());
        file.commit();
    }
}

} // namespace Quorum::SourceFetch
