#pragma once

#include "storedanswers.h"
#include "storewriter.h"

#include <QString>

#include <functional>
#include <memory>

namespace Quorum {

// The run store a front-end opens once, and everything reads and writes through: a local SQLite
// file, or a team store on a PostgreSQL server (a postgresql://user@host:port/dbname URL). It
// hands out readers of runs, per thread, readers of a run's answers, and writers.
class Store final
{
public:
    struct Opened
    {
        std::shared_ptr<const Store> store;   // null when it cannot be opened
        QString error;                        // for people
        int fromVersion = 0;                  // 0: created now
        QString backupPath;                   // set when an older store was upgraded
    };
    // Where a front-end's keychain is asked for a secret by account name (OsKeychain::lookup()).
    using Keychain = std::function<QString(const QString &account)>;
    // Checks the location, creates the store or checks and upgrades it (a newer one is refused).
    // A team store's password comes from its URL, PGPASSWORD, the keychain (its account is
    // keychainAccount(location)) or ~/.pgpass, in that order; Quorum never writes it anywhere.
    static Opened open(const QString &location, const Keychain &keychain = {});
    // The keychain account of a team store's password: its URL without password or options
    // ("postgresql://user@host:port/dbname"); "" for a local store.
    static QString keychainAccount(const QString &location);
    // The store the GUI and the CLI use unless told otherwise: quorum/quorum.sqlite in the
    // per-user data folder ($XDG_DATA_HOME, else ~/.local/share), the same for every program.
    static QString defaultLocation();

    const QString &location() const { return m_location; }
    // The location as people may see it (a URL's password hidden).
    QString displayedLocation() const;
    // A writer: one at a time on a local store (another process's is refused with who holds it);
    // any number at once on a team store.
    std::unique_ptr<StoreWriter> writer() const { return writerFor(m_location); }
    // Writes `ops` with a writer of its own and waits until they are stored: "" then, else why
    // not (for people). For a handful of rows (a pin, an override); call off the GUI thread.
    QString write(const QList<WriteOp> &ops) const;
    // A reader of one run's stored answers by work item (call its open()).
    std::unique_ptr<StoredAnswerReader> answers(qint64 runId) const;

    // A writer for the store at `location`, which its start() creates or upgrades when needed.
    // Rows per transaction at most: 0 is the store's own size (20,000 on SQLite; 200,000 on a team
    // store, where each batch also pays one rollup upsert per touched key); tests tune it.
    static std::unique_ptr<StoreWriter> writerFor(const QString &location, int maxBatch = 0, int maxQueued = 100000);

private:
    explicit Store(QString location) : m_location(std::move(location)) {}
    QString m_location;
};

} // namespace Quorum
