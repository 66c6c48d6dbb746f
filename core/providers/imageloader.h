#pragma once

#include "../domain/imagetype.h"
#include "chattypes.h"

#include <QCoroTask>

class QNetworkAccessManager;

namespace Quorum {

struct LoadedImage
{
    std::optional<ChatImage> image;
    QString error;  // for people
    // Why it failed: network (it could not be fetched), or unsupported_input (not a picture a
    // provider takes, or a file that cannot be read).
    ErrorClass errorClass = ErrorClass::UnsupportedInput;
};

// Reads a scenario's image — a local path, a file:, http(s): or data: URL — and checks that
// it is a PNG, JPEG, GIF or WebP picture (by its bytes, not its name).
QCoro::Task<LoadedImage> loadImage(QString reference, QNetworkAccessManager *network, int timeoutMs = 30'000);

} // namespace Quorum
