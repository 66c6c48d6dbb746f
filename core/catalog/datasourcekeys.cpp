#include "datasourcekeys.h"

namespace Quorum {

QString dataSourceAccount(DataSource source)
{
    return source == DataSource::ArtificialAnalysis ? u"artificial-analysis"_qs : u"huggingface"_qs;
}

QStringList dataSourceVariables(DataSource source)
{
    if (source == DataSource::ArtificialAnalysis)
        return {u"ARTIFICIAL_ANALYSIS_API_KEY"_qs, u"AA_API_KEY"_qs};
    return {u"HF_TOKEN"_qs, u"HUGGING_FACE_HUB_TOKEN"_qs};
}

CredentialSource dataSourceKeySource(DataSource source, const QProcessEnvironment &environment, const KeychainLookup &keychain)
{
    const KeychainAnswer answer = keychain ? keychain(dataSourceAccount(source)) : KeychainAnswer();
    if (!answer.secret.isEmpty())
        return {CredentialSource::Kind::Keychain, dataSourceAccount(source)};
    for (const QString &name : dataSourceVariables(source))
        if (!environment.value(name).isEmpty())
            return {CredentialSource::Kind::Environment, name};
    const QString problem = answer.problem.isEmpty() ? QString() : keychainAdvice(answer.problem, dataSourceVariables(source).value(0));
    if (answer.state == KeychainAnswer::State::Locked)
        return {CredentialSource::Kind::Locked, dataSourceAccount(source), problem};
    return {CredentialSource::Kind::Missing, {}, problem};
}

QString dataSourceKey(DataSource source, const QProcessEnvironment &environment, const KeychainLookup &keychain)
{
    const CredentialSource where = dataSourceKeySource(source, environment, keychain);
    if (where.kind == CredentialSource::Kind::Keychain)
        return keychain(where.detail).secret;
    if (where.kind == CredentialSource::Kind::Environment)
        return environment.value(where.detail);
    return {};
}

} // namespace Quorum
