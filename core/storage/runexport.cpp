#include "runexport.h"
#include "invocationreader.h"
#include "rawread.h"
#include "runsreader.h"
#include "store.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace Quorum {

namespace {
const char *const kDimensions[6] = {"correctness", "completeness", "relevance", "format", "coherence", "following_instructions"};

// The invocations' columns, in the SELECT's order below (the last is the answer); the WHERE
// clause follows (invocationWhere).
const char16_t kInvocationSql[] = uR"(
    SELECT i.id, i.work_item, s.scenario_key, coalesce(s.task_type, ''), i.variant_id, i.experiment, i.invocation_index,
           i.temperature, i.status, coalesce(i.error_class, ''), coalesce(i.http_status, 0), i.attempts, i.first_start_at, i.t0,
           i.ttft_ms, i.ttfr_ms, i.ttlb_ms, i.wall_ms, i.throttle_wait_ms, i.input_tokens, i.output_tokens, i.reasoning_tokens,
           i.tokens_estimated, i.streamed, coalesce(i.tier_served, ''), i.cost_usd, i.judge_cost_usd, i.jury_score, i.jury_pass,
           i.judges_used, i.disputed, coalesce(i.response_text, ''), o.passed, o.score, coalesce(o.reason, ''),
           coalesce(o.author, ''), o.at, %1, %2, i.cache_read_tokens, i.cache_write_tokens )";
// Every verdict of the run; a judge's column is found by its id, so no order within an invocation.
const char16_t kVerdictSql[] = uR"(
    SELECT invocation_id, judge_id, status, correctness, completeness, relevance, format, coherence, following_instructions,
           overall, passed, coalesce(extra_scores, '')
    FROM verdicts WHERE run_id = )";
// The verdicts of the invocations a filter lets through (the WHERE clause follows).
const char16_t kFilteredVerdictSql[] = uR"(
    SELECT v.invocation_id, v.judge_id, v.status, v.correctness, v.completeness, v.relevance, v.format, v.coherence,
           v.following_instructions, v.overall, v.passed, coalesce(v.extra_scores, '')
    FROM verdicts v JOIN invocations i ON i.id = v.invocation_id JOIN scenarios s ON s.id = i.scenario_id
    LEFT JOIN overrides o ON o.id = (SELECT max(x.id) FROM overrides x WHERE x.invocation_id = i.id) AND o.passed IS NOT NULL )";

