#include "workspacepage.h"

#include "profiletablemodel.h"
#include "scenariotablemodel.h"
#include "present/figures.h"
#include "engine/workplan.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}
} // namespace

WorkspacePage::WorkspacePage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_scenarios(new ScenarioTableModel(this)), m_models(new ProfileTableModel(this)), m_judges(new ProfileTableModel(this)),
      m_settings(new QFormLayout), m_criteria(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"planTitle"_qs);
    m_summary->setObjectName(u"planSummary"_qs);
    m_summary->setWordWrap(true);

    auto *scenarioView = makeTable(m_scenarios, u"scenarioTable"_qs, this);
    scenarioView->setColumnWidth(ScenarioTableModel::PromptColumn, 420);
    scenarioView->setColumnWidth(ScenarioTableModel::GoldenColumn, 280);
    m_tabs->addTab(scenarioView, tr("Scenarios"));
    m_tabs->addTab(makeTable(m_models, u"modelTable"_qs, this), tr("Models"));
    m_tabs->addTab(makeTable(m_judges, u"judgeTable"_qs, this), tr("Jury"));

    auto *settingsPage = new QWidget(this);
    auto *settingsLayout = new QVBoxLayout(settingsPage);
    settingsLayout->addLayout(m_settings);
    m_criteria->setWordWrap(true);
    m_criteria->setTextFormat(Qt::PlainText);
    settingsLayout->addWidget(m_criteria);
    settingsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(settingsPage);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("Settings"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    setPlan(RunPlan(), QString());
}

void WorkspacePage::setPlan(const RunPlan &plan, const QString &source)
{
    m_plan = plan;
    m_title->setText(plan.name.isEmpty() ? tr("No plan open") : plan.name);
    m_scenarios->setItems(plan.scenarios);
    m_models->setItems(plan.models);
    m_judges->setItems(plan.judges);

    const RunSettings &s = plan.settings;
    const qint64 temperatures = 2 * qint64(s.temperatureVariations) + 1;
    const WorkPlan work(plan); // what a run of it calls: scenarios a scorer decides call no judge
    const QLocale locale;
    auto times = [&](qint64 n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(locale.toString(n));
    };
    QString summary = tr("%1 × %2 × %3 × %4 × %5: %6 model calls and %7 judge calls.")
                          .arg(times(plan.scenarios.size(), tr("1 scenario"), tr("%1 scenarios")),
                               times(plan.models.size(), tr("1 model variant"), tr("%1 model variants")),
                               times(temperatures, tr("1 temperature"), tr("%1 temperatures")),
                               times(s.experiments, tr("1 experiment"), tr("%1 experiments")),
                               times(s.invocations, tr("1 invocation"), tr("%1 invocations")),
                               locale.toString(work.modelCalls()), locale.toString(work.judgeCalls()));
    if (plan.scenarios.isEmpty() && plan.models.isEmpty())
        summary = tr("Open a plan with File › Open Plan…, import scenarios and models with File › Import, "
                     "or start from File › Open Demo Workspace.");
    else if (!source.isEmpty())
        summary += u' ' + tr("From %1.").arg(source.startsWith(u':') ? tr("the built-in demo workspace") : QFileInfo(source).fileName());
    m_summary->setText(summary);
    m_tabs->setTabText(0, tr("Scenarios (%1)").arg(plan.scenarios.size()));
    m_tabs->setTabText(1, tr("Models (%1)").arg(plan.models.size()));
    m_tabs->setTabText(2, tr("Jury (%1)").arg(plan.judges.size()));
    showSettings();
}

void WorkspacePage::showSettings()
{
    while (m_settings->rowCount() > 0)
        m_settings->removeRow(0);
    const RunSettings &s = m_plan.settings;
    const QLocale locale;
    auto row = [&](const QString &label, const QString &value) { m_settings->addRow(label, new QLabel(value)); };
    row(tr("Parallel calls per model"), locale.toString(s.parallel));
    row(tr("Invocations per scenario"), locale.toString(s.invocations));
    row(tr("Experiments"), locale.toString(s.experiments));
    row(tr("Temperature"), tr("%1, with %2 variation(s) each side").arg(locale.toString(s.temperature)).arg(s.temperatureVariations));
    row(tr("Max output tokens"), locale.toString(s.maxOutputTokens));
    row(tr("Pass rule"), tr("%1, threshold %2 of 5").arg(passRuleName(s.passRule), locale.toString(s.passThreshold)));
    row(tr("Dispute threshold"), locale.toString(s.disputeThreshold));
    row(tr("Jury"), s.latencyOnly ? tr("off (latency only)") : tr("on"));
    row(tr("Streaming"), s.streaming ? tr("on") : tr("off"));
    row(tr("Extra jury dimensions"), s.userMetrics.isEmpty() ? tr("none") : s.userMetrics.join(u", "));
    row(tr("Budget"), s.budgetUsd > 0 ? Figures::usd(s.budgetUsd, locale, 2) : tr("no cap"));

    QStringList criteria;
    for (const CriteriaCategory &c : m_plan.criteria.categories)
        criteria << tr("%1 (weight %2): %3").arg(c.name, locale.toString(c.weight), c.questions.join(u' '));
    m_criteria->setText(criteria.isEmpty() ? tr("No weighted criteria: the jury score is the plain mean of the dimensions.")
                                           : tr("Weighted criteria:\n") + criteria.join(u'\n'));
}

} // namespace Quorum
