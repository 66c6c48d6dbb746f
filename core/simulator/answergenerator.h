#pragma once

#include "simprofile.h"

#include <QRandomGenerator>

namespace Quorum::Sim {

// Plausible answers for the demo and for load. A model with skills in the profile works the task
// out (taskanswers.h), right as often as its skill for the task's kind and the prompt's
// difficulty allow (skills.h); any other model reuses the prompt's words with a fidelity that
// depends on its name. A judge (model name containing "judge") answers with a JSON verdict whose
// scores follow how much of the <golden_answer> the <answer> covers. Latency from the profile.
SimReply generateReply(const SimCall &call, const SimProfile &profile, QRandomGenerator &rng);

// 0…1: the share of the golden answer's words found in the answer.
double overlap(const QString &answer, const QString &golden);

} // namespace Quorum::Sim
