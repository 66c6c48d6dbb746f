#include "clicommands.h"
#include "runexecution.h"

#include "storage/runtransfer.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

// quorum-cli push and pull: a finished run from a local store to the team store, and back.
namespace Quorum::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("quorum-cli", text); }

int transfer(const QStringList &arguments, const QString &command)
{
    const bool push = command == u"push";
    QCommandLineParser parser;
    parser.setApplicationDescription(push ? tr("Publishes a finished run from a local store to a team store (a postgresql:// URL), "
                                               "with every row it has; pushing the same run again changes nothing.")
                                          : tr("Brings a run from a team store (a postgresql:// URL) into a local store, with every "
                                               "row it has; pulling the same run again changes nothing."));
    parser.addHelpOption();
    parser.addOptions({{u"run"_qs, tr("The run to copy (its id in the store it comes from)."), u"ID"_qs},
                       {u"from"_qs, tr("The store it comes from: a database file or a postgresql:// URL."), u"STORE"_qs},
                       {u"to"_qs, tr("The store it goes to: a database file or a postgresql:// URL."), u"STORE"_qs},
                       {u"json"_qs, tr("Print the outcome as JSON on stdout.")}});
    if (const int code = parseArguments(parser, arguments, command))
        return code < 0 ? 0 : code;
    const qint64 runId = parser.value(u"run"_qs).toLongLong();
    if (runId <= 0 || !parser.isSet(u"from"_qs) || !parser.isSet(u"to"_qs)) {
        say(tr("%1: give --run ID, --from STORE and --to STORE\n").arg(command));
        return 64;
    }
    const bool json = parser.isSet(u"json"_qs);
    const Store::Opened from = openStoreAt(parser.value(u"from"_qs));
    if (!from.store) {
        say(tr("%1: %2\n").arg(command, from.error));
        return notRun(json, 1, from.error);
    }
    const Store::Opened to = openStoreAt(parser.value(u"to"_qs));
    if (!to.store) {
        say(tr("%1: %2\n").arg(command, to.error));
        return notRun(json, 1, to.error);
    }
    const RunTransfer t = copyRun(*from.store, runId, *to.store);
    if (!t.error.isEmpty()) {
        say(tr("%1: %2\n").arg(command, t.error));
        return notRun(json, 1, t.error);
    }
    if (t.replacedHalfCopies > 0)
        say((t.replacedHalfCopies == 1 ? tr("the copy of run %1 in %2 that had stopped half-way was deleted\n")
                                        : tr("%3 copies of run %1 in %2 that had stopped half-way were deleted\n"))
                .arg(runId).arg(to.store->displayedLocation()).arg(t.replacedHalfCopies));
    if (t.alreadyThere)
        say(tr("run %1 is in %2 already, as run %3: nothing was copied\n")
                .arg(runId).arg(to.store->displayedLocation()).arg(t.targetRunId));
    else
        say(tr("run %1 copied to %2 as run %3: %4 invocations, %5 verdicts, %6 attempts, %7 errors, %8 events, %9 override edits\n")
                .arg(runId).arg(to.store->displayedLocation()).arg(t.targetRunId).arg(t.invocations).arg(t.verdicts)
                .arg(t.attempts).arg(t.errors).arg(t.events).arg(t.overrides));
    if (json) {
        const QJsonObject out{{u"status"_qs, t.alreadyThere ? u"already_there"_qs : u"copied"_qs}, {u"run"_qs, runId},
                              {u"target_run"_qs, t.targetRunId}, {u"invocations"_qs, t.invocations}, {u"verdicts"_qs, t.verdicts},
                              {u"attempts"_qs, t.attempts}, {u"errors"_qs, t.errors}, {u"events"_qs, t.events},
                              {u"overrides"_qs, t.overrides}, {u"replaced_half_copies"_qs, t.replacedHalfCopies}};
        QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    }
    return 0;
}
} // namespace

int push(const QStringList &arguments)
{
    return transfer(arguments, u"push"_qs);
}

int pull(const QStringList &arguments)
{
    return transfer(arguments, u"pull"_qs);
}

} // namespace Quorum::Cli
