#include "imagetype.h"

namespace Quorum {

QString imageMimeType(QByteArrayView bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_qs;
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_qs;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return u"image/gif"_qs;
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP")
        return u"image/webp"_qs;
    return {};
}

} // namespace Quorum
