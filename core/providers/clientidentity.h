#pragma once

#include <QByteArray>
#include <QNetworkRequest>

// How Quorum names itself on the wire, as the vendors' SDKs do (and no more: no telemetry).
namespace Quorum::ClientIdentity {

// "0.1.0": the version every Quorum program was built as.
QByteArray version();
// "Quorum/0.1.0 (Qt 6.4.2; Debian GNU/Linux 12 (bookworm))": the User-Agent of every request.
QByteArray userAgent();
// Sets the User-Agent on a request (Qt's own default is "Mozilla/5.0").
void identify(QNetworkRequest &request);
// Gemini's x-goog-api-client, the client library's name and version: "quorum/0.1.0 qt/6.4.2".
QByteArray googApiClient();

} // namespace Quorum::ClientIdentity
