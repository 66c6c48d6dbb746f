#include "scenarioimporter.h"

#include "../domain/imagetype.h"
#include "../jury/scorers.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <tuple>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ScenarioImporter", text); }

const QStringList kChoiceKeys = {u"answerA"_qs, u"answerB"_qs, u"answerC"_qs, u"answerD"_qs, u"answerE"_qs};
const QStringList kKnownKeys = {
    u"id"_qs, u"text_prompt"_qs, u"prompt"_qs, u"golden_answer"_qs, u"expected_output_tokens"_qs,
    u"task"_qs, u"task_type"_qs, u"task_criteria"_qs, u"url_image"_qs, u"image"_qs,
    u"user_defined_metrics"_qs, u"temperature"_qs, u"region"_qs, u"context"_qs, u"question"_qs,
    u"result"_qs, u"label"_qs, u"choices"_qs, u"correct_choice"_qs, u"answerA"_qs, u"answerB"_qs, u"answerC"_qs, u"answerD"_qs, u"answerE"_qs,
    u"scorer"_qs,
};
// CSV headers an analyst may have used for each field, in order of preference.
const QList<std::pair<QString, QStringList>> kCsvAliases = {
    {u"text_prompt"_qs, {u"text_prompt"_qs, u"prompt"_qs, u"input"_qs}},
    {u"golden_answer"_qs, {u"golden_answer"_qs, u"expected_output"_qs, u"reference"_qs, u"ideal"_qs, u"answer"_qs}},
    {u"url_image"_qs, {u"url_image"_qs, u"image"_qs, u"image_path"_qs}},
    {u"task_type"_qs, {u"task_type"_qs}},
    {u"task_criteria"_qs, {u"task_criteria"_qs}},
    {u"expected_output_tokens"_qs, {u"expected_output_tokens"_qs}},
    {u"user_defined_metrics"_qs, {u"user_defined_metrics"_qs}},
    {u"temperature"_qs, {u"temperature"_qs}},
    {u"region"_qs, {u"region"_qs}},
    {u"id"_qs, {u"id"_qs}},
    {u"context"_qs, {u"context"_qs}},
    {u"question"_qs, {u"question"_qs}},
    {u"result"_qs, {u"result"_qs, u"label"_qs}},
    {u"answerA"_qs, {u"answerA"_qs}}, {u"answerB"_qs, {u"answerB"_qs}}, {u"answerC"_qs, {u"answerC"_qs}},
    {u"answerD"_qs, {u"answerD"_qs}}, {u"answerE"_qs, {u"answerE"_qs}},
};

QChar optionLetter(qsizetype index)
{
    return QChar(char16_t(u'A' + index));
}

