#include "jsondocument.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Quorum {

std::optional<JsonInput> readJsonObject(const TextSource &source, Diagnostics &diagnostics)
{
    const QString text = source.text();
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        diagnostics.error(source.fileName(), JsonLocator::lineAtOffset(utf8, error.offset),
                          QCoreApplication::translate("JsonDocument", "not valid JSON: %1").arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        diagnostics.error(source.fileName(), 1, QCoreApplication::translate("JsonDocument", "the file must hold one JSON object {…}"));
        return std::nullopt;
    }
    return JsonInput{doc.object(), JsonLocator(text)};
}

} // namespace Quorum
