#include "inprocesssimulator.h"

#include "simulator.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

namespace Quorum::Sim {

QString inProcessSimulatorUrl()
{
    static QMutex mutex;
    static QString url;
    static QThread *thread = nullptr;
    QMutexLocker lock(&mutex);
    if (thread)
        return url;
    thread = new QThread;
    thread->setObjectName(u"quorum-simulator"_qs);
    thread->start();
    QSemaphore ready;
    auto *simulator = new Simulator(builtinProfile());
    simulator->moveToThread(thread);
    QMetaObject::invokeMethod(simulator, [simulator, &ready] {
        if (simulator->listen().isEmpty())
            url = simulator->baseUrl();
        ready.release();
    }, Qt::QueuedConnection);
    ready.acquire();
    if (QCoreApplication::instance())
        QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, simulator, [simulator] {
            simulator->deleteLater();
            QThread::currentThread()->quit();
        });
    return url;
}

} // namespace Quorum::Sim
