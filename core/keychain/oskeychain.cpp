#include "oskeychain.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Quorum::OsKeychain {

namespace {
constexpr auto kService = "quorum";
constexpr int kTimeoutMs = 3000; // a keychain that does not answer by then is treated as absent

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

namespace {
// What lookup() has read, per account; store() keeps it current.
QMutex cacheMutex;
QHash<QString, QString> cache;
} // namespace

KeychainLookup lookup()
{
    return [](const QString &account) -> QString {
        QMutexLocker lock(&cacheMutex);
        if (const auto it = cache.constFind(account); it != cache.constEnd())
            return it.value();
        QString secret;
        if (available()) {
            QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
            job.setKey(account);
            job.setInsecureFallback(false);
            if (runJob(job) && job.error() == QKeychain::NoError)
                secret = job.textData();
        }
        cache.insert(account, secret);
        return secret;
    };
}

QString store(const QString &account, const QString &secret)
{
    if (!available())
        return QStringLiteral("no keychain service is running (no D-Bus session bus); use environment variables instead");
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
    if (!runJob(*job))
        return QStringLiteral("the keychain did not answer");
    if (job->error() != QKeychain::NoError)
        return job->errorString();
    QMutexLocker lock(&cacheMutex);
    cache.insert(account, secret); // what the next lookup reads, without asking again
    return {};
}

} // namespace Quorum::OsKeychain
