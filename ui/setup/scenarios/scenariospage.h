#pragma once

#include "config/scenarioimporter.h"
#include "domain/diagnostics.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Quorum {

class PlanDocument;
class ScenarioEditModel;
class ScenarioFilter;

// The plan's scenarios: import (JSONL, CSV through a column mapping, multiple choice) as one more
// scenario set, a preview table edited in place, add and delete rows, filter by task type, set
// and text.
class ScenariosPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ScenariosPage(PlanDocument *document, QWidget *parent = nullptr);

    // Imports a scenario file, adding its scenarios; a CSV asks for its column mapping first
    // (unless `columns` are given).
    void importFile(const QString &path, const std::optional<CsvColumns> &columns = std::nullopt);
    void addScenarios(const QList<Scenario> &scenarios, const QString &what, const CsvColumns &columns = {});
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    ScenarioFilter *filter() const { return m_proxy; }

Q_SIGNALS:
    void problemsFound(const QString &what, const Diagnostics &diagnostics);
    void status(const QString &message);
    void imported(bool ok);

private:
    void addRow();
    void deleteRows();
    void refreshChoices();
    void showCount();
    void importWith(const QString &path, const CsvColumns &columns);

    PlanDocument *m_document;
    ScenarioEditModel *m_model;
    ScenarioFilter *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_taskType;
    QComboBox *m_set;
    QLabel *m_count;
    QLabel *m_refused;
};

} // namespace Quorum
