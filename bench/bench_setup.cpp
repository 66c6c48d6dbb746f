// The setup forms under load (issue: setup in forms). In the real Setup page, shown:
//  - importing a CSV of N scenarios (default 10,000) through the scenario page, as the column
//    mapping's OK does: time until the rows are in the table, and the longest the GUI thread was
//    busy meanwhile (a timer asks to fire every 4 ms; how late it fires is the stall);
//  - typing into the scenario filter with those N scenarios loaded: one keystroke at a time, the
//    time from the key to the table repainted with the rows that match, max / p50 per keystroke.
//   bench_setup [--scenarios N]      (run under xvfb-run, or with QT_QPA_PLATFORM=offscreen)
#include "setup/plandocument.h"
#include "setup/scenarios/scenariospage.h"
#include "setup/setuppage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

#include "benchsupport.h"

using namespace Quorum;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int scenarios = 10'000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--scenarios"_qs); i > 0 && i + 1 < args.size())
        scenarios = args.at(i + 1).toInt();
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"scenarios.csv"_qs);
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("question,reference,category\n");
        const char *types[] = {"summarization", "extraction", "classification", "translation"};
        for (int i = 0; i < scenarios; ++i)
            f.write(QStringLiteral("\"Summarize ticket %1: the customer says \"\"the quick brown fox jumps over the lazy dog\"\", order %2.\",A fox jumps over a dog (%1).,%3\n")
                        .arg(i).arg(i * 7919 % 100000).arg(QLatin1String(types[i % 4])).toUtf8());
    }
    out << "CSV: " << scenarios << " rows, " << QFile(csv).size() / 1024 << " KB\n";

    SetupPage page;
    page.resize(1400, 900);
    page.show();
    QApplication::processEvents();

    // Import, with the GUI thread's stalls measured meanwhile.
    QElapsedTimer clock;
    std::vector<double> lags;
    QElapsedTimer tick;
    QTimer probe;
    probe.setInterval(4);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lags.push_back(std::max(0.0, double(tick.nsecsElapsed()) / 1e6 - 4));
        tick.restart();
    });
    CsvColumns columns;
    columns.prompt = u"question"_qs;
    columns.golden = u"reference"_qs;
    columns.taskTypeColumn = u"category"_qs;
    QEventLoop loop;
    QObject::connect(page.scenarios(), &ScenariosPage::imported, &loop, [&](bool ok) {
        if (!ok)
            out << "import failed\n";
        loop.quit();
    });
    const double cpu0 = Bench::cpuSeconds();
    clock.start();
    tick.start();
    probe.start();
    page.scenarios()->importFile(csv, columns);
    loop.exec();
    QApplication::processEvents();
    page.scenarios()->table()->repaint();
    const double importMs = double(clock.nsecsElapsed()) / 1e6;
    probe.stop();
    std::sort(lags.begin(), lags.end());
    out << "import: " << page.plan().scenarios.size() << " scenarios in " << QString::number(importMs, 'f', 0) << " ms (CPU "
        << QString::number((Bench::cpuSeconds() - cpu0) * 1000, 'f', 0) << " ms); GUI thread's longest stall "
        << QString::number(lags.empty() ? 0 : lags.back(), 'f', 1) << " ms, p99 "
        << QString::number(lags.empty() ? 0 : lags[size_t(double(lags.size() - 1) * 0.99)], 'f', 1) << " ms over " << lags.size()
        << " timer ticks\n";

    // Typing into the filter: one key at a time, to the repainted table.
    QLineEdit *filter = page.scenarios()->filterEdit();
    filter->setFocus();
    QTableView *table = page.scenarios()->table();
    std::vector<double> keys, filtering;
    const QString typed = u"Ticket 424:"_qs; // narrows 10,000 rows to 1 (a "424" alone would keep 4240–4249 too)
    for (int round = 0; round < 3; ++round) {
        filter->clear();
        QApplication::processEvents();
        for (const QChar c : typed) {
            clock.restart();
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(filter, &press);
            filtering.push_back(double(clock.nsecsElapsed()) / 1e6);
            table->repaint();
            QApplication::processEvents();
            keys.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        // And back out, one Backspace at a time (the filter widens again).
        for (qsizetype i = 0; i < typed.size(); ++i) {
            clock.restart();
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
            QApplication::sendEvent(filter, &press);
            filtering.push_back(double(clock.nsecsElapsed()) / 1e6);
            table->repaint();
            QApplication::processEvents();
            keys.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    filter->setText(typed);
    QApplication::processEvents();
    const int shown = table->model()->rowCount();
    std::sort(keys.begin(), keys.end());
    std::sort(filtering.begin(), filtering.end());
    out << "filter: " << keys.size() << " keystrokes over " << page.plan().scenarios.size() << " scenarios: max "
        << QString::number(keys.back(), 'f', 1) << " ms, p50 " << QString::number(keys[keys.size() / 2], 'f', 1) << " ms, p90 "
        << QString::number(keys[size_t(double(keys.size() - 1) * 0.9)], 'f', 1) << " ms; \"" << typed << "\" leaves " << shown << " rows\n";
    out << "  of which the filter itself (the key to the proxy's rows): max " << QString::number(filtering.back(), 'f', 1) << " ms, p50 "
        << QString::number(filtering[filtering.size() / 2], 'f', 1) << " ms; the rest is the table's layout and paint\n";
    out << "peak RSS " << QString::number(Bench::peakRssMb(), 'f', 0) << " MB\n";
    return 0;
}
