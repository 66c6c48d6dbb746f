#pragma once

#include <QByteArrayView>
#include <QString>

namespace Quorum {

// The image type of these bytes ("image/png", "image/jpeg", "image/gif", "image/webp"), by
// their signature — or "" when they are no image every provider accepts.
QString imageMimeType(QByteArrayView bytes);

} // namespace Quorum
