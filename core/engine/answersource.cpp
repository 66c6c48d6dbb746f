#include "answersource.h"

#include "../config/answersimporter.h"
#include "workplan.h"

#include <QCoreApplication>
#include <QDateTime>


namespace Quorum {

StoredRunAnswers::StoredRunAnswers(const Store &store, qint64 runId) : m_reader(store.answers(runId)), m_runId(runId) {}

QString StoredRunAnswers::open()
{
    return m_reader->open();
}

std::optional<StoredAnswer> StoredRunAnswers::answer(qint64 workItem)
{
    const std::optional<StoredInvocation> i = m_reader->invocation(workItem);
    if (!i)
        return std::nullopt;
    StoredAnswer a;
    CallMetrics &m = a.result.metrics;
    m.startedAt = i->t0;
    m.ttftMs = i->ttftMs;
    m.ttfrMs = i->ttfrMs;
    m.ttlbMs = i->ttlbMs;
    a.wallMs = i->wallMs;
    a.throttleWaitMs = i->throttleWaitMs;
    m.inputTokens = i->inputTokens;
    m.outputTokens = i->outputTokens;
    m.reasoningTokens = i->reasoningTokens;
    m.tokensEstimated = i->tokensEstimated;
    a.attempts = i->attempts;
    m.tierServed = i->tierServed;
    m.httpStatus = i->httpStatus;
    a.result.text = i->responseText;
    a.firstStartAt = i->firstStartAt;
    if (!i->ok) {
        CallError e;
        e.errorClass = errorClassFromName(i->errorClass).value_or(ErrorClass::Server);
        e.message = QCoreApplication::translate("AnswerSource", "failed in run %1 (%2)").arg(m_runId).arg(i->errorClass);
        e.httpStatus = m.httpStatus;
        a.result.error = e;
    }
    return a;
}

QHash<qint64, StoredAnswer> answersByWorkItem(const RunPlan &plan, const QList<ExternalAnswer> &answers)
{
    QHash<std::pair<std::pair<int, int>, int>, const ExternalAnswer *> byKey;
    for (const ExternalAnswer &a : answers)
        byKey.insert({{a.scenario, a.model}, a.invocation}, &a);
    const WorkPlan work(plan);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<qint64, StoredAnswer> out;
    for (qint64 n = 0; n < work.size(); ++n) {
        const WorkItem item = work.item(n);
        const ExternalAnswer *a = byKey.value({{item.scenario, item.variant}, item.invocation});
        if (!a)
            continue;
        StoredAnswer s;
        s.result.text = a->response;
        CallMetrics &m = s.result.metrics;
        m.startedAt = now;
        m.ttftMs = a->ttftMs;
        m.ttlbMs = a->ttlbMs.value_or(0);
        m.tokensEstimated = !a->inputTokens || !a->outputTokens;
        m.inputTokens = a->inputTokens.value_or(estimateTokens(plan.scenarios.at(item.scenario).prompt));
        m.outputTokens = a->outputTokens.value_or(estimateTokens(a->response));
        m.httpStatus = 200;
        s.firstStartAt = now;
        s.wallMs = m.ttlbMs;
        out.insert(n, s);
    }
    return out;
}

std::optional<StoredAnswer> MemoryAnswers::answer(qint64 workItem)
{
    const auto it = m_answers.constFind(workItem);
    return it == m_answers.cend() ? std::nullopt : std::optional(*it);
}

} // namespace Quorum
