#include "reportexport.h"

#include "common/background.h"
#include "report/htmlreport.h"
#include "report/reportdata.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QUrl>

#include <atomic>

namespace Quorum {

ReportExport::ReportExport(QWidget *parent, std::shared_ptr<const Store> store, qint64 runId)
    : QObject(parent), m_parent(parent), m_store(std::move(store)), m_runId(runId)
{
}

void ReportExport::start()
{
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export the report of run %1").arg(m_runId),
                                                      tr("run-%1-report.html").arg(m_runId), tr("HTML files (*.html)"));
    if (path.isEmpty()) {
        Q_EMIT finished({}, {});
        deleteLater();
        return;
    }
    writeTo(path);
}

void ReportExport::writeTo(const QString &path)
{
    auto *progress = new QProgressDialog(tr("Writing the report of run %1…").arg(m_runId), tr("Cancel"), 0, 0, m_parent);
    progress->setObjectName(u"reportProgress"_qs);
    progress->setWindowTitle(tr("Export Report"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    const auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    const std::shared_ptr<const Store> store = m_store;
    const qint64 runId = m_runId;
    const QLocale locale;
    const QString version = QApplication::applicationVersion();
    runInBackground(this, [store, runId, path, cancelled, locale, version]() -> QString {
        QString error;
        const auto data = Report::load(*store, runId, {}, &error);
        if (!data)
            return error;
        if (*cancelled)
            return {};
        const QByteArray html = Report::html(*data, locale, version);
        if (*cancelled)
            return {};
        QSaveFile file(path); // all or nothing
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit())
            return file.errorString();
        return {};
    }, [this, path, progress = QPointer<QProgressDialog>(progress), cancelled](QString error) {
        const bool wasCancelled = *cancelled; // before closing: closing the dialog says "canceled" too
        if (progress) {
            progress->disconnect(this);
            progress->close();
        }
        if (wasCancelled) {
            Q_EMIT finished({}, {});
            deleteLater();
            return;
        }
        Q_EMIT finished(error.isEmpty() ? path : QString(), error);
        if (!error.isEmpty()) {
            QMessageBox::warning(m_parent, tr("Export Report"), tr("The report was not written: %1").arg(error));
        } else if (m_parent && m_parent->isVisible()) {
            auto *box = new QMessageBox(QMessageBox::Information, tr("Export Report"),
                                        tr("The report of run %1 is in %2.").arg(m_runId).arg(path), QMessageBox::Close, m_parent);
            box->setObjectName(u"reportWritten"_qs);
            QPushButton *open = box->addButton(tr("Open"), QMessageBox::AcceptRole);
            QPushButton *folder = box->addButton(tr("Show Folder"), QMessageBox::ActionRole);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, box, [box, open, folder, path] {
                if (box->clickedButton() == open)
                    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
                else if (box->clickedButton() == folder)
                    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
            });
            box->open();
        }
        deleteLater();
    });
}

} // namespace Quorum
