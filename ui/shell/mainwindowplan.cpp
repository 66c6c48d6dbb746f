// The main window's plan file: Save, Save As, New, recent plans, the unsaved-changes question and
// what the title and the Run action say of the plan.
#include "mainwindow.h"

#include "catalog/catalogpage.h"

#include "present/background.h"
#include "config/planfile.h"
#include "setup/plandocument.h"
#include "setup/setuppage.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace Quorum {

void MainWindow::savePlanAs(const QString &path)
{
    PlanDocument *document = m_workspace->document();
    if (!document->isValid()) {
        // Nothing half-valid is ever written.
        warn(tr("Cannot save the plan"), tr("The plan has problems; fix them first: %1").arg(document->whyNot()));
        Q_EMIT planSaved(false);
        return;
    }
    const RunPlan plan = m_workspace->plan();
    const int saved = document->undoStack()->index();
    runInBackground(this, [plan, path] { return savePlan(plan, path); }, [this, path, saved](QString error) {
        if (!error.isEmpty()) {
            warn(tr("Cannot save the plan"), error);
            Q_EMIT planSaved(false);
            return;
        }
        PlanDocument *document = m_workspace->document();
        document->setPath(path);
        if (document->undoStack()->index() == saved) // edits made while it was written stay unsaved
            document->setSaved();
        rememberRecent(path);
        statusBar()->showMessage(tr("Saved %1").arg(path), 8000);
        Q_EMIT planSaved(true);
    });
}

void MainWindow::save()
{
    const QString path = m_workspace->document()->path();
    if (path.isEmpty() || path.startsWith(u':')) // never written to a file yet, or the built-in demo
        findChild<QAction *>(u"savePlanAs"_qs)->trigger();
    else
        savePlanAs(path);
}

void MainWindow::newPlan()
{
    whenChangesSettled([this] {
        RunPlan plan;
        plan.name = tr("Untitled plan");
        m_workspace->setPlan(plan, QString());
        m_tabs->setCurrentWidget(m_workspace);
    });
}

void MainWindow::setKeyAccess(const KeyAccess &access)
{
    m_keychain = access.lookup;
    m_workspace->setKeyAccess(access);
    m_catalog->setKeyAccess(access);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentPlans"_qs).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(u"recentPlans"_qs, recent.mid(0, 8));
}

void MainWindow::whenChangesSettled(std::function<void()> then)
{
    PlanDocument *document = m_workspace->document();
    if (!document->isModified()) {
        then();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("Save the changes to \"%1\"?").arg(document->state().plan.name), QMessageBox::NoButton, this);
    box->setObjectName(u"unsavedChanges"_qs);
    box->setInformativeText(document->isValid() ? tr("Without saving, they are lost.")
                                                : tr("The plan has problems and cannot be saved as it is: %1").arg(document->whyNot()));
    QPushButton *saveButton = box->addButton(QMessageBox::Save);
    saveButton->setEnabled(document->isValid());
    box->addButton(QMessageBox::Discard);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(document->isValid() ? saveButton : qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, then = std::move(then)] {
        const QMessageBox::StandardButton clicked = box->standardButton(box->clickedButton());
        if (clicked == QMessageBox::Discard) {
            then();
        } else if (clicked == QMessageBox::Save) {
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(this, &MainWindow::planSaved, this, [connection, then](bool ok) {
                disconnect(*connection);
                if (ok)
                    then();
            });
            save();
        }
    });
    box->open();
}

void MainWindow::showPlanState()
{
    PlanDocument *document = m_workspace->document();
    const QString path = document->path();
    const QString where = path.isEmpty() ? tr("not saved") : path.startsWith(u':') ? tr("the demo workspace") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1 (%2)[*] — Quorum").arg(document->state().plan.name.isEmpty() ? tr("Untitled plan") : document->state().plan.name, where));
    setWindowModified(document->isModified());
    if (m_runAction) {
        m_runAction->setEnabled(document->isValid());
        m_runAction->setToolTip(document->isValid() ? tr("Call every model on every scenario, have the jury score the answers, and store it all")
                                                    : tr("Cannot run: %1").arg(document->whyNot()));
    }
    if (QAction *saveAction = findChild<QAction *>(u"savePlan"_qs))
        saveAction->setEnabled(document->isValid());
    if (QAction *saveAs = findChild<QAction *>(u"savePlanAs"_qs))
        saveAs->setEnabled(document->isValid());
}

} // namespace Quorum
