#include "engine/ratelimiter.h"
#include "providers/retrypolicy.h"

#include <QTest>

using namespace Quorum;

class TstRateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAreSpacedToTheTarget()
    {
        RateLimiter limiter;
        // 600 RPM: one start every 100 ms; ten callers at once wait 0, 100, … 900 ms.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(limiter.reserve(u"m@r"_qs, 600, 1000), 100.0 * i);
        // A caller after a quiet spell goes at once (burst 1: no saved-up tokens).
        QCOMPARE(limiter.reserve(u"m@r"_qs, 600, 10'000), 0.0);
        QCOMPARE(limiter.reserve(u"m@r"_qs, 600, 10'000), 100.0);
        QCOMPARE(limiter.starts(u"m@r"_qs), 12);
    }
    void keysAreIndependentAndUnlimitedGoesAtOnce()
    {
        RateLimiter limiter;
        limiter.reserve(u"a"_qs, 60, 0);
        QCOMPARE(limiter.reserve(u"b"_qs, 60, 0), 0.0);
        QCOMPARE(limiter.reserve(u"c"_qs, 0, 0), 0.0);
        QCOMPARE(limiter.reserve(u"c"_qs, 0, 0), 0.0);
    }
    void throttlingSlowsThenRecovers()
    {
        RateLimiter limiter;
        limiter.throttled(u"k"_qs);
        QCOMPARE(limiter.pace(u"k"_qs), 0.5);
        limiter.reserve(u"k"_qs, 600, 0);
        QCOMPARE(limiter.reserve(u"k"_qs, 600, 0), 200.0); // half pace: twice the spacing
        for (int i = 0; i < 5; ++i)
            limiter.throttled(u"k"_qs);
        QCOMPARE(limiter.pace(u"k"_qs), 0.1); // never stops entirely
        for (int i = 0; i < 40; ++i)
            limiter.succeeded(u"k"_qs);
        QCOMPARE(limiter.pace(u"k"_qs), 1.0);
    }

    void retryPolicy()
    {
        RetryPolicy policy;
        QRandomGenerator rng(1);
        CallError throttled{ErrorClass::Throttled, {}, 429, {}, {}, true};
        CallError auth{ErrorClass::Auth, {}, 401, {}, {}, false};
        QVERIFY(!policy.nextDelay(1, auth, 0, rng));
        QVERIFY(!policy.nextDelay(policy.maxAttempts, throttled, 0, rng));
        for (int attempt = 1; attempt < 5; ++attempt) {
            // Full jitter: uniform over [0, min(cap, base·2^attempt)], so the mean is half the
            // ceiling and the largest of 400 draws comes close to it (a zero or fixed delay fails).
            const double ceiling = std::min(policy.capMs, policy.baseMs * std::pow(2, attempt));
            double sum = 0, largest = 0, smallest = ceiling;
            for (int i = 0; i < 400; ++i) {
                const auto d = policy.nextDelay(attempt, throttled, 0, rng);
                QVERIFY(d && *d >= 0 && *d <= ceiling);
                sum += *d;
                largest = std::max(largest, *d);
                smallest = std::min(smallest, *d);
            }
            QVERIFY2(std::abs(sum / 400 - ceiling / 2) < ceiling * 0.06, qPrintable(QString::number(sum / 400)));
            QVERIFY(largest > ceiling * 0.95);
            QVERIFY(smallest < ceiling * 0.05);
        }
        throttled.retryAfterMs = 7000; // the server's hint is a floor …
        QVERIFY(*policy.nextDelay(1, throttled, 0, rng) >= 7000);
        throttled.retryAfterMs = 3'600'000; // … capped
        QCOMPARE(*policy.nextDelay(1, throttled, 0, rng), policy.capMs);
        QVERIFY(!policy.nextDelay(1, throttled, policy.maxTotalMs - 1000, rng)); // out of time
    }
};

QTEST_GUILESS_MAIN(TstRateLimiter)
#include "tst_ratelimiter.moc"
