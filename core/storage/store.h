#pragma once

#include "runqueries.h"
#include "storewriter.h"

#include <QString>

#include <memory>

namespace Quorum {

// The run store a front-end opens once, and everything reads and writes through: today a local
// SQLite file (a postgresql:// URL is refused until the team store exists). It hands out readers
// of runs, per thread, and the one writer.
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
    // Checks the location, creates the store or checks and upgrades it (a newer one is refused).
    static Opened open(const QString &location);

    const QString &location() const { return m_location; }
    // A reader for the calling thread (its connection closes with the thread's last reader).
    RunQueries reader() const { return RunQueries(m_location); }
    // The writer: at most one at a time per store (another process's is refused with who holds it).
    std::unique_ptr<StoreWriter> writer() const { return std::make_unique<StoreWriter>(m_location); }

private:
    explicit Store(QString location) : m_location(std::move(location)) {}
    QString m_location;
};

} // namespace Quorum
