#pragma once

#include "present/background.h"
#include "config/configimport.h"

#include <functional>

namespace Quorum {

// Reads a file off the GUI thread as every import reads it (importFile: its checks, its
// messages; nothing in it when it had an error), then hands the file and what was found to
// `done` on `context`'s thread (unless `context` is gone by then).
inline void importInBackground(QObject *context, const QString &path, InputKind kind, const CsvColumns &columns,
                               std::function<void(const ImportedFile &file, const Diagnostics &diagnostics)> done)
{
    struct Read
    {
        ImportedFile file;
        Diagnostics diagnostics;
    };
    runInBackground(context, [path, kind, columns] {
        Read r;
        r.file = importFile(path, r.diagnostics, kind, columns);
        return r;
    }, [done = std::move(done)](const Read &r) { done(r.file, r.diagnostics); });
}

} // namespace Quorum
