#pragma once

#include "../catalog/modelcatalog.h"
#include "../domain/diagnostics.h"
#include "../domain/runplan.h"

namespace Quorum {

// The catalog's part in a run (docs/CATALOG.md): each variant and judge whose rates are its
// list price in the catalog gets that price whole (cached-token rates, the long-context break,
// where it is from, the catalog's version), kept in the run's stored plan so that a stored run is
// never priced again. A variant priced by hand keeps its own rates. Returns a note for each
// price that was read longer ago than `staleAfterDays`.
QStringList attachListPrices(RunPlan &plan, const ModelCatalog &catalog, const QDate &today, int staleAfterDays);

// What the catalog says against a plan, as warnings at each variant's line: a scenario whose
// prompt (estimated at four characters a token) and output cap do not fit the model's context
// window, an output cap above its max output, a list price read more than `staleAfterDays` ago.
Diagnostics catalogWarnings(const RunPlan &plan, const ModelCatalog &catalog, const QDate &today, int staleAfterDays);

} // namespace Quorum
