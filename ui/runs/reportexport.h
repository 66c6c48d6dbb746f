#pragma once

#include "storage/store.h"

#include <QObject>

#include <memory>

class QWidget;

namespace Quorum {

// Export Report…: asks where, writes run `runId`'s HTML report off the GUI thread behind a
// progress dialog that can cancel it (nothing is written then), and offers to open the file or
// its folder. `finished(path, error)` says how it ended ("" path: cancelled).
class ReportExport final : public QObject
{
    Q_OBJECT

public:
    ReportExport(QWidget *parent, std::shared_ptr<const Store> store, qint64 runId);
    void start();                            // asks for the file, then writes it
    void writeTo(const QString &path);       // no question (tests)

Q_SIGNALS:
    void finished(const QString &path, const QString &error);

private:
    QWidget *m_parent;
    std::shared_ptr<const Store> m_store;
    qint64 m_runId;
};

} // namespace Quorum
