#include "answergenerator.h"

#include "taskanswers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace Quorum::Sim {

namespace {
QStringList words(const QString &text)
{
    // Inner points and hyphens belong to a word (3.5, e-mail); a trailing one ends the sentence.
    static const QRegularExpression re(u"[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'.-]*[\\p{L}\\p{N}])?"_qs);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

QString between(const QString &text, const QString &open, const QString &close)
{
    const qsizetype a = text.indexOf(open);
    const qsizetype b = a < 0 ? -1 : text.indexOf(close, a + open.size());
    return b < 0 ? QString() : text.mid(a + open.size(), b - a - open.size()).trimmed();
}

// How faithful a model is, from its name: "pro", "reasoner" and "large" do better.
double fidelity(const QString &model)
{
    double f = 0.55 + double(qHash(model) % 20) / 100.0;
    for (const char *strong : {"pro", "reason", "large", "opus", "sonnet"})
        if (model.contains(QLatin1String(strong), Qt::CaseInsensitive))
            f += 0.15;
    for (const char *weak : {"lite", "mini", "micro", "small"})
        if (model.contains(QLatin1String(weak), Qt::CaseInsensitive))
            f -= 0.1;
    return std::clamp(f, 0.2, 0.97);
}

double normal(QRandomGenerator &rng, double mean, double stddev)
{
    // Box–Muller
    const double u1 = std::max(1e-12, rng.generateDouble());
    const double u2 = rng.generateDouble();
    return mean + stddev * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
}

QStringList splitIntoChunks(const QString &text, int wordsPerChunk)
{
    QStringList chunks;
    const QStringList parts = text.split(u' ');
    for (qsizetype i = 0; i < parts.size(); i += wordsPerChunk)
        chunks << (i == 0 ? QString() : u" "_qs) + parts.mid(i, wordsPerChunk).join(u' ');
    return chunks;
}

// Reuses whole sentences of the prompt (its quoted part, if it has one), each kept with the
// model's fidelity, so answers read naturally and better models cover more of the content.
QString modelAnswer(const SimCall &call, const SimProfile &profile, QRandomGenerator &rng)
{
    double f = fidelity(call.model);
    if (const auto skills = profile.skills.constFind(call.model); skills != profile.skills.cend()) {
        const TaskKind kind = taskOf(call.prompt);
        f = successChance(skills->skillFor(kind), difficultyOf(call.prompt, kind), call.temperature);
        if (QString worked = taskAnswer(kind, call.prompt, f, rng); !worked.isEmpty())
            return worked;
    }
    QString source = between(call.prompt, u"'"_qs, u"'"_qs);
    if (source.size() < 20)
        source = call.prompt.simplified();
    static const QRegularExpression sentenceEnd(u"(?<=[.!?])\\s+"_qs);
    const QStringList sentences = source.split(sentenceEnd, Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &sentence : sentences)
        if (rng.generateDouble() < f)
            kept << sentence.trimmed();
    if (kept.isEmpty() && !sentences.isEmpty())
        kept << sentences.first().trimmed();
    static const QStringList openers = {u"In short:"_qs, u"Here is the gist."_qs, u"Summary:"_qs, u"Answer:"_qs};
    static const QStringList closers = {u"Overall, those are the main points."_qs, u"That covers the essentials."_qs,
                                        u"I hope this helps."_qs};
    QString answer = openers.at(rng.bounded(int(openers.size()))) + u' ' + kept.join(u' ');
    if (f < 0.7)
        answer += u' ' + closers.at(rng.bounded(int(closers.size())));
    return answer;
}

// The last number a text gives, if any.
std::optional<double> lastNumber(const QString &text)
{
    static const QRegularExpression number(u"-?\\d[\\d,]*(\\.\\d+)?"_qs);
    std::optional<double> out;
    for (auto it = number.globalMatch(text); it.hasNext();)
        out = QString(it.next().captured(0)).remove(u',').toDouble();
    return out;
}

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(u'\n', Qt::SkipEmptyParts))
        if (!l.trimmed().isEmpty())
            out << l.trimmed().toLower();
    return out;
}

