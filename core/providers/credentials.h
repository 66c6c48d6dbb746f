#pragma once

#include "../domain/modelvariant.h"
#include "../wire/sigv4.h"

#include <QProcessEnvironment>
#include <functional>

namespace Quorum {

// Where a secret may be stored besides the environment: the OS keychain. Given a provider
// prefix ("openai", "anthropic", …, "aws-bedrock-token"), returns the stored secret or "".
// It must fail quietly (return "") when no keychain is there.
using KeychainLookup = std::function<QString(const QString &account)>;

// The secrets one model variant's calls need. Never logged, stored or exported.
struct ProviderCredentials
{
    QString apiKey;
    AwsCredentials aws;
    QString bedrockBearerToken;
};

// Looks up the credentials for a variant: its own api_key_env first, then the keychain, then
// the usual environment variables (and 360-eval's names), and for Bedrock the AWS variables or
// the shared credentials file's profile (AWS_PROFILE, else "default").
ProviderCredentials credentialsFor(const ModelVariant &variant, const QProcessEnvironment &environment,
                                   const KeychainLookup &keychain = {});

// Where a variant's credentials come from, for the setup form's key status; never the secret.
struct CredentialSource
{
    enum class Kind { Keychain, Environment, AwsProfile, NotNeeded, Missing };
    Kind kind = Kind::Missing;
    QString detail;         // the variable (OPENAI_API_KEY), the keychain account, the AWS profile
};
CredentialSource credentialSource(const ModelVariant &variant, const QProcessEnvironment &environment,
                                  const KeychainLookup &keychain = {});
// The environment variables Quorum reads a provider's key from, the one to suggest first.
QStringList keyVariables(Provider provider);
// The keychain account a provider's key is stored under ("" where none is kept there).
QString keychainAccount(Provider provider);

// Reads one profile of an AWS shared credentials file (~/.aws/credentials format).
AwsCredentials awsProfileCredentials(const QString &path, const QString &profile);

} // namespace Quorum
