#include "oskeychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QTimer>
#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#endif

#include <qt6keychain/keychain.h>

namespace Quorum::OsKeychain {

namespace {
constexpr auto kService = "quorum";
constexpr int kTimeoutMs = 3000; // a keychain that does not answer by then is treated as absent

QString tr(const char *text) { return QCoreApplication::translate("OsKeychain", text); }

// Runs a job to its end (or the timeout) on a local event loop; true when it finished.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

QString lockedMessage(const QString &keyring)
{
    return tr("the keychain is locked (the \"%1\" keyring): unlock it by logging in to the desktop, or in Passwords and Keys "
              "(seahorse)").arg(keyring.isEmpty() ? tr("Login") : keyring);
}

// What the Secret Service (freedesktop.org) says about itself and one account's item, asked over
// D-Bus; QtKeychain's own errors do not tell a locked keyring from an empty one.
struct Probe
{
    State state = State::Unknown;
    QString keyring;        // the default collection's label
    int lockedItems = 0;    // the account's items that are there but locked
    int unlockedItems = 0;
    bool searched = false;  // the service answered the search (it sees locked items' attributes)
};

#if defined(Q_OS_LINUX)
constexpr auto kSecrets = "org.freedesktop.secrets";
constexpr auto kSecretsPath = "/org/freedesktop/secrets";

QDBusMessage callSecrets(const QString &path, const QString &interface, const QString &method, const QList<QVariant> &args)
{
    QDBusMessage m = QDBusMessage::createMethodCall(QString::fromLatin1(kSecrets), path, interface, method);
    m.setArguments(args);
    return QDBusConnection::sessionBus().call(m, QDBus::Block, kTimeoutMs);
}

Probe probe(const QString &account)
{
    Probe p;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        p.state = State::NoService;
        return p;
    }
    const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(QString::fromLatin1(kSecrets));
    const QDBusReply<QStringList> activatable = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    if (!(registered.isValid() && registered.value()) && !(activatable.isValid() && activatable.value().contains(QString::fromLatin1(kSecrets)))) {
        // KWallet without the Secret Service interface: QtKeychain talks to it; it cannot be probed here.
        for (const char *wallet : {"org.kde.kwalletd6", "org.kde.kwalletd5", "org.kde.kwalletd"})
            if (const QDBusReply<bool> r = bus.interface()->isServiceRegistered(QString::fromLatin1(wallet)); r.isValid() && r.value())
                return p; // Unknown
        p.state = State::NoService;
        return p;
    }
    const QDBusMessage alias = callSecrets(QString::fromLatin1(kSecretsPath), QStringLiteral("org.freedesktop.Secret.Service"),
                                           QStringLiteral("ReadAlias"), {QStringLiteral("default")});
    if (alias.type() != QDBusMessage::ReplyMessage) {
        p.state = State::NoService;
        return p;
    }
    const QString collection = alias.arguments().value(0).value<QDBusObjectPath>().path();
    if (collection.isEmpty() || collection == u"/") {
        p.state = State::NoKeyring;
        return p;
    }
    const auto property = [&](const QString &name) {
        const QDBusMessage reply = callSecrets(collection, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                                               {QStringLiteral("org.freedesktop.Secret.Collection"), name});
        return reply.arguments().value(0).value<QDBusVariant>().variant();
    };
    p.keyring = property(QStringLiteral("Label")).toString();
    p.state = property(QStringLiteral("Locked")).toBool() ? State::Locked : State::Unlocked;
    if (!account.isEmpty()) {
        // QtKeychain's libsecret schema: the account as "user", the service as "server".
        static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
        Q_UNUSED(registered)
        QMap<QString, QString> attributes{{QStringLiteral("user"), account}, {QStringLiteral("server"), QString::fromLatin1(kService)}};
        const QDBusMessage found = callSecrets(QString::fromLatin1(kSecretsPath), QStringLiteral("org.freedesktop.Secret.Service"),
                                               QStringLiteral("SearchItems"), {QVariant::fromValue(attributes)});
        if (found.type() == QDBusMessage::ReplyMessage && found.arguments().size() == 2) {
            const auto count = [](const QVariant &v) { return int(qdbus_cast<QList<QDBusObjectPath>>(v).size()); };
            p.unlockedItems = count(found.arguments().at(0));
            p.lockedItems = count(found.arguments().at(1));
            p.searched = true;
        }
    }
    return p;
}
#else
Probe probe(const QString &) { return {}; }
#endif

Status statusOf(const Probe &p)
{
    switch (p.state) {
    case State::Locked: return {State::Locked, lockedMessage(p.keyring)};
    case State::NoService:
        return {State::NoService, tr("no keychain answers here (no Secret Service such as gnome-keyring or KWallet on the session bus)")};
    case State::NoKeyring:
        return {State::NoKeyring, tr("the keychain has no default keyring yet (create a \"Login\" keyring in Passwords and Keys)")};
    case State::Unlocked:
    case State::Unknown: break;
    }
    return {p.state, {}};
}
} // namespace

