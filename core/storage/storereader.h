#pragma once

#include "readbackend.h"
#include "readrows.h"

#include <QString>
#include <QVariantList>

namespace Quorum {

class Store;

// What every reader of a store shares: the calling thread's connection to it, opened on first
// use and closed when the thread's last reader on it goes (callers never open or close one), the
// last error, and whether the figures read count people's overrides. The readers by area:
//   RunsReader (runsreader.h)             runs, their definitions and plans, baselines;
//   ReadoutReader (readoutreader.h)       the rollups a run's readout is filled from;
//   InvocationReader (invocationreader.h) the drill-down and search;
//   OverrideReader (overridereader.h)     people's overrides.
// Each read returns an empty value and sets error() when the database cannot answer.
class StoreReader
{
public:
    explicit StoreReader(QString location);
    explicit StoreReader(const Store &store);
    ~StoreReader();
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    // Every figure read counts people's overrides (jury agreement, leniency and the judges' own
    // figures never do), unless jury-only is set: then they are the jury's alone.
    void setJuryOnly(bool juryOnly) { m_juryOnly = juryOnly; }
    bool juryOnly() const { return m_juryOnly; }

    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }

protected:
    // SQL of texts and parameters (param(value)), in order, with this store's placeholders.
    template<typename... Parts>
    SqlText sql(const Parts &...parts) const
    {
        SqlText q(m_backend->placeholder());
        ((q << parts), ...);
        return q;
    }
    ReadRows exec(const SqlText &sql, bool *ok);
    const ReadBackend &backend() const { return *m_backend; }

    QString m_path;
    const ReadBackend *m_backend;
    QString m_error;
    bool m_juryOnly = false;

private:
    // Any read, streamed row by row: for core/storage's own exports and transfers alone (rawread.h),
    // so that no SQL is written outside core/storage.
    friend struct RawRead;
    ReadRows select(const SqlText &sql)
    {
        bool ok = false;
        return exec(sql, &ok);
    }
};

} // namespace Quorum
