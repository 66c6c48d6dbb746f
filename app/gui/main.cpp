#include "keychain/oskeychain.h"
#include "setup/models/keyaccess.h"
#include "widgets/appearance.h"
#include "widgets/language.h"
#include "catalog/modelcatalog.h"
#include "shell/mainwindow.h"
#include "results/runspage.h"
#include "storage/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTextStream>
#include <QThreadPool>
#include <QTranslator>

#include <memory>

namespace {
void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("quorum"));
    QCoreApplication::setOrganizationName(QStringLiteral("quorum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
}

// --help and --version are answered before any window system is asked for: over SSH, with no
// display, they print and exit 0 instead of aborting in Qt's platform plugin.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--")
            break;
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"), QCoreApplication::translate("main", "The run database to open."), QStringLiteral("PATH"),
                          Quorum::Store::defaultLocation()};
    QCommandLineOption exitWhenLoaded{QStringLiteral("exit-when-loaded"),
        QCoreApplication::translate("main", "Open the plan and the database, then quit: exit 0 when both opened (for scripted checks).")};
    QCommandLineOption runAtOnce{QStringLiteral("run"), QCoreApplication::translate("main", "Start running the plan as soon as it and the database are open.")};
    QCommandLineOption appearance{QStringLiteral("appearance"),
        QCoreApplication::translate("main", "light, dark or system (default: the last choice in View › Appearance)."), QStringLiteral("MODE")};

    Options()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Quorum: evaluate large language models."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, exitWhenLoaded, runAtOnce, appearance});
        parser.addPositionalArgument(QStringLiteral("plan"), QCoreApplication::translate("main", "A plan file to open (default: the demo workspace)."),
                                     QStringLiteral("[PLAN]"));
    }
};
} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication text(argc, argv);
        nameApplication();
        Quorum::Language::install();
        Options options;
        options.parser.process(text); // prints the help or the version and exits 0
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Quorum"));
    QApplication::setDesktopFileName(QStringLiteral(QUORUM_APP_ID));
    Quorum::Language::install();

    Options options;
    QCommandLineParser &parser = options.parser;
    const QCommandLineOption &db = options.db, &exitWhenLoaded = options.exitWhenLoaded, &runAtOnce = options.runAtOnce,
                             &appearance = options.appearance;
    parser.process(app);

    Quorum::Appearance::apply(parser.isSet(appearance) ? Quorum::Appearance::fromName(parser.value(appearance))
                                                       : Quorum::Appearance::saved());
    // The model catalog (2,000 models) is read once, off the GUI thread, while the window opens:
    // the setup form's suggestions and the plan's checks then find it ready.
    QThreadPool::globalInstance()->start([] { (void)Quorum::ModelCatalog::builtIn(); });
    Quorum::MainWindow window;
    Quorum::KeyAccess keys;
    keys.lookup = Quorum::OsKeychain::lookup();
    keys.available = [] { return Quorum::OsKeychain::available(); };
    keys.store = [](const QString &account, const QString &secret) { return Quorum::OsKeychain::store(account, secret); };
    window.setKeyAccess(keys);
    window.show();
    if (parser.isSet(exitWhenLoaded)) {
        // Waits for the plan, the database and its run list; then says on stdout what the window
        // shows (scripted checks read it), and quits: 0 when everything opened.
        auto pending = std::make_shared<int>(3);
        auto failed = std::make_shared<bool>(false);
        auto done = [&window, pending, failed](bool ok, int count = 1) {
            *failed = *failed || !ok;
            if ((*pending -= count) > 0)
                return;
            auto rows = [&window](const char *name) {
                const auto *view = window.findChild<QTableView *>(QLatin1String(name));
                return view && view->model() ? view->model()->rowCount() : -1;
            };
            const auto *title = window.findChild<QLineEdit *>(QStringLiteral("planName"));
            QTextStream(stdout) << QApplication::translate("main", "The window shows: plan \"%1\" with %2 scenarios, %3 models, "
                                                                   "%4 judges; %5 runs in the database\n")
                                       .arg(title ? title->text() : QString()).arg(rows("scenarioTable")).arg(rows("modelTable"))
                                       .arg(rows("judgeTable")).arg(rows("runTable"));
            QApplication::exit(*failed ? 1 : 0);
        };
        QObject::connect(&window, &Quorum::MainWindow::importFinished, &app, [done](bool ok) { done(ok); });
        QObject::connect(&window, &Quorum::MainWindow::databaseOpened, &app, [done](bool ok) { done(ok, ok ? 1 : 2); });
        QObject::connect(window.runs(), &Quorum::RunsPage::loaded, &app, [done](int) { done(true); });
    }
    if (parser.isSet(runAtOnce)) {
        auto pending = std::make_shared<int>(2);
        auto ready = [&window, pending](bool ok) {
            if (ok && --*pending == 0)
                window.startRun();
        };
        QObject::connect(&window, &Quorum::MainWindow::importFinished, &window, ready);
        QObject::connect(&window, &Quorum::MainWindow::databaseOpened, &window, [ready](bool ok) { ready(ok); });
    }
    const QStringList positional = parser.positionalArguments();
    window.openPlan(positional.isEmpty() ? Quorum::MainWindow::demoPlanPath() : positional.first());
    window.openDatabase(parser.value(db));
    return app.exec();
}
