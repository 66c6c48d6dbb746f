#include "credentials.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Quorum {

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

QStringList keyVariables(Provider provider)
{
    switch (provider) {
    case Provider::OpenAI: return {u"OPENAI_API_KEY"_qs, u"OPENAI_API"_qs};
    case Provider::Azure: return {u"AZURE_OPENAI_API_KEY"_qs, u"AZURE_API_KEY"_qs};
    case Provider::Anthropic: return {u"ANTHROPIC_API_KEY"_qs};
    case Provider::Gemini: return {u"GEMINI_API_KEY"_qs, u"GOOGLE_API_KEY"_qs, u"GOOGLE_API"_qs};
    case Provider::Bedrock: return {u"AWS_BEARER_TOKEN_BEDROCK"_qs, u"AWS_ACCESS_KEY_ID"_qs};
    case Provider::OpenAICompatible: // local servers usually want none
    case Provider::Simulator:
    case Provider::External: break;  // never called
    }
    return {};
}

QString keychainAccount(Provider provider)
{
    switch (provider) {
    case Provider::Bedrock: return u"aws-bedrock-token"_qs;
    case Provider::Simulator:
    case Provider::External: return {};
    default: return providerPrefix(provider);
    }
}

namespace {
// The one lookup behind credentialsFor() and credentialSource(): the variant's own api_key_env,
// then the keychain, then the usual variables; for Bedrock a bearer token, else the AWS keys
// from the environment, else the shared credentials file's profile.
ProviderCredentials resolve(const ModelVariant &variant, const QProcessEnvironment &env, const KeychainLookup &keychain,
                            CredentialSource *where)
{
    ProviderCredentials c;
    CredentialSource source;
    KeychainAnswer unanswered; // the keychain could not say: locked, or none there
    auto fromKeychain = [&](const QString &account) {
        if (!keychain || account.isEmpty())
            return QString();
        const KeychainAnswer answer = keychain(account);
        if (answer.state == KeychainAnswer::State::Locked || answer.state == KeychainAnswer::State::Unavailable)
            unanswered = answer;
        return answer.secret;
    };
    auto fromEnvironment = [&](const QStringList &names) {
        for (const QString &name : names)
            if (const QString value = env.value(name).trimmed(); !value.isEmpty()) {
                source = {CredentialSource::Kind::Environment, name};
                return value;
            }
        return QString();
    };
    if (!variant.apiKeyEnv.isEmpty())
        c.apiKey = fromEnvironment({variant.apiKeyEnv});
    if (c.apiKey.isEmpty() && variant.provider != Provider::Bedrock) {
        c.apiKey = fromKeychain(keychainAccount(variant.provider));
        if (!c.apiKey.isEmpty())
            source = {CredentialSource::Kind::Keychain, keychainAccount(variant.provider)};
    }
    if (c.apiKey.isEmpty()) {
        switch (variant.provider) {
        case Provider::OpenAICompatible:
        case Provider::External:
            source = {CredentialSource::Kind::NotNeeded, {}};
            break;
        case Provider::Simulator:
            c.apiKey = u"quorum-simulator"_qs;
            source = {CredentialSource::Kind::NotNeeded, {}};
            break;
        case Provider::Bedrock:
            break;
        default:
            c.apiKey = fromEnvironment(keyVariables(variant.provider));
        }
    }
    if (variant.provider == Provider::Bedrock) {
        c.bedrockBearerToken = c.apiKey;
        if (c.bedrockBearerToken.isEmpty()) {
            c.bedrockBearerToken = fromKeychain(keychainAccount(Provider::Bedrock));
            if (!c.bedrockBearerToken.isEmpty())
                source = {CredentialSource::Kind::Keychain, keychainAccount(Provider::Bedrock)};
        }
        if (c.bedrockBearerToken.isEmpty())
            c.bedrockBearerToken = fromEnvironment({u"AWS_BEARER_TOKEN_BEDROCK"_qs});
        c.apiKey.clear();
        c.aws = {env.value(u"AWS_ACCESS_KEY_ID"_qs).trimmed(), env.value(u"AWS_SECRET_ACCESS_KEY"_qs).trimmed(),
                 env.value(u"AWS_SESSION_TOKEN"_qs).trimmed()};
        if (c.aws.isValid() && c.bedrockBearerToken.isEmpty())
            source = {CredentialSource::Kind::Environment, u"AWS_ACCESS_KEY_ID"_qs};
        if (!c.aws.isValid()) {
            QString file = env.value(u"AWS_SHARED_CREDENTIALS_FILE"_qs);
            if (file.isEmpty())
                file = QDir::homePath() + u"/.aws/credentials"_qs;
            QString profile = env.value(u"AWS_PROFILE"_qs).trimmed();
            if (profile.isEmpty())
                profile = env.value(u"AWS_DEFAULT_PROFILE"_qs).trimmed();
            if (profile.isEmpty())
                profile = u"default"_qs;
            c.aws = awsProfileCredentials(file, profile);
            if (c.aws.isValid() && c.bedrockBearerToken.isEmpty())
                source = {CredentialSource::Kind::AwsProfile, profile};
        }
    }
    const bool found = !c.apiKey.isEmpty() || !c.bedrockBearerToken.isEmpty() || c.aws.isValid();
    if (!found && source.kind == CredentialSource::Kind::Missing && !unanswered.problem.isEmpty()) {
        const QString variable = variant.provider == Provider::Bedrock ? u"AWS_BEARER_TOKEN_BEDROCK"_qs
                                 : !variant.apiKeyEnv.isEmpty()        ? variant.apiKeyEnv
                                                                       : keyVariables(variant.provider).value(0);
        c.keychainProblem = keychainAdvice(unanswered.problem, variable);
        source.problem = c.keychainProblem;
        if (unanswered.state == KeychainAnswer::State::Locked)
            source = {CredentialSource::Kind::Locked, keychainAccount(variant.provider), c.keychainProblem};
    }
    if (where)
        *where = source;
    return c;
}
} // namespace

QString keychainAdvice(const QString &problem, const QString &variable)
{
    return variable.isEmpty() ? problem : QStringLiteral("%1, or set %2 instead").arg(problem, variable);
}

ProviderCredentials credentialsFor(const ModelVariant &variant, const QProcessEnvironment &env, const KeychainLookup &keychain)
{
    return resolve(variant, env, keychain, nullptr);
}

CredentialSource credentialSource(const ModelVariant &variant, const QProcessEnvironment &environment, const KeychainLookup &keychain)
{
    CredentialSource where;
    resolve(variant, environment, keychain, &where);
    return where;
}

} // namespace Quorum
