#include "planfile.h"

#include "../jury/judgetemplate.h"
#include "../jury/scorers.h"
#include "inputrecord.h"
#include "jsondocument.h"
#include "judgequestions.h"
#include "profileimporter.h"
#include "scenarioimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PlanFile", text); }
constexpr int kPlanFormat = 1;

// Reads one section that is a path, a list of paths, or a list of embedded items.
template<typename Item, typename FromFile, typename FromRecord>
QList<Item> readSection(const JsonInput &input, const QString &file, const QString &key, FromFile fromFile,
                        FromRecord fromRecord, Diagnostics &diagnostics)
{
    const QJsonValue value = input.root.value(key);
    const QString baseDir = QFileInfo(file).absolutePath();
    QList<Item> items;
    auto includeFile = [&](const QString &relative, int line) {
        const QString path = QDir(baseDir).absoluteFilePath(relative);
        if (!QFileInfo::exists(path)) {
            diagnostics.error(file, line, tr("\"%1\" names %2, which does not exist").arg(key, path));
            return;
        }
        items += fromFile(TextSource::fromFile(path, diagnostics));
    };
    if (value.isString()) {
        includeFile(value.toString(), input.locator.lineOf(key));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int line = input.locator.lineOf(jsonPath(key, i));
            if (array.at(i).isString())
                includeFile(array.at(i).toString(), line);
            else if (array.at(i).isObject()) {
                if (auto item = fromRecord(recordAt(file, array.at(i).toObject(), jsonPath(key, i), input.locator), baseDir))
                    items.append(std::move(*item));
            } else
                diagnostics.error(file, line, tr("each entry of \"%1\" must be a file name or an object").arg(key));
        }
    } else if (!value.isUndefined() && !value.isNull()) {
        diagnostics.error(file, input.locator.lineOf(key), tr("\"%1\" must be a file name or a list").arg(key));
    }
    return items;
}

} // namespace

const QList<SettingRange> &settingRanges()
{
    static const QList<SettingRange> ranges = {
        {"parallel", 1, 1024, true},           {"invocations", 1, 10000, true},
        {"experiments", 1, 1000, true},        {"experiment_wait_seconds", 0, 86400, true},
        {"temperature_variations", 0, 8, true}, {"temperature", 0, 2, false},
        {"max_output_tokens", 1, 1'000'000, true}, {"pass_threshold", 1, 5, false},
        {"dispute_threshold", 0, 4, false},    {"budget_usd", 0, 1e9, false},
        {"answers_from_run", -1, 9e15, true},
    };
    return ranges;
}

SettingRange settingRange(const char *key)
{
    for (const SettingRange &r : settingRanges())
        if (qstrcmp(r.key, key) == 0)
            return r;
    Q_ASSERT_X(false, "settingRange", key);
    return {key, 0, 0, false};
}

std::optional<RunSettings> settingsFromRecord(const InputRecord &record, Diagnostics &diagnostics)
{
    RecordReader r(record, diagnostics);
    const QJsonObject defaults = RunSettings().toJson();
    r.warnUnknown(defaults.keys());

    for (const SettingRange &range : settingRanges()) {
        const QString k = QString::fromLatin1(range.key);
        std::optional<double> v = r.number(k);
        if (v && range.whole && *v != std::floor(*v))
            r.error(k, tr("\"%1\" must be a whole number, not %2").arg(k).arg(*v));
        else if (v && (*v < range.low || *v > range.high))
            r.error(k, tr("\"%1\" must be between %2 and %3, not %4").arg(k).arg(range.low).arg(range.high).arg(*v));
    }
    if (const auto mode = r.text(u"prompt_optimization"_qs); mode && !promptOptimizationFromName(*mode))
        r.error(u"prompt_optimization"_qs, tr("\"prompt_optimization\" must be none, optimize-only or evaluate-both, not \"%1\"").arg(*mode));
    if (const auto rule = r.text(u"pass_rule"_qs); rule && *rule != u"mean" && *rule != u"majority")
        r.error(u"pass_rule"_qs, tr("\"pass_rule\" must be \"mean\" or \"majority\", not \"%1\"").arg(*rule));
    for (const char *flag : {"latency_only", "streaming"})
        if (r.has(QString::fromLatin1(flag)) && !record.fields.value(QLatin1String(flag)).isBool())
            r.error(QString::fromLatin1(flag), tr("\"%1\" must be true or false").arg(QString::fromLatin1(flag)));
    r.list(u"user_defined_metrics"_qs);
    for (const QString &name : r.list(u"scorers"_qs))
        if (!scorerFromName(name))
            r.error(u"scorers"_qs, tr("unknown scorer \"%1\"; use %2").arg(name, scorerNames().join(u", ")));
    if (r.failed())
        return std::nullopt;
    return RunSettings::fromJson(record.fields);
}

