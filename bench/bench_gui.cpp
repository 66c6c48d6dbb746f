// The window under load (issue: results screens). Two figures, in the real window:
//  - the window's responsiveness through a run, its end and 5 s after: a second thread pings the
//    GUI thread every 5 ms while the window runs 4,000 invocations with a jury of 3 against a
//    zero-latency simulator (`quorum-cli simulate`, its own process) at full speed, then shows the
//    finished run; the time each ping waits for its answer is what the user waits: longest, p99,
//    p50, and the run's rate;
//  - --open DB: opening a stored run (a 1,000,000-invocation one made with
//    `bench_storage --db DB`): time until its leaderboard, then every chart, is on screen.
//  - --costs: with the first, every GUI-thread event over 4 ms in the last second of the run and
//    the first after its end (and any over 10 ms), with when it came: where a stall goes;
//  - --tabs: each page of the window shown for the first time, until painted.
//   bench_gui [--invocations N] [--costs] [--open DB] [--tabs] [--cli PATH]   (under xvfb-run or a desktop)
#include "widgets/chartview.h"
#include "config/planfile.h"
#include "shell/mainwindow.h"
#include "monitor/runpanel.h"
#include "results/runcharts.h"
#include "results/runspage.h"
#include "storage/invocationreader.h"
#include "storage/runsreader.h"
#include "storage/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "benchsupport.h"

using namespace Quorum;

namespace {
RunPlan makePlan(const QString &base, int scenarios, int variants, int invocations, int judges)
{
    RunPlan plan;
    plan.name = u"bench_gui"_qs;
    for (int i = 0; i < scenarios; ++i) {
        Scenario s;
        s.id = QString::number(i);
        s.prompt = QStringLiteral("Summarize the following text: 'Scenario %1 says the quick brown fox jumps over the lazy dog.'").arg(i);
        s.goldenAnswer = u"A fox jumps over a dog."_qs;
        s.taskType = i % 2 ? u"summarization"_qs : u"extraction"_qs;
        s.expectedOutputTokens = 40;
        plan.scenarios << s;
    }
    auto model = [&](const QString &id, const QString &region) {
        ModelVariant m;
        m.modelId = u"openai/"_qs + id;
        m.provider = Provider::OpenAI;
        m.model = id;
        m.region = region;
        m.baseUrl = base;
        m.inputCostPer1k = 0.001;
        m.outputCostPer1k = 0.002;
        return m;
    };
    const QStringList regions = {u"us-east-1"_qs, u"eu-west-1"_qs, u"us-west-2"_qs};
    for (int v = 0; v < variants; ++v)
        plan.models << model(QStringLiteral("model-%1").arg(v), regions.at(v % regions.size()));
    for (int j = 0; j < judges; ++j)
        plan.judges << model(QStringLiteral("judge-%1").arg(j), {});
    plan.settings.invocations = invocations;
    plan.settings.parallel = 16;
    return plan;
}

// Pings the GUI thread from a second thread, the way a window manager pings a window
// (_NET_WM_PING): every 5 ms it posts a ping stamped with the time it was sent; the GUI thread
// answers when its event loop reaches it. The time from send to answer is what a user waits for
// the window to react; the measuring does not depend on the loop it measures.
class Pinger final : public QObject
{
public:
    static constexpr int kIntervalMs = 5;
    void start()
    {
        m_replies.clear();
        m_sent.clear();
        m_running = true;
        m_thread = std::thread([this] {
            while (m_running) {
                const auto sent = std::chrono::steady_clock::now();
                QMetaObject::invokeMethod(this, [this, sent] {
                    m_replies.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - sent).count());
                    m_sent.push_back(sent);
                }, Qt::QueuedConnection);
                std::this_thread::sleep_until(sent + std::chrono::milliseconds(kIntervalMs));
            }
        });
    }
    void stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
        QCoreApplication::processEvents(); // the last pings' answers
    }
    double percentile(double p) const
    {
        if (m_replies.empty())
            return 0;
        std::vector<double> v = m_replies;
        std::sort(v.begin(), v.end());
        return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
    }
    size_t samples() const { return m_replies.size(); }
    // The `n` longest waits, each with when its ping was sent relative to `mark` (ms; negative: before).
    QString longest(int n, std::chrono::steady_clock::time_point mark) const
    {
        std::vector<size_t> order(m_replies.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [this](size_t a, size_t b) { return m_replies[a] > m_replies[b]; });
        QStringList out;
        for (size_t i = 0; i < order.size() && i < size_t(n); ++i)
            out << QStringLiteral("%1 ms at %2 s").arg(m_replies[order[i]], 0, 'f', 1)
                       .arg(std::chrono::duration<double>(m_sent[order[i]] - mark).count(), 0, 'f', 2);
        return out.join(u", "_qs);
    }
    ~Pinger() override { stop(); }

