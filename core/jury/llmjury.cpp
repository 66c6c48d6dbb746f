#include "llmjury.h"

#include "../providers/providerfactory.h"
#include "verdictparser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum {

namespace {
const char *const kCoreDimensions[] = {"correctness", "completeness", "relevance", "format", "coherence", "following_instructions"};

double weightedScore(const QHash<QString, int> &scores, const QStringList &dimensions, const JudgeCriteria &criteria)
{
    if (!criteria.isEmpty()) {
        double sum = 0, weights = 0;
        for (const CriteriaCategory &c : criteria.categories) {
            sum += c.weight * scores.value(c.name);
            weights += c.weight;
        }
        return weights > 0 ? sum / weights : 0;
    }
    double sum = 0;
    for (const QString &d : dimensions)
        sum += scores.value(d);
    return dimensions.isEmpty() ? 0 : sum / double(dimensions.size());
}
} // namespace

QStringList coreDimensions()
{
    QStringList out;
    for (const char *d : kCoreDimensions)
        out << QString::fromLatin1(d);
    return out;
}

QStringList dimensionsFor(const Scenario &scenario, const RunPlan &plan)
{
    QStringList out = coreDimensions();
    for (const QString &m : scenario.userMetrics.isEmpty() ? plan.settings.userMetrics : scenario.userMetrics)
        if (!out.contains(m))
            out << m;
    for (const CriteriaCategory &c : plan.criteria.categories)
        if (!out.contains(c.name))
            out << c.name;
    return out;
}

LlmJury::LlmJury(RunPlan plan, const std::function<QNetworkAccessManager *()> &networks, const QProcessEnvironment &environment,
                 const KeychainLookup &keychain, Timeouts timeouts)
    : m_plan(std::move(plan)), m_template(JudgeTemplate::forText(m_plan.judgeTemplate))
{
    for (const JudgeProfile &j : m_plan.judges)
        m_judges.push_back(makeProviderClient(j, networks(), credentialsFor(j, environment, keychain), timeouts));
}

QCoro::Task<LlmJury::Vote> LlmJury::ask(int judge, const Scenario &scenario, const QString &answer, const QStringList &dimensions)
{
    Vote vote;
    VerdictRecord &v = vote.verdict;
    v.judgeId = judge; // the engine turns the index into the stored id
    ChatRequest request;
    request.prompt = m_template.render(scenario, answer, dimensions, m_plan.criteria);
    request.temperature = 0;
    request.maxOutputTokens = 300 + 80 * int(dimensions.size());
    const JudgeProfile &profile = m_plan.judges.at(judge);
    QString problem;
    std::optional<ParsedVerdict> parsed;
    for (int attempt = 0; attempt < 2 && !parsed; ++attempt) {
        if (attempt == 1) { // one repair call to the same judge
            v.repairAttempted = true;
            request.prompt += QStringLiteral("\n\nYour previous reply could not be read (%1). Reply again with the JSON object only.").arg(problem);
        }
        const ChatResult result = co_await m_judges.at(size_t(judge))->send(request);
        v.inputTokens += result.metrics.inputTokens;
        v.outputTokens += result.metrics.outputTokens;
        v.costUsd += result.metrics.costUsd(profile);
        v.latencyMs += result.metrics.ttlbMs;
        if (!result.ok()) {
            v.status = VerdictStatus::Failed;
            v.rawText = result.error->message;
            ErrorRecord e;
            e.judgeId = judge;
            e.category = ErrorCategory::Judge;
            e.errorClass = errorClassName(result.error->errorClass);
            e.message = QStringLiteral("judge %1: %2").arg(profile.label(), result.error->message);
            e.at = QDateTime::currentMSecsSinceEpoch();
            vote.failure = e;
            co_return vote;
        }
        v.rawText = result.text;
        parsed = parseVerdict(result.text, dimensions, &problem);
    }
    if (!parsed) {
        v.status = VerdictStatus::Unparseable;
        ErrorRecord e;
        e.judgeId = judge;
        e.category = ErrorCategory::Judge;
        e.errorClass = u"judge_failure"_qs;
        e.message = QStringLiteral("judge %1's verdict cannot be read after a repair call: %2").arg(profile.label(), problem);
        e.at = QDateTime::currentMSecsSinceEpoch();
        vote.failure = e;
        co_return vote;
    }
    v.status = v.repairAttempted ? VerdictStatus::Repaired : VerdictStatus::Ok;
    vote.scores = parsed->scores;
    int *core[] = {&v.correctness, &v.completeness, &v.relevance, &v.format, &v.coherence, &v.followingInstructions};
    for (int i = 0; i < 6; ++i)
        *core[i] = parsed->scores.value(QString::fromLatin1(kCoreDimensions[i]));
    QJsonObject extra, rationale;
    for (const QString &d : dimensions) {
        if (!coreDimensions().contains(d))
            extra.insert(d, parsed->scores.value(d));
        rationale.insert(d, parsed->rationales.value(d));
    }
    v.extraScoresJson = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    v.rationaleJson = QString::fromUtf8(QJsonDocument(rationale).toJson(QJsonDocument::Compact));
    double sum = 0;
    bool allPass = true;
    for (const QString &d : dimensions) {
        sum += parsed->scores.value(d);
        allPass = allPass && parsed->scores.value(d) >= m_plan.settings.passThreshold;
    }
    v.overall = sum / double(dimensions.size());
    vote.weighted = weightedScore(parsed->scores, dimensions, m_plan.criteria);
    v.weighted = vote.weighted;
    v.passed = allPass;
    co_return vote;
}

