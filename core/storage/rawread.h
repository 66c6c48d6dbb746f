#pragma once
// core/storage's own back door into a reader: any SQL, streamed row by row, for the exports and the
// transfers written beside the readers. Nothing outside core/storage includes this header (the
// build's layering check says so), so no SQL is written anywhere else.

#include "storereader.h"

namespace Quorum {

struct RawRead
{
    static ReadRows select(StoreReader &reader, const QString &sql, const QVariantList &params) { return reader.select(sql, params); }
};

} // namespace Quorum