namespace {
void readSettings(const JsonInput &input, const QString &file, RunSettings *settings, Diagnostics &diagnostics)
{
    const QJsonValue value = input.root.value(u"settings");
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        diagnostics.error(file, input.locator.lineOf(u"settings"_qs), tr("\"settings\" must be an object"));
        return;
    }
    if (auto read = settingsFromRecord(recordAt(file, value.toObject(), u"settings"_qs, input.locator), diagnostics))
        *settings = *read;
}
// "judge_template": a template file (relative to the plan), or {"name", "text"} as a stored
// run keeps it.
void readJudgeTemplate(const JsonInput &input, const QString &file, QString *text, Diagnostics &diagnostics)
{
    const QJsonValue value = input.root.value(u"judge_template");
    const int line = input.locator.lineOf(u"judge_template"_qs);
    if (value.isString()) {
        const QString path = QFileInfo(file).absoluteDir().absoluteFilePath(value.toString());
        if (!QFileInfo::exists(path))
            diagnostics.error(file, line, tr("\"judge_template\" names %1, which does not exist").arg(path));
        else if (const auto t = JudgeTemplate::load(path, diagnostics))
            *text = t->text();
    } else if (value.isObject()) {
        Diagnostics inner;
        if (const auto t = JudgeTemplate::parse(file, value.toObject().value(u"text").toString(), inner))
            *text = t->text();
        else
            diagnostics.error(file, line, tr("the stored judge template is not usable: %1")
                                              .arg(inner.items().isEmpty() ? QString() : inner.items().first().message));
    } else if (!value.isUndefined() && !value.isNull()) {
        diagnostics.error(file, line, tr("\"judge_template\" must be a file name"));
    }
}
// "csv_columns": {"prompt", "golden_answer", "image", "task_type", "task_criteria", "task_type_column",
// "task_criteria_column"}: how the
// plan's CSV scenario files are read; the command line's choices win.
CsvColumns readCsvColumns(const JsonInput &input, const QString &file, const CsvColumns &given, Diagnostics &diagnostics)
{
    CsvColumns c;
    const QJsonValue value = input.root.value(u"csv_columns");
    if (value.isObject()) {
        const InputRecord record = recordAt(file, value.toObject(), u"csv_columns"_qs, input.locator);
        RecordReader r(record, diagnostics);
        r.warnUnknown({u"prompt"_qs, u"golden_answer"_qs, u"image"_qs, u"task_type"_qs, u"task_criteria"_qs, u"task_type_column"_qs,
                       u"task_criteria_column"_qs});
        c.prompt = r.text(u"prompt"_qs).value_or(QString());
        c.golden = r.text(u"golden_answer"_qs).value_or(QString());
        c.image = r.text(u"image"_qs).value_or(QString());
        c.taskType = r.text(u"task_type"_qs).value_or(QString());
        c.taskCriteria = r.text(u"task_criteria"_qs).value_or(QString());
        c.taskTypeColumn = r.text(u"task_type_column"_qs).value_or(QString());
        c.taskCriteriaColumn = r.text(u"task_criteria_column"_qs).value_or(QString());
    } else if (!value.isUndefined() && !value.isNull()) {
        diagnostics.error(file, input.locator.lineOf(u"csv_columns"_qs), tr("\"csv_columns\" must be an object"));
    }
    for (auto [mine, theirs] : {std::pair{&c.prompt, &given.prompt}, std::pair{&c.golden, &given.golden},
                                std::pair{&c.image, &given.image}, std::pair{&c.taskType, &given.taskType},
                                std::pair{&c.taskCriteria, &given.taskCriteria}, std::pair{&c.taskTypeColumn, &given.taskTypeColumn},
                                std::pair{&c.taskCriteriaColumn, &given.taskCriteriaColumn}})
        if (!theirs->isEmpty())
            *mine = *theirs;
    return c;
}
} // namespace

