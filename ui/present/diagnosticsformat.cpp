#include "diagnosticsformat.h"

#include <QCoreApplication>

namespace Quorum {

QString summarizeDiagnostics(const Diagnostics &d)
{
    const QString errors = QCoreApplication::translate("Diagnostics", "%n error(s)", nullptr, d.errorCount());
    const QString warnings = QCoreApplication::translate("Diagnostics", "%n warning(s)", nullptr, d.warningCount());
    return QCoreApplication::translate("Diagnostics", "%1, %2").arg(errors, warnings);
}

} // namespace Quorum
