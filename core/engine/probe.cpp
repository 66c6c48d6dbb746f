#include "probe.h"
#include "localsimulator.h"

#include "../providers/providerfactory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

#include <map>

namespace Quorum {

namespace {
const char *const kOutcomes[] = {"accepted", "served_other", "rejected", "unknown"};

// The distinct model × region pairs of the profiles, in a stable order, tier left at default.
QList<ModelVariant> modelsByRegion(const QList<ModelVariant> &models)
{
    std::map<std::pair<QString, QString>, ModelVariant> distinct;
    for (ModelVariant m : models) {
        m.tier = ServiceTier::Default;
        distinct.emplace(std::pair{m.modelId, m.region}, m);
    }
    QList<ModelVariant> out;
    for (const auto &[key, m] : distinct)
        out << m;
    return out;
}
} // namespace

QString outcomeName(TierProbe::Outcome outcome)
{
    return QString::fromLatin1(kOutcomes[int(outcome)]);
}

QList<ServiceTier> tiersToProbe(Provider provider)
{
    switch (provider) {
    case Provider::OpenAI:
    case Provider::Simulator:
        return {ServiceTier::Default, ServiceTier::Flex, ServiceTier::Priority};
    case Provider::Bedrock:
        return {ServiceTier::Default, ServiceTier::Priority, ServiceTier::Flex};
    case Provider::Anthropic:
        return {ServiceTier::Default, ServiceTier::Priority};
    case Provider::Azure:
    case Provider::Gemini:
    case Provider::OpenAICompatible:
    case Provider::External:
        break;
    }
    return {ServiceTier::Default};
}

QString profileHash(const QList<ModelVariant> &models)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ModelVariant &m : modelsByRegion(models)) {
        for (const QString &part : {providerPrefix(m.provider), m.modelId, m.region, m.baseUrl, m.apiKeyEnv})
            hash.addData(part.toUtf8().append('\x1f'));
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QCoro::Task<ProbeReport> probeTiers(QList<ModelVariant> models, QProcessEnvironment environment, KeychainLookup keychain,
                                    Timeouts timeouts)
{
    QNetworkAccessManager network;
    ProbeReport report;
    report.profileHash = profileHash(models);
    report.probedAt = QDateTime::currentMSecsSinceEpoch();
    std::vector<std::unique_ptr<ProviderClient>> clients;
    for (const ModelVariant &base : modelsByRegion(models))
        for (const ServiceTier tier : tiersToProbe(base.provider)) {
            ModelVariant m = base;
            m.tier = tier;
            clients.push_back(makeProviderClient(servedLocally(m), &network, credentialsFor(m, environment, keychain), timeouts));
            report.results.append({m.modelId, m.region, tier, TierProbe::Outcome::Unknown, {}, {}});
        }
    ChatRequest ping;
    ping.prompt = QStringLiteral("Reply with the single word OK.");
    ping.maxOutputTokens = 16;
    ping.temperature = 0;
    ping.stream = false;
    std::vector<QCoro::Task<ChatResult>> calls;
    for (auto &client : clients) // each task runs to its first wait when made: all at once
        calls.push_back(client->send(ping));
    for (size_t i = 0; i < calls.size(); ++i) {
        const ChatResult result = co_await calls[i];
        TierProbe &p = report.results[qsizetype(i)];
        p.tierServed = result.metrics.tierServed;
        if (result.ok()) {
            const bool other = p.tier != ServiceTier::Default && !p.tierServed.isEmpty() && p.tierServed != tierName(p.tier);
            p.outcome = other ? TierProbe::Outcome::ServedOther : TierProbe::Outcome::Accepted;
        } else {
            const ErrorClass c = result.error->errorClass;
            p.outcome = c == ErrorClass::InvalidRequest || c == ErrorClass::UnsupportedInput ? TierProbe::Outcome::Rejected
                                                                                            : TierProbe::Outcome::Unknown;
            p.message = errorClassName(c) + u": "_qs + result.error->message.left(300);
        }
    }
    co_return report;
}

QJsonObject ProbeReport::toJson() const
{
    QJsonArray rows;
    for (const TierProbe &p : results)
        rows.append(QJsonObject{{u"model_id"_qs, p.modelId}, {u"region"_qs, p.region}, {u"tier"_qs, tierName(p.tier)},
                                {u"outcome"_qs, outcomeName(p.outcome)}, {u"tier_served"_qs, p.tierServed},
                                {u"message"_qs, p.message}});
    return {{u"profile_hash"_qs, profileHash},
            {u"probed_at"_qs, QDateTime::fromMSecsSinceEpoch(probedAt, Qt::UTC).toString(Qt::ISODate)},
            {u"results"_qs, rows}};
}

std::optional<ProbeReport> ProbeReport::fromJson(const QJsonObject &o)
{
    ProbeReport r;
    r.profileHash = o.value(u"profile_hash").toString();
    const QDateTime at = QDateTime::fromString(o.value(u"probed_at").toString(), Qt::ISODate);
    if (r.profileHash.isEmpty() || !at.isValid())
        return std::nullopt;
    r.probedAt = at.toMSecsSinceEpoch();
    for (const QJsonValue &v : o.value(u"results").toArray()) {
        const QJsonObject row = v.toObject();
        TierProbe p{row.value(u"model_id").toString(), row.value(u"region").toString(),
                    tierFromName(row.value(u"tier").toString()).value_or(ServiceTier::Default), TierProbe::Outcome::Unknown,
                    row.value(u"tier_served").toString(), row.value(u"message").toString()};
        for (int i = 0; i < 4; ++i)
            if (row.value(u"outcome").toString() == QLatin1String(kOutcomes[i]))
                p.outcome = TierProbe::Outcome(i);
        r.results.append(p);
    }
    return r;
}

QString defaultProbeCacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/probes"_qs;
}

std::optional<ProbeReport> cachedProbe(const QString &directory, const QString &hash)
{
    QFile file(QDir(directory).filePath(hash + u".json"_qs));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto report = ProbeReport::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    return report && report->profileHash == hash ? report : std::nullopt;
}

QString saveProbe(const QString &directory, const ProbeReport &report)
{
    if (!QDir().mkpath(directory))
        return QStringLiteral("cannot create %1").arg(directory);
    QSaveFile file(QDir(directory).filePath(report.profileHash + u".json"_qs));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    return file.commit() ? QString() : file.errorString();
}

} // namespace Quorum