QList<std::pair<QString, QString>> missingParts(const RunPlan &plan)
{
    QList<std::pair<QString, QString>> missing;
    if (plan.scenarios.isEmpty())
        missing.append({u"scenarios"_qs, tr("the plan has no scenarios")});
    if (plan.models.isEmpty())
        missing.append({u"models"_qs, tr("the plan has no models")});
    if (plan.judges.isEmpty() && !plan.settings.latencyOnly && plan.settings.scorers.isEmpty())
        missing.append({u"judges"_qs, tr("the plan has no judges; add some, name \"scorers\", or set \"latency_only\": true")});
    return missing;
}

std::optional<RunPlan> loadPlan(const TextSource &source, Diagnostics &diagnostics, const CsvColumns &columns)
{
    Diagnostics found;
    const auto input = readJsonObject(source, found);
    if (!input) {
        diagnostics.append(found);
        return std::nullopt;
    }
    const QString file = source.fileName();
    RunPlan plan;
    const QJsonValue format = input->root.value(u"quorum_plan");
    if (format.isUndefined())
        found.error(file, 1, tr("not a Quorum plan: \"quorum_plan\": %1 is missing").arg(kPlanFormat));
    else if (format.toInt(-1) < 1 || format.toInt() > kPlanFormat)
        found.error(file, input->locator.lineOf(u"quorum_plan"_qs),
                    tr("plan format %1 is newer than this Quorum understands (%2)").arg(format.toVariant().toString()).arg(kPlanFormat));
    const QJsonValue name = input->root.value(u"name");
    if (!name.isUndefined() && !name.isString())
        found.error(file, input->locator.lineOf(u"name"_qs), tr("\"name\" must be text"));
    plan.name = name.toString(QFileInfo(file).completeBaseName());

    const CsvColumns csv = readCsvColumns(*input, file, columns, found);
    plan.csvColumns = input->root.value(u"csv_columns").toObject();
    plan.scenarios = readSection<Scenario>(
        *input, file, u"scenarios"_qs, [&](const TextSource &s) { return importScenarios(s, found, csv); },
        [&](const InputRecord &r, const QString &dir) { return scenarioFromRecord(r, dir, found); }, found);
    plan.models = readSection<ModelVariant>(
        *input, file, u"models"_qs, [&](const TextSource &s) { return importProfiles(s, ProfileKind::Model, found); },
        [&](const InputRecord &r, const QString &) { return profileFromRecord(r, ProfileKind::Model, found); }, found);
    plan.judges = readSection<JudgeProfile>(
        *input, file, u"judges"_qs, [&](const TextSource &s) { return importProfiles(s, ProfileKind::Judge, found); },
        [&](const InputRecord &r, const QString &) { return profileFromRecord(r, ProfileKind::Judge, found); }, found);
    numberRepeatedScenarios(plan.scenarios, found);
    checkDuplicateProfiles(plan.models, ProfileKind::Model, found);
    checkDuplicateProfiles(plan.judges, ProfileKind::Judge, found);

    const QJsonValue questions = input->root.value(u"judge_questions");
    if (questions.isString()) {
        const QString path = QFileInfo(file).absoluteDir().absoluteFilePath(questions.toString());
        if (auto criteria = importJudgeQuestions(TextSource::fromFile(path, found), found))
            plan.criteria = *criteria;
    } else if (questions.isObject()) {
        if (auto criteria = judgeCriteriaFromJson(file, questions.toObject(), u"judge_questions"_qs, input->locator, found))
            plan.criteria = *criteria;
    } else if (!questions.isUndefined() && !questions.isNull()) {
        found.error(file, input->locator.lineOf(u"judge_questions"_qs), tr("\"judge_questions\" must be a file name or an object"));
    }
    readSettings(*input, file, &plan.settings, found);
    readJudgeTemplate(*input, file, &plan.judgeTemplate, found);
    for (const QJsonValue &v : input->root.value(u"optimized_prompts").toArray()) { // as a stored run keeps them
        const QJsonObject o = v.toObject();
        ModelVariant m;
        m.modelId = o.value(u"model_id").toString();
        m.region = o.value(u"region").toString();
        plan.optimizedPrompts.insert(optimizedPromptKey(o.value(u"scenario").toString(), m), o.value(u"prompt").toString());
    }

    const QStringList known = {u"quorum_plan"_qs, u"name"_qs, u"scenarios"_qs, u"csv_columns"_qs, u"models"_qs, u"judges"_qs,
                               u"judge_questions"_qs, u"settings"_qs, u"judge_template"_qs, u"optimized_prompts"_qs};
    for (const QString &key : input->root.keys())
        if (!known.contains(key))
            found.warning(file, input->locator.lineOf(key), tr("unknown field \"%1\" (ignored)").arg(key));
    if (!found.hasErrors()) {
        for (const auto &[key, message] : missingParts(plan))
            found.error(file, input->locator.lineOf(key), message, key);
    }
    diagnostics.append(found);
    if (found.hasErrors())
        return std::nullopt;
    return plan;
}

