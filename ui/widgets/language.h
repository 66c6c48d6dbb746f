#pragma once

#include <QString>
#include <QStringList>

// The language of the window and its reports: the system's, or the one chosen in View › Language
// (kept in QSettings "language"; it takes effect at the next start). English plural forms ("1 run",
// "2 runs") are installed under every language. quorum-cli stays English and never calls this.
namespace Quorum::Language {

// "" for the system's language, else a code the app has a translation for ("en", "de").
QString saved();
void save(const QString &code);
// The codes with a translation, English first; and each one's name in its own language.
QStringList available();
QString nativeName(const QString &code);
// Installs the translators on the running application (QCoreApplication is enough: --help).
void install();

} // namespace Quorum::Language
