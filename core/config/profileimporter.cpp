#include "profileimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ProfileImporter", text); }

const QStringList kKnownKeys = {
    u"model_id"_qs, u"region"_qs, u"input_token_cost"_qs, u"output_token_cost"_qs,
    u"input_cost_per_1k"_qs, u"output_cost_per_1k"_qs, u"target_rpm"_qs, u"service_tier"_qs,
    u"base_url"_qs, u"api_key_env"_qs, u"display_name"_qs, u"optimized_prompts"_qs,
    u"list_price"_qs, // the catalog price a run was prepared with (a stored plan keeps it)
};
const QStringList kSecretKeys = {
    u"api_key"_qs, u"apikey"_qs, u"key"_qs, u"secret"_qs, u"aws_secret_access_key"_qs,
    u"aws_access_key_id"_qs, u"aws_session_token"_qs, u"password"_qs, u"token"_qs,
};
// Above this, a per-1K price is almost surely a per-million price typed in the wrong field.
constexpr double kImplausiblePricePer1k = 0.2;

bool isLocalProvider(Provider p)
{
    return p == Provider::Simulator || p == Provider::OpenAICompatible;
}
} // namespace

bool isAwsRegion(const QString &region)
{
    static const QRegularExpression re(u"^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}$"_qs);
    return re.match(region).hasMatch();
}

std::optional<ModelVariant> profileFromRecord(const InputRecord &record, ProfileKind kind, Diagnostics &diagnostics)
{
    RecordReader r(record, diagnostics);
    for (const QString &secret : kSecretKeys)
        if (r.has(secret))
            r.error(secret, tr("\"%1\" looks like a secret: keys belong in the keychain or an environment variable "
                               "(name it with \"api_key_env\"), never in a profile file").arg(secret));
    QStringList known = kKnownKeys;
    known += kSecretKeys; // already reported
    r.warnUnknown(known);

    ModelVariant m;
    m.source = {record.file, record.line};
    if (const auto id = r.text(u"model_id"_qs, RecordReader::Need::Required)) {
        m.modelId = id->trimmed();
        const qsizetype slash = m.modelId.indexOf(u'/');
        const auto provider = slash > 0 ? providerFromPrefix(m.modelId.left(slash)) : std::nullopt;
        if (slash <= 0)
            r.error(u"model_id"_qs, tr("\"model_id\" must start with a provider prefix, e.g. bedrock/%1").arg(m.modelId));
        else if (!provider)
            r.error(u"model_id"_qs, tr("unknown provider \"%1\"; use one of bedrock, openai, anthropic, gemini, azure, openai-compatible, simulator, external")
                                        .arg(m.modelId.left(slash)));
        else
            m.provider = *provider;
        m.model = slash > 0 ? m.modelId.mid(slash + 1) : m.modelId;
        if (slash > 0 && m.model.trimmed().isEmpty())
            r.error(u"model_id"_qs, tr("\"model_id\" names no model after \"%1/\"").arg(m.modelId.left(slash)));
    }

    const auto region = r.text(u"region"_qs, m.provider == Provider::Bedrock ? RecordReader::Need::Required : RecordReader::Need::Optional);
    if (region) {
        m.region = region->trimmed();
        static const QRegularExpression generic(u"^[a-z0-9][a-z0-9-]*$"_qs);
        if (m.provider == Provider::Bedrock && !isAwsRegion(m.region))
            r.error(u"region"_qs, tr("\"%1\" is not an AWS region (like us-east-1)").arg(m.region));
        else if (!generic.match(m.region).hasMatch())
            r.error(u"region"_qs, tr("\"%1\" is not a region name (lower-case letters, digits and hyphens)").arg(m.region));
    }

    const RecordReader::Need priceNeed = isLocalProvider(m.provider) ? RecordReader::Need::Optional : RecordReader::Need::Required;
    const auto readPrice = [&](const QString &key, double *out) {
        if (const auto price = r.number(key, priceNeed)) {
            if (*price < 0)
                r.error(key, tr("\"%1\" must not be negative").arg(key));
            else if (*price > kImplausiblePricePer1k)
                r.warning(key, tr("\"%1\" is %2 USD per 1,000 tokens — is that a per-million price?").arg(key).arg(*price));
            *out = *price;
        }
    };
    readPrice(r.pick({"input_token_cost", "input_cost_per_1k"}), &m.inputCostPer1k);
    readPrice(r.pick({"output_token_cost", "output_cost_per_1k"}), &m.outputCostPer1k);

    if (const auto rpm = r.integer(u"target_rpm"_qs)) {
        if (*rpm <= 0)
            r.error(u"target_rpm"_qs, tr("\"target_rpm\" must be greater than 0, not %1").arg(*rpm));
        else
            m.targetRpm = int(std::min<qint64>(*rpm, 1'000'000));
    }
    if (const auto tier = r.text(u"service_tier"_qs)) {
        if (const auto t = tierFromName(tier->trimmed()))
            m.tier = *t;
        else
            r.error(u"service_tier"_qs, tr("unknown service tier \"%1\"; use default, priority, flex or reserved").arg(*tier));
    }
    if (const auto url = r.text(u"base_url"_qs)) {
        const QUrl u(url->trimmed(), QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty())
            r.error(u"base_url"_qs, tr("\"base_url\" must be an http(s) URL, not \"%1\"").arg(*url));
        else
            m.baseUrl = url->trimmed();
    }
    if (const auto env = r.text(u"api_key_env"_qs)) {
        static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]*$"_qs);
        if (!name.match(*env).hasMatch())
            r.error(u"api_key_env"_qs, tr("\"api_key_env\" must name an environment variable, like MY_KEY"));
        else
            m.apiKeyEnv = *env;
    }
    if (r.has(u"list_price"_qs)) {
        const QJsonObject listed = r.record().fields.value(u"list_price").toObject();
        TokenPrice price;
        if (const QString bad = readTokenPrice(listed, price); !bad.isEmpty()) {
            r.error(u"list_price"_qs, bad);
        } else {
            m.listPrice = price;
            m.priceReadOn = QDate::fromString(listed.value(u"read_on").toString(), Qt::ISODate);
            m.priceSource = listed.value(u"source").toString();
            m.catalogVersion = listed.value(u"catalog_version").toString();
        }
    }
    m.displayName = r.text(u"display_name"_qs).value_or(QString());
    if (r.has(u"optimized_prompts"_qs)) {
        if (!r.record().fields.value(u"optimized_prompts").isBool())
            r.error(u"optimized_prompts"_qs, tr("\"optimized_prompts\" must be true or false"));
        m.optimizedPrompts = r.record().fields.value(u"optimized_prompts").toBool();
    }
    if (m.provider == Provider::OpenAICompatible && m.baseUrl.isEmpty() && !r.failed())
        r.error(u"model_id"_qs, tr("openai-compatible models need a \"base_url\" (the server to call)"));
    if (kind == ProfileKind::Judge && m.tier != ServiceTier::Default)
        r.warning(u"service_tier"_qs, tr("judges are called at the default tier; \"service_tier\" is kept for cost only"));

    if (r.failed())
        return std::nullopt;
    return m;
}

