#include "storereader.h"

#include "store.h"

namespace Quorum {

namespace {
// Readers alive on this thread, per store: the connection closes with the last one (thread-pool
// threads come and go, and must keep no connection behind).
thread_local QHash<QString, int> tReaders;
} // namespace

StoreReader::StoreReader(QString path) : m_path(std::move(path)), m_backend(&ReadBackend::of(m_path))
{
    ++tReaders[m_path];
}

StoreReader::StoreReader(const Store &store) : StoreReader(store.location())
{
}

StoreReader::~StoreReader()
{
    if (--tReaders[m_path] <= 0) {
        tReaders.remove(m_path);
        m_backend->closeConnection(m_path);
    }
}

ReadRows StoreReader::exec(const SqlText &sql, bool *ok)
{
    m_error.clear();
    ReadRows rows = m_backend->select(m_path, sql, &m_error);
    *ok = m_error.isEmpty();
    return rows;
}

} // namespace Quorum
