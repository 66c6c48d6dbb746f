#include "jurypage.h"

#include "templateeditor.h"
#include "present/background.h"
#include "setup/importjob.h"
#include "config/planfile.h"
#include "present/diagnosticsformat.h"
#include "setup/models/profilespage.h"
#include "setup/plandocument.h"
#include "setup/run/runsettingsform.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Quorum {

JuryPage::JuryPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_judges(new ProfilesPage(document, ProfileKind::Judge, this)),
      m_template(new TemplateEditor(document, this)), m_criteria(new QTableWidget(this))
{
    setObjectName(u"jury"_qs);
    auto *rules = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addWidget(new JuryRulesForm(document, rules));
    rulesLayout->addStretch();

    auto *criteria = new QWidget(this);
    auto *criteriaLayout = new QVBoxLayout(criteria);
    m_criteria->setObjectName(u"criteriaTable"_qs);
    m_criteria->setColumnCount(3);
    m_criteria->setHorizontalHeaderLabels({tr("Category"), tr("Weight"), tr("Questions")});
    m_criteria->horizontalHeader()->setStretchLastSection(true);
    m_criteria->verticalHeader()->hide();
    m_criteria->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_criteria->setWordWrap(true);
    m_criteria->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // as tall as its questions, at the width it has
    auto *buttons = new QHBoxLayout;
    auto *importButton = new QPushButton(tr("&Import Judge Questions…"), criteria);
    auto *exportButton = new QPushButton(tr("E&xport…"), criteria);
    auto *clearButton = new QPushButton(tr("&Clear"), criteria);
    importButton->setObjectName(u"importCriteria"_qs);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addWidget(clearButton);
    buttons->addStretch();
    auto *note = new QLabel(tr("Weighted criteria: each category's score is weighted into the overall jury score. "
                               "Without them the overall score is the plain mean of the dimensions."), criteria);
    note->setWordWrap(true);
    criteriaLayout->addWidget(note);
    criteriaLayout->addWidget(m_criteria, 1);
    criteriaLayout->addLayout(buttons);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Judge Questions"), QString(), tr("JSON (*.json);;All files (*)"));
        if (!path.isEmpty())
            importCriteria(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Judge Questions"), u"judge-questions.json"_qs, tr("JSON (*.json)"));
        if (!path.isEmpty())
            exportCriteria(path);
    });
    connect(clearButton, &QPushButton::clicked, this, [this] {
        PlanDocument::State next = m_document->state();
        next.plan.criteria = {};
        m_document->edit(next, tr("Clear the weighted criteria"));
    });

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"juryTabs"_qs);
    tabs->addTab(rules, tr("Pass Rule"));
    tabs->addTab(criteria, tr("Weighted Criteria"));
    tabs->addTab(m_template, tr("Prompt Template"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_judges);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_judges, &ProfilesPage::problemsFound, this, &JuryPage::problemsFound);
    connect(m_judges, &ProfilesPage::status, this, &JuryPage::status);
    connect(document, &PlanDocument::changed, this, &JuryPage::showCriteria);
    showCriteria();
}

void JuryPage::setKeyAccess(const KeyAccess &access)
{
    m_judges->setKeyAccess(access);
}

void JuryPage::showCriteria()
{
    const JudgeCriteria &c = m_document->state().plan.criteria;
    m_criteria->setRowCount(int(c.categories.size()));
    for (int i = 0; i < c.categories.size(); ++i) {
        const CriteriaCategory &cat = c.categories.at(i);
        m_criteria->setItem(i, 0, new QTableWidgetItem(cat.name));
        auto *weight = new QTableWidgetItem(QLocale().toString(cat.weight));
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_criteria->setItem(i, 1, weight);
        m_criteria->setItem(i, 2, new QTableWidgetItem(cat.questions.join(u'\n')));
    }
}

void JuryPage::importCriteria(const QString &path)
{
    importInBackground(this, path, InputKind::JudgeQuestions, {}, [this, path](const ImportedFile &file, const Diagnostics &diagnostics) {
        Q_EMIT problemsFound(path, diagnostics);
        if (diagnostics.hasErrors()) {
            Q_EMIT status(tr("%1 was not imported: %2").arg(path, summarizeDiagnostics(diagnostics)));
            return;
        }
        PlanDocument::State next = m_document->state();
        next.plan.criteria = file.criteria;
        m_document->edit(next, tr("Import %1").arg(path));
        Q_EMIT status(tr("Imported the weighted criteria of %1").arg(path));
    });
}

void JuryPage::exportCriteria(const QString &path)
{
    RunPlan only;
    only.criteria = m_document->state().plan.criteria;
    const QByteArray bytes = QJsonDocument(planToJson(only).value(u"judge_questions").toObject()).toJson(QJsonDocument::Indented);
    runInBackground(this, [path, bytes] { return writeWholeFile(path, bytes); }, [this, path](const QString &error) {
        Q_EMIT status(error.isEmpty() ? tr("Exported %1").arg(path) : tr("Cannot write %1: %2").arg(path, error));
    });
}

} // namespace Quorum
