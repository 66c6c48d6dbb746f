#pragma once

#include "sqltext.h"

#include "../domain/records.h"

#include <QList>
#include <QStringList>
#include <QVariantList>
#include <QString>

#include <optional>

namespace Quorum {

// Which of a run's invocations to list (the drill-down behind a leaderboard row, a heatmap cell
// or a chart's point). Every criterion left at its default lets everything through.
struct InvocationFilter
{
    enum class Verdict { Any, Passed, Failed, Unscored, Error };
    qint64 variantId = -1;
    QString taskType;               // as stored; "(none)" lists the scenarios that name none
    Verdict verdict = Verdict::Any; // Unscored: answered, with no jury outcome; Error: no answer
    QString errorClass;
    bool disputedOnly = false;
    bool overriddenOnly = false;    // only items a person's override counts for
    bool notOverridden = false;     // only items no override counts for
    bool judgeFailedOnly = false;   // answered items a judge's verdict failed or was unreadable on, or the jury gave none
    std::optional<double> temperature;
    int experiment = -1;
    QString text;                   // in the prompt, the golden answer or the answer, any case
    // Full-text search (docs/METRICS.md, "Search"): every word, as a word or a word's start, in
    // the prompt or golden answer, in the answer, or in one judge's rationale; any case.
    QString search;
    int limit = 5000;               // rows listed at most, in work-item order
};

// The FROM clause of every invocation list: invocations `i`, their scenarios `s`, and `o`, the
// override that counts for each (its columns NULL where none does).
QString invocationFrom();
// Its override part alone: `o` for invocations `i`.
QString overrideJoin();
// An item's verdict, score and disputed flag as SQL over invocationFrom(): a person's override
// where one counts, else the jury's; with `juryOnly`, the jury's always.
struct VerdictSql
{
    QString passed, score, disputed;
};
VerdictSql verdictSql(bool juryOnly);

// A search's words as SQLite's three indexes are asked for them (FTS5 queries): the prompt with
// its golden answer, the answer, a judge's rationale. An empty query: no text of that kind can
// hold every word, and that index is not read.
struct SearchMatch
{
    QString scenario, answer, rationale;
};
// The words as typed: each one a word's start, in every index.
SearchMatch searchMatch(const QStringList &words);

// The SQL WHERE clause of `filter` over invocationFrom() (run `runId`), written into `sql` with its
// parameters. Only the criteria in use appear (PostgreSQL types each parameter once).
// Verdicts are those of verdictSql(juryOnly). The drill-down's list and count and the exports share it.
// `teamStore`: the SQL of PostgreSQL's full-text search instead of SQLite's FTS5. A run id below 0
// searches every run.
// `match`: how to ask the indexes (InvocationReader::filterSql reads their vocabularies for it);
// without it, searchMatch(searchWords(filter.search)).
// `boundByIds`: the run's rows found by their ids, between its least and greatest (SQLite, read in
// id order straight off the table, as the exports read them).
void invocationWhere(SqlText &sql, qint64 runId, const InvocationFilter &filter, bool juryOnly = false, bool teamStore = false,
                     const SearchMatch *match = nullptr, bool boundByIds = false);
// The words of a full-text search as the stores match them: letters and digits, lower case.
QStringList searchWords(const QString &search);

// What a run's invocations can be filtered by: its task types, the error classes that ended
// its calls, its temperatures.
struct InvocationChoices
{
    QStringList taskTypes, errorClasses;
    QList<double> temperatures;
};

// One invocation in a list: enough to see what happened without opening it.
struct InvocationRow
{
    qint64 id = 0;
    qint64 workItem = 0;
    qint64 variantId = 0;
    qint64 scenarioId = 0;
    QString scenarioKey;
    QString promptStart;            // the scenario's prompt, its first characters on one line
    QString taskType;
    int experiment = 0;
    int invocationIndex = 0;
    double temperature = 0;
    bool ok = false;
    QString errorClass;
    std::optional<double> ttftMs;
    double ttlbMs = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;             // the model's; the jury's is judgeCostUsd
    double judgeCostUsd = 0;
    // The item's verdict as it counts: a person's override where there is one (unless read jury-only).
    std::optional<double> juryScore;
    std::optional<bool> juryPass;
    bool disputed = false;
    bool overridden = false;        // juryPass and juryScore are a person's
    std::optional<bool> juryOwnPass; // the jury's own verdict and score, overridden or not
    std::optional<double> juryOwnScore;
    int attempts = 1;
    QString answerStart;            // the answer's first characters, on one line
};

// One judge's verdict on an invocation, as stored.
struct StoredVerdict
{
    qint64 judgeId = 0;
    QString status;                 // ok | repaired | unparseable | failed
    std::optional<int> dimensions[6]; // correctness … following instructions
    QString extraScores;            // user dimensions, JSON as stored
    std::optional<double> overall, weighted;
    std::optional<bool> passed;
    QString rationale, rawText;
    qint64 inputTokens = 0, outputTokens = 0;
    double costUsd = 0, latencyMs = 0;
    bool repairAttempted = false;
};

// One try at calling the model.
struct StoredAttempt
{
    int number = 1;
    qint64 startedAt = 0;
    double durationMs = 0;
    int httpStatus = 0;
    QString errorClass, reason;
    std::optional<double> retryDelayMs;
};

// Everything stored about one invocation: the scenario, the answer, the jury, the attempts.
struct InvocationDetail
{
    qint64 runId = 0;               // the run it belongs to
    InvocationRow row;
    QString prompt, goldenAnswer, criteria, image, scenarioRegion;
    QString responseText;
    std::optional<double> ttfrMs;
    double wallMs = 0, throttleWaitMs = 0;
    qint64 firstStartAt = 0, t0 = 0;
    qint64 inputTokens = 0, reasoningTokens = 0;
    bool tokensEstimated = false, streamed = false;
    QString tierServed;
    int httpStatus = 0;
    QList<StoredVerdict> verdicts;
    QList<StoredAttempt> attemptLog;
    QStringList errorMessages;      // the errors table's messages for this invocation, in order
    QList<OverrideRecord> overrides; // people's edits of its verdict, oldest first
};

} // namespace Quorum
