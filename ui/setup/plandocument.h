#pragma once

#include "config/profileimporter.h"
#include "domain/diagnostics.h"
#include "domain/runplan.h"

#include <QJsonObject>
#include <QObject>

class QUndoStack;

namespace Quorum {

// The plan being set up in the forms, with its undo history and its file.
//
// Models and judges are kept as the analyst typed them: each a profile record (the fields of a
// 360-eval profile line) checked by the same reader `quorum-cli validate` uses, so a form shows
// that reader's message beside the field and a half-typed price never reaches the plan. The plan
// (plan()) holds only what is valid; the document is runnable and saveable when every draft is.
class PlanDocument final : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(QObject *parent = nullptr);

    // Everything the forms edit; one undo step replaces one state by another.
    struct State
    {
        RunPlan plan;                 // scenarios, criteria, settings, template, name; models and judges derived
        QList<QJsonObject> models;    // profile records, in order
        QList<QJsonObject> judges;
    };

    // Replaces everything (New, Open): the undo history starts again.
    void reset(const RunPlan &plan, const QString &path);
    const State &state() const { return m_state; }
    const QList<QJsonObject> &drafts(ProfileKind kind) const { return kind == ProfileKind::Model ? m_state.models : m_state.judges; }
    // The valid plan: every draft that reads, in order.
    const RunPlan &plan() const { return m_plan; }

    // One edit, undoable. `mergeKey` non-empty: consecutive edits with the same key (typing in one
    // field) are one undo step.
    void edit(const State &next, const QString &text, const QString &mergeKey = {});

    // What keeps the plan from being saved or run, with the forms' field names: each draft's
    // problems (file "Models"/"Jury", line = row + 1), duplicates, missing parts.
    const Diagnostics &problems() const { return m_problems; }
    // The problems of one draft row.
    Diagnostics rowProblems(ProfileKind kind, int row) const;
    bool isValid() const { return !m_problems.hasErrors(); }
    // Why it cannot run ("" when it can): the first error, for the Run action's tooltip.
    QString whyNot() const;

    QString path() const { return m_path; }
    void setPath(const QString &path);
    bool isModified() const;
    void setSaved();
    QUndoStack *undoStack() const { return m_undo; }

    // The row label a draft's messages carry ("Models", "Jury").
    static QString sectionName(ProfileKind kind);
    // A profile record, read as an import reads it.
    static std::optional<ModelVariant> readDraft(const QJsonObject &fields, ProfileKind kind, int row, Diagnostics &diagnostics);

Q_SIGNALS:
    // After any change of state (edit, undo, redo, reset).
    void changed();
    void pathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    friend class PlanEdit;
    void setState(const State &state);
    void derive();

    State m_state;
    RunPlan m_plan;
    Diagnostics m_problems;
    QString m_path;
    QUndoStack *m_undo;
};

} // namespace Quorum
