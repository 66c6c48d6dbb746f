#include "writerbackend.h"

namespace Quorum {

void WriterBackend::insertRows(const std::vector<const WriteOp *> &ops, std::vector<QString> &errors)
{
    errors.resize(ops.size());
    for (size_t i = 0; i < ops.size(); ++i)
        errors[i] = insert(*ops[i]);
}

std::vector<QByteArray> runDeletionSql()
{
    std::vector<QByteArray> sql{
        "DELETE FROM attempts WHERE invocation_id IN (SELECT id FROM invocations WHERE run_id = $1)",
        "DELETE FROM verdicts WHERE run_id = $1",
        "DELETE FROM errors WHERE run_id = $1",
        "DELETE FROM run_events WHERE run_id = $1",
        "DELETE FROM baseline_checks WHERE run_id = $1 OR baseline_run_id = $1",
        "DELETE FROM baselines WHERE run_id = $1",
        "DELETE FROM overrides WHERE run_id = $1",
        "DELETE FROM invocations WHERE run_id = $1",
    };
    for (int t = 0; t < kRollupTableCount; ++t)
        sql.push_back(QByteArray("DELETE FROM ") + rollupTableSpec(RollupTable(t)).name + " WHERE run_id = $1");
    for (const char *table : {"scenarios", "variants", "judges"})
        sql.push_back(QByteArray("DELETE FROM ") + table + " WHERE run_id = $1");
    sql.push_back("DELETE FROM runs WHERE id = $1");
    return sql;
}

} // namespace Quorum