// One written row at a time, CSV (RFC 4180) or a JSON object per line, its cells appended as
// they are read: numbers as numbers (the shortest text that reads back the same value), texts as
// UTF-8, nothing localized, no QVariant or QJsonObject between.
class RowWriter
{
public:
    RowWriter(QIODevice &out, RunExport::Format format, const QStringList &columns) : m_out(out), m_json(format == RunExport::Format::Jsonl)
    {
        m_buffer.reserve((1 << 20) + (1 << 16));
        for (const QString &c : columns) {
            if (m_json) { // each member's key and colon, once
                std::string key;
                appendJson(key, c.toUtf8());
                m_keys.push_back(key + ':');
            } else {
                if (!m_buffer.empty())
                    m_buffer += ',';
                appendCsv(m_buffer, c.toUtf8());
            }
        }
        if (!m_json)
            m_buffer += '\n';
    }
    void cell(qint64 v)
    {
        sep();
        char text[24];
        m_buffer.append(text, size_t(std::to_chars(text, text + sizeof text, v).ptr - text));
    }
    void cell(double v)
    {
        sep();
        char text[32];
        if (std::isfinite(v))
            m_buffer.append(text, size_t(std::to_chars(text, text + sizeof text, v).ptr - text));
        else if (m_json)
            m_buffer += "null";
    }
    void cell(const QString &v) { cell(QByteArrayView(v.toUtf8())); }
    void cell(const QByteArray &utf8) { cell(QByteArrayView(utf8)); }
    void cell(QByteArrayView utf8)
    {
        sep();
        m_json ? appendJson(m_buffer, utf8) : appendCsv(m_buffer, utf8);
    }
    void flag(bool v)
    {
        sep();
        m_buffer += m_json ? (v ? "true" : "false") : (v ? "1" : "0");
    }
    void empty()
    {
        sep();
        if (m_json)
            m_buffer += "null";
    }
    void optionalReal(const ReadRows &q, int c) { q.isNull(c) ? empty() : cell(q.real(c)); }
    void optionalInt(const ReadRows &q, int c) { q.isNull(c) ? empty() : cell(q.int64(c)); }
    void optionalFlag(const ReadRows &q, int c) { q.isNull(c) ? empty() : flag(q.int64(c) != 0); }
    bool endRow()
    {
        if (m_json)
            m_buffer += m_column == 0 ? "{}" : "}";
        m_buffer += '\n';
        m_column = 0;
        ++m_rows;
        return m_buffer.size() < (1 << 20) || flush();
    }
    bool flush()
    {
        const bool ok = m_buffer.empty() || m_out.write(m_buffer.data(), qint64(m_buffer.size())) == qint64(m_buffer.size());
        m_buffer.clear(); // its capacity kept for the next megabyte
        return ok;
    }
    qint64 rows() const { return m_rows; }

private:
    // A field as CSV: quoted when it holds a comma, a quote or a line break.
    static void appendCsv(std::string &out, QByteArrayView utf8)
    {
        const bool quote = std::any_of(utf8.begin(), utf8.end(), [](char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; });
        if (!quote) {
            out.append(utf8.data(), size_t(utf8.size()));
            return;
        }
        out += '"';
        for (const char c : utf8) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    // A JSON string (RFC 8259): the quote, the backslash and the control characters escaped,
    // the rest as the UTF-8 it is.
    static void appendJson(std::string &out, QByteArrayView utf8)
    {
        const auto special = [](char c) { return c == '"' || c == '\\' || uchar(c) < 0x20; };
        out += '"';
        if (std::none_of(utf8.begin(), utf8.end(), special)) {
            out.append(utf8.data(), size_t(utf8.size()));
        } else {
            for (const char c : utf8) {
                if (!special(c)) {
                    out += c;
                    continue;
                }
                switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                default: {
                    const char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[(uchar(c) >> 4) & 0xf];
                    out += hex[uchar(c) & 0xf];
                }
                }
            }
        }
        out += '"';
    }
    // Between cells: CSV's comma; JSON's brace or comma, then the column's key.
    void sep()
    {
        if (m_json) {
            m_buffer += m_column == 0 ? '{' : ',';
            Q_ASSERT(size_t(m_column) < m_keys.size());
            m_buffer += m_keys[size_t(m_column)];
        } else if (m_column > 0) {
            m_buffer += ',';
        }
        ++m_column;
    }
    QIODevice &m_out;
    const bool m_json;
    std::vector<std::string> m_keys;
    std::string m_buffer; // std::string: a character appended inline (QByteArray 6.4 calls out for each)
    int m_column = 0;
    qint64 m_rows = 0;
};
} // namespace

QStringList RunExport::invocationColumns()
{
    return {u"invocation_id"_qs, u"work_item"_qs, u"scenario"_qs, u"task_type"_qs, u"variant"_qs, u"model_id"_qs, u"region"_qs,
            u"tier_requested"_qs, u"experiment"_qs, u"invocation"_qs, u"temperature"_qs, u"status"_qs, u"error_class"_qs,
            u"http_status"_qs, u"attempts"_qs, u"first_start_at_ms"_qs, u"t0_ms"_qs, u"ttft_ms"_qs, u"ttfr_ms"_qs, u"ttlb_ms"_qs,
            u"wall_ms"_qs, u"throttle_wait_ms"_qs, u"input_tokens"_qs, u"output_tokens"_qs, u"reasoning_tokens"_qs,
            u"cache_read_tokens"_qs, u"cache_write_tokens"_qs, u"tokens_estimated"_qs, u"streamed"_qs, u"tier_served"_qs, u"cost_usd"_qs, u"judge_cost_usd"_qs, u"jury_score"_qs,
            u"jury_pass"_qs, u"judges_used"_qs, u"disputed"_qs, u"override_pass"_qs, u"override_score"_qs,
            u"override_reason"_qs, u"override_author"_qs, u"override_at_ms"_qs, u"passed"_qs, u"score"_qs, u"response_text"_qs};
}