QCoro::Task<JuryResult> LlmJury::judge(const Scenario &scenario, QString answer)
{
    const QStringList dimensions = dimensionsFor(scenario, m_plan);
    // All judges at once: a task runs until its first wait as soon as it is made.
    std::vector<QCoro::Task<Vote>> asks;
    for (int j = 0; j < int(m_judges.size()); ++j)
        asks.push_back(ask(j, scenario, answer, dimensions));
    QList<Vote> votes;
    for (auto &task : asks)
        votes << co_await task;

    JuryResult result;
    QList<const Vote *> valid;
    for (const Vote &vote : votes) {
        result.verdicts << vote.verdict;
        result.costUsd += vote.verdict.costUsd;
        if (vote.failure)
            result.failures << *vote.failure;
        if (!vote.scores.isEmpty())
            valid << &vote;
    }
    result.judgesUsed = int(valid.size());
    if (valid.isEmpty()) {
        ErrorRecord e;
        e.category = ErrorCategory::Judge;
        e.errorClass = u"judge_failure"_qs;
        e.message = QStringLiteral("no judge gave a valid verdict");
        e.at = QDateTime::currentMSecsSinceEpoch();
        result.failures << e;
        co_return result;
    }
    double sum = 0, low = 5, high = 1;
    int passes = 0;
    for (const Vote *vote : valid) {
        sum += vote->weighted;
        low = std::min(low, vote->weighted);
        high = std::max(high, vote->weighted);
        passes += vote->verdict.passed.value_or(false) ? 1 : 0;
    }
    result.score = sum / double(valid.size());
    result.disputed = valid.size() > 1 && high - low > m_plan.settings.disputeThreshold;
    if (m_plan.settings.passRule == PassRule::Majority) {
        result.passed = passes > int(valid.size()) - passes; // a tie fails
    } else {
        bool pass = true;
        for (const QString &d : dimensions) {
            double dimensionSum = 0;
            for (const Vote *vote : valid)
                dimensionSum += vote->scores.value(d);
            pass = pass && dimensionSum / double(valid.size()) >= m_plan.settings.passThreshold;
        }
        result.passed = pass;
    }
    co_return result;
}

} // namespace Quorum
