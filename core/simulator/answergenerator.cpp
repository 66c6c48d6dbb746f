#include "answergenerator.h"

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

QString modelAnswer(const SimCall &call, QRandomGenerator &rng)
{
    const QStringList source = words(call.prompt);
    const double f = fidelity(call.model);
    QStringList kept;
    for (const QString &w : source)
        if (rng.generateDouble() < f)
            kept << w;
    static const QStringList filler = {u"notably"_qs, u"overall"_qs, u"in"_qs, u"short"_qs, u"the"_qs, u"key"_qs, u"point"_qs, u"is"_qs};
    const int extra = int((1 - f) * 12);
    for (int i = 0; i < extra; ++i)
        kept.insert(rng.bounded(int(kept.size()) + 1), filler.at(rng.bounded(int(filler.size()))));
    if (kept.isEmpty())
        kept << u"I"_qs << u"am"_qs << u"not"_qs << u"sure."_qs;
    const int length = std::clamp(int(kept.size()), 4, 120);
    QString answer = kept.mid(0, length).join(u' ');
    answer[0] = answer.at(0).toUpper();
    return answer + u'.';
}

QString judgeVerdict(const SimCall &call, QRandomGenerator &rng)
{
    const QString answer = between(call.prompt, u"<answer>"_qs, u"</answer>"_qs);
    const QString golden = between(call.prompt, u"<golden_answer>"_qs, u"</golden_answer>"_qs);
    const double quality = golden.isEmpty() ? 0.6 : overlap(answer, golden);
    const double leniency = double(qHash(call.model) % 5) / 10.0 - 0.2; // judges differ a little
    QJsonObject verdict;
    for (const char *dimension : {"correctness", "completeness", "relevance", "format", "coherence", "following_instructions"}) {
        const double raw = 1 + 4 * quality + leniency + normal(rng, 0, 0.35);
        const int score = std::clamp(int(std::lround(raw)), 1, 5);
        verdict.insert(QLatin1String(dimension),
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

SimReply generateReply(const SimCall &call, const LatencyRule &latency, double timeScale, QRandomGenerator &rng)
{
    SimReply r;
    const bool judge = call.model.contains(u"judge", Qt::CaseInsensitive);
    const QString text = judge ? judgeVerdict(call, rng) : modelAnswer(call, rng);
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