QList<InputRecord> recordsFromCsv(const TextSource &source, const CsvColumns &chosen, Diagnostics &diagnostics)
{
    const CsvTable table = readCsv(source, diagnostics);
    if (table.header.fields.isEmpty())
        return {};
    QList<std::pair<QString, int>> columns; // field name → column
    // Columns the user named come first, and must exist.
    bool missing = false;
    for (const auto &[field, name, option] : {std::tuple{u"text_prompt"_qs, chosen.prompt, "--prompt-column"},
                                              std::tuple{u"golden_answer"_qs, chosen.golden, "--golden-column"},
                                              std::tuple{u"url_image"_qs, chosen.image, "--image-column"},
                                              std::tuple{u"task_type"_qs, chosen.taskTypeColumn, "the task type column"},
                                              std::tuple{u"task_criteria"_qs, chosen.taskCriteriaColumn, "the criteria column"}}) {
        if (name.isEmpty())
            continue;
        const int column = table.columnIndex({name});
        if (column < 0) {
            diagnostics.error(source.fileName(), table.header.line, tr("no column named \"%1\" (%2); the columns are: %3")
                                                                       .arg(name, QLatin1String(option), table.header.fields.join(u", ")));
            missing = true;
        } else {
            columns.append({field, column});
        }
    }
    if (missing)
        return {};
    for (const auto &alias : kCsvAliases) {
        const QString &field = alias.first; // named, not bound: clang 14 cannot capture a structured binding
        const bool taken = std::any_of(columns.cbegin(), columns.cend(), [&](const auto &p) { return p.first == field; });
        if (const int column = taken ? -1 : table.columnIndex(alias.second); column >= 0)
            columns.append({field, column});
    }
    const bool multipleChoice = table.columnIndex({u"question"_qs}) >= 0 && table.columnIndex({u"answerA"_qs}) >= 0;
    const bool hasPrompt = std::any_of(columns.cbegin(), columns.cend(), [](const auto &p) { return p.first == u"text_prompt"; });
    if (!multipleChoice && !hasPrompt) {
        diagnostics.error(source.fileName(), table.header.line,
                          tr("no prompt column: name one of %1, or choose one with --prompt-column")
                              .arg(kCsvAliases.at(0).second.join(u", ")));
        return {};
    }
    for (qsizetype c = 0; c < table.header.fields.size(); ++c) {
        const bool used = std::any_of(columns.cbegin(), columns.cend(), [c](const auto &p) { return p.second == c; });
        if (!used)
            diagnostics.warning(source.fileName(), table.header.line,
                                tr("column \"%1\" is not used").arg(table.header.fields.at(c)));
    }
    QList<InputRecord> records;
    for (const CsvRecord &row : table.rows) {
        InputRecord record{source.fileName(), row.line, {}, {}, true};
        for (const auto &[field, column] : columns) {
            if (!row.fields.at(column).isEmpty())
                record.fields.insert(field, row.fields.at(column));
            record.fieldLines.insert(field, row.fieldLines.at(column));
        }
        if (!chosen.taskType.isEmpty() && !record.fields.contains(u"task_type"))
            record.fields.insert(u"task_type"_qs, chosen.taskType);
        if (!chosen.taskCriteria.isEmpty() && !record.fields.contains(u"task_criteria"))
            record.fields.insert(u"task_criteria"_qs, chosen.taskCriteria);
        // 360-eval's CSV conversion gives every row an output-token cap.
        if (!record.fields.contains(u"expected_output_tokens"))
            record.fields.insert(u"expected_output_tokens"_qs, QString::number(kCsvOutputTokens));
        records.append(record);
    }
    return records;
}
} // namespace

QString checkImage(const QString &reference, const QString &baseDir, QString *resolved)
{
    static const QStringList kExtensions = {u"png"_qs, u"jpg"_qs, u"jpeg"_qs, u"gif"_qs, u"webp"_qs};
    const QString supported = tr("Quorum sends PNG, JPEG, GIF and WebP images");
    if (reference.startsWith(u"data:")) {
        static const QStringList kMimes = {u"data:image/png;"_qs, u"data:image/jpeg;"_qs, u"data:image/gif;"_qs, u"data:image/webp;"_qs};
        if (std::none_of(kMimes.cbegin(), kMimes.cend(), [&](const QString &m) { return reference.startsWith(m); }))
            return tr("unsupported image data URL; %1").arg(supported);
        *resolved = reference;
        return {};
    }
    const QUrl url(reference);
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        if (!url.isValid() || url.host().isEmpty())
            return tr("\"%1\" is not a valid URL").arg(reference);
        const QString suffix = QFileInfo(url.path()).suffix().toLower();
        if (!suffix.isEmpty() && !kExtensions.contains(suffix))
            return tr("\"%1\" does not look like an image (.%2); %3").arg(reference, suffix, supported);
        *resolved = reference;
        return {};
    }
    const QString path = QDir(baseDir).absoluteFilePath(url.isLocalFile() ? url.toLocalFile() : reference);
    QFile file(path);
    if (!file.exists())
        return tr("image not found: %1").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read image %1: %2").arg(path, file.errorString());
    if (imageMimeType(file.read(16)).isEmpty())
        return tr("%1 is not an image Quorum can send; %2").arg(path, supported);
    *resolved = path;
    return {};
}

