#include "judgequestions.h"

#include "inputrecord.h"
#include "jsondocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("JudgeQuestions", text); }
}

std::optional<JudgeCriteria> judgeCriteriaFromJson(const QString &file, const QJsonObject &object, const QString &path,
                                                   const JsonLocator &locator, Diagnostics &diagnostics)
{
    Diagnostics found;
    const QString listPath = jsonPath(path, u"evaluation_criteria"_qs);
    const QJsonValue list = object.value(u"evaluation_criteria");
    if (!list.isArray()) {
        found.error(file, locator.lineOf(listPath), list.isUndefined()
                        ? tr("\"evaluation_criteria\" is missing")
                        : tr("\"evaluation_criteria\" must be a list of categories"));
        diagnostics.append(found);
        return std::nullopt;
    }
    JudgeCriteria criteria;
    QSet<QString> names;
    double total = 0;
    for (const InputRecord &record : recordsFromArray(file, list.toArray(), listPath, locator, found)) {
        RecordReader r(record, found);
        r.warnUnknown({u"category"_qs, u"weight"_qs, u"questions"_qs});
        CriteriaCategory category;
        category.source = {file, record.line};
        category.name = r.text(u"category"_qs, RecordReader::Need::Required).value_or(QString()).trimmed();
        if (!category.name.isEmpty() && names.contains(category.name.toLower()))
            r.error(u"category"_qs, tr("category \"%1\" appears twice").arg(category.name));
        names.insert(category.name.toLower());
        if (const auto weight = r.number(u"weight"_qs, RecordReader::Need::Required)) {
            if (*weight <= 0)
                r.error(u"weight"_qs, tr("\"weight\" must be greater than 0, not %1").arg(*weight));
            category.weight = *weight;
        }
        if (!r.record().fields.value(u"questions").isArray())
            r.error(u"questions"_qs, tr("\"questions\" must be a list of questions for the judges"));
        category.questions = r.list(u"questions"_qs);
        if (category.questions.isEmpty() && !r.failed())
            r.warning(u"questions"_qs, tr("category \"%1\" has no questions").arg(category.name));
        if (!r.failed()) {
            total += category.weight;
            criteria.categories.append(category);
        }
    }
    if (criteria.categories.isEmpty() && !found.hasErrors())
        found.error(file, locator.lineOf(listPath), tr("\"evaluation_criteria\" has no categories"));
    if (!found.hasErrors() && std::abs(total - 1.0) > 1e-6)
        found.warning(file, locator.lineOf(listPath), tr("the weights add up to %1, not 1; they will be scaled").arg(total));
    diagnostics.append(found);
    if (found.hasErrors())
        return std::nullopt;
    return criteria;
}

std::optional<JudgeCriteria> importJudgeQuestions(const TextSource &source, Diagnostics &diagnostics)
{
    const auto input = readJsonObject(source, diagnostics);
    if (!input)
        return std::nullopt;
    return judgeCriteriaFromJson(source.fileName(), input->root, QString(), input->locator, diagnostics);
}

} // namespace Quorum
