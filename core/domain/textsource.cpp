#include "textsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("TextSource", text); }
constexpr int kMaxEncodingReports = 5;
} // namespace

TextSource TextSource::fromFile(const QString &path, Diagnostics &diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TextSource source;
        source.m_fileName = path;
        diagnostics.error(path, 0, tr("cannot read the file: %1").arg(file.errorString()));
        return source;
    }
    return fromBytes(path, file.readAll(), diagnostics);
}

TextSource TextSource::fromBytes(const QString &name, const QByteArray &input, Diagnostics &diagnostics)
{
    TextSource source;
    source.m_fileName = name;
    QByteArrayView bytes(input);

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        diagnostics.warning(name, 1, tr("the file starts with a UTF-8 byte order mark (ignored)"));
        bytes = bytes.sliced(3);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        diagnostics.error(name, 1, tr("the file is UTF-16; save it as UTF-8"));
        return source;
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const int line = int(bytes.first(nul).count('\n')) + 1;
        diagnostics.error(name, line, tr("the file contains a NUL byte: it is binary, not text"));
        return source;
    }

    bool sawCrlf = false;
    int encodingErrors = 0;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < bytes.size()) {
        ++lineNumber;
        qsizetype end = bytes.indexOf('\n', start);
        const bool terminated = end >= 0;
        if (!terminated)
            end = bytes.size();
        QByteArrayView raw = bytes.sliced(start, end - start);
        if (terminated && raw.endsWith('\r')) {
            raw.chop(1);
            if (!sawCrlf)
                diagnostics.warning(name, lineNumber, tr("Windows (CRLF) line ends; read as LF"));
            sawCrlf = true;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString line = decoder.decode(raw);
        if (decoder.hasError()) {
            if (encodingErrors < kMaxEncodingReports)
                diagnostics.error(name, lineNumber, tr("text is not valid UTF-8"));
            ++encodingErrors;
        }
        source.m_lines.append(std::move(line));
        if (!terminated && !raw.isEmpty())
            diagnostics.warning(name, lineNumber, tr("the last line has no newline at its end"));
        start = end + 1;
    }
    if (encodingErrors > kMaxEncodingReports)
        diagnostics.error(name, 0, tr("%1 more lines are not valid UTF-8").arg(encodingErrors - kMaxEncodingReports));
    source.m_usable = encodingErrors == 0;
    return source;
}

QString writeWholeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace Quorum
