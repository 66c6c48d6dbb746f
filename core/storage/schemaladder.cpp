#include "schemaladder.h"

namespace Quorum::StoreSchema {

namespace {
Column integer(const char *name) { return {name, Type::Integer}; }
Column integerNN(const char *name, const char *defaultValue = nullptr) { return {name, Type::Integer, true, defaultValue}; }
Column real(const char *name) { return {name, Type::Real}; }
Column realNN(const char *name, const char *defaultValue = nullptr) { return {name, Type::Real, true, defaultValue}; }
Column text(const char *name) { return {name, Type::Text}; }
Column textNN(const char *name) { return {name, Type::Text, true}; }
// A column holding the id of a row of `table`; its rows go with that row when `cascade`.
Column ref(const char *name, const char *table, bool cascade = false) { return {name, Type::Integer, true, nullptr, table, cascade}; }

// The columns every sum of answers keeps (the rollups by scenario, temperature and experiment).
std::vector<Column> answerSums(std::vector<Column> keys)
{
    for (const char *n : {"invocations", "errors", "scored", "passed", "disputed"})
        keys.push_back(integerNN(n));
    keys.push_back(realNN("score_sum"));
    keys.push_back(realNN("ttft_sum"));
    keys.push_back(integerNN("ttft_n"));
    keys.push_back(realNN("ttlb_sum"));
    keys.push_back(integerNN("ttlb_n"));
    keys.push_back(realNN("cost_usd"));
    keys.push_back(realNN("judge_cost_usd"));
    keys.push_back(integerNN("input_tokens"));
    keys.push_back(integerNN("output_tokens"));
    return keys;
}

// Version 10: the schema both stores had when they came onto one ladder (the local store's version 9,
// the team store's version 7).
Step version10()
{
    Step s{10, "the tables of a run, its rollups, baselines, people's verdicts and full-text search", {}};
    auto add = [&](Change c) { s.changes.push_back(std::move(c)); };

    add(Table{"meta", Ids::None, {textNN("key"), textNN("value")}, {"key"}});
    add(Table{"runs", Ids::Writer,
              {textNN("name"), textNN("plan_json"), text("scenario_fingerprint"), text("plan_fingerprint"),
               text("response_fingerprint"), text("judge_template"), textNN("status"), integerNN("created_at"),
               integer("started_at"), integer("finished_at")}});
    add(Table{"scenarios", Ids::Writer,
              {ref("run_id", "runs", true), textNN("scenario_key"), textNN("prompt"), text("golden_answer"), text("task_type"),
               text("task_criteria"), integer("expected_output_tokens"), text("image"), text("user_metrics"),
               real("temperature"), text("region")},
              {}, {{"run_id", "scenario_key"}}});
    add(Table{"variants", Ids::Writer,
              {ref("run_id", "runs", true), textNN("model_id"), textNN("provider"), textNN("model"), text("region"),
               textNN("tier_requested"), realNN("input_cost_per_1k"), realNN("output_cost_per_1k"), integer("target_rpm"),
               text("base_url"), text("display_name")},
              {}, {{"run_id", "model_id", "region", "tier_requested"}}});
    add(Table{"judges", Ids::Writer,
              {ref("run_id", "runs", true), textNN("model_id"), textNN("provider"), textNN("model"), text("region"),
               realNN("input_cost_per_1k"), realNN("output_cost_per_1k"), text("base_url"), text("display_name")},
              {}, {{"run_id", "model_id", "region"}}});
    add(Table{"invocations", Ids::Writer,
              {ref("run_id", "runs", true), ref("variant_id", "variants"), ref("scenario_id", "scenarios"),
               integerNN("work_item"), // the work item's stable number in the run's plan
               integerNN("experiment"), integerNN("invocation_index"), realNN("temperature"),
               textNN("status"), // ok | error
               text("error_class"), integerNN("first_start_at"), integerNN("t0"), real("ttft_ms"), real("ttfr_ms"),
               realNN("ttlb_ms"), realNN("wall_ms"), realNN("throttle_wait_ms"), integerNN("input_tokens"),
               integerNN("output_tokens"), integerNN("reasoning_tokens"), integerNN("tokens_estimated"), realNN("cost_usd"),
               integerNN("attempts"), text("tier_served"), integer("http_status"), integerNN("streamed"),
               text("response_text"), real("jury_score"), integer("jury_pass"), integerNN("judges_used", "0"),
               integerNN("disputed", "0"), realNN("judge_cost_usd", "0"),
               // the prompt cache's share of the input tokens, read from and written to it
               integerNN("cache_read_tokens", "0"), integerNN("cache_write_tokens", "0")},
              {}, {{"run_id", "work_item"}}, true});
    add(Table{"attempts", Ids::Database,
              {ref("invocation_id", "invocations", true), integerNN("attempt_no"), integerNN("started_at"),
               realNN("duration_ms"), integer("http_status"), text("error_class"), text("reason"), real("retry_delay_ms")},
              {}, {}, true});
    add(Table{"verdicts", Ids::Writer,
              {ref("run_id", "runs", true), ref("invocation_id", "invocations", true), ref("judge_id", "judges"),
               textNN("status"), // ok | repaired | unparseable | failed
               integer("correctness"), integer("completeness"), integer("relevance"), integer("format"),
               integer("coherence"), integer("following_instructions"), text("extra_scores"), real("overall"),
               real("weighted"), integer("passed"), text("rationale"), text("raw_text"), integerNN("input_tokens"),
               integerNN("output_tokens"), realNN("cost_usd"), realNN("latency_ms"), integerNN("repair_attempted")},
              {}, {}, true});
    add(Table{"errors", Ids::Database,
              {ref("run_id", "runs", true), integer("invocation_id"), integer("variant_id"), integer("judge_id"),
               integer("scenario_id"), textNN("category"), // api | judge | processing
               textNN("class"), textNN("message"), text("context"), integerNN("at")}});
    add(Table{"run_events", Ids::Database,
              {ref("run_id", "runs", true), integerNN("at"), textNN("kind"), text("message"), text("data")}});
    add(Index{"attempts_by_invocation", "attempts", {"invocation_id"}});
    add(Index{"verdicts_by_invocation", "verdicts", {"invocation_id"}});
    add(Index{"errors_by_run", "errors", {"run_id", "category", "class"}});
    add(Index{"events_by_run", "run_events", {"run_id", "at"}});
    add(Index{"invocations_by_scenario", "invocations", {"scenario_id"}}); // a matching prompt's invocations

    // The rollups the writer keeps in the transaction of the rows they sum, so that the analytics
    // read thousands of rows instead of millions (rollups.h says what each column adds up).
    add(Table{"variant_scenario_rollup", Ids::None, answerSums({integerNN("run_id"), integerNN("variant_id"), integerNN("scenario_id")}),
              {"run_id", "variant_id", "scenario_id"}});
    add(Table{"variant_hour_rollup", Ids::None,
              {integerNN("run_id"), integerNN("variant_id"), integerNN("hour_utc"), // whole hours since the epoch
               integerNN("calls"), realNN("ttft_sum"), integerNN("ttft_n"), realNN("ttlb_sum"), realNN("ttlb_max"),
               integerNN("retries"), realNN("throttle_wait_ms")},
              {"run_id", "variant_id", "hour_utc"}});
    add(Table{"variant_temperature_rollup", Ids::None,
              answerSums({integerNN("run_id"), integerNN("variant_id"), integerNN("temperature_milli")}),
              {"run_id", "variant_id", "temperature_milli"}});
    add(Table{"scenario_experiment_rollup", Ids::None,
              answerSums({integerNN("run_id"), integerNN("variant_id"), integerNN("scenario_id"), integerNN("experiment")}),
              {"run_id", "variant_id", "scenario_id", "experiment"}});
    add(Table{"metric_histogram", Ids::None,
              {integerNN("run_id"), integerNN("variant_id"),
               integerNN("metric"), // 0 TTFT ms, 1 TTLB ms, 2 decode tokens/s, 3 output tokens, 4 jury score
               integerNN("bin"),    // floor(ln(value) / ln(1.001)); -1000000 for values <= 0
               integerNN("n"), realNN("sum")},
              {"run_id", "variant_id", "metric", "bin"}});
    add(Table{"judge_rollup", Ids::None,
              {integerNN("run_id"), integerNN("judge_id"), integerNN("variant_id"), integerNN("verdicts"), realNN("score_sum"),
               realNN("panel_sum"), integerNN("passes"), integerNN("correctness"), integerNN("completeness"),
               integerNN("relevance"), integerNN("format"), integerNN("coherence"), integerNN("following_instructions")},
              {"run_id", "judge_id", "variant_id"}});
    add(Table{"agreement_rollup", Ids::None,
              {integerNN("run_id"), integerNN("dimension"), integerNN("c"), integerNN("k"), realNN("weight")},
              {"run_id", "dimension", "c", "k"}});
    add(Table{"rollup_pending", Ids::None, // batches whose sums are still in the writer's memory
              {integerNN("batch"), {"invocation_ids", Type::Bytes, true}}, // packed little-endian 64-bit ids
              {"batch"}, {}, false, true});
    add(Table{"fleiss_rollup", Ids::None,
              {integerNN("run_id"), integerNN("raters"), integerNN("units"), realNN("agreement_sum"), integerNN("passes")},
              {"run_id", "raters"}});

    // Baselines (a run pinned under a name) and the checks of runs against them.
    add(Table{"baselines", Ids::None,
              {textNN("name"), ref("run_id", "runs"), integerNN("pinned_at"), textNN("pinned_by")}, {"name"}});
    add(Table{"baseline_checks", Ids::Database,
              {ref("run_id", "runs"), ref("baseline_run_id", "runs"),
               textNN("baseline_name"), // '' when the baseline was named by its run id
               integerNN("checked_at"), integerNN("regressions"),
               textNN("result")}}); // the check as JSON
    add(Index{"baseline_checks_by_baseline", "baseline_checks", {"baseline_run_id", "checked_at"}});

    // People's verdicts overruling the jury's, one row per edit (the newest counts).
    add(Table{"overrides", Ids::Database,
              {ref("run_id", "runs"), ref("invocation_id", "invocations"),
               integer("passed"), // NULL: the override withdrawn, the jury's verdict counts again
               real("score"),     // NULL: the jury's score stands
               integer("correctness"), integer("completeness"), integer("relevance"), integer("format"),
               integer("coherence"), integer("following_instructions"), textNN("reason"), textNN("author"), integerNN("at")}});
    add(Index{"overrides_by_invocation", "overrides", {"invocation_id", "id"}});
    add(Index{"overrides_by_run", "overrides", {"run_id", "invocation_id"}});

    // Full-text search over answers, prompts with their golden answers, and the judges' rationales.
    for (const TextSearch &search : textSearches())
        add(search);
    return s;
}

// Version 11: a run's rows found by its id on both stores, and its disputed answers without a scan
// of the run (the report and the review list them).
Step version11()
{
    return {11, "indexes by run, and of disputed answers",
            {Index{"invocations_by_run", "invocations", {"run_id"}}, Index{"verdicts_by_run", "verdicts", {"run_id"}},
             Index{"invocations_disputed", "invocations", {"run_id"}, "disputed <> 0"}}};
}
} // namespace

std::vector<TextSearch> textSearches()
{
    return {{"answer", "invocations", {QStringLiteral("response_text")}},
            {"scenario", "scenarios", {QStringLiteral("prompt"), QStringLiteral("golden_answer")}},
            {"rationale", "verdicts", {QStringLiteral("rationale")}}};
}

const std::vector<Step> &ladder()
{
    static const std::vector<Step> steps = {version10(), version11()};
    return steps;
}

QStringList Dialect::render(const Change &change) const
{
    return std::visit(
        [&](const auto &c) -> QStringList {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, Table>)
                return table(c);
            else if constexpr (std::is_same_v<T, Index>)
                return index(c);
            else if constexpr (std::is_same_v<T, TextSearch>)
                return search(c);
            else
                return addColumn(c);
        },
        change);
}

