#include "credentials.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Quorum {

namespace {
QString firstSet(const QProcessEnvironment &env, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = env.value(QLatin1String(name)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}
} // namespace

AwsCredentials awsProfileCredentials(const QString &path, const QString &profile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    AwsCredentials c;
    bool inProfile = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'[')) {
            QString name = line.mid(1, line.size() - 2).trimmed();
            if (name.startsWith(u"profile "))
                name = name.mid(8).trimmed();
            inProfile = name == profile;
            continue;
        }
        if (!inProfile || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == u"aws_access_key_id")
            c.accessKeyId = value;
        else if (key == u"aws_secret_access_key")
            c.secretAccessKey = value;
        else if (key == u"aws_session_token")
            c.sessionToken = value;
    }
    return c;
}

ProviderCredentials credentialsFor(const ModelVariant &variant, const QProcessEnvironment &env, const KeychainLookup &keychain)
{
    ProviderCredentials c;
    const QString account = providerPrefix(variant.provider);
    auto fromKeychain = [&](const QString &name) { return keychain ? keychain(name) : QString(); };
    if (!variant.apiKeyEnv.isEmpty())
        c.apiKey = env.value(variant.apiKeyEnv).trimmed();
    if (c.apiKey.isEmpty() && variant.provider != Provider::Bedrock)
        c.apiKey = fromKeychain(account);
    if (c.apiKey.isEmpty()) {
        switch (variant.provider) {
        case Provider::OpenAI: c.apiKey = firstSet(env, {"OPENAI_API_KEY", "OPENAI_API"}); break;
        case Provider::Azure: c.apiKey = firstSet(env, {"AZURE_OPENAI_API_KEY", "AZURE_API_KEY"}); break;
        case Provider::Anthropic: c.apiKey = firstSet(env, {"ANTHROPIC_API_KEY"}); break;
        case Provider::Gemini: c.apiKey = firstSet(env, {"GEMINI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_API"}); break;
        case Provider::OpenAICompatible: break; // local servers usually want none
        case Provider::Simulator: c.apiKey = u"quorum-simulator"_qs; break;
        case Provider::External: break;   // never called
        case Provider::Bedrock: break;
        }
    }
    if (variant.provider != Provider::Bedrock)
        return c;

    c.bedrockBearerToken = c.apiKey.isEmpty() ? fromKeychain(u"aws-bedrock-token"_qs) : c.apiKey;
    if (c.bedrockBearerToken.isEmpty())
        c.bedrockBearerToken = firstSet(env, {"AWS_BEARER_TOKEN_BEDROCK"});
    c.apiKey.clear();
    c.aws = {firstSet(env, {"AWS_ACCESS_KEY_ID"}), firstSet(env, {"AWS_SECRET_ACCESS_KEY"}), firstSet(env, {"AWS_SESSION_TOKEN"})};
    if (!c.aws.isValid()) {
        QString file = env.value(u"AWS_SHARED_CREDENTIALS_FILE"_qs);
        if (file.isEmpty())
            file = QDir::homePath() + u"/.aws/credentials"_qs;
        const QString profile = firstSet(env, {"AWS_PROFILE", "AWS_DEFAULT_PROFILE"});
        c.aws = awsProfileCredentials(file, profile.isEmpty() ? u"default"_qs : profile);
    }
    return c;
}

} // namespace Quorum
