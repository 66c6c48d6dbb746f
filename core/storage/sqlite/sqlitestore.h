#pragma once

#include "../readrows.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <QString>

namespace Quorum {

// The local SQLite file that keeps every run. Connections are per thread: one writer
// (StoreWriter) and any number of readers (StoreReader).
class SqliteStore final
{
public:
    struct Readiness
    {
        bool ok = false;
        QString error;          // for people: what is wrong and what was (not) done
        int fromVersion = 0;    // 0 = created now
        QString backupPath;     // set when an older database was migrated
    };

    // The database the GUI and the CLI use unless told otherwise: quorum/quorum.sqlite in the
    // per-user data folder ($XDG_DATA_HOME, else ~/.local/share), the same for every program and
    // whatever its application name.
    static QString defaultPath();

    // Can `path` be a database file? A URL (postgresql://…) is refused, not taken for a path;
    // a missing folder is created. "" when usable, else a message for people.
    static QString checkLocation(const QString &path);

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
    // A read on this thread's connection, straight from SQLite's own API (Qt's driver makes a
    // QVariant of every value, which is what made wide reads slow: bench_storage, the exports):
    // `sql` with a `?` for each of `params`. Empty rows with `error` set when it fails.
    static ReadRows select(const QString &path, const QString &sql, const QVariantList &params, QString *error);
};

} // namespace Quorum
