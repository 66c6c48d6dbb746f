#pragma once

#include "providers/credentials.h"

namespace Quorum {

// The OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store) through
// QtKeychain, under the service name "quorum" and the provider prefix as account. Where no
// keychain daemon answers (no D-Bus session, a CI machine) every call fails fast and quietly,
// so credentials fall back to the environment.
namespace OsKeychain {

// A lookup for credentialsFor(): reads once per account and process, then remembers.
KeychainLookup lookup();
// Whether a keychain service is there to ask at all.
bool available();
// Stores (or, with an empty secret, deletes) a secret. Returns "" or what went wrong.
QString store(const QString &account, const QString &secret);

} // namespace OsKeychain
} // namespace Quorum
