#include "interrupt.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Quorum::Cli {

namespace {
int g_pipe[2] = {-1, -1};

void signalHandler(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
}
} // namespace

void onInterrupt(std::function<void()> handler)
{
    // One notifier for the process, whose handler is replaced: a handler left behind by an
    // earlier run (quorum-cli judge runs two) would act on a run that is gone.
    static std::function<void()> current;
    static QSocketNotifier *notifier = nullptr;
    current = std::move(handler);
    struct sigaction action = {};
    sigemptyset(&action.sa_mask);
    if (!current) { // no run to stop: Ctrl+C ends the process as usual
        action.sa_handler = SIG_DFL;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
        return;
    }
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    if (!notifier) {
        notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, QCoreApplication::instance());
        QObject::connect(notifier, &QSocketNotifier::activated, notifier, [] {
            char byte;
            [[maybe_unused]] const auto got = ::read(g_pipe[1], &byte, 1);
            if (current)
                current();
        });
    }
    action.sa_handler = signalHandler;
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace Quorum::Cli
