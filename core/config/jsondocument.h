#pragma once

#include "../domain/diagnostics.h"
#include "jsonlocator.h"
#include "../domain/textsource.h"

#include <QJsonObject>
#include <optional>

namespace Quorum {

// A whole-file JSON document whose root must be an object, with line lookup for its values.
struct JsonInput
{
    QJsonObject root;
    JsonLocator locator;
};

std::optional<JsonInput> readJsonObject(const TextSource &source, Diagnostics &diagnostics);

} // namespace Quorum
