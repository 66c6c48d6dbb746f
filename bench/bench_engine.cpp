// Engine benchmark (issue: evaluation engine). Against `quorum-cli simulate` in its own process:
//  - N invocations (default 20,000), each scored by 3 judges, at concurrency 64 and 512, with
//    zero injected delay: invocations/s, judge calls/s, CPU per invocation and per HTTP call,
//    peak RSS;
//  - --memory M: a latency-only run of M invocations (default 100,000), for peak RSS;
//  - --rpm: a variant with target_rpm 600 for two minutes: the RPM actually reached.
//   bench_engine [--invocations N] [--memory M] [--rpm] [--cli PATH]
#include "engine/runcontroller.h"
#include "storage/sqlite/sqlitestore.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "benchsupport.h"

using namespace Quorum;
using Quorum::Bench::cpuSeconds;
using Quorum::Bench::peakRssMb;

namespace {
RunPlan makePlan(const QString &base, int scenarios, int variants, int invocations, int judges)
{
    RunPlan plan;
    plan.name = u"bench"_qs;
    for (int i = 0; i < scenarios; ++i) {
        Scenario s;
        s.id = QString::number(i);
        s.prompt = QStringLiteral("Summarize the following text: 'Scenario %1 says the quick brown fox jumps over the lazy dog. "
                                  "The dog does not mind.'").arg(i);
        s.goldenAnswer = u"A fox jumps over a dog that does not mind."_qs;
        s.expectedOutputTokens = 40;
        plan.scenarios << s;
    }
    auto model = [&](const QString &id) {
        ModelVariant m;
        m.modelId = u"openai/"_qs + id;
        m.provider = Provider::OpenAI;
        m.model = id;
        m.baseUrl = base;
        m.inputCostPer1k = 0.001;
        m.outputCostPer1k = 0.002;
        return m;
    };
    for (int v = 0; v < variants; ++v)
        plan.models << model(QStringLiteral("model-%1").arg(v));
    for (int j = 0; j < judges; ++j)
        plan.judges << model(QStringLiteral("judge-%1").arg(j));
    plan.settings.invocations = invocations;
    plan.settings.latencyOnly = judges == 0;
    return plan;
}

struct Outcome
{
    ProgressSnapshot last;
    double seconds = 0;
    double cpu = 0;
    qint64 maxStartsPerMinute = 0;
};

Outcome runPlan(const RunPlan &plan, const QString &db, int concurrency)
{
    RunOptions options;
    options.store = Store::open(db).store;
    options.maxConcurrency = concurrency;
    QProcessEnvironment env;
    env.insert(u"OPENAI_API_KEY"_qs, u"bench"_qs);
    options.environment = env;
    RunPlan p = plan;
    p.settings.parallel = std::max(1, concurrency / int(plan.models.size()));
    RunController controller(p, options);
    QEventLoop loop;
    QObject::connect(&controller, &RunController::finished, &loop, &QEventLoop::quit);
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    if (const QString e = controller.start(); !e.isEmpty())
        qFatal("cannot start: %s", qPrintable(e));
    loop.exec();
    Outcome o{controller.snapshot(), double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpu0, 0};
    return o;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, qint64 fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    const qint64 invocations = option("--invocations", 20000);
    const qint64 memoryRun = option("--memory", 0);
    QString cli = QCoreApplication::applicationDirPath() + u"/../app/quorum-cli"_qs;
    if (const qsizetype i = args.indexOf(u"--cli"_qs); i > 0 && i + 1 < args.size())
        cli = args.at(i + 1);
    QTextStream out(stdout);
    QTemporaryDir dir;

    QFile profile(dir.filePath(u"profile.json"_qs));
    if (!profile.open(QIODevice::WriteOnly))
        return 1;
    profile.write(args.contains(u"--realistic"_qs) ? R"({"time_scale": 1})" : R"({"time_scale": 0})");
    profile.close();
    QProcess simulator;
    simulator.start(cli, {u"simulate"_qs, u"--profile"_qs, profile.fileName()});
    if (!simulator.waitForReadyRead(10000))
        return 1;
    const QString base = QString::fromUtf8(simulator.readLine()).trimmed();

    const int variants = 8;
    const int scenarios = 100;
    const int perScenario = int(std::max<qint64>(1, invocations / (scenarios * variants)));
    out << "engine benchmark: " << scenarios * variants * perScenario << " invocations x 3 judges, simulator in its own process"
        << (args.contains(u"--realistic"_qs) ? " (realistic delays)" : " (zero delay)") << "\n";
    out << "concurrency  inv/s  judge calls/s  CPU us/inv  CPU us/HTTP call  failed  peak RSS MB\n";
    for (int concurrency : {64, 512}) {
        const RunPlan plan = makePlan(base, scenarios, variants, perScenario, 3);
        const Outcome o = runPlan(plan, dir.filePath(QStringLiteral("c%1.sqlite").arg(concurrency)), concurrency);
        const double inv = double(o.last.done);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n").arg(concurrency, 11).arg(inv / o.seconds, 5, 'f', 0)
                   .arg(double(o.last.judgeCalls) / o.seconds, 13, 'f', 0).arg(o.cpu * 1e6 / inv, 10, 'f', 0)
                   .arg(o.cpu * 1e6 / (inv + double(o.last.judgeCalls)), 16, 'f', 0).arg(o.last.failed, 6)
                   .arg(peakRssMb(), 11, 'f', 0);
        out.flush();
    }
    if (memoryRun > 0) {
        const RunPlan plan = makePlan(base, 1000, 10, int(memoryRun / 10000), 0);
        const Outcome o = runPlan(plan, dir.filePath(u"memory.sqlite"_qs), 64);
        out << QStringLiteral("latency-only run of %1 invocations: %2 inv/s, peak RSS %3 MB\n")
                   .arg(o.last.done).arg(double(o.last.done) / o.seconds, 0, 'f', 0).arg(peakRssMb(), 0, 'f', 0);
        out.flush();
    }
    if (args.contains(u"--rpm"_qs)) {
        // One variant at target_rpm 600, far more work than two minutes can hold; stop at 120 s.
        RunPlan plan = makePlan(base, 100, 1, 30, 0);
        plan.models[0].targetRpm = 600;
        plan.settings.parallel = 16;
        RunOptions options;
        options.store = Store::open(dir.filePath(u"rpm.sqlite"_qs)).store;
        QProcessEnvironment env;
        env.insert(u"OPENAI_API_KEY"_qs, u"bench"_qs);
        options.environment = env;
        RunController controller(plan, options);
        QEventLoop loop;
        QObject::connect(&controller, &RunController::finished, &loop, &QEventLoop::quit);
        controller.start();
        QTimer::singleShot(122'000, &controller, &RunController::cancel);
        loop.exec();
        QString error;
        QSqlQuery q(SqliteStore::connection(options.store->location(), &error));
        // Starts in the 120 s window after the first one (t0 is each call's start).
        q.exec(u"SELECT count(*) FROM invocations WHERE t0 < (SELECT min(t0) FROM invocations) + 120000"_qs);
        q.next();
        const double rpm = q.value(0).toDouble() / 2.0;
        out << QStringLiteral("target_rpm 600 over a 2-minute window: %1 RPM measured (%2% off)\n")
                   .arg(rpm, 0, 'f', 1).arg((rpm / 600 - 1) * 100, 0, 'f', 2);
    }
    simulator.terminate();
    simulator.waitForFinished();
    return 0;
}
