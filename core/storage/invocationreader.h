#pragma once

#include "invocations.h"
#include "storereader.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Quorum {

// The drill-down: a run's invocations that pass a filter (its search asked of the indexes), in
// work-item order and at most filter.limit of them; how many pass it in all; everything stored
// about one of them.
class InvocationReader final : public StoreReader
{
public:
    using StoreReader::StoreReader;

    QList<InvocationRow> invocations(qint64 runId, const InvocationFilter &filter);
    qint64 invocationCount(qint64 runId, const InvocationFilter &filter);
    // invocationWhere() for this store, into `sql`, its search asked of the indexes as searchMatch() says.
    void filterSql(SqlText &sql, qint64 runId, const InvocationFilter &filter, bool boundByIds = false);
    // A search's words as the local store's indexes are best asked for them: each word's start as
    // the whole terms it begins where they are few; nothing from an index that has no such term.
    SearchMatch searchMatch(const QStringList &words);
    std::optional<InvocationDetail> invocation(qint64 invocationId); // nullopt: no such invocation
    InvocationChoices invocationChoices(qint64 runId);
};

} // namespace Quorum
