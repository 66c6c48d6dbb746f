#pragma once

#include "domain/scenario.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPixmap>
#include <QSortFilterProxyModel>

namespace Quorum {

class PlanDocument;

// The plan's scenarios as an editable table: task type, criteria, prompt and golden answer are
// edited in place (each edit checked by the scenario reader and undoable); image thumbnails,
// per-scenario metrics, expected output tokens and where each came from are shown.
class ScenarioEditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TaskColumn, CriteriaColumn, PromptColumn, GoldenColumn, ImageColumn, MetricsColumn, TokensColumn, SourceColumn, ColumnCount };
    enum Role { SetRole = Qt::UserRole + 1 }; // the scenario set (source file) a row belongs to

    explicit ScenarioEditModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Scenario &scenario(int row) const;
    // Why the last edit was refused ("" when it was taken).
    QString lastError() const { return m_lastError; }
    static QString setName(const Scenario &scenario);

Q_SIGNALS:
    // An edit the scenario reader refused ("" after one it took), for the page to say why.
    void editChecked(const QString &why);
    // The plan's scenarios changed (an edit of the models or settings is not one).
    void scenariosChanged();

private:
    void refresh();

    PlanDocument *m_document;
    QList<Scenario> m_shown; // the list last shown (shared with the plan's while it is unchanged)
    int m_rows = 0;
    QString m_lastError;
    mutable QCache<QString, QPixmap> m_thumbnails{200};
};

// Rows of one task type and one scenario set whose prompt, golden answer or criteria hold the
// filter text (case-insensitive).
class ScenarioFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ScenarioFilter(ScenarioEditModel *source, QObject *parent = nullptr);
    void setTaskType(const QString &taskType); // "" = all
    void setSet(const QString &set);           // "" = all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    ScenarioEditModel *m_source;
    QString m_taskType;
    QString m_set;
    QString m_text;
};

} // namespace Quorum
