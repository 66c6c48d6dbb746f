#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <type_traits>

namespace Quorum {

// Runs `work` on the global thread pool and hands its result to `done` on the GUI thread — unless
// `context` is gone by then. Keeps file and database work off the GUI thread. Whether `context`
// still lives is asked on the GUI thread, where it is destroyed: asked from the pool's thread, it
// could be destroyed between the question and the delivery.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, done = std::move(done), result = std::move(result)]() mutable {
            if (guard)
                done(std::move(result));
        }, Qt::QueuedConnection);
    });
}

} // namespace Quorum
