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

// Reads one profile of an AWS shared credentials file (~/.aws/credentials format).
AwsCredentials awsProfileCredentials(const QString &path, const QString &profile);

} // namespace Quorum