void checkDuplicateProfiles(const QList<ModelVariant> &profiles, ProfileKind kind, Diagnostics &diagnostics)
{
    QHash<QString, const ModelVariant *> seen;
    for (const ModelVariant &m : profiles) {
        const QString key = kind == ProfileKind::Model ? m.key() : m.modelId + u'|' + m.region;
        if (const ModelVariant *first = seen.value(key)) {
            const QString what = kind == ProfileKind::Model
                                     ? tr("model %1 in region %2 at tier %3 is already configured at %4:%5")
                                           .arg(m.modelId, m.region.isEmpty() ? tr("(none)") : m.region, tierName(m.tier))
                                     : tr("judge %1 in region %2 is already on the jury at %3:%4")
                                           .arg(m.modelId, m.region.isEmpty() ? tr("(none)") : m.region);
            diagnostics.error(m.source.file, m.source.line, what.arg(first->source.file).arg(first->source.line));
            continue;
        }
        seen.insert(key, &m);
    }
}

QList<ModelVariant> importProfiles(const TextSource &source, ProfileKind kind, Diagnostics &diagnostics)
{
    Diagnostics found;
    QList<ModelVariant> profiles;
    for (const InputRecord &record : readJsonl(source, found))
        if (auto profile = profileFromRecord(record, kind, found))
            profiles.append(std::move(*profile));
    if (profiles.isEmpty() && !found.hasErrors())
        found.error(source.fileName(), 0, kind == ProfileKind::Model ? tr("no models in this file") : tr("no judges in this file"));
    checkDuplicateProfiles(profiles, kind, found);
    diagnostics.append(found);
    return found.hasErrors() ? QList<ModelVariant>() : profiles;
}

} // namespace Quorum
