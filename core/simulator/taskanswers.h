#pragma once

#include "skills.h"

#include <QRandomGenerator>
#include <QString>

namespace Quorum::Sim {

// A simulated model's answer to a task it recognises, worked out from the prompt alone with
// generic rules of its kind (the operations a word problem's verbs name, the option the passage
// supports, the label a review's words point to, a query built from a table's columns, a
// word-by-word translation, the sentences and entities of a text). Each unit of the answer (a
// step, a field, a clause, a word, a sentence, the choice) is right with `chance`; what goes wrong
// is what goes wrong in real answers: a skipped step, a distractor, a missing clause, an
// untranslated word. An empty result: the prompt has nothing of its kind to work on.
QString taskAnswer(TaskKind kind, const QString &prompt, double chance, QRandomGenerator &rng);

} // namespace Quorum::Sim
