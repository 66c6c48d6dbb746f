#include "scenariospage.h"

#include "csvmappingdialog.h"
#include "scenarioeditmodel.h"
#include "present/background.h"
#include "setup/importjob.h"
#include "config/csvreader.h"
#include "config/planfile.h"
#include "present/diagnosticsformat.h"
#include "present/figures.h"
#include "setup/plandocument.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Quorum {

namespace {
struct ReadHead
{
    CsvTable table;
    Diagnostics diagnostics;
};
} // namespace

ScenariosPage::ScenariosPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ScenarioEditModel(document, this)), m_proxy(new ScenarioFilter(m_model, this)),
      m_table(new QTableView(this)), m_filter(new QLineEdit(this)), m_taskType(new QComboBox(this)), m_set(new QComboBox(this)),
      m_count(new QLabel(this)), m_refused(new QLabel(this))
{
    setObjectName(u"scenariosPage"_qs);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *import = bar->addAction(tr("&Import…"));
    import->setObjectName(u"importScenarios"_qs);
    import->setToolTip(tr("Add the scenarios of a JSONL, CSV or multiple-choice file (or drop files on the window)"));
    connect(import, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Scenarios"), QString(), tr("Scenarios (*.jsonl *.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    QAction *add = bar->addAction(tr("&Add Scenario"), this, &ScenariosPage::addRow);
    add->setObjectName(u"addScenario"_qs);
    QAction *remove = new QAction(tr("&Delete"), this);
    remove->setObjectName(u"deleteScenarios"_qs);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ScenariosPage::deleteRows);
    m_table->addAction(remove);
    bar->addAction(remove);

    m_filter->setObjectName(u"scenarioFilter"_qs);
    m_filter->setPlaceholderText(tr("Filter prompts, answers and criteria"));
    m_filter->setClearButtonEnabled(true);
    m_taskType->setObjectName(u"taskTypeFilter"_qs);
    m_set->setObjectName(u"setFilter"_qs);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(new QLabel(tr("Task &type:"), this));
    filters->addWidget(m_taskType, 1);
    filters->addWidget(new QLabel(tr("&Set:"), this));
    filters->addWidget(m_set, 1);
    filters->addWidget(m_count);
    for (QLabel *l : findChildren<QLabel *>())
        if (l->text() == tr("Task &type:"))
            l->setBuddy(m_taskType);
        else if (l->text() == tr("&Set:"))
            l->setBuddy(m_set);

    m_table->setObjectName(u"scenarioTable"_qs);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setDefaultSectionSize(std::max(30, m_table->fontMetrics().height() + 8));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // every row one height: no per-row sizes to keep over 10,000 rows
    m_table->setIconSize(QSize(48, 32));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ScenarioEditModel::TaskColumn, 130);
    m_table->setColumnWidth(ScenarioEditModel::CriteriaColumn, 200);
    m_table->setColumnWidth(ScenarioEditModel::PromptColumn, 380);
    m_table->setColumnWidth(ScenarioEditModel::GoldenColumn, 240);
    m_table->setColumnWidth(ScenarioEditModel::ImageColumn, 110);
    m_table->setColumnWidth(ScenarioEditModel::MetricsColumn, 100);
    m_table->setColumnWidth(ScenarioEditModel::TokensColumn, 100);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addLayout(filters);
    m_refused->setObjectName(u"editRefused"_qs);
    m_refused->setWordWrap(true);
    m_refused->setTextFormat(Qt::PlainText);
    QPalette warn = m_refused->palette();
    warn.setColor(QPalette::WindowText, QColor(0xd5, 0x5e, 0x00));
    m_refused->setPalette(warn);
    m_refused->hide();
    layout->addWidget(m_refused);
    connect(m_model, &ScenarioEditModel::editChecked, this, [this](const QString &why) {
        m_refused->setText(why.isEmpty() ? QString() : tr("Not changed: %1").arg(why));
        m_refused->setVisible(!why.isEmpty());
    });
    layout->addWidget(m_table, 1);
    setTabOrder(m_filter, m_taskType);
    setTabOrder(m_taskType, m_set);
    setTabOrder(m_set, m_table);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        showCount();
    });
    connect(m_taskType, &QComboBox::activated, this, [this] {
        m_proxy->setTaskType(m_taskType->currentData().toString());
        showCount();
    });
    connect(m_set, &QComboBox::activated, this, [this] {
        m_proxy->setSet(m_set->currentData().toString());
        showCount();
    });
    connect(m_model, &ScenarioEditModel::scenariosChanged, this, [this] {
        refreshChoices();
        showCount();
    });
    refreshChoices();
    showCount();
}