bool available()
{
#if defined(Q_OS_LINUX)
    // Secret Service and KWallet both live on the D-Bus session bus.
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

Status status()
{
    if (!available())
        return {State::NoService, tr("no keychain answers here (no D-Bus session bus)")};
    return statusOf(probe({}));
}

namespace {
// What lookup() has read, per account; store() keeps it current.
QMutex cacheMutex;
QHash<QString, QString> cache;
} // namespace

KeychainLookup lookup()
{
    return [](const QString &account) -> KeychainAnswer {
        QMutexLocker lock(&cacheMutex);
        if (const auto it = cache.constFind(account); it != cache.constEnd())
            return it.value();
        if (!available())
            return KeychainAnswer::notAnswered(KeychainAnswer::State::Unavailable, status().message);
        QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
        job.setKey(account);
        job.setInsecureFallback(false);
        if (runJob(job) && job.error() == QKeychain::NoError) {
            cache.insert(account, job.textData());
            return job.textData();
        }
        // Not read: say why, when the keychain can tell (locked, or none there).
        const Probe p = probe(account);
        const Status s = statusOf(p);
        // Locked with the item there, or locked where the service would not say: the key may be
        // there. Locked with no such item found: it is missing, whatever the lock.
        if (p.lockedItems > 0 || (p.state == State::Locked && !p.searched))
            return KeychainAnswer::notAnswered(KeychainAnswer::State::Locked, s.message);
        if (p.state == State::NoService || p.state == State::NoKeyring)
            return KeychainAnswer::notAnswered(KeychainAnswer::State::Unavailable, s.message);
        cache.insert(account, QString());
        return {};
    };
}

QString store(const QString &account, const QString &secret)
{
    if (!available())
        return status().message;
    std::unique_ptr<QKeychain::Job> job;
    if (secret.isEmpty()) {
        auto remove = std::make_unique<QKeychain::DeletePasswordJob>(QString::fromLatin1(kService));
        remove->setKey(account);
        job = std::move(remove);
    } else {
        auto write = std::make_unique<QKeychain::WritePasswordJob>(QString::fromLatin1(kService));
        write->setKey(account);
        write->setTextData(secret);
        job = std::move(write);
    }
    job->setInsecureFallback(false);
    const bool finished = runJob(*job);
    if (!finished || job->error() != QKeychain::NoError) {
        // A locked or missing keyring is said as such, not as the library's raw D-Bus error.
        if (const Status s = statusOf(probe(account)); !s.message.isEmpty())
            return s.message;
        return finished ? job->errorString() : tr("the keychain did not answer");
    }
    QMutexLocker lock(&cacheMutex);
    cache.insert(account, secret); // what the next lookup reads, without asking again
    return {};
}

RemoveResult remove(const QString &account)
{
    if (!available())
        return {Removal::Failed, status().message};
    const Probe before = probe(account);
    if (before.state == State::Locked && before.searched && before.lockedItems == 0 && before.unlockedItems == 0)
        return {Removal::NotThere, tr("there is no %1 key in the keychain").arg(account)};
    if (before.state == State::Locked || before.lockedItems > 0)
        return {Removal::Locked, statusOf(before).message.isEmpty() ? lockedMessage(before.keyring) : statusOf(before).message};
    if (before.state == State::NoService || before.state == State::NoKeyring)
        return {Removal::Failed, statusOf(before).message};
    if (before.state == State::Unlocked && before.unlockedItems == 0)
        return {Removal::NotThere, tr("there is no %1 key in the keychain").arg(account)};
    QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
    job.setKey(account);
    job.setInsecureFallback(false);
    if (!runJob(job))
        return {Removal::Failed, tr("the keychain did not answer")};
    if (job.error() == QKeychain::EntryNotFound)
        return {Removal::NotThere, tr("there is no %1 key in the keychain").arg(account)};
    if (job.error() != QKeychain::NoError)
        return {Removal::Failed, job.errorString()};
    QMutexLocker lock(&cacheMutex);
    cache.insert(account, QString());
    return {Removal::Removed, {}};
}

} // namespace Quorum::OsKeychain