QJsonObject csvColumnsToJson(const CsvColumns &c)
{
    QJsonObject o;
    for (const auto &[key, value] : {std::pair{u"prompt"_qs, c.prompt}, {u"golden_answer"_qs, c.golden}, {u"image"_qs, c.image},
                                     {u"task_type"_qs, c.taskType}, {u"task_criteria"_qs, c.taskCriteria},
                                     {u"task_type_column"_qs, c.taskTypeColumn}, {u"task_criteria_column"_qs, c.taskCriteriaColumn}})
        if (!value.isEmpty())
            o.insert(key, value);
    return o;
}

QJsonObject scenarioToJson(const Scenario &s)
{
    QJsonObject o{{u"id"_qs, s.id}, {u"text_prompt"_qs, s.prompt}, {u"golden_answer"_qs, s.goldenAnswer}};
    if (!s.choices.isEmpty()) {
        o.insert(u"choices"_qs, QJsonArray::fromStringList(s.choices));
        o.insert(u"correct_choice"_qs, s.correctChoice);
    }
    if (!s.scorer.isEmpty())
        o.insert(u"scorer"_qs, s.scorer);
    if (!s.taskType.isEmpty() || !s.taskCriteria.isEmpty())
        o.insert(u"task"_qs, QJsonObject{{u"task_type"_qs, s.taskType}, {u"task_criteria"_qs, s.taskCriteria}});
    if (s.expectedOutputTokens > 0)
        o.insert(u"expected_output_tokens"_qs, s.expectedOutputTokens);
    if (!s.image.isEmpty())
        o.insert(u"url_image"_qs, s.image);
    if (!s.userMetrics.isEmpty())
        o.insert(u"user_defined_metrics"_qs, QJsonArray::fromStringList(s.userMetrics));
    if (s.temperature)
        o.insert(u"temperature"_qs, *s.temperature);
    if (!s.region.isEmpty())
        o.insert(u"region"_qs, s.region);
    return o;
}

