#pragma once

#include "sourceref.h"

#include <QList>
#include <QStringList>

namespace Quorum {

// Weighted evaluation criteria from a judge-questions file: each category's score is
// weighted into one overall score.
struct CriteriaCategory
{
    QString name;
    double weight = 1;
    QStringList questions;
    SourceRef source;
};

struct JudgeCriteria
{
    QList<CriteriaCategory> categories;
    bool isEmpty() const { return categories.isEmpty(); }
};

} // namespace Quorum