private:
    std::atomic<bool> m_running = false;
    std::thread m_thread;
    std::vector<double> m_replies; // written on the GUI thread only
    std::vector<std::chrono::steady_clock::time_point> m_sent;
};

// Runs the event loop (as the app does: it sleeps while there is nothing to do) until `done`,
// asked every 5 ms, or the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}
// With --costs: the time the GUI thread spends in each receiver's events (inclusive, by class,
// object name and event type) while recording: where a stall goes.
class TimingApp final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const auto start = std::chrono::steady_clock::now();
        const char *className = receiver->metaObject()->className(); // the receiver may be gone after (a deferred delete)
        const QString name = receiver->objectName();
        const int type = int(event->type());
        ++depth;
        const bool result = QApplication::notify(receiver, event);
        --depth;
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (ms > 2)
            slow.append({start, depth, ms, QStringLiteral("%1 %2 (event %3)").arg(QLatin1String(className), name).arg(type)});
        return result;
    }
    struct Slow
    {
        std::chrono::steady_clock::time_point at;
        int depth;
        double ms;
        QString what;
    };
    bool recording = false;
    int depth = 0;
    QList<Slow> slow;
};
} // namespace

int main(int argc, char *argv[])
{
    TimingApp app(argc, argv);
    QApplication::setApplicationName(u"quorum-bench-gui"_qs);
    const QStringList args = app.arguments();
    auto option = [&](const char *name) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    QTextStream out(stdout);
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());

    if (args.contains(u"--tabs"_qs)) {
        // Each page of the window shown for the first time: from the switch until it is painted.
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        waitFor([] { return false; }, 1500);
        auto *tabs = window.findChild<QTabWidget *>();
        for (int i = 1; i < tabs->count(); ++i) {
            QElapsedTimer t;
            t.start();
            tabs->setCurrentIndex(i);
            tabs->currentWidget()->repaint();
            out << QStringLiteral("  first show of %1: %2 ms\n").arg(tabs->tabText(i)).arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1);
            waitFor([] { return false; }, 300);
        }
        return 0;
    }
    if (const QString db = option("--open"); !db.isEmpty()) {
        // Opening a big stored run: leaderboard first, then every chart painted.
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        RunsPage *runs = window.runs();
        bool board = false, breakdowns = false, listed = false, opened = false;
        double listedMs = 0, openedMs = 0;
        QObject::connect(runs, &RunsPage::leaderboardLoaded, &app, [&] { board = true; });
        QObject::connect(runs, &RunsPage::breakdownsLoaded, &app, [&] { breakdowns = true; });
        QElapsedTimer t;
        QObject::connect(runs, &RunsPage::loaded, &app, [&] { if (!listed) listedMs = double(t.nsecsElapsed()) / 1e6; listed = true; });
        QObject::connect(&window, &MainWindow::databaseOpened, &app, [&] { if (!opened) openedMs = double(t.nsecsElapsed()) / 1e6; opened = true; });
        t.start();
        window.openDatabase(db);
        if (!waitFor([&] { return board; }, 60000)) {
            out << "the leaderboard did not load\n";
            return 1;
        }
        const double boardMs = double(t.nsecsElapsed()) / 1e6;
        if (!waitFor([&] { return breakdowns; }, 60000))
            return 1;
        // Every chart painted once, at its size in the window (the Charts tab shown).
        window.findChild<QTabWidget *>(u"runDetails"_qs)->setCurrentWidget(runs->findChild<QWidget *>(u"runCharts"_qs));
        qint64 painted = 0;
        for (ChartView *chart : runs->charts()->charts())
            painted += chart->image().isNull() ? 0 : 1;
        const double chartsMs = double(t.nsecsElapsed()) / 1e6;
        out << QStringLiteral("open %1: store opened after %2 ms, its runs listed after %3 ms, the run's leaderboard shown after "
                              "%4 ms; breakdowns and all %5 charts painted after %6 ms\n")
                   .arg(db).arg(openedMs, 0, 'f', 0).arg(listedMs, 0, 'f', 0).arg(boardMs, 0, 'f', 0).arg(painted).arg(chartsMs, 0, 'f', 0);
        // The drill-down's reads on that run: the first page, one variant's failures, a text search.
        const auto store = Store::open(db);
        InvocationReader q(*store.store);
        const qint64 runId = runs->shownRun();
        const auto time = [&](const char *what, InvocationFilter f) {
            QElapsedTimer clock;
            clock.start();
            const qsizetype listed = q.invocations(runId, f).size();
            const double listMs = double(clock.nsecsElapsed()) / 1e6;
            const qint64 matching = q.invocationCount(runId, f);
            out << QStringLiteral("  drill-down, %1: %2 listed in %3 ms; %4 matching counted in %5 ms in all\n")
                       .arg(QLatin1String(what)).arg(listed).arg(listMs, 0, 'f', 0).arg(matching)
                       .arg(double(clock.nsecsElapsed()) / 1e6, 0, 'f', 0);
        };
        time("everything", {});
        InvocationFilter failed;
        failed.variantId = RunsReader(*store.store).variantInfo(runId, false).value(0).id;
        failed.verdict = InvocationFilter::Verdict::Failed;
        time("one variant's failures", failed);
        InvocationFilter text;
        text.text = u"no answer holds this"_qs;
        time("a text found nowhere (every row read)", text);
        return 0;
    }

    QString cli = QCoreApplication::applicationDirPath() + u"/../app/quorum-cli"_qs;
    if (const QString c = option("--cli"); !c.isEmpty())
        cli = c;
    const int invocations = option("--invocations").isEmpty() ? 4000 : option("--invocations").toInt();
    QFile profile(dir.filePath(u"profile.json"_qs));
    if (!profile.open(QIODevice::WriteOnly))
        return 1;
    profile.write(R"({"time_scale": 0})");
    profile.close();
    QProcess simulator;
    simulator.start(cli, {u"simulate"_qs, u"--profile"_qs, profile.fileName()});
    if (!simulator.waitForReadyRead(10000)) {
        out << "cannot start the simulator with " << cli << "\n";
        return 1;
    }
    const QString base = QString::fromUtf8(simulator.readLine()).trimmed();
    qputenv("OPENAI_API_KEY", "bench");
    const int variants = 5, scenarios = 80;
    const RunPlan plan = makePlan(base, scenarios, variants, std::max(1, invocations / (scenarios * variants)), 3);
    const QString planPath = dir.filePath(u"plan.json"_qs);
    if (const QString e = savePlan(plan, planPath); !e.isEmpty()) {
        out << e << "\n";
        return 1;
    }

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    bool imported = false, opened = false, finished = false;
    QObject::connect(&window, &MainWindow::importFinished, &app, [&] { imported = true; });
    QObject::connect(&window, &MainWindow::databaseOpened, &app, [&] { opened = true; });
    QObject::connect(&window, &MainWindow::runFinished, &app, [&] { finished = true; });
    window.openPlan(planPath);
    window.openDatabase(dir.filePath(u"gui.sqlite"_qs));
    if (!waitFor([&] { return imported && opened; }, 20000))
        return 1;
    // Idle first: what the pinger measures with nothing to do.
    Pinger probe;
    probe.start();
    waitFor([] { return false; }, 1000);
    probe.stop();
    const double idleMax = probe.percentile(1.0), idleP99 = probe.percentile(0.99);
    const double cpu0 = Bench::cpuSeconds();
    QElapsedTimer t;
    t.start();
    probe.start();
    app.recording = args.contains(u"--costs"_qs);
    window.startRun();
    if (!waitFor([&] { return finished; }, 600000)) {
        out << "the run did not finish\n";
        return 1;
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const auto end = std::chrono::steady_clock::now();
    // The end of the run: the window shows the finished run; the pinger goes on for 5 s.
    waitFor([] { return false; }, 1000);
    if (app.recording) {
        app.recording = false;
        for (const TimingApp::Slow &e : std::as_const(app.slow))
            if (std::chrono::duration<double>(e.at - end).count() > -1 || e.ms > 10)
                out << QStringLiteral("  %1 s %2%3 ms %4\n").arg(std::chrono::duration<double>(e.at - end).count(), 0, 'f', 3)
                           .arg(QString(e.depth * 2, u' ')).arg(e.ms, 0, 'f', 1).arg(e.what);
    }
    waitFor([] { return false; }, 4000);
    probe.stop();
    out << QStringLiteral("GUI thread pinged every 5 ms from a second thread while the window runs %1 invocations x 3 judges "
                          "(zero-latency simulator, own process), through its end and 5 s after: "
                          "%2 s, %3 inv/s, CPU %4 s\n")
               .arg(scenarios * variants * plan.settings.invocations).arg(seconds, 0, 'f', 1)
               .arg(double(scenarios * variants * plan.settings.invocations) / seconds, 0, 'f', 0)
               .arg(Bench::cpuSeconds() - cpu0, 0, 'f', 1);
    out << QStringLiteral("  answers to %1 pings: longest %2 ms, p99 %3 ms, p50 %4 ms (idle: longest %5 ms, p99 %6 ms)\n")
               .arg(probe.samples()).arg(probe.percentile(1.0), 0, 'f', 1).arg(probe.percentile(0.99), 0, 'f', 1)
               .arg(probe.percentile(0.5), 0, 'f', 2).arg(idleMax, 0, 'f', 1).arg(idleP99, 0, 'f', 1);
    out << QStringLiteral("  the longest waits, when their pings were sent relative to the run's end: %1\n").arg(probe.longest(6, end));
    out << QStringLiteral("  targets: longest <= 50 ms, p99 <= 16 ms\n");
    simulator.terminate();
    simulator.waitForFinished();
    return 0;
}
