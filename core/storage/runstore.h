#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Quorum {

// The local SQLite file that keeps every run. Connections are per thread: one writer
// (StoreWriter) and any number of readers (RunQueries).
class RunStore final
{
public:
    struct Readiness
    {
        bool ok = false;
        QString error;          // for people: what is wrong and what was (not) done
        int fromVersion = 0;    // 0 = created now
        QString backupPath;     // set when an older database was migrated
    };

    // The database the GUI and the CLI use unless told otherwise (per-user data directory).
    static QString defaultPath();

    // Creates the database, or checks and upgrades it: a newer schema is refused and left
    // untouched; an older one is copied to a backup first, then migrated in one transaction.
    static Readiness prepare(const QString &path);

    // This thread's read connection to a prepared database (the StoreWriter has its own).
    // `error` is set when the file cannot be opened.
    static QSqlDatabase connection(const QString &path, QString *error);
    // The lock file held by the one StoreWriter of a database.
    static QString writerLockPath(const QString &path);
    // Closes this thread's connection to the file (before the thread ends).
    static void closeConnection(const QString &path);
};

} // namespace Quorum
