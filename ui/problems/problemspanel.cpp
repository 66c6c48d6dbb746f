#include "problemspanel.h"

#include "present/diagnosticsformat.h"
#include "problemsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent), m_model(new ProblemsModel(this)), m_summary(new QLabel(this)), m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(u"problemsView"_qs);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setText(tr("No problems."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
}

void ProblemsPanel::show(const QString &what, const Diagnostics &diagnostics)
{
    m_model->setDiagnostics(diagnostics);
    m_summary->setText(diagnostics.items().isEmpty() ? tr("%1: no problems.").arg(what)
                                                     : tr("%1: %2").arg(what, summarizeDiagnostics(diagnostics)));
}

} // namespace Quorum
