#pragma once

#include "simprofile.h"

#include <QRandomGenerator>

namespace Quorum::Sim {

// Plausible answers for the demo and for load: a model's answer reuses the prompt's words
// with a fidelity that depends on the model's name (so a demo leaderboard is not noise); a
// judge (model name containing "judge") answers with a JSON verdict whose scores follow how
// much of the <golden_answer> the <answer> covers.
SimReply generateReply(const SimCall &call, const LatencyRule &latency, double timeScale, QRandomGenerator &rng);

// 0…1: the share of the golden answer's words found in the answer.
double overlap(const QString &answer, const QString &golden);

} // namespace Quorum::Sim
