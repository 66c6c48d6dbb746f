#pragma once

#include "catalogrefresh.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <functional>

class QNetworkAccessManager;

// How a catalog refresh asks a published source: one GET at a time, spaced by the source's rate
// limit, tried again as the retry policy says, and a daily budget kept on disk. Inside core/catalog.
namespace Quorum::SourceFetch {

struct Fetched
{
    int status = 0;
    QByteArray body;
    QByteArray link;
    QString error; // the last failure, for people, once retries are spent
    bool ok() const { return status >= 200 && status < 300; }
};

// Spaces the requests to one source: at most one per interval.
class Throttle
{
public:
    explicit Throttle(int intervalMs) : m_intervalMs(intervalMs) {}
    QCoro::Task<> wait();

private:
    int m_intervalMs;
    QElapsedTimer m_clock;
};

// One GET with the source's throttle and the retry policy (PROTOCOLS.md "Retrying"): 429, 408,
// 5xx and broken connections are tried again, a Retry-After is the floor of the wait; 401, 403
// and 404 are not. `beforeEach` may refuse an attempt (a spent budget: report.fatal says why).
QCoro::Task<Fetched> fetch(QNetworkAccessManager *network, QNetworkRequest request, Throttle &throttle, const RefreshOptions &options,
                           RefreshReport &report, QRandomGenerator &rng, const std::function<bool()> &beforeEach = {});

// A source's daily budget, kept per UTC day in a small file beside the refresh files.
struct DayBudget
{
    QString path;
    QDate day;
    int used = 0;

    void load(const QDate &today);
    void spend();
};

} // namespace Quorum::SourceFetch
