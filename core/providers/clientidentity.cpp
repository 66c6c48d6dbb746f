#include "clientidentity.h"

#include <QSysInfo>

namespace Quorum::ClientIdentity {

QByteArray version() { return QByteArrayLiteral(QUORUM_VERSION); }

QByteArray userAgent()
{
    static const QByteArray agent = "Quorum/" + version() + " (Qt " + QByteArray(qVersion()) + "; "
                                    + QSysInfo::prettyProductName().toUtf8() + ")";
    return agent;
}

void identify(QNetworkRequest &request) { request.setHeader(QNetworkRequest::UserAgentHeader, userAgent()); }

QByteArray googApiClient() { return "quorum/" + version() + " qt/" + QByteArray(qVersion()); }

} // namespace Quorum::ClientIdentity
