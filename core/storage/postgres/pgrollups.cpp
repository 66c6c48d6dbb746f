#include "pgrollups.h"

#include "../storedrows.h"

#include <libpq-fe.h>

namespace Quorum {

namespace {
QString joined(const std::vector<const char *> &columns)
{
    QString out;
    for (const char *c : columns)
        out += (out.isEmpty() ? QString() : u", "_qs) + QLatin1String(c);
    return out;
}

QString tempName(const RollupTableSpec &spec)
{
    return u"sums_"_qs + QLatin1String(spec.name);
}
} // namespace

QString PgRollups::prepare()
{
    for (int t = 0; t < kRollupTableCount; ++t) {
        const RollupTableSpec &spec = rollupTableSpec(RollupTable(t));
        QStringList columns;
        for (const char *k : spec.keys)
            columns << QLatin1String(k) + u" BIGINT NOT NULL"_qs;
        for (const char *v : spec.values)
            columns << QLatin1String(v) + u" DOUBLE PRECISION NOT NULL"_qs;
        const QString sql = QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (%2) ON COMMIT DELETE ROWS")
                                .arg(tempName(spec), columns.join(u", "));
        if (const QString e = m_db.exec(sql.toUtf8().constData()); !e.isEmpty())
            return e;
    }
    return {};
}

QString PgRollups::apply(RollupAccumulator &sums)
{
    if (sums.empty())
        return {};
    // The sums to temporary tables, in one COPY each…
    const QString error = sums.drain([this](RollupTable table, const RollupAccumulator::Key &key, const double *values) {
        const RollupTableSpec &spec = rollupTableSpec(table);
        Pg::CopyRows &c = m_sums[size_t(table)];
        c.row(int(spec.keys.size() + spec.values.size()));
        for (size_t k = 0; k < spec.keys.size(); ++k)
            c << key[k];
        for (size_t v = 0; v < spec.values.size(); ++v)
            c << values[v];
        return QString();
    });
    if (!error.isEmpty())
        return error;
    // …then added to the rollups with one upsert per table.
    for (int t = 0; t < kRollupTableCount; ++t) {
        Pg::CopyRows &rows = m_sums[size_t(t)];
        if (rows.rows() == 0)
            continue;
        const RollupTableSpec &spec = rollupTableSpec(RollupTable(t));
        const QString temp = u"pg_temp."_qs + tempName(spec);
        const QByteArray copySql = QStringLiteral("COPY %1 FROM STDIN WITH (FORMAT binary)").arg(temp).toUtf8();
        if (const QString e = m_db.copyIn(copySql.constData(), rows.take()); !e.isEmpty())
            return e;
        QStringList set;
        for (const char *v : spec.values) {
            const QString c = QLatin1String(v);
            set << (spec.maxColumn && qstrcmp(v, spec.maxColumn) == 0
                        ? QStringLiteral("%1 = greatest(%2.%1, excluded.%1)").arg(c, QLatin1String(spec.name))
                        : QStringLiteral("%1 = %2.%1 + excluded.%1").arg(c, QLatin1String(spec.name)));
        }
        const QString all = joined(spec.keys) + u", "_qs + joined(spec.values);
        const QString upsert = QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 ON CONFLICT (%4) DO UPDATE SET %5")
                                   .arg(QLatin1String(spec.name), all, temp, joined(spec.keys), set.join(u", "));
        if (const QString e = m_db.exec(upsert.toUtf8().constData()); !e.isEmpty())
            return e;
        if (const QString e = m_db.exec((u"DELETE FROM "_qs + temp).toUtf8().constData()); !e.isEmpty())
            return e;
    }
    return {};
}

namespace {
// Runs `sql` through a cursor, handing each row to `row`, 20,000 rows a fetch.
template<typename F>
QString scan(Pg::Connection &db, const char *name, const std::string &sql, F row)
{
    if (const QString e = db.exec(("DECLARE " + std::string(name) + " NO SCROLL CURSOR FOR " + sql).c_str()); !e.isEmpty())
        return e;
    const std::string fetch = "FETCH 20000 FROM " + std::string(name);
    while (true) {
        QString error;
        const Pg::Result r = db.query(fetch.c_str(), {}, &error);
        if (!r)
            return error;
        const int n = PQntuples(r.get());
        if (n == 0)
            break;
        for (int i = 0; i < n; ++i)
            row(Pg::Row(r.get(), i));
    }
    return db.exec(("CLOSE " + std::string(name)).c_str());
}
} // namespace

QString rebuildRollups(Pg::Connection &db)
{
    for (int t = 0; t < kRollupTableCount; ++t)
        if (const QString e = db.exec((std::string("DELETE FROM ") + rollupTableSpec(RollupTable(t)).name).c_str()); !e.isEmpty())
            return e;
    PgRollups writer(db);
    if (const QString e = writer.prepare(); !e.isEmpty())
        return e;
    // Every answer with its verdicts (the agreement sums are per answer): the verdicts read
    // first, by invocation, then the invocations in id order.
    QHash<qint64, QList<VerdictRecord>> verdicts;
    QString error = scan(db, "quorum_verdicts", std::string(StoredRows::kRollupVerdictColumns) + "ORDER BY invocation_id, id",
                         [&](const Pg::Row &row) {
                             const VerdictRecord v = StoredRows::rollupVerdict(row);
                             verdicts[v.invocationId].append(v);
                         });
    RollupAccumulator sums;
    qint64 rows = 0;
    if (error.isEmpty())
        error = scan(db, "quorum_invocations", std::string(StoredRows::kRollupInvocationColumns) + "ORDER BY id",
                     [&](const Pg::Row &row) {
                         const InvocationRecord i = StoredRows::rollupInvocation(row);
                         sums.addInvocation(i);
                         for (const VerdictRecord &v : verdicts.value(i.id))
                             sums.addVerdict(v);
                         if (++rows % 50'000 == 0 && error.isEmpty())
                             error = writer.apply(sums);
                     });
    if (error.isEmpty())
        error = writer.apply(sums);
    return error;
}

} // namespace Quorum