QStringList RunExport::verdictColumns()
{
    return {u"invocation_id"_qs, u"judge"_qs, u"status"_qs, u"dimension"_qs, u"score"_qs, u"passed"_qs};
}

QString RunExport::write(const Store &store, qint64 runId, QIODevice &out, qint64 *rows) const
{
    RunsReader runs(store);
    const QList<VariantInfo> variants = runs.variantInfo(runId, false), judges = runs.variantInfo(runId, true);
    if (!runs.error().isEmpty())
        return runs.error();
    if (variants.isEmpty() && runs.count(u"scenarios"_qs, runId) <= 0)
        return QStringLiteral("there is no run %1 in %2").arg(runId).arg(store.displayedLocation());
    QHash<qint64, const VariantInfo *> judgeOf;
    // The rows to write: the filter's invocations, and their verdicts (all of the run's, read
    // straight, when nothing is filtered).
    InvocationReader q(store);
    q.setJuryOnly(juryOnly);
    SqlText where = RawRead::sql(q);
    q.filterSql(where, runId, filter);
    const bool filtered = where.text().contains(u" AND "); // any criterion beside the run (some take no parameter)
    // In id order straight off the table (the rowid): on SQLite, the run's rows found between its
    // least and greatest id, and not through the run's index, which would sort every row (with its
    // answer) again.
    const VerdictSql verdict = verdictSql(juryOnly);
    SqlText invocationSql = RawRead::sql(q);
    invocationSql << QString::fromUtf16(kInvocationSql).arg(verdict.passed, verdict.score) << invocationFrom();
    q.filterSql(invocationSql, runId, filter, true);
    invocationSql << u" ORDER BY i.id";
    SqlText verdictSql = RawRead::sql(q);
    if (filtered)
        verdictSql << kFilteredVerdictSql << where << u" ORDER BY v.invocation_id";
    else
        verdictSql << kVerdictSql << param(runId) << u" ORDER BY invocation_id";
    QHash<qint64, int> judgeIndex;
    for (qsizetype j = 0; j < judges.size(); ++j) {
        judgeOf.insert(judges.at(j).id, &judges.at(j));
        judgeIndex.insert(judges.at(j).id, int(j));
    }

    if (shape == Shape::Verdicts) {
        RowWriter w(out, format, verdictColumns());
        ReadRows v = RawRead::select(q, verdictSql);
        while (v.next()) {
            const qint64 invocation = v.int64(0);
            const QByteArray judge = judgeOf.contains(v.int64(1)) ? judgeOf.value(v.int64(1))->label.toUtf8() : QByteArray::number(v.int64(1));
            const QByteArray status = v.utf8(2);
            const auto row = [&](QByteArrayView dimension, auto score) {
                w.cell(invocation);
                w.cell(judge);
                w.cell(status);
                w.cell(dimension);
                w.cell(score);
                w.optionalFlag(v, 10);
                return w.endRow();
            };
            for (int d = 0; d < 6; ++d)
                if (!v.isNull(3 + d) && !row(kDimensions[d], v.int64(3 + d)))
                    return out.errorString();
            const QJsonObject extra = QJsonDocument::fromJson(v.utf8(11)).object();
            for (auto it = extra.begin(); it != extra.end(); ++it)
                if (!row(it.key().toUtf8(), it.value().toDouble()))
                    return out.errorString();
        }
        if (!q.error().isEmpty())
            return q.error();
        if (rows)
            *rows = w.rows();
        return w.flush() ? QString() : out.errorString();
    }

    QStringList columns = invocationColumns();
    for (const VariantInfo &j : judges) {
        columns << j.label + u":status"_qs;
        for (const char *d : kDimensions)
            columns << j.label + u':' + QLatin1String(d);
        columns << j.label + u":overall"_qs << j.label + u":passed"_qs;
    }
    RowWriter w(out, format, columns);
    // The verdicts, in invocation order beside the invocations (both sorted by invocation id): a
    // merge, so neither is held whole. A second reader: one connection per stream.
    InvocationReader verdictReader(store);
    ReadRows i = RawRead::select(q, invocationSql);
    ReadRows v = RawRead::select(verdictReader, verdictSql);
    bool moreVerdicts = v.next();
    constexpr int perJudge = 9;
    // One judge's cells of the row being written, filled as its verdict is met.
    struct JudgeCells
    {
        bool seen = false;
        QByteArray status;
        std::optional<qint64> scores[6];
        std::optional<double> overall;
        std::optional<bool> passed;
    };
    std::vector<JudgeCells> judgeCells(size_t(judges.size()));
    // Each variant's four fields as UTF-8, once.
    QHash<qint64, std::array<QByteArray, 4>> variantFields;
    for (const VariantInfo &v : variants)
        variantFields.insert(v.id, {v.label.toUtf8(), v.modelId.toUtf8(), v.region.toUtf8(), v.tier.toUtf8()});
    while (i.next()) {
        const qint64 id = i.int64(0);
        w.cell(id);
        w.cell(i.int64(1));
        w.cell(i.utf8(2));
        w.cell(i.utf8(3));
        if (const auto it = variantFields.constFind(i.int64(4)); it != variantFields.cend()) {
            for (const QByteArray &f : *it)
                w.cell(f);
        } else { // a variant the run does not list (none, in a sound store): its id
            w.cell(i.int64(4));
            for (int k = 0; k < 3; ++k)
                w.empty();
        }
        w.cell(i.int64(5));
        w.cell(i.int64(6));
        w.cell(i.real(7));
        w.cell(i.utf8(8));
        w.cell(i.utf8(9));
        i.int64(10) ? w.cell(i.int64(10)) : w.empty();
        for (const int c : {11, 12, 13})
            w.cell(i.int64(c));
        w.optionalReal(i, 14);
        w.optionalReal(i, 15);
        for (const int c : {16, 17, 18})
            w.cell(i.real(c));
        for (const int c : {19, 20, 21, 39, 40}) // the tokens: input, output, reasoning, then the cache's read and written
            w.cell(i.int64(c));
        w.flag(i.int64(22) != 0);
        w.flag(i.int64(23) != 0);
        w.cell(i.utf8(24));
        w.cell(i.real(25));
        w.cell(i.real(26));
        w.optionalReal(i, 27);
        w.optionalFlag(i, 28);
        w.cell(i.int64(29));
        w.flag(i.int64(30) != 0);
        w.optionalFlag(i, 32);
        w.optionalReal(i, 33);
        w.cell(i.utf8(34));
        w.cell(i.utf8(35));
        w.optionalInt(i, 36);
        w.optionalFlag(i, 37);
        w.optionalReal(i, 38);
        w.cell(i.utf8(31));
        for (JudgeCells &j : judgeCells)
            j.seen = false;
        while (moreVerdicts && v.int64(0) < id)
            moreVerdicts = v.next(); // a verdict of an invocation that is not listed (none, in a sound store)
        while (moreVerdicts && v.int64(0) == id) {
            if (const auto at = judgeIndex.constFind(v.int64(1)); at != judgeIndex.cend()) {
                JudgeCells &j = judgeCells[size_t(*at)];
                j.seen = true;
                j.status.resize(0); // a copy, its capacity kept: utf8() is the statement's until its next step
                j.status.append(v.utf8(2));
                for (int d = 0; d < 6; ++d)
                    j.scores[d] = v.isNull(3 + d) ? std::nullopt : std::optional<qint64>(v.int64(3 + d));
                j.overall = v.isNull(9) ? std::nullopt : std::optional<double>(v.real(9));
                j.passed = v.isNull(10) ? std::nullopt : std::optional<bool>(v.int64(10) != 0);
            }
            moreVerdicts = v.next();
        }
        for (const JudgeCells &j : judgeCells) {
            if (!j.seen) {
                for (int k = 0; k < perJudge; ++k)
                    w.empty();
                continue;
            }
            w.cell(j.status);
            for (const auto &score : j.scores)
                score ? w.cell(*score) : w.empty();
            j.overall ? w.cell(*j.overall) : w.empty();
            j.passed ? w.flag(*j.passed) : w.empty();
        }
        if (!w.endRow())
            return out.errorString();
    }
    if (!q.error().isEmpty())
        return q.error();
    if (!verdictReader.error().isEmpty())
        return verdictReader.error();
    if (rows)
        *rows = w.rows();
    return w.flush() ? QString() : out.errorString();
}

} // namespace Quorum
