// The model catalog, as a user meets it:
//  - `quorum-cli catalog list` (text and --json), from the command to its last byte;
//  - the Catalog page: each keystroke in its filter, from the key to the repainted table;
//  - a refresh through the loopback fakes of Artificial Analysis and Hugging Face at their
//    rate limits (AA one request a second, HF --hf-interval ms apart: 300 is its 1,000 requests
//    per five minutes), with some 429s and a failing page on the way.
// Run: build/ci/bench/bench_catalog [--models 500] [--hf-interval 300] [--skip-refresh]
#include "benchsupport.h"

#include "catalog/catalogpage.h"
#include "catalog/catalogrefresh.h"
#include "catalog/publishedsources.h"
#include "present/catalogtext.h"
#include "simulator/catalogapis.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QCoroTask>

using namespace Quorum;

namespace {
QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void cliList(const QString &cli)
{
    QTemporaryDir empty; // no refresh caches, no overrides: the shipped catalog
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QUORUM_CATALOG_DIR"_qs, empty.path());
    // `--version` first: what starting the process costs before any catalog is read.
    for (const QStringList &args : {QStringList{u"--version"_qs}, QStringList{u"catalog"_qs, u"list"_qs},
                                    QStringList{u"catalog"_qs, u"list"_qs, u"--json"_qs}}) {
        QByteArray bytes;
        const double ms = Bench::medianMs([&] {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(cli, args);
            p.waitForFinished(30000);
            bytes = p.readAllStandardOutput();
        }, 11);
        out << QStringLiteral("quorum-cli %1: %2 ms (median of 11, process start to exit), %3 KB\n")
                   .arg(args.join(u' '))
                   .arg(ms, 0, 'f', 1)
                   .arg(bytes.size() / 1024);
    }
    QFile file(u":/quorum/models/catalog.json"_qs);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    Diagnostics d;
    const double parse = Bench::medianMs([&] { ModelCatalog::parse(u"catalog.json"_qs, bytes, d); }, 7);
    out << QStringLiteral("  of which parsing the %1 KB snapshot: %2 ms").arg(bytes.size() / 1024).arg(parse, 0, 'f', 1);
    const double json = Bench::medianMs([&] { (void)QJsonDocument::fromJson(bytes).object().value(u"models").toArray().size(); }, 7);
    out << QStringLiteral(" (the JSON alone: %1 ms)\n").arg(json, 0, 'f', 1);
}

void pageFilter()
{
    QTemporaryDir empty;
    qputenv("QUORUM_CATALOG_DIR", empty.path().toUtf8());
    CatalogPage page;
    page.resize(1400, 900);
    QSignalSpy loaded(&page, &CatalogPage::loaded);
    page.show();
    if (!loaded.wait(10000)) {
        out << "the Catalog page did not load\n";
        return;
    }
    QTableView *view = page.view();
    QLineEdit *search = page.search();
    search->setFocus();
    QList<double> times;
    const QString typed = u"claude sonnet bedrock"_qs;
    for (int round = 0; round < 3; ++round) {
        for (const QChar c : typed) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(search, c.toLatin1());
            view->viewport()->repaint(); // what the user sees: the table drawn again
            times << double(t.nsecsElapsed()) / 1e6;
        }
        for (qsizetype i = 0; i < typed.size(); ++i) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(search, Qt::Key_Backspace);
            view->viewport()->repaint();
            times << double(t.nsecsElapsed()) / 1e6;
        }
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("Catalog page, %1 models: a keystroke in the filter to the repainted table: median %2 ms, "
                          "p90 %3 ms, longest %4 ms (%5 keystrokes)\n")
               .arg(page.table()->rowCount())
               .arg(median(times), 0, 'f', 2)
               .arg(times.at(times.size() * 9 / 10), 0, 'f', 2)
               .arg(times.last(), 0, 'f', 2)
               .arg(times.size());
    QElapsedTimer t;
    t.start();
    view->sortByColumn(CatalogTableModel::Input, Qt::DescendingOrder);
    view->viewport()->repaint();
    out << QStringLiteral("  sorting by input price: %1 ms\n").arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 2);
    qunsetenv("QUORUM_CATALOG_DIR");
}

