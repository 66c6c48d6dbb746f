#include "keychain/oskeychain.h"
#include "mainwindow/mainwindow.h"
#include "storage/runstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("quorum"));
    QApplication::setOrganizationName(QStringLiteral("quorum"));
    QApplication::setApplicationDisplayName(QStringLiteral("Quorum"));
    QApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.quorum.Quorum"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("quorum"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Quorum: evaluate large language models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The run database to open."),
                                QStringLiteral("PATH"), Quorum::RunStore::defaultPath());
    parser.addOption(db);
    const QCommandLineOption exitWhenLoaded(QStringLiteral("exit-when-loaded"),
        QApplication::translate("main", "Open the plan and the database, then quit: exit 0 when both opened (for scripted checks)."));
    parser.addOption(exitWhenLoaded);
    const QCommandLineOption runAtOnce(QStringLiteral("run"), QApplication::translate("main", "Start running the plan as soon as it and the database are open."));
    parser.addOption(runAtOnce);
    parser.addPositionalArgument(QStringLiteral("plan"), QApplication::translate("main", "A plan file to open (default: the demo workspace)."),
                                 QStringLiteral("[PLAN]"));
    parser.process(app);

    Quorum::MainWindow window;
    window.setKeychain(Quorum::OsKeychain::lookup());
    window.show();
    if (parser.isSet(exitWhenLoaded)) {
        auto pending = std::make_shared<int>(2);
        auto failed = std::make_shared<bool>(false);
        auto done = [pending, failed](bool ok) {
            *failed = *failed || !ok;
            if (--*pending == 0)
                QApplication::exit(*failed ? 1 : 0);
        };
        QObject::connect(&window, &Quorum::MainWindow::importFinished, &app, done);
        QObject::connect(&window, &Quorum::MainWindow::databaseOpened, &app, [done](bool ok) { done(ok); });
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
