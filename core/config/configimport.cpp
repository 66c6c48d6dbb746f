#include "configimport.h"

#include "judgequestions.h"
#include "planfile.h"
#include "profileimporter.h"
#include "scenarioimporter.h"
#include "../domain/textsource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ConfigImport", text); }

const QList<std::pair<InputKind, QString>> kKindNames = {
    {InputKind::Scenarios, u"scenarios"_qs},
    {InputKind::ModelProfiles, u"models"_qs},
    {InputKind::JudgeProfiles, u"judges"_qs},
    {InputKind::JudgeQuestions, u"judge-questions"_qs},
    {InputKind::Plan, u"plan"_qs},
};

QJsonObject firstObject(const TextSource &source)
{
    for (const QString &line : source.lines()) {
        if (line.trimmed().isEmpty())
            continue;
        return QJsonDocument::fromJson(line.toUtf8()).object();
    }
    return {};
}

InputKind guessKind(const TextSource &source)
{
    const QString name = QFileInfo(source.fileName()).fileName().toLower();
    if (name.endsWith(u".csv"))
        return InputKind::Scenarios;
    if (name.endsWith(u".json")) {
        const QJsonObject root = QJsonDocument::fromJson(source.text().toUtf8()).object();
        if (root.contains(u"evaluation_criteria"))
            return InputKind::JudgeQuestions;
        if (root.contains(u"quorum_plan") || name.contains(u"plan"))
            return InputKind::Plan;
        return name.contains(u"judge") ? InputKind::JudgeQuestions : InputKind::Plan;
    }
    const QJsonObject first = firstObject(source);
    if (first.contains(u"model_id"))
        return name.contains(u"judge") ? InputKind::JudgeProfiles : InputKind::ModelProfiles;
    if (first.contains(u"text_prompt") || first.contains(u"prompt") || first.contains(u"question"))
        return InputKind::Scenarios;
    if (name.contains(u"judge"))
        return InputKind::JudgeProfiles;
    if (name.contains(u"model"))
        return InputKind::ModelProfiles;
    return InputKind::Unknown;
}
} // namespace

QString inputKindName(InputKind kind)
{
    for (const auto &[k, name] : kKindNames)
        if (k == kind)
            return name;
    return u"unknown"_qs;
}

std::optional<InputKind> inputKindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames)
        if (n == name)
            return k;
    return std::nullopt;
}

ImportedFile importBytes(const QString &name, const QByteArray &bytes, Diagnostics &diagnostics, InputKind hint,
                         const CsvColumns &columns)
{
    ImportedFile result;
    const TextSource source = TextSource::fromBytes(name, bytes, diagnostics);
    if (!source.isUsable())
        return result;
    result.kind = hint != InputKind::Unknown ? hint : guessKind(source);
    switch (result.kind) {
    case InputKind::Scenarios:
        result.scenarios = importScenarios(source, diagnostics, columns);
        break;
    case InputKind::ModelProfiles:
        result.models = importProfiles(source, ProfileKind::Model, diagnostics);
        break;
    case InputKind::JudgeProfiles:
        result.judges = importProfiles(source, ProfileKind::Judge, diagnostics);
        break;
    case InputKind::JudgeQuestions:
        result.criteria = importJudgeQuestions(source, diagnostics).value_or(JudgeCriteria());
        break;
    case InputKind::Plan:
        result.plan = loadPlan(source, diagnostics, columns);
        break;
    case InputKind::Unknown:
        diagnostics.error(name, 0, tr("cannot tell what this file is; it holds no scenarios (text_prompt), "
                                      "profiles (model_id), judge questions (evaluation_criteria) or plan (quorum_plan)"));
        break;
    }
    return result;
}

ImportedFile importFile(const QString &path, Diagnostics &diagnostics, InputKind hint, const CsvColumns &columns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.error(path, 0, tr("cannot read the file: %1").arg(file.errorString()));
        return {};
    }
    return importBytes(path, file.readAll(), diagnostics, hint, columns);
}

} // namespace Quorum
