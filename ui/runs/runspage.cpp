#include "runspage.h"

#include "common/background.h"
#include "runtablemodel.h"
#include "storage/runstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

namespace {
struct Loaded
{
    QList<RunSummary> runs;
    QString error;
};
} // namespace

RunsPage::RunsPage(QWidget *parent)
    : QWidget(parent), m_model(new RunTableModel(this)), m_state(new QLabel(this)), m_view(new QTableView(this))
{
    m_view->setObjectName(u"runTable"_qs);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RunTableModel::NameColumn, QHeaderView::Stretch);
    m_state->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &RunsPage::refresh);
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(u"resumeButton"_qs);
    m_resume->setToolTip(tr("Finish the missing work of the selected run"));
    m_resume->setEnabled(false);
    auto selectedRun = [this]() -> const RunSummary * {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        return rows.isEmpty() ? nullptr : &m_model->item(rows.first().row());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, selectedRun] {
        const RunSummary *run = selectedRun();
        m_resume->setEnabled(run && run->status != RunStatus::Completed && run->status != RunStatus::Running);
    });
    connect(m_resume, &QPushButton::clicked, this, [this, selectedRun] {
        if (const RunSummary *run = selectedRun())
            Q_EMIT resumeRequested(run->id);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_resume);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

void RunsPage::setDatabase(const QString &path)
{
    m_path = path;
    refresh();
}

void RunsPage::refresh()
{
    const quint64 generation = ++m_generation;
    if (m_path.isEmpty()) {
        m_model->setItems({});
        m_state->setText(tr("No database is open. Use File › Open Database…"));
        return;
    }
    m_state->setText(tr("Loading runs from %1…").arg(m_path));
    const QString path = m_path;
    runInBackground(this, [path] {
        RunQueries queries(path);
        Loaded result{queries.runs(), queries.error()};
        RunStore::closeConnection(path); // pool threads come and go; keep no connection behind
        return result;
    }, [this, generation](Loaded result) {
        if (generation != m_generation)
            return;
        m_model->setItems(result.runs);
        if (!result.error.isEmpty())
            m_state->setText(tr("Cannot read runs from %1: %2").arg(m_path, result.error));
        else if (result.runs.isEmpty())
            m_state->setText(tr("No runs yet in %1. Runs appear here as soon as they start.").arg(m_path));
        else
            m_state->setText(tr("%n run(s) in %1.", nullptr, int(result.runs.size())).arg(m_path));
        Q_EMIT loaded(int(result.runs.size()));
    });
}

} // namespace Quorum
