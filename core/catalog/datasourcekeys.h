#pragma once

#include "../providers/credentials.h"

namespace Quorum {

// The published sources a catalog refresh asks, and where their keys come from: the OS
// keychain first, then the usual environment variables. Never written anywhere.
enum class DataSource { ArtificialAnalysis, HuggingFace };

QString dataSourceAccount(DataSource source);       // "artificial-analysis", "huggingface"
QStringList dataSourceVariables(DataSource source); // ARTIFICIAL_ANALYSIS_API_KEY …, HF_TOKEN …
QString dataSourceKey(DataSource source, const QProcessEnvironment &environment, const KeychainLookup &keychain = {});
CredentialSource dataSourceKeySource(DataSource source, const QProcessEnvironment &environment, const KeychainLookup &keychain = {});

} // namespace Quorum