QJsonObject profileToJson(const ModelVariant &m)
{
    QJsonObject o{{u"model_id"_qs, m.modelId},
                  {u"input_token_cost"_qs, m.inputCostPer1k},
                  {u"output_token_cost"_qs, m.outputCostPer1k}};
    if (!m.region.isEmpty())
        o.insert(u"region"_qs, m.region);
    if (m.tier != ServiceTier::Default)
        o.insert(u"service_tier"_qs, tierName(m.tier));
    if (m.targetRpm)
        o.insert(u"target_rpm"_qs, *m.targetRpm);
    if (!m.baseUrl.isEmpty())
        o.insert(u"base_url"_qs, m.baseUrl);
    if (!m.apiKeyEnv.isEmpty())
        o.insert(u"api_key_env"_qs, m.apiKeyEnv);
    if (!m.displayName.isEmpty())
        o.insert(u"display_name"_qs, m.displayName);
    if (m.optimizedPrompts)
        o.insert(u"optimized_prompts"_qs, true);
    if (m.listPrice) {
        QJsonObject listed{{u"read_on"_qs, m.priceReadOn.toString(Qt::ISODate)}, {u"source"_qs, m.priceSource},
                           {u"catalog_version"_qs, m.catalogVersion}};
        writeTokenPrice(listed, *m.listPrice);
        o.insert(u"list_price"_qs, listed);
    }
    return o;
}

QJsonObject planToJson(const RunPlan &plan)
{
    QJsonArray scenarios, models, judges, categories;
    for (const Scenario &s : plan.scenarios)
        scenarios.append(scenarioToJson(s));
    for (const ModelVariant &m : plan.models)
        models.append(profileToJson(m));
    for (const JudgeProfile &j : plan.judges)
        judges.append(profileToJson(j));
    QJsonObject o{{u"quorum_plan"_qs, kPlanFormat},
                  {u"name"_qs, plan.name},
                  {u"scenarios"_qs, scenarios},
                  {u"models"_qs, models},
                  {u"judges"_qs, judges},
                  {u"settings"_qs, plan.settings.toJson()}};
    for (const CriteriaCategory &c : plan.criteria.categories)
        categories.append(QJsonObject{{u"category"_qs, c.name}, {u"weight"_qs, c.weight},
                                      {u"questions"_qs, QJsonArray::fromStringList(c.questions)}});
    if (!categories.isEmpty())
        o.insert(u"judge_questions"_qs, QJsonObject{{u"evaluation_criteria"_qs, categories}});
    QJsonArray optimized;
    for (const Scenario &s : plan.scenarios)
        for (const ModelVariant &m : plan.models)
            if (const auto it = plan.optimizedPrompts.constFind(optimizedPromptKey(s.id, m)); m.optimizedPrompts && it != plan.optimizedPrompts.cend())
                optimized.append(QJsonObject{{u"scenario"_qs, s.id}, {u"model_id"_qs, m.modelId}, {u"region"_qs, m.region},
                                             {u"prompt"_qs, *it}});
    if (!optimized.isEmpty())
        o.insert(u"optimized_prompts"_qs, optimized);
    if (!plan.csvColumns.isEmpty())
        o.insert(u"csv_columns"_qs, plan.csvColumns);
    if (!plan.judgeTemplate.isEmpty())
        o.insert(u"judge_template"_qs, QJsonObject{{u"name"_qs, JudgeTemplate::forText(plan.judgeTemplate).name()},
                                                  {u"text"_qs, plan.judgeTemplate}});
    return o;
}

QString savePlan(const RunPlan &plan, const QString &path)
{
    if (const QString error = writeWholeFile(path, QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Indented)); !error.isEmpty())
        return tr("cannot write %1: %2").arg(path, error);
    return {};
}

} // namespace Quorum
