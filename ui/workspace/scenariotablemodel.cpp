#include "scenariotablemodel.h"

#include <QFileInfo>

namespace Quorum {

namespace {
// One line of a long text, for a table cell; the full text is in the tooltip.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    return line.size() > 160 ? line.left(159) + u'…' : line;
}
} // namespace

QVariant ScenarioTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Scenario &s = item(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TaskColumn: return s.taskType.isEmpty() ? tr("(none)") : s.taskType;
        case PromptColumn: return oneLine(s.prompt);
        case GoldenColumn: return oneLine(s.goldenAnswer);
        case ImageColumn: return s.image.isEmpty() ? QString() : QFileInfo(s.image).fileName();
        case TokensColumn: return s.expectedOutputTokens > 0 ? QVariant(s.expectedOutputTokens) : QVariant();
        case SourceColumn: return QStringLiteral("%1:%2").arg(QFileInfo(s.source.file).fileName()).arg(s.source.line);
        default: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PromptColumn: return s.prompt;
        case GoldenColumn: return s.goldenAnswer;
        case TaskColumn: return s.taskCriteria;
        case ImageColumn: return s.image;
        case SourceColumn: return QStringLiteral("%1:%2").arg(s.source.file).arg(s.source.line);
        default: break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == TokensColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TaskColumn: return tr("Task");
    case PromptColumn: return tr("Prompt");
    case GoldenColumn: return tr("Golden answer");
    case ImageColumn: return tr("Image");
    case TokensColumn: return tr("Expected tokens");
    case SourceColumn: return tr("From");
    default: return {};
    }
}

} // namespace Quorum
