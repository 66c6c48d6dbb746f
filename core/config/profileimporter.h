#pragma once

#include "../domain/modelvariant.h"
#include "../domain/diagnostics.h"
#include "inputrecord.h"

#include <QList>

namespace Quorum {

enum class ProfileKind { Model, Judge };

// 360-eval model and judge profiles (JSONL), with Quorum's own optional fields
// (base_url, api_key_env, display_name). Returns nothing for a file with any error.
QList<ModelVariant> importProfiles(const TextSource &source, ProfileKind kind, Diagnostics &diagnostics);

std::optional<ModelVariant> profileFromRecord(const InputRecord &record, ProfileKind kind, Diagnostics &diagnostics);
// Models: the same (model, region, tier) twice. Judges: the same (model, region) twice.
void checkDuplicateProfiles(const QList<ModelVariant> &profiles, ProfileKind kind, Diagnostics &diagnostics);

bool isAwsRegion(const QString &region);

} // namespace Quorum
