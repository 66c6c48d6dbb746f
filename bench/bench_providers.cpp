// Provider-client benchmark (issue: providers and simulator). Against `quorum-cli simulate`
// in its own process (zero injected delay):
//  - streamed calls per second and client CPU microseconds per call through OpenAIClient at
//    concurrency 1, 16, 64, 256, beside a bare QNetworkAccessManager loop sending the same
//    request and only draining the bytes (the baseline);
//  - TTFT accuracy: injected first-token delays of 50 ms and 500 ms at concurrency 256.
//   bench_providers [--calls N] [--cli PATH]
#include "providers/openaiclient.h"

#include <QCoreApplication>
#include <QCoroNetworkReply>
#include <QCoroSignal>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "benchsupport.h"

using namespace Quorum;
using Quorum::Bench::cpuSeconds;
using Quorum::Bench::peakRssMb;

namespace {
// Qt 6.4's network manager opens at most 6 HTTP/1.1 connections per host, so concurrency C
// needs ceil(C / 6) managers; baseline and client share the same pool.
struct Pool
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    explicit Pool(int concurrency)
    {
        for (int i = 0; i < (concurrency + 5) / 6; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
    }
    QNetworkAccessManager *at(int worker) { return managers.at(size_t(worker) % managers.size()).get(); }
};

struct Figures
{
    double callsPerSecond = 0;
    double cpuMicrosPerCall = 0;
};

// Runs `calls` calls, `concurrency` at a time. With `staggerMs`, worker w starts w·staggerMs/C
// late, so the workers do not move in lockstep (as a rate-limited engine's calls do not).
template<typename Work>
Figures runConcurrently(int concurrency, int calls, Work work, int staggerMs = 0)
{
    int next = 0, finished = 0;
    QEventLoop loop;
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    std::function<void(int)> launch = [&](int worker) {
        if (next >= calls)
            return;
        ++next;
        QCoro::connect(work(worker), &loop, [&, worker]() {
            if (++finished == calls)
                loop.quit();
            else
                launch(worker);
        });
    };
    for (int w = 0; w < concurrency; ++w) {
        if (staggerMs > 0)
            QTimer::singleShot(w * staggerMs / concurrency, Qt::PreciseTimer, &loop, [&launch, w] { launch(w); });
        else
            launch(w);
    }
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return {double(calls) / seconds, (cpuSeconds() - cpu0) * 1e6 / double(calls)};
}

QByteArray requestBody(const QString &prompt)
{
    return R"({"messages":[{"role":"user","content":")" + prompt.toUtf8()
           + R"("}],"temperature":0.7,"stream":true,"max_completion_tokens":256,"stream_options":{"include_usage":true},"model":"bench-model"})";
}

