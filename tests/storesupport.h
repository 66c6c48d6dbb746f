#pragma once

// Tests open each store once, as a front-end does, and read through it.
#include "storage/store.h"

#include <QHash>
#include <QtGlobal>

namespace Quorum::TestSupport {

inline const Store &storeAt(const QString &path)
{
    static QHash<QString, std::shared_ptr<const Store>> stores;
    std::shared_ptr<const Store> &store = stores[path];
    if (!store) {
        const Store::Opened opened = Store::open(path);
        if (!opened.store)
            qFatal("cannot open the store %s: %s", qPrintable(path), qPrintable(opened.error));
        store = opened.store;
    }
    return *store;
}

} // namespace Quorum::TestSupport
