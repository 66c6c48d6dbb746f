// The window in German, as the program finds its translations at run time: the chosen language
// (View › Language, QSettings "language") wins over the system's; strings reached through a
// file's own tr() helper (core's importers and keychain, ui/present's tables) come out German,
// not only the widgets' own; plural forms follow the number; a script-read line stays English.
#include "catalog/modelcatalog.h"
#include "widgets/language.h"
#include "config/configimport.h"
#include "shell/mainwindow.h"
#include "present/catalogtext.h"

#include <QApplication>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace Quorum;

class TstLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"quorum-test"_qs);
        QCoreApplication::setApplicationName(u"tst_language"_qs);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // the system says English…
        Language::save(u"de"_qs);                                             // …the user chose German
        QCOMPARE(Language::saved(), u"de"_qs);
        Language::install();
    }
    void cleanupTestCase() { Language::save({}); }

    void choicesAreNamedInTheirOwnLanguage()
    {
        QCOMPARE(Language::available(), (QStringList{u"en"_qs, u"de"_qs}));
        QCOMPARE(Language::nativeName(u"de"_qs), u"Deutsch"_qs);
        QCOMPARE(Language::nativeName(u"en"_qs), u"English"_qs);
    }

    void windowMenusAndWelcome()
    {
        MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(u"&Datei"_qs) && menus.contains(u"&Ansicht"_qs), qPrintable(menus.join(u", ")));
        QCOMPARE(window.findChild<QPushButton *>(u"welcomeDemo"_qs)->text(), u"Die &Demo öffnen"_qs);
        // View › Language: German is checked; choosing the system's language is kept for the next start.
        QVERIFY(window.findChild<QAction *>(u"language-de"_qs)->isChecked());
        window.findChild<QAction *>(u"language-system"_qs)->trigger();
        QCOMPARE(QSettings().value(u"language"_qs).toString(), QString());
        window.findChild<QAction *>(u"language-de"_qs)->trigger();
        QCOMPARE(Language::saved(), u"de"_qs);
    }

    // Through helpers: the catalog table (ui/present, QCoreApplication::translate("CatalogText")),
    // an importer's message (core/config), and the plural forms of a count.
    void helperContexts()
    {
        QVERIFY2(CatalogTableModel::headers().contains(u"Eingabe $/M"_qs), qPrintable(CatalogTableModel::headers().join(u", ")));
        Diagnostics diagnostics;
        importBytes(u"empty.jsonl"_qs, QByteArray("\n"), diagnostics, InputKind::Scenarios);
        QStringList messages;
        for (const Diagnostic &d : diagnostics.items())
            messages << d.toString();
        QVERIFY2(messages.join(u'\n').contains(u"keine Szenarien in dieser Datei"_qs), qPrintable(messages.join(u'\n')));
        QCOMPARE(QCoreApplication::translate("Diagnostics", "%n warning(s)", nullptr, 1), u"1 Warnung"_qs);
        QCOMPARE(QCoreApplication::translate("Diagnostics", "%n warning(s)", nullptr, 3), u"3 Warnungen"_qs);
    }

    void scriptReadLineStaysEnglish()
    {
        const char *line = "The window shows: plan \"%1\" with %2 scenarios, %3 models, %4 judges; %5 runs in the database\n";
        QCOMPARE(QCoreApplication::translate("main", line), QString::fromLatin1(line));
    }
};

QTEST_MAIN(TstLanguage)
#include "tst_language.moc"
