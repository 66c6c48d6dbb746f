#pragma once
// core/storage's own back door into a reader: any SQL, streamed row by row, for the exports and the
// transfers written beside the readers. Nothing outside core/storage includes this header (the
// build's layering check says so), so no SQL is written anywhere else.

#include "storereader.h"

namespace Quorum {

struct RawRead
{
    static ReadRows select(StoreReader &reader, const SqlText &sql) { return reader.select(sql); }
    // An empty text with the reader's placeholders.
    static SqlText sql(const StoreReader &reader) { return reader.sql(); }
};

} // namespace Quorum
