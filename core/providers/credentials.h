#pragma once

#include "../domain/modelvariant.h"
#include "../wire/sigv4.h"

#include <QProcessEnvironment>
#include <functional>

namespace Quorum {

// What the OS keychain said when asked for one account's secret: the secret, none stored, or
// that it could not tell — locked (the secret may be there) or no keychain to ask — with a
// sentence for people saying what to do (unlock it, or which environment variable to use).
struct KeychainAnswer
{
    enum class State { Found, Absent, Locked, Unavailable };
    QString secret;
    State state = State::Absent;
    QString problem; // Locked, Unavailable: for people, without the variable (callers add theirs)

    KeychainAnswer() = default;
    KeychainAnswer(QString s) : secret(std::move(s)), state(secret.isEmpty() ? State::Absent : State::Found) {} // NOLINT: a lookup may return a plain secret
    static KeychainAnswer notAnswered(State state, QString problem)
    {
        KeychainAnswer a;
        a.state = state;
        a.problem = std::move(problem);
        return a;
    }
};

// Where a secret may be stored besides the environment: the OS keychain. Given a provider
// prefix ("openai", "anthropic", …, "aws-bedrock-token"), answers with the stored secret or why
// there is none. It must fail quietly when no keychain is there.
using KeychainLookup = std::function<KeychainAnswer(const QString &account)>;

// The secrets one model variant's calls need. Never logged, stored or exported.
struct ProviderCredentials
{
    QString apiKey;
    AwsCredentials aws;
    QString bedrockBearerToken;
    QString keychainProblem; // none found, and the keychain could not say (locked, absent): why
};

// Looks up the credentials for a variant: its own api_key_env first, then the keychain, then
// the usual environment variables (and 360-eval's names), and for Bedrock the AWS variables or
// the shared credentials file's profile (AWS_PROFILE, else "default").
ProviderCredentials credentialsFor(const ModelVariant &variant, const QProcessEnvironment &environment,
                                   const KeychainLookup &keychain = {});

// Where a variant's credentials come from, for the setup form's key status; never the secret.
struct CredentialSource
{
    enum class Kind { Keychain, Environment, AwsProfile, NotNeeded, Missing, Locked };
    Kind kind = Kind::Missing;
    QString detail;         // the variable (OPENAI_API_KEY), the keychain account, the AWS profile
    QString problem;        // Locked, or Missing with no keychain to ask: what to do, naming the variable
};
// "the keychain is locked …; unlock it, or set OPENAI_API_KEY instead": a keychain's problem
// with the variable a provider's key can come from instead.
QString keychainAdvice(const QString &problem, const QString &variable);
CredentialSource credentialSource(const ModelVariant &variant, const QProcessEnvironment &environment,
                                  const KeychainLookup &keychain = {});
// The environment variables Quorum reads a provider's key from, the one to suggest first.
QStringList keyVariables(Provider provider);
// The keychain account a provider's key is stored under ("" where none is kept there).
QString keychainAccount(Provider provider);

// Reads one profile of an AWS shared credentials file (~/.aws/credentials format).
AwsCredentials awsProfileCredentials(const QString &path, const QString &profile);

} // namespace Quorum
