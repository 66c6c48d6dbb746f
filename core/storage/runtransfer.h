#pragma once

#include <QString>

namespace Quorum {

class Store;

struct RunTransfer
{
    QString error;               // for people; empty on success
    qint64 targetRunId = 0;      // the run in the target store
    bool alreadyThere = false;   // the target held the same run: nothing was written
    int replacedHalfCopies = 0;  // copies of the run that had stopped half-way, deleted first
    qint64 invocations = 0, verdicts = 0, attempts = 0, errors = 0, events = 0, overrides = 0;
};

// Copies a finished run with every row it has (scenarios, variants, judges, invocations,
// attempts, verdicts, errors, events, people's overrides and fingerprints) from one store into another, under the
// target's own ids; the target's writer sums its rollups. A run the target holds already (the
// same plan, scenarios and responses, created at the same instant) is not copied again; a copy
// of it that stopped half-way is deleted, and the run copied whole. A copy that fails deletes
// what it wrote.
// `quorum-cli push` (local → team store) and `pull` (team store → local).
RunTransfer copyRun(const Store &from, qint64 runId, const Store &to);

} // namespace Quorum
