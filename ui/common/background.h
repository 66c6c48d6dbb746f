#pragma once

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <type_traits>

namespace Quorum {

// Runs `work` on the global thread pool and hands its result to `done` on `context`'s thread
// — unless `context` is gone by then. Keeps file and database work off the GUI thread.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        if (!guard)
            return;
        QMetaObject::invokeMethod(guard.data(), [done = std::move(done), result = std::move(result)]() mutable {
            done(std::move(result));
        }, Qt::QueuedConnection);
    });
}

} // namespace Quorum
