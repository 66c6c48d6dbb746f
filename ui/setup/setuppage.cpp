#include "setuppage.h"

#include "plandocument.h"
#include "present/background.h"
#include "config/configimport.h"
#include "judges/jurypage.h"
#include "models/profilespage.h"
#include "run/runsettingsform.h"
#include "scenarios/scenariospage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Quorum {

namespace {
struct Guessed
{
    QString path;
    InputKind kind = InputKind::Unknown;
};
} // namespace

SetupPage::SetupPage(QWidget *parent)
    : QWidget(parent), m_document(new PlanDocument(this)), m_name(new QLineEdit(this)), m_state(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_scenarios(new ScenariosPage(m_document, this)),
      m_models(new ProfilesPage(m_document, ProfileKind::Model, this)), m_jury(new JuryPage(m_document, this)),
      m_settings(new RunSettingsForm(m_document, this))
{
    setObjectName(u"setup"_qs);
    setAcceptDrops(true);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(u"planName"_qs);
    m_name->setPlaceholderText(tr("Name this plan"));
    m_name->setFrame(false);
    m_name->setFocusPolicy(Qt::ClickFocus); // the window opens on the tabs, not in the title
    m_state->setObjectName(u"planState"_qs);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);

    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setWidget(m_settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(u"setupTabs"_qs);
    m_tabs->addTab(m_scenarios, tr("Scenarios"));
    m_tabs->addTab(m_models, tr("Models"));
    m_tabs->addTab(m_jury, tr("Jury"));
    m_tabs->addTab(settingsScroll, tr("Run Settings"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_state);
    layout->addWidget(m_tabs, 1);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        PlanDocument::State next = m_document->state();
        next.plan.name = name;
        m_document->edit(next, tr("Rename the plan"), u"name"_qs);
    });
    for (auto *page : {m_models, m_jury->judges()}) {
        connect(page, &ProfilesPage::problemsFound, this, &SetupPage::problemsFound);
        connect(page, &ProfilesPage::status, this, &SetupPage::status);
    }
    connect(m_scenarios, &ScenariosPage::problemsFound, this, &SetupPage::problemsFound);
    connect(m_scenarios, &ScenariosPage::status, this, &SetupPage::status);
    connect(m_jury, &JuryPage::problemsFound, this, &SetupPage::problemsFound);
    connect(m_jury, &JuryPage::status, this, &SetupPage::status);
    connect(m_document, &PlanDocument::changed, this, &SetupPage::showState);
    showState();
}

const RunPlan &SetupPage::plan() const
{
    return m_document->plan();
}

void SetupPage::setPlan(const RunPlan &plan, const QString &path)
{
    m_document->reset(plan, path);
}

void SetupPage::setKeyAccess(const KeyAccess &access)
{
    m_models->setKeyAccess(access);
    m_jury->setKeyAccess(access);
}

void SetupPage::showState()
{
    const PlanDocument::State &s = m_document->state();
    if (m_name->text() != s.plan.name)
        m_name->setText(s.plan.name);
    m_tabs->setTabText(0, tr("Scenarios (%1)").arg(s.plan.scenarios.size()));
    m_tabs->setTabText(1, tr("Models (%1)").arg(s.models.size()));
    m_tabs->setTabText(2, tr("Jury (%1)").arg(s.judges.size()));
    const int errors = m_document->problems().errorCount();
    if (s.plan.scenarios.isEmpty() && s.models.isEmpty() && s.judges.isEmpty())
        m_state->setText(tr("An empty plan. Import scenarios (or drop files on the window), add models and a jury; "
                            "or open the demo workspace from the File menu."));
    else if (errors == 0)
        m_state->setText(m_document->problems().warningCount() == 0
                             ? tr("Ready to run.")
                             : tr("Ready to run (%n note(s) in the Problems panel).", nullptr, m_document->problems().warningCount()));
    else
        m_state->setText(tr("Not ready to run (%n problem(s)): ", nullptr, errors) + m_document->whyNot());
    QPalette p = m_state->palette();
    p.setColor(QPalette::WindowText, errors > 0 && !(s.plan.scenarios.isEmpty() && s.models.isEmpty()) ? QColor(0xd5, 0x5e, 0x00)
                                                                                                     : palette().color(QPalette::WindowText));
    m_state->setPalette(p);
}

void SetupPage::importFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (path.endsWith(u".csv", Qt::CaseInsensitive)) {
            m_tabs->setCurrentWidget(m_scenarios);
            m_scenarios->importFile(path);
            continue;
        }
        // Which kind of file it is, from its name and first record, off the GUI thread.
        runInBackground(this, [path] {
            Diagnostics ignored;
            return Guessed{path, Quorum::importFile(path, ignored).kind};
        }, [this](Guessed g) {
            switch (g.kind) {
            case InputKind::Scenarios: m_tabs->setCurrentWidget(m_scenarios); m_scenarios->importFile(g.path); break;
            case InputKind::ModelProfiles: m_tabs->setCurrentWidget(m_models); m_models->importFile(g.path); break;
            case InputKind::JudgeProfiles: m_tabs->setCurrentWidget(m_jury); m_jury->judges()->importFile(g.path); break;
            case InputKind::JudgeQuestions: m_tabs->setCurrentWidget(m_jury); m_jury->importCriteria(g.path); break;
            case InputKind::Plan: Q_EMIT planDropped(g.path); break;
            case InputKind::Unknown: Q_EMIT status(tr("%1 is not a file Quorum reads (scenarios, profiles, judge questions or a plan)").arg(g.path)); break;
            }
        });
    }
}

void SetupPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void SetupPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace Quorum