// Artificial Analysis' fake with N models, matched against the shipped catalog by slug (its free
// API answers every model in one request); Hugging Face's with N open-weights repositories of ten
// authors, one model in fifty answering 429 once, asked at --hf-interval ms apart.
void refresh(int count, int hfInterval)
{
    const ModelCatalog &shipped = ModelCatalog::builtIn();
    Sim::CatalogApiProfile profile;
    profile.aaIntervalMs = 1000;
    profile.hfIntervalMs = hfInterval - 20; // the service's own limit, a little under the client's spacing
    QSet<QString> slugs;
    for (const CatalogModel &m : shipped.models()) {
        const QString slug = Published::modelSlug(m.model);
        if (slugs.size() < count && !slugs.contains(slug)) {
            slugs.insert(slug);
            profile.aaModels.append(QJsonObject{{u"id"_qs, slug}, {u"name"_qs, m.displayName}, {u"slug"_qs, slug},
                                                {u"evaluations"_qs, QJsonObject{{u"mmlu_pro"_qs, 0.7}, {u"gpqa"_qs, 0.5}}}});
        }
    }
    QJsonArray open;
    for (int i = 0; i < count; ++i) {
        const QString repo = u"author%1/Model-%2-Instruct"_qs.arg(i % 10).arg(i);
        open.append(QJsonObject{{u"provider"_qs, u"together"_qs}, {u"id"_qs, repo}, {u"open_weights"_qs, true}});
        profile.hfModels.insert(repo, QJsonObject{{u"id"_qs, repo}, {u"likes"_qs, i}, {u"safetensors"_qs, QJsonObject{{u"total"_qs, 7e9 + i}}},
                                                  {u"config"_qs, QJsonObject{{u"architectures"_qs, QJsonArray{u"LlamaForCausalLM"_qs}}}}});
        if (i % 50 == 0)
            profile.hfThrottleFirst.insert(repo, 1);
    }
    Diagnostics d;
    const ModelCatalog openModels = *ModelCatalog::parse(u"open.json"_qs, QJsonDocument(QJsonObject{{u"models"_qs, open}}).toJson(), d);
    Sim::CatalogApiSimulator fake(profile);
    fake.listen();
    QTemporaryDir dir;
    RefreshOptions options;
    options.aaBaseUrl = fake.aaBaseUrl();
    options.hfBaseUrl = fake.baseUrl();
    options.aaKey = profile.aaKey;
    options.hfIntervalMs = hfInterval;
    options.aaStateFile = dir.filePath(u"aa.json"_qs);
    QNetworkAccessManager network;
    for (bool aa : {true, false}) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = Bench::cpuSeconds();
        const RefreshResult r = QCoro::waitFor(aa ? refreshFromArtificialAnalysis(shipped, options, &network)
                                                  : refreshFromHuggingFace(openModels, options, &network));
        out << QStringLiteral("refresh from %1 (%2 models in the fake): %3 s wall, %4 s CPU; %5 requests, %6 retries (%7 were 429s), "
                              "%8 failures; %9 catalog models got figures\n")
                   .arg(r.report.source)
                   .arg(aa ? profile.aaModels.size() : profile.hfModels.size())
                   .arg(double(t.elapsed()) / 1000, 0, 'f', 1)
                   .arg(Bench::cpuSeconds() - cpu0, 0, 'f', 2)
                   .arg(r.report.requests)
                   .arg(r.report.retries)
                   .arg(r.report.throttled)
                   .arg(r.report.failures.size())
                   .arg(r.report.matched);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    cliList(QStringLiteral(QUORUM_CLI));
    pageFilter();
    if (!args.contains(u"--skip-refresh"_qs))
        refresh(Bench::option(args, u"--models"_qs, u"500"_qs).toInt(), Bench::option(args, u"--hf-interval"_qs, u"300"_qs).toInt());
    out.flush();
    return 0;
}