void ScenariosPage::refreshChoices()
{
    QStringList types, sets;
    for (const Scenario &s : m_document->state().plan.scenarios) {
        if (!types.contains(s.taskType))
            types.append(s.taskType);
        if (const QString set = ScenarioEditModel::setName(s); !sets.contains(set))
            sets.append(set);
    }
    types.sort(Qt::CaseInsensitive);
    auto fill = [](QComboBox *box, const QStringList &values, const QString &all) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(v.isEmpty() ? tr("(none)") : v, v);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_taskType, types, tr("All"));
    fill(m_set, sets, tr("All"));
}

void ScenariosPage::showCount()
{
    const QLocale locale;
    const int all = m_model->rowCount(), shown = m_proxy->rowCount();
    m_count->setText(shown == all ? tr("%1 scenarios").arg(Figures::count(all, locale))
                                  : tr("%1 of %2").arg(Figures::count(shown, locale), Figures::count(all, locale)));
}

void ScenariosPage::addRow()
{
    PlanDocument::State next = m_document->state();
    Scenario s;
    s.id = u"typed-%1"_qs.arg(QDateTime::currentMSecsSinceEpoch());
    s.prompt = tr("New scenario: write the prompt here");
    s.taskType = m_taskType->currentData().toString();
    next.plan.scenarios.append(s);
    m_document->edit(next, tr("Add a scenario"));
    m_filter->clear();
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(m_model->rowCount() - 1, ScenarioEditModel::PromptColumn));
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
    m_table->edit(at);
}

void ScenariosPage::deleteRows()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(i).row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    PlanDocument::State next = m_document->state();
    for (int r : rows)
        next.plan.scenarios.removeAt(r);
    m_document->edit(next, tr("Delete %n scenario(s)", nullptr, int(rows.size())));
}

void ScenariosPage::addScenarios(const QList<Scenario> &scenarios, const QString &what, const CsvColumns &columns)
{
    PlanDocument::State next = m_document->state();
    next.plan.scenarios += scenarios;
    if (!columns.isEmpty()) // the mapping chosen is kept with the plan (its "csv_columns")
        next.plan.csvColumns = csvColumnsToJson(columns);
    Diagnostics repeats;
    numberRepeatedScenarios(next.plan.scenarios, repeats); // a scenario in two sets stays two, numbered
    m_document->edit(next, tr("Import %1").arg(what));
    if (!repeats.items().isEmpty())
        Q_EMIT problemsFound(what, repeats);
}

void ScenariosPage::importFile(const QString &path, const std::optional<CsvColumns> &columns)
{
    if (columns || !path.endsWith(u".csv", Qt::CaseInsensitive)) {
        importWith(path, columns.value_or(CsvColumns()));
        return;
    }
    // A CSV: its header and first rows, read off the GUI thread, then the mapping.
    Q_EMIT status(tr("Reading %1…").arg(path));
    runInBackground(this, [path] {
        ReadHead head;
        head.table = readCsv(TextSource::fromFile(path, head.diagnostics), head.diagnostics);
        head.table.rows = head.table.rows.mid(0, 5);
        return head;
    }, [this, path](ReadHead head) {
        if (head.table.header.fields.isEmpty()) {
            Q_EMIT problemsFound(path, head.diagnostics);
            Q_EMIT status(tr("%1 was not imported: %2").arg(path, summarizeDiagnostics(head.diagnostics)));
            Q_EMIT imported(false);
            return;
        }
        Q_EMIT status(tr("Choose what the columns of %1 hold").arg(QFileInfo(path).fileName()));
        auto *dialog = new CsvMappingDialog(QFileInfo(path).fileName(), head.table, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, path, dialog] { importWith(path, dialog->columns()); });
        connect(dialog, &QDialog::rejected, this, [this] { Q_EMIT imported(false); });
        dialog->open();
    });
}

void ScenariosPage::importWith(const QString &path, const CsvColumns &columns)
{
    Q_EMIT status(tr("Reading %1…").arg(path));
    importInBackground(this, path, InputKind::Scenarios, columns, [this, path, columns](const ImportedFile &file, const Diagnostics &diagnostics) {
        Q_EMIT problemsFound(path, diagnostics);
        if (diagnostics.hasErrors()) {
            Q_EMIT status(tr("%1 was not imported: %2").arg(path, summarizeDiagnostics(diagnostics)));
            Q_EMIT imported(false);
            return;
        }
        addScenarios(file.scenarios, QFileInfo(path).fileName(), columns);
        Q_EMIT status(tr("Imported %1 scenarios from %2").arg(Figures::count(file.scenarios.size(), QLocale()), path));
        Q_EMIT imported(true);
    });
}

} // namespace Quorum
