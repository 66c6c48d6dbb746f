#pragma once

#include "storage/invocations.h"
#include "storage/store.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace Quorum {

class InvocationTableModel;
class VerdictBar;

// The invocations behind a figure: a filter bar (variant, task type, verdict, error class,
// disputed, reviewed, temperature, full-text search), the matching invocations in work-item order, and the
// one selected shown whole below (prompt, answer, every judge, every attempt, people's reviews)
// with the verdict bar to overrule the jury on it. Reads off the GUI
// thread, and only once it is shown; Export… writes every matching invocation, not only the
// listed ones.
class DrillDownPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DrillDownPanel(QWidget *parent = nullptr);

    // The run whose invocations to list; its variants and judges name them.
    void setRun(std::shared_ptr<const Store> store, qint64 runId, QHash<qint64, QString> variants, QHash<qint64, QString> judges);
    // Shows the invocations that pass `filter` (the filter bar shows it too).
    void showFilter(const InvocationFilter &filter);
    InvocationFilter filter() const;
    InvocationTableModel *model() const { return m_model; }
    QTextBrowser *detail() const { return m_detail; }
    VerdictBar *verdictBar() const { return m_verdictBar; }
    QTableView *view() const { return m_view; }
    // Writes every invocation that passes the filter to `path`; "" when written, else why not.
    // Off the GUI thread: exported(path, error) says when it is done.
    void exportTo(const QString &path);

Q_SIGNALS:
    void listed(qint64 matching);           // the list is shown: this many match in all
    void detailShown(qint64 invocationId);
    void exported(const QString &path, const QString &error);
    void overridden(qint64 runId, qint64 invocationId); // a person's verdict was stored (or withdrawn)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();            // the choices (once per run) and the list
    void reload();
    void showDetail(qint64 invocationId);
    void fillChoices(const InvocationChoices &choices);

    std::shared_ptr<const Store> m_store;
    qint64 m_runId = -1;
    QHash<qint64, QString> m_judges;
    quint64 m_generation = 0, m_detailGeneration = 0;
    bool m_applying = false;                // the filter bar is being set from code
    bool m_stale = false;                   // to be read when next shown
    bool m_choicesRead = false;
    InvocationTableModel *m_model;
    QComboBox *m_variant, *m_taskType, *m_verdict, *m_errorClass, *m_temperature;
    QCheckBox *m_disputed, *m_reviewed;
    QLineEdit *m_text;
    QTimer *m_typing;
    QLabel *m_state;
    QPushButton *m_export;
    QTableView *m_view;
    QTextBrowser *m_detail;
    VerdictBar *m_verdictBar;
};

} // namespace Quorum
