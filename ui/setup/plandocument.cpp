#include "plandocument.h"

#include "engine/pricecheck.h"
#include "present/catalogtext.h"

#include "config/planfile.h"
#include "jury/judgetemplate.h"

#include <QUndoStack>

namespace Quorum {

// One undoable step: the state before and after.
class PlanEdit final : public QUndoCommand
{
public:
    PlanEdit(PlanDocument *document, PlanDocument::State before, PlanDocument::State after, const QString &text, const QString &mergeKey)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
          m_id(mergeKey.isEmpty() ? -1 : int(qHash(mergeKey) & 0x7fffffff)), m_key(mergeKey)
    {
    }
    void undo() override { m_document->setState(m_before); }
    void redo() override { m_document->setState(m_after); }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const PlanEdit *>(other);
        if (edit->m_key != m_key)
            return false;
        m_after = edit->m_after;
        return true;
    }

private:
    PlanDocument *m_document;
    PlanDocument::State m_before;
    PlanDocument::State m_after;
    int m_id;
    QString m_key;
};

PlanDocument::PlanDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    derive();
}

QString PlanDocument::sectionName(ProfileKind kind)
{
    return kind == ProfileKind::Model ? tr("Models") : tr("Jury");
}

std::optional<ModelVariant> PlanDocument::readDraft(const QJsonObject &fields, ProfileKind kind, int row, Diagnostics &diagnostics)
{
    InputRecord record;
    record.file = sectionName(kind);
    record.line = row + 1;
    record.fields = fields;
    record.textOnly = true; // what is typed is text: "abc" in a price field is "not a number", as in a CSV
    return profileFromRecord(record, kind, diagnostics);
}

void PlanDocument::reset(const RunPlan &plan, const QString &path)
{
    State s;
    s.plan = plan;
    for (const ModelVariant &m : plan.models)
        s.models.append(profileToJson(m));
    for (const JudgeProfile &j : plan.judges)
        s.judges.append(profileToJson(j));
    m_undo->clear();
    setState(s);
    m_undo->setClean();
    setPath(path);
    Q_EMIT modifiedChanged(false);
}

void PlanDocument::edit(const State &next, const QString &text, const QString &mergeKey)
{
    m_undo->push(new PlanEdit(this, m_state, next, text, mergeKey));
}

void PlanDocument::setState(const State &state)
{
    m_state = state;
    derive();
    Q_EMIT changed();
}

void PlanDocument::derive()
{
    m_problems = Diagnostics();
    RunPlan plan = m_state.plan;
    for (const ProfileKind kind : {ProfileKind::Model, ProfileKind::Judge}) {
        const QList<QJsonObject> &rows = drafts(kind);
        QList<ModelVariant> read;
        for (int i = 0; i < rows.size(); ++i)
            if (auto variant = readDraft(rows.at(i), kind, i, m_problems))
                read.append(std::move(*variant));
        checkDuplicateProfiles(read, kind, m_problems);
        (kind == ProfileKind::Model ? plan.models : plan.judges) = read;
    }
    if (!plan.judgeTemplate.isEmpty())
        JudgeTemplate::parse(tr("Judge prompt template"), plan.judgeTemplate, m_problems);
    for (const auto &[key, message] : missingParts(plan))
        m_problems.error(tr("Plan"), 0, message, key);
    // The catalog's word on each model: a prompt that will not fit, a list price read long ago.
    m_problems.append(catalogWarnings(plan, ModelCatalog::builtIn(), QDate::currentDate(), CatalogText::staleDays()));
    m_plan = plan;
}

Diagnostics PlanDocument::rowProblems(ProfileKind kind, int row) const
{
    Diagnostics out;
    for (const Diagnostic &d : m_problems.items())
        if (d.file == sectionName(kind) && d.line == row + 1) {
            if (d.severity == Diagnostic::Severity::Error)
                out.error(d.file, d.line, d.message, d.field);
            else
                out.warning(d.file, d.line, d.message, d.field);
        }
    return out;
}

QString PlanDocument::whyNot() const
{
    for (const Diagnostic &d : m_problems.sorted())
        if (d.severity == Diagnostic::Severity::Error)
            return d.line > 0 ? tr("%1, row %2: %3").arg(d.file).arg(d.line).arg(d.message) : d.message;
    return {};
}

void PlanDocument::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    Q_EMIT pathChanged(path);
}

bool PlanDocument::isModified() const
{
    return !m_undo->isClean();
}

void PlanDocument::setSaved()
{
    m_undo->setClean();
}

} // namespace Quorum
