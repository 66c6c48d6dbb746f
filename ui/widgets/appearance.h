#pragma once

#include <QString>

// Light, dark, or the system's palette for the whole app, charts included (they follow the
// palette). Qt 6.4 has no colour-scheme hint: "system" keeps the palette the platform gave.
// The choice is kept in QSettings ("appearance") and applied at start.
namespace Quorum::Appearance {

enum class Mode { System, Light, Dark };

Mode fromName(const QString &name);        // "light", "dark"; anything else: System
QString name(Mode mode);
void apply(Mode mode);                     // on the running QApplication
Mode saved();
void save(Mode mode);

} // namespace Quorum::Appearance
