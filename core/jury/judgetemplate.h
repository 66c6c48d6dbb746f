#pragma once

#include "../domain/diagnostics.h"
#include "../domain/judgecriteria.h"
#include "../domain/scenario.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace Quorum {

// The judge prompt, from a template file the user may edit (the built-in one is
// resources/judge/judge-v1.txt). The first line names the template's version:
//     quorum-judge-template: NAME
// and the rest is the prompt, with placeholders {{task_type}}, {{task_criteria}},
// {{weighted_criteria}}, {{prompt}}, {{answer}}, {{golden_answer}} and {{dimensions}} (the JSON
// skeleton of the scores asked for). {{answer}} and {{dimensions}} are required. The whole text
// is stored with each run, so a stored run says exactly what its judges were asked.
class JudgeTemplate final
{
public:
    static JudgeTemplate builtIn();
    // `text` is the whole file; problems are reported at `fileName`:LINE.
    static std::optional<JudgeTemplate> parse(const QString &fileName, const QString &text, Diagnostics &diagnostics);
    static std::optional<JudgeTemplate> load(const QString &path, Diagnostics &diagnostics);
    // The plan's template text, or the built-in one when it is empty.
    static JudgeTemplate forText(const QString &text);

    const QString &name() const { return m_name; }
    const QString &text() const { return m_text; }  // the whole file, header included
    QString render(const Scenario &scenario, const QString &answer, const QStringList &dimensions,
                   const JudgeCriteria &criteria) const;

private:
    QString m_name;
    QString m_text;
    QString m_body;
};

} // namespace Quorum
