#pragma once

#include "../domain/modelvariant.h"
#include "../providers/credentials.h"
#include "../providers/providerclient.h"

#include <QCoroTask>
#include <QJsonObject>

namespace Quorum {

// What one model at one region does with a service tier (quorum-cli probe).
struct TierProbe
{
    enum class Outcome { Accepted, ServedOther, Rejected, Unknown };
    QString modelId;
    QString region;
    ServiceTier tier = ServiceTier::Default;
    Outcome outcome = Outcome::Unknown;
    QString tierServed;     // as the provider reported it, when it did
    QString message;        // why it was rejected, or what went wrong
};
QString outcomeName(TierProbe::Outcome outcome);

// The tiers every model × region of a set of profiles accepts, and the hash of the profiles
// it was measured for: a cached report is reused until the profiles change.
struct ProbeReport
{
    QString profileHash;
    qint64 probedAt = 0;    // ms since the epoch
    QList<TierProbe> results;
    QJsonObject toJson() const;
    static std::optional<ProbeReport> fromJson(const QJsonObject &object);
};

// The tiers worth asking a provider for (the default tier first).
QList<ServiceTier> tiersToProbe(Provider provider);
// SHA-256 over what decides the answers: provider, model id, region and endpoint of each
// model × region (its tier and prices do not matter), in a stable order.
QString profileHash(const QList<ModelVariant> &models);

// One minimal call per model × region × tier, all at once.
QCoro::Task<ProbeReport> probeTiers(QList<ModelVariant> models, QProcessEnvironment environment, KeychainLookup keychain,
                                    Timeouts timeouts = {5'000, 20'000, 30'000});

// The cache: one JSON file per profile hash in `directory`.
std::optional<ProbeReport> cachedProbe(const QString &directory, const QString &profileHash);
QString saveProbe(const QString &directory, const ProbeReport &report); // "" or why not
QString defaultProbeCacheDirectory();

} // namespace Quorum
