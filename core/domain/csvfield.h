#pragma once

#include <QString>

namespace Quorum {

// One field as RFC 4180 writes it (core/config/csvreader.h reads it back): quoted, with "" for ",
// when it holds a comma, a quote or a line break; as it is otherwise. Every CSV export writes
// its text fields through it.
inline QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_qs, u"\"\""_qs) + u'"';
}

} // namespace Quorum