// How good the answer is (0…1) against the golden answer, judged as the task's kind asks:
// a summary may paraphrase; a calculation has one right number; extracted fields are right or
// wrong field by field; a query must be the query (a near miss is half wrong); a translation
// must use the golden answer's words; a label or an option letter is right or not.
double answerQuality(const QString &task, const QString &answer, const QString &golden)
{
    if (golden.isEmpty())
        return 0.6;
    const double shared = overlap(answer, golden);
    switch (taskOf(task)) {
    case TaskKind::Reasoning: {
        const auto want = lastNumber(golden), given = lastNumber(answer);
        return want && given && std::abs(*want - *given) < 1e-6 ? 1.0 : 0.0;
    }
    case TaskKind::Extraction: {
        const QStringList want = lines(golden), given = lines(answer);
        if (want.size() < 2)
            break;
        double found = 0;
        for (const QString &l : want)
            found += given.contains(l) ? 1 : 0;
        return found / double(want.size());
    }
    case TaskKind::TextToSql: {
        const auto normal = [](QString sql) { return sql.simplified().toLower().remove(u';'); };
        return normal(answer) == normal(golden) ? 1.0 : 0.55 * shared;
    }
    case TaskKind::Translation:
        return std::clamp((shared - 0.4) / 0.45, 0.0, 1.0);
    case TaskKind::Classification:
    case TaskKind::MultipleChoice:
        return shared >= 0.999 ? 1.0 : 0.0;
    case TaskKind::Summarization:
    case TaskKind::General:
        break;
    }
    return std::min(1.0, shared / 0.6); // golden answers paraphrase: sharing 60 % of their words is good
}

QString judgeVerdict(const SimCall &call, QRandomGenerator &rng)
{
    const QString answer = between(call.prompt, u"<answer>"_qs, u"</answer>"_qs);
    const QString golden = between(call.prompt, u"<golden_answer>"_qs, u"</golden_answer>"_qs);
    const double quality = answerQuality(between(call.prompt, u"<prompt>"_qs, u"</prompt>"_qs), answer, golden);
    const double leniency = double(qHash(call.model) % 5) / 10.0 - 0.2; // judges differ a little
    // Score what the prompt asks for (its JSON skeleton names the keys), else the six core dimensions.
    static const QRegularExpression asked(u"\"([^\"]+)\": \\{\"score\": <1-5>"_qs);
    QStringList dimensions;
    for (auto it = asked.globalMatch(call.prompt); it.hasNext();)
        dimensions << it.next().captured(1);
    if (dimensions.isEmpty())
        dimensions = {u"correctness"_qs, u"completeness"_qs, u"relevance"_qs, u"format"_qs, u"coherence"_qs, u"following_instructions"_qs};
    QJsonObject verdict;
    for (const QString &dimension : dimensions) {
        // Judges agree on clear cases and differ most on the borderline ones.
        const double raw = 1 + 4 * quality + leniency + normal(rng, 0, 0.3 + 0.4 * 4 * quality * (1 - quality));
        const int score = std::clamp(int(std::lround(raw)), 1, 5);
        verdict.insert(dimension,
                       QJsonObject{{u"score"_qs, score},
                                   {u"rationale"_qs, QStringLiteral("The answer covers about %1% of the expected content.")
                                                         .arg(int(quality * 100))}});
    }
    return QString::fromUtf8(QJsonDocument(verdict).toJson(QJsonDocument::Compact));
}
} // namespace

double overlap(const QString &answer, const QString &golden)
{
    QSet<QString> have;
    for (const QString &w : words(answer))
        have.insert(w.toLower());
    const QStringList want = words(golden);
    if (want.isEmpty())
        return 0;
    qsizetype found = 0;
    for (const QString &w : want)
        found += have.contains(w.toLower()) ? 1 : 0;
    return double(found) / double(want.size());
}

SimReply generateReply(const SimCall &call, const SimProfile &profile, QRandomGenerator &rng)
{
    SimReply r;
    const LatencyRule &latency = profile.latencyFor(call);
    const double timeScale = profile.timeScale;
    const bool judge = call.model.contains(u"judge", Qt::CaseInsensitive);
    const QString text = judge ? judgeVerdict(call, rng) : modelAnswer(call, profile, rng);
    r.chunks = judge ? QStringList{text} : splitIntoChunks(text, 3);
    if (judge && text.size() > 40) { // stream a verdict in a few pieces too
        r.chunks.clear();
        for (qsizetype i = 0; i < text.size(); i += 40)
            r.chunks << text.mid(i, 40);
    }
    if (call.model.contains(u"reason", Qt::CaseInsensitive))
        r.reasoning = QStringLiteral("Let me think about what the question asks and what matters most.");
    r.inputTokens = std::max<qint64>(1, (call.prompt.size() + 3) / 4) + 8;
    r.outputTokens = std::max<qint64>(1, (text.size() + 3) / 4);
    const double tokensPerChunk = double(r.outputTokens) / double(std::max<qsizetype>(1, r.chunks.size()));
    r.firstTokenMs = int(std::max(0.0, normal(rng, latency.ttftMean, latency.ttftStd)) * timeScale);
    r.chunkMs = int(std::max(0.0, normal(rng, latency.tokenMean, latency.tokenStd)) * tokensPerChunk * timeScale);
    r.tierServed = call.tier.isEmpty() ? u"default"_qs : call.tier;
    return r;
}

} // namespace Quorum::Sim