QCoro::Task<void> bareCall(QNetworkAccessManager *network, QUrl url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Authorization", "Bearer bench");
    std::unique_ptr<QNetworkReply> reply(network->post(request, requestBody(u"load"_qs)));
    qint64 bytes = 0;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] { bytes += reply->readAll().size(); });
    if (!reply->isFinished())
        co_await qCoro(reply.get(), &QNetworkReply::finished);
    bytes += reply->readAll().size();
    if (bytes == 0)
        qFatal("baseline call returned nothing");
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto lo = qsizetype(rank);
    const qsizetype hi = std::min(lo + 1, values.size() - 1);
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (rank - double(lo));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int calls = 2000;
    QString cli = QCoreApplication::applicationDirPath() + u"/../app/quorum-cli"_qs;
    if (const qsizetype i = args.indexOf(u"--calls"_qs); i > 0 && i + 1 < args.size())
        calls = args.at(i + 1).toInt();
    if (const qsizetype i = args.indexOf(u"--cli"_qs); i > 0 && i + 1 < args.size())
        cli = args.at(i + 1);
    QTextStream out(stdout);

    QTemporaryDir dir;
    QFile profile(dir.filePath(u"bench-profile.json"_qs));
    if (!profile.open(QIODevice::WriteOnly))
        return 1;
    profile.write(R"({"time_scale": 0, "rules": [
        {"prompt": "^TTFT50$", "reply": {"chunks": ["a", "b", "c"], "first_token_ms": 50, "chunk_ms": 0}},
        {"prompt": "^TTFT500$", "reply": {"chunks": ["a", "b", "c"], "first_token_ms": 500, "chunk_ms": 0}},
        {"reply": {"text": "The quick brown fox jumps over the lazy dog while the analyst watches the leaderboard update live.",
                   "chunk_size": 5, "usage": {"input": 12, "output": 24}, "first_token_ms": 0, "chunk_ms": 0}}]})");
    profile.close();
    QProcess simulator;
    simulator.start(cli, {u"simulate"_qs, u"--profile"_qs, profile.fileName()});
    if (!simulator.waitForReadyRead(10000)) {
        out << "cannot start the simulator: " << cli << '\n';
        return 1;
    }
    const QString base = QString::fromUtf8(simulator.readLine()).trimmed();
    const QUrl url(base + u"/v1/chat/completions"_qs);
    ModelVariant variant;
    variant.modelId = u"openai/bench-model"_qs;
    variant.provider = Provider::OpenAI;
    variant.model = u"bench-model"_qs;
    variant.baseUrl = base;

    out << "provider client benchmark: " << calls << " streamed calls per run, simulator in its own process\n";
    out << "concurrency  bare calls/s  client calls/s  bare CPU us/call  client CPU us/call  overhead (CPU)\n";
    for (int concurrency : {1, 16, 64, 256}) {
        Pool pool(concurrency);
        std::vector<std::unique_ptr<OpenAIClient>> clients;
        for (auto &manager : pool.managers)
            clients.push_back(std::make_unique<OpenAIClient>(variant, manager.get(), u"bench"_qs));
        // Warm the connections, then measure baseline and client alternately, twice.
        runConcurrently(concurrency, concurrency * 2, [&](int w) { return bareCall(pool.at(w), url); });
        Figures bare, client;
        for (int round = 0; round < 2; ++round) {
            const Figures b = runConcurrently(concurrency, calls / 2, [&](int w) { return bareCall(pool.at(w), url); });
            const Figures c = runConcurrently(concurrency, calls / 2, [&](int w) -> QCoro::Task<void> {
                // A named request: GCC 12 mishandles braced temporaries inside co_await.
                ChatRequest request;
                request.prompt = u"load"_qs;
                request.maxOutputTokens = 256;
                const ChatResult r = co_await clients.at(size_t(w) % clients.size())->send(request);
                if (!r.ok())
                    qFatal("client call failed: %s", qPrintable(r.error->message));
            });
            bare.callsPerSecond += b.callsPerSecond / 2;
            bare.cpuMicrosPerCall += b.cpuMicrosPerCall / 2;
            client.callsPerSecond += c.callsPerSecond / 2;
            client.cpuMicrosPerCall += c.cpuMicrosPerCall / 2;
        }
        out << QStringLiteral("%1  %2  %3  %4  %5  %6%\n")
                   .arg(concurrency, 11).arg(bare.callsPerSecond, 12, 'f', 0).arg(client.callsPerSecond, 14, 'f', 0)
                   .arg(bare.cpuMicrosPerCall, 16, 'f', 0).arg(client.cpuMicrosPerCall, 18, 'f', 0)
                   .arg((client.cpuMicrosPerCall / bare.cpuMicrosPerCall - 1) * 100, 13, 'f', 1);
        out.flush();
    }

    out << "TTFT accuracy at concurrency 256 (|measured - injected|):\n";
    for (int injected : {50, 500}) {
        Pool pool(256);
        std::vector<std::unique_ptr<OpenAIClient>> clients;
        for (auto &manager : pool.managers)
            clients.push_back(std::make_unique<OpenAIClient>(variant, manager.get(), u"bench"_qs));
        QList<double> errors;
        const QString prompt = u"TTFT"_qs + QString::number(injected);
        runConcurrently(256, 768, [&](int w) -> QCoro::Task<void> {
            ChatRequest request;
            request.prompt = prompt;
            request.maxOutputTokens = 64;
            const ChatResult r = co_await clients.at(size_t(w) % clients.size())->send(request);
            if (!r.ok() || !r.metrics.ttftMs)
                qFatal("TTFT call failed");
            errors << std::abs(*r.metrics.ttftMs - injected);
        }, injected);
        out << QStringLiteral("  injected %1 ms: p50 %2 ms, p99 %3 ms, max %4 ms over %5 calls\n")
                   .arg(injected).arg(percentile(errors, 0.5), 0, 'f', 2).arg(percentile(errors, 0.99), 0, 'f', 2)
                   .arg(percentile(errors, 1.0), 0, 'f', 2).arg(errors.size());
        out.flush();
    }
    simulator.terminate();
    simulator.waitForFinished();
    return 0;
}
