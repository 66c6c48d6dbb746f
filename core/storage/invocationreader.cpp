// The drill-down and search: the invocations behind a figure, and everything stored about one.
#include "invocationreader.h"

#include "overridereader.h"

#include <QRegularExpression>

#include <algorithm>

namespace Quorum {

QString invocationFrom()
{
    return u"FROM invocations i JOIN scenarios s ON s.id = i.scenario_id "_qs + overrideJoin();
}

QString overrideJoin()
{
    return u"LEFT JOIN overrides o ON o.id = (SELECT max(x.id) FROM overrides x WHERE x.invocation_id = i.id) AND o.passed IS NOT NULL "_qs;
}

VerdictSql verdictSql(bool juryOnly)
{
    if (juryOnly)
        return {u"i.jury_pass"_qs, u"i.jury_score"_qs, u"i.disputed"_qs};
    return {u"(CASE WHEN o.id IS NULL THEN i.jury_pass ELSE o.passed END)"_qs, u"coalesce(o.score, i.jury_score)"_qs,
            u"(CASE WHEN o.id IS NULL THEN i.disputed ELSE 0 END)"_qs};
}

QStringList searchWords(const QString &search)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_qs);
    QStringList words = search.toLower().split(separators, Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

SearchMatch searchMatch(const QStringList &words)
{
    const QString query = words.isEmpty() ? QString() : u'"' + words.join(u"\"* \""_qs) + u"\"*"_qs;
    return {query, query, query};
}

void invocationWhere(SqlText &sql, qint64 runId, const InvocationFilter &f, bool juryOnly, bool teamStore, const SearchMatch *match,
                     bool boundByIds)
{
    const VerdictSql verdict = verdictSql(juryOnly);
    if (runId < 0)
        sql << u"WHERE i.run_id > " << param(0);
    else if (boundByIds) // in id order straight off the table: the run's ids bound it, "+" keeps SQLite off the run's index
        sql << u"WHERE +i.run_id = " << param(runId) << u" AND i.id BETWEEN (SELECT min(id) FROM invocations WHERE run_id = "
            << param(runId) << u") AND (SELECT max(id) FROM invocations WHERE run_id = " << param(runId) << u")";
    else
        sql << u"WHERE i.run_id = " << param(runId);
    if (f.variantId >= 0)
        sql << u" AND i.variant_id = " << param(f.variantId);
    if (!f.taskType.isEmpty())
        sql << u" AND coalesce(nullif(s.task_type, ''), '(none)') = " << param(f.taskType);
    switch (f.verdict) {
    case InvocationFilter::Verdict::Any: break;
    case InvocationFilter::Verdict::Passed: sql << u" AND " << verdict.passed << u" = 1"; break;
    case InvocationFilter::Verdict::Failed: sql << u" AND " << verdict.passed << u" = 0"; break;
    case InvocationFilter::Verdict::Unscored: sql << u" AND i.status = 'ok' AND " << verdict.passed << u" IS NULL"; break;
    case InvocationFilter::Verdict::Error: sql << u" AND i.status <> 'ok'"; break;
    }
    if (!f.errorClass.isEmpty())
        sql << u" AND i.error_class = " << param(f.errorClass);
    if (f.disputedOnly) // the first term as the store's index of disputed answers has it (schema 11)
        sql << u" AND i.disputed <> 0 AND " << verdict.disputed << u" <> 0";
    if (f.overriddenOnly)
        sql << u" AND o.id IS NOT NULL";
    if (f.notOverridden)
        sql << u" AND o.id IS NULL";
    if (f.judgeFailedOnly)
        sql << u" AND i.status = 'ok' AND (i.jury_pass IS NULL OR EXISTS (SELECT 1 FROM verdicts v WHERE v.invocation_id = i.id"
               u" AND v.status IN ('failed', 'unparseable')))";
    if (f.temperature) // stored as the plan gave it; compared to the thousandth, as the temperature rollup keys it
        sql << u" AND abs(i.temperature - " << param(*f.temperature) << u") < 0.0005";
    if (f.experiment >= 0)
        sql << u" AND i.experiment = " << param(f.experiment);
    if (!QString(f.text).trimmed().isEmpty()) {
        QString pattern = f.text.trimmed().toLower();
        pattern.replace(u'\\', u"\\\\"_qs).replace(u'%', u"\\%"_qs).replace(u'_', u"\\_"_qs);
        pattern = u'%' + pattern + u'%';
        sql << u" AND (lower(s.prompt) LIKE " << param(pattern) << u" ESCAPE '\\' OR lower(coalesce(s.golden_answer, '')) LIKE "
            << param(pattern) << u" ESCAPE '\\' OR lower(coalesce(i.response_text, '')) LIKE " << param(pattern) << u" ESCAPE '\\')";
    }
    if (const QStringList words = searchWords(f.search); !words.isEmpty()) {
        // Each word as a word's start; all of them in one text: the prompt with its golden answer,
        // the answer, or a judge's rationale. The stores keep the indexes as they write (schema 6).
        // SQLite: each index gives a set of ids, and a row passes if it is in any (a matching
        // prompt is asked for by its scenario's id, not as the list of all its invocations).
        // PostgreSQL: one list of the ids from the three indexes (its bitmap scans), each part
        // kept to the run; a row of the run is then read by id.
        if (teamStore) {
            const QString query = words.join(u":* & "_qs) + u":*"_qs;
            const auto inRun = [&](const char16_t *alias) {
                if (runId >= 0)
                    sql << u" AND " << alias << u".run_id = " << param(runId);
            };
            sql << u" AND i.id IN (SELECT a.id FROM invocations a WHERE a.answer_tsv @@ to_tsquery('simple', " << param(query) << u")";
            inRun(u"a");
            sql << u" UNION SELECT x.id FROM scenarios p JOIN invocations x ON x.scenario_id = p.id WHERE p.scenario_tsv @@ to_tsquery('simple', "
                << param(query) << u")";
            inRun(u"p");
            sql << u" UNION SELECT v.invocation_id FROM verdicts v WHERE v.rationale_tsv @@ to_tsquery('simple', " << param(query) << u")";
            inRun(u"v");
            sql << u")";
        } else {
            // Each index is read only where it can match, and, in one run, only over the run's ids:
            // they all lie between its least and greatest (invocations_by_run, verdicts_by_run; schema 7).
            const SearchMatch asked = match ? *match : searchMatch(words);
            const auto idsOfRun = [&](const char16_t *column, const char16_t *table) {
                if (runId >= 0)
                    sql << u" AND " << column << u" BETWEEN (SELECT min(id) FROM " << table << u" WHERE run_id = " << param(runId)
                        << u") AND (SELECT max(id) FROM " << table << u" WHERE run_id = " << param(runId) << u")";
            };
            bool first = true;
            const auto either = [&] {
                sql << (first ? u" AND (" : u" OR ");
                first = false;
            };
            if (!asked.answer.isEmpty()) {
                either();
                sql << u"i.id IN (SELECT rowid FROM answer_fts WHERE answer_fts MATCH " << param(asked.answer);
                idsOfRun(u"rowid", u"invocations");
                sql << u")";
            }
            if (!asked.scenario.isEmpty()) {
                either();
                sql << u"i.scenario_id IN (SELECT rowid FROM scenario_fts WHERE scenario_fts MATCH " << param(asked.scenario) << u")";
            }
            if (!asked.rationale.isEmpty()) {
                either();
                sql << u"i.id IN (SELECT v.invocation_id FROM rationale_fts f CROSS JOIN verdicts v ON v.id = f.rowid WHERE rationale_fts MATCH "
                    << param(asked.rationale);
                idsOfRun(u"f.rowid", u"verdicts");
                sql << u")";
            }
            sql << (first ? u" AND 0" : u")");
        }
    }
}

namespace {
std::optional<double> optionalReal(const ReadRows &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<double>(q.real(column));
}

// The list's columns, read into `row` (the detail reads the same ones first).
QString rowColumns(bool juryOnly)
{
    const VerdictSql verdict = verdictSql(juryOnly);
    return u"i.id, i.work_item, i.variant_id, i.scenario_id, s.scenario_key, coalesce(nullif(s.task_type, ''), '(none)'),"
           u" i.experiment, i.invocation_index, i.temperature, CASE WHEN i.status = 'ok' THEN 1 ELSE 0 END,"
           u" coalesce(i.error_class, ''), i.ttft_ms, i.ttlb_ms, i.output_tokens, i.cost_usd, i.judge_cost_usd, "_qs
           + verdict.score + u", "_qs + verdict.passed + u", "_qs + verdict.disputed
           + u", i.attempts, substr(coalesce(i.response_text, ''), 1, 200), "_qs
           + (juryOnly ? u"0"_qs : u"CASE WHEN o.id IS NULL THEN 0 ELSE 1 END"_qs) + u", i.jury_pass, i.jury_score, substr(s.prompt, 1, 160)"_qs;
}
constexpr int kRowColumnCount = 25;

InvocationRow readRow(const ReadRows &q)
{
    InvocationRow r;
    r.id = q.int64(0);
    r.workItem = q.int64(1);
    r.variantId = q.int64(2);
    r.scenarioId = q.int64(3);
    r.scenarioKey = q.text(4);
    r.taskType = q.text(5);
    r.experiment = q.integer(6);
    r.invocationIndex = q.integer(7);
    r.temperature = q.real(8);
    r.ok = q.int64(9) != 0;
    r.errorClass = q.text(10);
    r.ttftMs = optionalReal(q, 11);
    r.ttlbMs = q.real(12);
    r.outputTokens = q.int64(13);
    r.costUsd = q.real(14);
    r.judgeCostUsd = q.real(15);
    r.juryScore = optionalReal(q, 16);
    if (!q.isNull(17))
        r.juryPass = q.int64(17) != 0;
    r.disputed = q.int64(18) != 0;
    r.attempts = q.integer(19);
    r.answerStart = q.text(20).simplified();
    r.overridden = q.int64(21) != 0;
    if (!q.isNull(22))
        r.juryOwnPass = q.int64(22) != 0;
    r.juryOwnScore = optionalReal(q, 23);
    r.promptStart = q.text(24).simplified();
    return r;
}
} // namespace

SearchMatch InvocationReader::searchMatch(const QStringList &words)
{
    // A word's start read as a prefix makes FTS5 merge every term it begins, whatever their
    // number, and the whole index whatever the run: slow for a word in nearly every text. Where
    // the vocabulary holds few terms beginning with the word, they are asked for as whole terms.
    // Only ASCII words are spelled so (the tokenizer folds other letters its own way).
    constexpr int kMostTerms = 8;
    static const QString kPastEveryTerm = QString::fromUcs4(U"\U0010FFFF");
    SearchMatch m;
    const auto ask = [&](const char *vocabulary) -> QString {
        QStringList parts;
        for (const QString &word : words) {
            const bool ascii = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
            bool ok = false;
            QStringList terms;
            if (ascii) {
                ReadRows q = exec(sql(u"SELECT term FROM ", QLatin1String(vocabulary), u" WHERE term >= ", param(word), u" AND term < ",
                                      param(QString(word + kPastEveryTerm)), u" LIMIT ", QString::number(kMostTerms + 1)),
                                  &ok);
                while (ok && q.next())
                    terms << q.text(0);
            }
            if (ok && terms.isEmpty())
                return {}; // no text of this kind holds this word
            if (!ok || terms.size() > kMostTerms) {
                parts << u'"' + word + u"\"*"_qs;
                continue;
            }
            for (QString &term : terms)
                term = u'"' + term.replace(u'"', u"\"\""_qs) + u'"';
            parts << (terms.size() == 1 ? terms.first() : u'(' + terms.join(u" OR "_qs) + u')');
        }
        return parts.join(u" AND "_qs);
    };
    m.scenario = ask("scenario_vocab");
    m.answer = ask("answer_vocab");
    m.rationale = ask("rationale_vocab");
    m_error.clear(); // a vocabulary that cannot be read leaves the word as typed
    return m;
}

void InvocationReader::filterSql(SqlText &sql, qint64 runId, const InvocationFilter &filter, bool boundByIds)
{
    const bool teamStore = !backend().searchesVocabularies();
    const QStringList words = searchWords(filter.search);
    if (teamStore || words.isEmpty())
        return invocationWhere(sql, runId, filter, m_juryOnly, teamStore, nullptr, boundByIds && !teamStore);
    const SearchMatch match = searchMatch(words);
    invocationWhere(sql, runId, filter, m_juryOnly, false, &match, boundByIds);
}

QList<InvocationRow> InvocationReader::invocations(qint64 runId, const InvocationFilter &filter)
{
    SqlText query = sql(u"SELECT ", rowColumns(m_juryOnly), u" ", invocationFrom());
    filterSql(query, runId, filter);
    bool ok = false;
    // The disputed answers through their own index (schema 11), then in order: walking the run in
    // work-item order to find a few disputed ones read all of it (`+` keeps SQLite from ordering by
    // the run's index; PostgreSQL plans it alone).
    const QString order = filter.disputedOnly ? u" ORDER BY +i.work_item LIMIT "_qs : u" ORDER BY i.work_item LIMIT "_qs;
    query << order << QString::number(std::max(0, filter.limit));
    ReadRows q = exec(query, &ok);
    QList<InvocationRow> out;
    while (ok && q.next())
        out.append(readRow(q));
    return out;
}

qint64 InvocationReader::invocationCount(qint64 runId, const InvocationFilter &filter)
{
    SqlText where = sql();
    filterSql(where, runId, filter);
    bool ok = false;
    // Counted over the invocations alone where nothing filtered on is the scenario's or an
    // override's (every invocation has its scenario; `o` is at most one row): a third less work.
    static const QRegularExpression scenarioColumn(u"\\bs\\."_qs), overrideColumn(u"\\bo\\."_qs);
    SqlText query = sql(u"SELECT count(*) FROM invocations i ");
    if (where.text().contains(scenarioColumn))
        query << u"JOIN scenarios s ON s.id = i.scenario_id ";
    if (where.text().contains(overrideColumn))
        query << overrideJoin();
    query << where; // its placeholders numbered from 1: this text has none before it
    ReadRows q = exec(query, &ok);
    return ok && q.next() ? q.int64(0) : 0;
}

std::optional<InvocationDetail> InvocationReader::invocation(qint64 invocationId)
{
    bool ok = false;
    ReadRows q = exec(sql(u"SELECT ", rowColumns(m_juryOnly),
                          u", s.prompt, coalesce(s.golden_answer, ''), coalesce(s.task_criteria, ''), coalesce(s.image, ''),"
                          u" coalesce(s.region, ''), coalesce(i.response_text, ''), i.ttfr_ms, i.wall_ms, i.throttle_wait_ms,"
                          u" i.first_start_at, i.t0, i.input_tokens, i.reasoning_tokens, i.tokens_estimated, i.streamed,"
                          u" coalesce(i.tier_served, ''), coalesce(i.http_status, 0), i.run_id ",
                          invocationFrom(), u"WHERE i.id = ", param(invocationId)),
                      &ok);
    if (!ok || !q.next())
        return std::nullopt;
    InvocationDetail d;
    d.row = readRow(q);
    int c = kRowColumnCount;
    d.prompt = q.text(c++);
    d.goldenAnswer = q.text(c++);
    d.criteria = q.text(c++);
    d.image = q.text(c++);
    d.scenarioRegion = q.text(c++);
    d.responseText = q.text(c++);
    d.ttfrMs = optionalReal(q, c++);
    d.wallMs = q.real(c++);
    d.throttleWaitMs = q.real(c++);
    d.firstStartAt = q.int64(c++);
    d.t0 = q.int64(c++);
    d.inputTokens = q.int64(c++);
    d.reasoningTokens = q.int64(c++);
    d.tokensEstimated = q.int64(c++) != 0;
    d.streamed = q.int64(c++) != 0;
    d.tierServed = q.text(c++);
    d.httpStatus = q.integer(c++);
    d.runId = q.int64(c++);
    d.row.answerStart = d.responseText.left(200).simplified();

    ReadRows v = exec(sql(uR"(SELECT judge_id, status, correctness, completeness, relevance, format, coherence, following_instructions,
                                 coalesce(extra_scores, ''), overall, weighted, passed, coalesce(rationale, ''), coalesce(raw_text, ''),
                                 input_tokens, output_tokens, cost_usd, latency_ms, repair_attempted
                          FROM verdicts WHERE invocation_id = )", param(invocationId), uR"( ORDER BY judge_id, id)"), &ok);
    while (ok && v.next()) {
        StoredVerdict s;
        s.judgeId = v.int64(0);
        s.status = v.text(1);
        for (int i = 0; i < 6; ++i)
            if (!v.isNull(2 + i))
                s.dimensions[i] = v.integer(2 + i);
        s.extraScores = v.text(8);
        s.overall = optionalReal(v, 9);
        s.weighted = optionalReal(v, 10);
        if (!v.isNull(11))
            s.passed = v.int64(11) != 0;
        s.rationale = v.text(12);
        s.rawText = v.text(13);
        s.inputTokens = v.int64(14);
        s.outputTokens = v.int64(15);
        s.costUsd = v.real(16);
        s.latencyMs = v.real(17);
        s.repairAttempted = v.int64(18) != 0;
        d.verdicts.append(s);
    }
    ReadRows a = exec(sql(uR"(SELECT attempt_no, started_at, duration_ms, coalesce(http_status, 0), coalesce(error_class, ''),
                                 coalesce(reason, ''), retry_delay_ms
                          FROM attempts WHERE invocation_id = )", param(invocationId), uR"( ORDER BY attempt_no, id)"), &ok);
    while (ok && a.next())
        d.attemptLog.append({a.integer(0), a.int64(1), a.real(2), a.integer(3), a.text(4), a.text(5), optionalReal(a, 6)});
    ReadRows e = exec(sql(u"SELECT class, message FROM errors WHERE invocation_id = ", param(invocationId), u" ORDER BY id"), &ok);
    while (ok && e.next())
        d.errorMessages.append(e.text(0) + u": "_qs + e.text(1));
    OverrideReader overrides(m_path);
    d.overrides = overrides.overrideHistory(invocationId);
    return d;
}

InvocationChoices InvocationReader::invocationChoices(qint64 runId)
{
    InvocationChoices c;
    bool ok = false;
    ReadRows t = exec(sql(u"SELECT DISTINCT coalesce(nullif(task_type, ''), '(none)') FROM scenarios WHERE run_id = ", param(runId)), &ok);
    while (ok && t.next())
        c.taskTypes << t.text(0);
    // From the errors table's index (one row per failed call), not a scan of every invocation.
    ReadRows e = exec(sql(u"SELECT DISTINCT class FROM errors WHERE run_id = ", param(runId), u" AND category = 'api'"), &ok);
    while (ok && e.next())
        c.errorClasses << e.text(0);
    ReadRows m = exec(sql(u"SELECT DISTINCT temperature_milli FROM variant_temperature_rollup WHERE run_id = ", param(runId)), &ok);
    while (ok && m.next())
        c.temperatures << m.int64(0) / 1000.0;
    c.taskTypes.sort();
    c.errorClasses.sort();
    std::sort(c.temperatures.begin(), c.temperatures.end());
    return c;
}

} // namespace Quorum