std::optional<Scenario> scenarioFromRecord(const InputRecord &record, const QString &baseDir, Diagnostics &diagnostics)
{
    RecordReader r(record, diagnostics);
    r.warnUnknown(kKnownKeys);
    Scenario s;
    s.source = {record.file, record.line};

    const bool multipleChoice = r.has(u"question"_qs) && r.has(u"answerA"_qs);
    if (multipleChoice) {
        const QString context = r.text(u"context"_qs).value_or(QString());
        const QString question = r.text(u"question"_qs, RecordReader::Need::Required).value_or(QString());
        QString prompt = context.isEmpty() ? question : context + u"\n\n" + question;
        for (qsizetype i = 0; i < kChoiceKeys.size(); ++i) {
            if (!r.has(kChoiceKeys.at(i)))
                break;
            const QString choice = r.text(kChoiceKeys.at(i), RecordReader::Need::Required).value_or(QString());
            s.choices << choice;
            prompt += u'\n' + optionLetter(i) + u") " + choice;
        }
        s.prompt = prompt + u'\n' + tr("Answer with the letter of the correct option.");
        const QString resultKey = r.pick({"result", "label"});
        if (const auto result = r.text(resultKey, RecordReader::Need::Required)) {
            // SIQA labels are 1-based numbers; letters are accepted too.
            const QString v = result->trimmed().toUpper();
            bool isNumber = false;
            const int n = v.toInt(&isNumber);
            const int index = isNumber ? n - 1 : (v.size() == 1 ? v.at(0).unicode() - u'A' : -1);
            if (index < 0 || index >= s.choices.size())
                r.error(resultKey, tr("\"%1\" must name one of the %2 options (1–%2 or A–%3), not \"%4\"")
                                       .arg(resultKey).arg(s.choices.size()).arg(optionLetter(s.choices.size() - 1)).arg(*result));
            else {
                s.correctChoice = optionLetter(index);
                s.goldenAnswer = s.correctChoice;
            }
        }
        s.taskType = u"multiple_choice"_qs;
    } else {
        const QString promptKey = r.pick({"text_prompt", "prompt"});
        s.prompt = r.text(promptKey, RecordReader::Need::Required).value_or(QString());
        s.goldenAnswer = r.text(u"golden_answer"_qs, RecordReader::Need::Optional, true).value_or(QString());
        // A multiple-choice item saved by Quorum: the prompt already lists the options.
        s.choices = r.list(u"choices"_qs);
        s.correctChoice = r.text(u"correct_choice"_qs).value_or(QString());
        const int index = s.correctChoice.size() == 1 ? s.correctChoice.at(0).unicode() - u'A' : -1;
        if (!s.choices.isEmpty() && (index < 0 || index >= s.choices.size()))
            r.error(u"correct_choice"_qs, tr("\"correct_choice\" must be the letter of one of the choices"));
    }

    if (const auto task = r.object(u"task"_qs)) {
        InputRecord taskRecord{record.file, record.lineOf(u"task"_qs), *task, {}, false};
        RecordReader t(taskRecord, diagnostics);
        s.taskType = t.text(u"task_type"_qs).value_or(s.taskType);
        s.taskCriteria = t.text(u"task_criteria"_qs).value_or(QString());
        t.warnUnknown({u"task_type"_qs, u"task_criteria"_qs});
        if (t.failed())
            r.error(u"task"_qs, tr("\"task\" has problems (see above)"));
    }
    s.taskType = r.text(u"task_type"_qs).value_or(s.taskType);
    s.taskCriteria = r.text(u"task_criteria"_qs).value_or(s.taskCriteria);
    if (s.taskType.trimmed().isEmpty() && !record.textOnly) // 360-eval's JSONL has it on every line
        diagnostics.warning(record.file, record.lineOf(u"task"_qs),
                            tr("no \"task\": {\"task_type\": …}; the judges are told the task is \"general\""));

    if (const auto tokens = r.integer(u"expected_output_tokens"_qs)) {
        if (*tokens <= 0 || *tokens > 1'000'000)
            r.error(u"expected_output_tokens"_qs, tr("\"expected_output_tokens\" must be between 1 and 1000000, not %1").arg(*tokens));
        else
            s.expectedOutputTokens = int(*tokens);
    }
    if (const auto temperature = r.number(u"temperature"_qs)) {
        if (*temperature < 0 || *temperature > 2)
            r.error(u"temperature"_qs, tr("\"temperature\" must be between 0 and 2, not %1").arg(*temperature));
        else
            s.temperature = *temperature;
    }
    s.region = r.text(u"region"_qs).value_or(QString());
    s.userMetrics = r.list(u"user_defined_metrics"_qs);
    if (const auto scorer = r.text(u"scorer"_qs)) {
        if (!scorerFromName(*scorer))
            r.error(u"scorer"_qs, tr("unknown scorer \"%1\"; use %2").arg(*scorer, scorerNames().join(u", ")));
        else
            s.scorer = *scorer;
    }

    const QString imageKey = r.pick({"url_image", "image"});
    if (const auto image = r.text(imageKey)) {
        const QString problem = checkImage(image->trimmed(), baseDir, &s.image);
        if (!problem.isEmpty())
            r.error(imageKey, problem);
    }

    if (const auto id = r.text(u"id"_qs)) {
        s.id = *id;
    } else {
        // The content decides the identity, the task included (one prompt under two task types is
        // two scenarios); a repeat of the same content is told apart by numberRepeatedScenarios.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &part : {s.prompt, s.goldenAnswer, s.image, s.choices.join(u'\x1f'), s.taskType, s.taskCriteria}) {
            hash.addData(part.toUtf8());
            hash.addData(QByteArrayView("\x1e", 1));
        }
        s.id = QString::fromLatin1(hash.result().toHex().left(16));
    }
    if (r.failed())
        return std::nullopt;
    return s;
}

