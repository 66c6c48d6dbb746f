#include "readbackend.h"

#include "postgres/pgconnection.h"

namespace Quorum {

const ReadBackend &ReadBackend::of(const QString &location)
{
    return Pg::isUrl(location) ? postgresReads() : sqliteReads();
}

} // namespace Quorum
