#include "mainwindow/mainwindow.h"
#include "storage/runstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
    parser.addPositionalArgument(QStringLiteral("plan"), QApplication::translate("main", "A plan file to open (default: the demo workspace)."),
                                 QStringLiteral("[PLAN]"));
    parser.process(app);

    Quorum::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    window.openPlan(positional.isEmpty() ? Quorum::MainWindow::demoPlanPath() : positional.first());
    window.openDatabase(parser.value(db));
    return app.exec();
}