QString Dialect::names(const std::vector<const char *> &columns)
{
    QStringList out;
    for (const char *n : columns)
        out << QLatin1String(n);
    return out.join(u", "_qs);
}

QString Dialect::column(const Column &c, bool key, bool reference) const
{
    QString line = QLatin1String(c.name) + u' ' + typeName(c.type);
    if (key)
        line += u" PRIMARY KEY"_qs;
    else if (c.notNull)
        line += u" NOT NULL"_qs;
    if (c.defaultValue)
        line += u" DEFAULT "_qs + QLatin1String(c.defaultValue);
    if (c.references && reference)
        line += QStringLiteral(" REFERENCES %1(id)").arg(QLatin1String(c.references)) + (c.cascade ? u" ON DELETE CASCADE"_qs : QString());
    return line;
}

QString Dialect::createTable(const Table &t, const QString &suffix) const
{
    QStringList lines;
    if (t.ids != Ids::None)
        lines << idColumn(t.ids);
    const bool references = declaresReferences(t);
    for (const Column &c : t.columns)
        lines << column(c, t.key.size() == 1 && qstrcmp(t.key.front(), c.name) == 0, references);
    for (const auto &u : t.unique)
        lines << u"UNIQUE ("_qs + names(u) + u')';
    if (t.key.size() > 1)
        lines << u"PRIMARY KEY ("_qs + names(t.key) + u')';
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(QLatin1String(t.name), lines.join(u", "_qs)) + suffix;
}

QStringList Dialect::table(const Table &t) const
{
    return {createTable(t)};
}

QStringList Dialect::index(const Index &x) const
{
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(%3)").arg(QLatin1String(x.name), QLatin1String(x.table), names(x.columns))
            + (x.where ? u" WHERE "_qs + QLatin1String(x.where) : QString())};
}

QStringList Dialect::addColumn(const AddColumn &c) const
{
    return {QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(QLatin1String(c.table), column(c.column, false, true))};
}

QStringList statements(const Dialect &dialect, int from, int to)
{
    QStringList sql;
    for (const Step &step : ladder())
        if (step.version > from && step.version <= to)
            for (const Change &change : step.changes)
                sql << dialect.render(change);
    return sql;
}

} // namespace Quorum::StoreSchema
