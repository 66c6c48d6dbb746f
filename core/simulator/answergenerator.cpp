#include "answergenerator.h"

#include "taskanswers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Quorum::Sim {

namespace {
QStringList words(const QString &text)
{
    static const QRegularExpression re(u"[\\p{L}\\p{N}][\\p{L}\\p{N}'.-]*"_qs);
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

QString judgeVerdict(const SimCall &call, QRandomGenerator &rng)
{
    const QString answer = between(call.prompt, u"<answer>"_qs, u"</answer>"_qs);
    const QString golden = between(call.prompt, u"<golden_answer>"_qs, u"</golden_answer>"_qs);
    // Golden answers paraphrase: sharing about 60 % of their words already makes a good answer.
    const double quality = golden.isEmpty() ? 0.6 : std::min(1.0, overlap(answer, golden) / 0.6);
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
        const double raw = 1 + 4 * quality + leniency + normal(rng, 0, 0.35);
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
