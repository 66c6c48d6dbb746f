#include "reportexport.h"

#include "present/background.h"
#include "report/reportdata.h"
#include "report/reportfiles.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>

#include <atomic>

namespace Quorum {

namespace {
constexpr int kSteps = 1000; // the progress bar: reading 0–300, then writing (the HTML, the PDF by page)

struct Outcome
{
    QStringList written;
    QString error;
};
} // namespace

ReportExport::ReportExport(QWidget *parent, std::shared_ptr<const Store> store, qint64 runId, const QString &runName)
    : QObject(parent), m_parent(parent), m_store(std::move(store)), m_runId(runId), m_runName(runName)
{
}

void ReportExport::start()
{
    ReportDialog dialog(m_runId, m_runName, m_parent);
    if (dialog.exec() != QDialog::Accepted) {
        Q_EMIT finished({}, {});
        deleteLater();
        return;
    }
    writeTo(dialog.choice());
}

void ReportExport::writeTo(const ReportChoice &choice)
{
    auto *progress = new QProgressDialog(tr("Reading run %1…").arg(m_runId), tr("Cancel"), 0, kSteps, m_parent);
    progress->setObjectName(u"reportProgress"_qs);
    progress->setWindowTitle(tr("Export Report"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    const auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    // From the worker: the step and the bar, posted to the dialog on the GUI thread.
    const QPointer<QProgressDialog> bar(progress);
    const auto report = [bar, cancelled](const QString &step, int value) {
        // The application as the context: the dialog's pointer is read on the GUI thread only,
        // where it may have gone with its window.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [bar, step, value] {
            if (bar) {
                bar->setLabelText(step);
                bar->setValue(value);
            }
        }, Qt::QueuedConnection);
        return !*cancelled;
    };
    const std::shared_ptr<const Store> store = m_store;
    const qint64 runId = m_runId;
    const QLocale locale;
    const QString version = QApplication::applicationVersion();
    runInBackground(this, [store, runId, choice, cancelled, locale, version, report]() -> Outcome {
        Outcome out;
        const auto runs = Report::load(*store, QList<qint64>{runId}, choice.options, &out.error,
                                       [&](const QString &step, int done, int total) { return report(step, 300 * done / std::max(1, total)); });
        if (!runs || *cancelled)
            return out;
        const Report::Written written = Report::writeFiles(*runs, choice.options, locale, version,
                                                           {choice.htmlPath, choice.pdfPath, choice.paper},
                                                           [&](const QString &step, int done, int total) {
                                                               return report(step, 300 + 700 * done / std::max(1, total));
                                                           });
        out.written = written.paths;
        out.error = written.error;
        return out;
    }, [this, bar, cancelled](Outcome outcome) {
        const bool wasCancelled = *cancelled; // before closing: closing the dialog says "canceled" too
        if (bar) {
            bar->disconnect(this);
            bar->close();
        }
        done(outcome.written, outcome.error, wasCancelled);
    });
}

void ReportExport::done(const QStringList &written, const QString &error, bool cancelled)
{
    if (cancelled) {
        Q_EMIT finished({}, {});
        deleteLater();
        return;
    }
    const QString last = written.isEmpty() ? QString() : written.last();
    Q_EMIT finished(error.isEmpty() ? last : QString(), error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Export Report"), tr("The report was not written: %1").arg(error));
    } else if (m_parent && m_parent->isVisible() && !written.isEmpty()) {
        QStringList names;
        for (const QString &path : written)
            names << QFileInfo(path).fileName();
        auto *box = new QMessageBox(QMessageBox::Information, tr("Export Report"),
                                    tr("The report of run %1 is written: %2, in %3.")
                                        .arg(m_runId).arg(names.join(tr(" and ")), QFileInfo(last).absolutePath()),
                                    QMessageBox::Close, m_parent);
        box->setObjectName(u"reportWritten"_qs);
        QList<std::pair<QPushButton *, QString>> opens;
        for (const QString &path : written)
            opens.append({box->addButton(written.size() == 1 ? tr("Open") : tr("Open %1").arg(QFileInfo(path).suffix().toUpper()),
                                         QMessageBox::AcceptRole), path});
        QPushButton *folder = box->addButton(tr("Show Folder"), QMessageBox::ActionRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, box, [box, opens, folder, last] {
            for (const auto &[button, path] : opens)
                if (box->clickedButton() == button)
                    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            if (box->clickedButton() == folder)
                QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(last).absolutePath()));
        });
        box->open();
    }
    deleteLater();
}

} // namespace Quorum