void numberRepeatedScenarios(QList<Scenario> &scenarios, Diagnostics &diagnostics)
{
    QHash<QString, const Scenario *> firstWithId;
    for (const Scenario &s : std::as_const(scenarios))
        firstWithId.insert(s.id, nullptr); // every id in use, so a new number never takes one
    QHash<QString, int> lastNumber;
    for (Scenario &s : scenarios) {
        const Scenario *first = firstWithId.value(s.id);
        if (!first) {
            firstWithId.insert(s.id, &s);
            continue;
        }
        // 360-eval runs every row: a repeat is a scenario of its own, numbered among the rows with
        // the same content, so no other row's identity depends on where it sits in the file.
        const QString base = s.id;
        int &n = lastNumber[base];
        QString id;
        do
            id = base + u'#' + QString::number(n = std::max(n, 1) + 1);
        while (firstWithId.contains(id));
        diagnostics.warning(s.source.file, s.source.line,
                            tr("the same scenario as %1:%2; it runs as a scenario of its own (scenario id %3)")
                                .arg(first->source.file).arg(first->source.line).arg(id));
        s.id = id;
        firstWithId.insert(id, &s);
    }
}

QList<Scenario> importScenarios(const TextSource &source, Diagnostics &diagnostics, const CsvColumns &columns)
{
    Diagnostics found;
    const bool isCsv = source.fileName().endsWith(u".csv", Qt::CaseInsensitive);
    const QList<InputRecord> records = isCsv ? recordsFromCsv(source, columns, found) : readJsonl(source, found);
    const QString baseDir = QFileInfo(source.fileName()).absolutePath();
    QList<Scenario> scenarios;
    for (const InputRecord &record : records)
        if (auto scenario = scenarioFromRecord(record, baseDir, found))
            scenarios.append(std::move(*scenario));
    if (scenarios.isEmpty() && !found.hasErrors())
        found.error(source.fileName(), 0, tr("no scenarios in this file"));
    numberRepeatedScenarios(scenarios, found);
    diagnostics.append(found);
    return found.hasErrors() ? QList<Scenario>() : scenarios;
}

} // namespace Quorum
