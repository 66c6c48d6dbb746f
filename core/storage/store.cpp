#include "store.h"

#include "runstore.h"

namespace Quorum {

Store::Opened Store::open(const QString &location)
{
    Opened out;
    const RunStore::Readiness ready = RunStore::prepare(location);
    out.fromVersion = ready.fromVersion;
    out.backupPath = ready.backupPath;
    if (!ready.ok) {
        out.error = ready.error;
        return out;
    }
    out.store = std::shared_ptr<const Store>(new Store(location));
    return out;
}

} // namespace Quorum
