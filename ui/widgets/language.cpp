#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Quorum::Language {

QString saved()
{
    const QString code = QSettings().value(QStringLiteral("language")).toString();
    return available().contains(code) ? code : QString();
}

void save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QStringLiteral("language"));
    else
        settings.setValue(QStringLiteral("language"), code);
}

QStringList available() { return {QStringLiteral("en"), QStringLiteral("de")}; }

QString nativeName(const QString &code)
{
    if (code == u"en")
        return QStringLiteral("English"); // not "American English": the translation is not regional
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

void install()
{
    // Installed once for the process and kept: QCoreApplication holds only pointers to them.
    static QTranslator english, chosen;
    if (english.load(QStringLiteral("quorum_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&english);
    const QString code = saved();
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    if (!code.isEmpty()) // dates and numbers as the chosen language writes them (13.12.2026, 1.110)
        QLocale::setDefault(locale);
    if (chosen.load(locale, QStringLiteral("quorum"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&chosen);
}

} // namespace Quorum::Language
