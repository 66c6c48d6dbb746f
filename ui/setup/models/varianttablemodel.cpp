#include "varianttablemodel.h"

#include "present/figures.h"
#include "setup/plandocument.h"

#include <QApplication>
#include <QJsonObject>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace Quorum {

VariantTableModel::VariantTableModel(PlanDocument *document, ProfileKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_kind(kind)
{
    connect(document, &PlanDocument::changed, this, &VariantTableModel::refresh);
    refresh();
}

void VariantTableModel::refresh()
{
    const int rows = int(m_document->drafts(m_kind).size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        m_problems.clear();
        for (int i = 0; i < rows; ++i)
            m_problems.append(QString());
        endResetModel();
    }
    for (int i = 0; i < rows; ++i) {
        QString first;
        const Diagnostics problems = m_document->rowProblems(m_kind, i);
        for (const Diagnostic &d : problems.items())
            if (d.severity == Diagnostic::Severity::Error) {
                first = d.message;
                break;
            }
        m_problems[i] = first;
    }
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

int VariantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int VariantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject f = m_document->drafts(m_kind).at(index.row());
    const QString problem = m_problems.value(index.row());
    const QString id = f.value(u"model_id").toString();
    const qsizetype slash = id.indexOf(u'/');
    auto price = [&](const char *key, const char *alias) -> QVariant {
        const QJsonValue v = f.contains(QLatin1String(key)) ? f.value(QLatin1String(key)) : f.value(QLatin1String(alias));
        if (v.isDouble())
            return role == Qt::DisplayRole ? QVariant(v.toDouble() >= 0 ? Figures::usdTick(v.toDouble(), QLocale()) : QLocale().toString(v.toDouble())) : QVariant(v.toDouble());
        if (v.isUndefined() || v.isNull())
            return role == Qt::DisplayRole ? QVariant(tr("unknown")) : QVariant();
        return v.toVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return f.value(u"display_name").toString().isEmpty() ? id : f.value(u"display_name").toString();
        case ProviderColumn: return slash > 0 ? id.left(slash) : QString();
        case ModelColumn: return slash > 0 ? id.mid(slash + 1) : id;
        case RegionColumn: return f.value(u"region").toString();
        case TierColumn: return f.value(u"service_tier").toString().isEmpty() ? tr("default") : f.value(u"service_tier").toString();
        case InputColumn: return price("input_token_cost", "input_cost_per_1k");
        case OutputColumn: return price("output_token_cost", "output_cost_per_1k");
        case RpmColumn: return f.value(u"target_rpm").isDouble() ? QLocale().toString(f.value(u"target_rpm").toInt()) : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= InputColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !problem.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        break;
    case Qt::ForegroundRole:
        if ((index.column() == InputColumn || index.column() == OutputColumn) && !f.value(index.column() == InputColumn ? u"input_token_cost" : u"output_token_cost").isDouble())
            return QApplication::palette().color(QPalette::PlaceholderText);
        break;
    default:
        break;
    }
    return {};
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case ProviderColumn: return tr("Provider");
    case ModelColumn: return tr("Model");
    case RegionColumn: return tr("Region");
    case TierColumn: return tr("Tier");
    case InputColumn: return tr("Input $/1K");
    case OutputColumn: return tr("Output $/1K");
    case RpmColumn: return tr("Target RPM");
    }
    return {};
}

} // namespace Quorum
