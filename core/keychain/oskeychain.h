#pragma once

#include "providers/credentials.h"

namespace Quorum {

// The OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store) through
// QtKeychain, under the service name "quorum" and the provider prefix as account. Where no
// keychain answers (no D-Bus session, a CI machine) every call fails fast and quietly, so
// credentials fall back to the environment. On Linux the Secret Service is also asked directly
// over D-Bus whether it is there, whether its keyring is locked, and whether an item exists
// (its attributes are readable while locked), so that "locked" is never reported as "missing".
namespace OsKeychain {

enum class State { Unlocked, Locked, NoService, NoKeyring, Unknown };
struct Status
{
    State state = State::Unknown;
    QString message; // Locked, NoService, NoKeyring: one sentence for people (what to do)
};
// The keychain as a whole: is there one, and is it locked.
Status status();
// A lookup for credentialsFor(): reads once per account and process, then remembers (a locked
// keychain is asked again next time: the user may have unlocked it).
KeychainLookup lookup();
// Whether a keychain service is there to ask at all.
bool available();
// Stores (or, with an empty secret, deletes) a secret. Returns "" or what went wrong.
QString store(const QString &account, const QString &secret);

enum class Removal { Removed, NotThere, Locked, Failed };
struct RemoveResult
{
    Removal result = Removal::Failed;
    QString message; // NotThere, Locked, Failed: for people
};
// Deletes an account's secret, saying whether there was one to delete.
RemoveResult remove(const QString &account);

} // namespace OsKeychain
} // namespace Quorum
