#pragma once

#include "results/reportdialog.h"
#include "storage/store.h"

#include <QObject>

#include <memory>

class QWidget;

namespace Quorum {

// Export Report…: asks what to write (ReportDialog: HTML and/or PDF, sections, appendix,
// paper), writes it off the GUI thread behind a progress dialog that can cancel it (nothing is
// written then: each file all or nothing), and offers to open the file or its folder.
// `finished(path, error)` says how it ended: the last file written ("" when cancelled).
class ReportExport final : public QObject
{
    Q_OBJECT

public:
    ReportExport(QWidget *parent, std::shared_ptr<const Store> store, qint64 runId, const QString &runName = {});
    void start();                                 // asks, then writes
    void writeTo(const ReportChoice &choice);     // no question (tests)

Q_SIGNALS:
    void finished(const QString &path, const QString &error);

private:
    void done(const QStringList &written, const QString &error, bool cancelled);

    QWidget *m_parent;
    std::shared_ptr<const Store> m_store;
    qint64 m_runId;
    QString m_runName;
};

} // namespace Quorum
