#pragma once

#include "../domain/runplan.h"
#include "../providers/credentials.h"
#include "../providers/providerclient.h"

#include <QCoroTask>

namespace Quorum {

// A model or judge that could not be reached before the run.
struct AccessProblem
{
    QString label;
    bool isJudge = false;
    int index = 0;          // into RunPlan::models or ::judges
    ErrorClass errorClass = ErrorClass::Server;
    QString message;
};

// One minimal call per model variant and judge (all at once), so that a missing key, a wrong
// region or an unknown model shows up before hours of work rather than in every row of the run.
QCoro::Task<QList<AccessProblem>> checkAccess(RunPlan plan, QProcessEnvironment environment, KeychainLookup keychain,
                                              Timeouts timeouts = {5'000, 20'000, 30'000});

// The plan without the variants and judges that failed the check.
RunPlan withoutFailing(const RunPlan &plan, const QList<AccessProblem> &problems);

} // namespace Quorum
