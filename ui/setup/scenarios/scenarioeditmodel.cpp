#include "scenarioeditmodel.h"

#include "config/planfile.h"
#include "config/scenarioimporter.h"
#include "present/figures.h"
#include "setup/plandocument.h"

#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

namespace Quorum {

namespace {
constexpr int kPreviewCharacters = 240; // a table cell shows the start; the tooltip and the editor the whole
}

ScenarioEditModel::ScenarioEditModel(PlanDocument *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &PlanDocument::changed, this, &ScenarioEditModel::refresh);
    refresh();
}

void ScenarioEditModel::refresh()
{
    // Most edits are of models, judges or settings: the scenario list is then the same shared
    // list, and 10,000 rows need not be re-filtered or repainted for a keystroke in a price.
    const QList<Scenario> &scenarios = m_document->state().plan.scenarios;
    if (m_shown.isSharedWith(scenarios) && !scenarios.isEmpty())
        return;
    m_shown = scenarios;
    const int rows = int(scenarios.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
    Q_EMIT scenariosChanged();
}

const Scenario &ScenarioEditModel::scenario(int row) const
{
    return m_document->state().plan.scenarios.at(row);
}

QString ScenarioEditModel::setName(const Scenario &scenario)
{
    return scenario.source.file.isEmpty() ? tr("(typed in)") : QFileInfo(scenario.source.file).fileName();
}

int ScenarioEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ScenarioEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Scenario &s = scenario(index.row());
    if (role == SetRole)
        return setName(s);
    auto whole = [&](int column) -> QString {
        switch (column) {
        case TaskColumn: return s.taskType;
        case CriteriaColumn: return s.taskCriteria;
        case PromptColumn: return s.prompt;
        case GoldenColumn: return s.choices.isEmpty() ? s.goldenAnswer : tr("%1 (of %2)").arg(s.correctChoice, s.choices.join(u" / "));
        case ImageColumn: return s.image.isEmpty() ? QString() : QFileInfo(s.image).fileName();
        case MetricsColumn: return s.userMetrics.join(u", ");
        case TokensColumn: return s.expectedOutputTokens > 0 ? Figures::count(s.expectedOutputTokens, QLocale()) : QString();
        case SourceColumn: return s.source.file.isEmpty() ? tr("typed in") : u"%1:%2"_qs.arg(QFileInfo(s.source.file).fileName()).arg(s.source.line);
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole: {
        QString text = whole(index.column());
        if (text.size() > kPreviewCharacters)
            text = text.left(kPreviewCharacters) + u'…';
        return text.replace(u'\n', u' ');
    }
    case Qt::EditRole:
        if (index.column() == TokensColumn)
            return s.expectedOutputTokens;
        return index.column() == GoldenColumn ? s.goldenAnswer : whole(index.column());
    case Qt::ToolTipRole:
        if (index.column() == ImageColumn)
            return s.image;
        if (index.column() == PromptColumn || index.column() == GoldenColumn || index.column() == CriteriaColumn)
            return whole(index.column()).size() > 60 ? whole(index.column()).left(2000) : QVariant();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TokensColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == ImageColumn && !s.image.isEmpty() && !s.image.startsWith(u"http")) {
            if (QPixmap *cached = m_thumbnails.object(s.image))
                return *cached;
            QImageReader reader(s.image);
            const QSize size = reader.size();
            if (size.isValid())
                reader.setScaledSize(size.scaled(48, 32, Qt::KeepAspectRatio));
            auto *pixmap = new QPixmap(QPixmap::fromImage(reader.read()));
            m_thumbnails.insert(s.image, pixmap);
            return *pixmap;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ScenarioEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TaskColumn: return tr("Task type");
    case CriteriaColumn: return tr("Criteria");
    case PromptColumn: return tr("Prompt");
    case GoldenColumn: return tr("Golden answer");
    case ImageColumn: return tr("Image");
    case MetricsColumn: return tr("Metrics");
    case TokensColumn: return tr("Output tokens");
    case SourceColumn: return tr("Source");
    }
    return {};
}

Qt::ItemFlags ScenarioEditModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const bool choices = !scenario(index.row()).choices.isEmpty();
    if (index.column() == TaskColumn || index.column() == CriteriaColumn || index.column() == PromptColumn
        || index.column() == MetricsColumn || index.column() == TokensColumn || (index.column() == GoldenColumn && !choices))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenarioEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // The edited scenario is written as a record and read back by the importer: its rules, its messages.
    const Scenario &before = scenario(index.row());
    QJsonObject o = scenarioToJson(before);
    QJsonObject task = o.value(u"task").toObject();
    const QString text = value.toString();
    switch (index.column()) {
    case TaskColumn: task.insert(u"task_type"_qs, text.trimmed()); break;
    case CriteriaColumn: task.insert(u"task_criteria"_qs, text); break;
    case PromptColumn: o.insert(u"text_prompt"_qs, text); break;
    case GoldenColumn: o.insert(u"golden_answer"_qs, text); break;
    case MetricsColumn: o.insert(u"user_defined_metrics"_qs, text); break;
    case TokensColumn:
        if (value.toInt() > 0)
            o.insert(u"expected_output_tokens"_qs, value.toInt());
        else
            o.remove(u"expected_output_tokens"_qs);
        break;
    }
    if (!task.isEmpty())
        o.insert(u"task"_qs, task);
    InputRecord record;
    record.file = tr("Scenarios");
    record.line = index.row() + 1;
    record.fields = o;
    Diagnostics diagnostics;
    std::optional<Scenario> after = scenarioFromRecord(record, QString(), diagnostics);
    if (!after || diagnostics.hasErrors()) {
        m_lastError = diagnostics.items().isEmpty() ? tr("not a valid scenario") : diagnostics.items().first().message;
        Q_EMIT editChecked(m_lastError);
        return false;
    }
    m_lastError.clear();
    Q_EMIT editChecked(QString());
    after->id = before.id;          // a scenario keeps its identity through edits
    after->source = before.source;
    after->image = before.image;    // already resolved
    PlanDocument::State next = m_document->state();
    next.plan.scenarios[index.row()] = *after;
    m_document->edit(next, tr("Edit the %1 of scenario %2").arg(headerData(index.column(), Qt::Horizontal).toString().toLower()).arg(index.row() + 1),
                     u"scenario/%1/%2"_qs.arg(index.row()).arg(index.column()));
    return true;
}

ScenarioFilter::ScenarioFilter(ScenarioEditModel *source, QObject *parent) : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
}

void ScenarioFilter::setTaskType(const QString &taskType)
{
    m_taskType = taskType;
    invalidateRowsFilter();
}

void ScenarioFilter::setSet(const QString &set)
{
    m_set = set;
    invalidateRowsFilter();
}

void ScenarioFilter::setText(const QString &text)
{
    m_text = text;
    invalidateRowsFilter();
}

bool ScenarioFilter::filterAcceptsRow(int row, const QModelIndex &) const
{
    const Scenario &s = m_source->scenario(row);
    if (!m_taskType.isEmpty() && s.taskType != m_taskType)
        return false;
    if (!m_set.isEmpty() && ScenarioEditModel::setName(s) != m_set)
        return false;
    if (m_text.isEmpty())
        return true;
    return s.prompt.contains(m_text, Qt::CaseInsensitive) || s.goldenAnswer.contains(m_text, Qt::CaseInsensitive)
           || s.taskCriteria.contains(m_text, Qt::CaseInsensitive);
}

} // namespace Quorum
