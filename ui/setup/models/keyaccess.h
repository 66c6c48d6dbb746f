#pragma once

#include "providers/credentials.h"

#include <QProcessEnvironment>
#include <functional>

namespace Quorum {

// How the setup forms reach secrets: the environment they read, and the OS keychain (looked up,
// asked whether it is there, written to). The executables fill it in (ui links no keychain
// library); tests give their own. Secrets pass through; nothing here keeps one.
struct KeyAccess
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    KeychainLookup lookup;
    std::function<bool()> available;                                           // empty: no keychain
    std::function<QString(const QString &account, const QString &secret)> store; // "" or what went wrong
    bool hasKeychain() const { return available && available() && store; }
};

} // namespace Quorum
