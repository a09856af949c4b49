#include "retrypolicy.h"

#include <QTest>

using namespace Ferry;
using namespace std::chrono_literals;

// The retry deviation of DESIGN.md section 2: which failures are retried, and how long Ferry waits.
class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (int status : {408, 429, 500, 502, 503, 504})
            QTest::addRow("%d", status) << status << true;
        for (int status : {400, 401, 403, 404, 410, 416, 501, 505})
            QTest::addRow("%d", status) << status << false;
    }
    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
    }

    void onlyGetIsRetried()
    {
        QVERIFY(RetryPolicy::mayRetry("GET"));
        QVERIFY(!RetryPolicy::mayRetry("POST"));
        QVERIFY(!RetryPolicy::mayRetry("PUT"));
        QVERIFY(!RetryPolicy::mayRetry("HEAD"));
    }

    void backoffDoublesAndStopsAtTheBudget()
    {
        RetryPolicy policy;
        policy.maxRetries = 4;
        policy.baseDelay = 100ms;
        policy.maxDelay = 250ms;
        QCOMPARE(policy.delayFor(1, std::nullopt, 1.0), 100ms);
        QCOMPARE(policy.delayFor(2, std::nullopt, 1.0), 200ms);
        QCOMPARE(policy.delayFor(3, std::nullopt, 1.0), 250ms); // capped
        QCOMPARE(policy.delayFor(4, std::nullopt, 0.5), 250ms);
        QVERIFY(!policy.delayFor(5, std::nullopt, 1.0));
        QVERIFY(!policy.delayFor(0, std::nullopt, 1.0));
    }

    void jitterSpreadsTheDelay()
    {
        RetryPolicy policy;
        policy.baseDelay = 1000ms;
        QCOMPARE(policy.delayFor(1, std::nullopt, 0.5), 500ms);
        QCOMPARE(policy.delayFor(1, std::nullopt, 1.49), 1490ms);
        for (int i = 0; i < 100; ++i) {
            const double jitter = RetryPolicy::randomJitter();
            QVERIFY(jitter >= 0.5 && jitter < 1.5);
        }
    }

    void retryAfterWinsButIsCapped()
    {
        RetryPolicy policy;
        policy.maxDelay = 5000ms;
        QCOMPARE(policy.delayFor(1, 2000ms, 1.3), 2000ms);
        QCOMPARE(policy.delayFor(1, 3600000ms, 1.0), 5000ms);
        QVERIFY(!policy.delayFor(policy.maxRetries + 1, 10ms, 1.0)); // the budget still counts
    }

    void hugeBudgetsDoNotOverflow()
    {
        RetryPolicy policy;
        policy.maxRetries = 1000;
        QCOMPARE(policy.delayFor(999, std::nullopt, 1.0), policy.maxDelay);
    }

    // The user's limit on time holds even while tries bring bytes, counted from the first failure.
    void retryForEndsEvenProgressingTries()
    {
        RetryPolicy policy;
        policy.maxRetries = 3;
        policy.retryFor = std::chrono::milliseconds(200);
        RetryCounter counter;
        counter.tryStarts(0);
        QCOMPARE(counter.next(policy, 100), std::optional(std::chrono::milliseconds(0)));
        counter.tryStarts(100);
        QTest::qWait(100);
        QCOMPARE(counter.next(policy, 200), std::optional(std::chrono::milliseconds(0)));
        counter.tryStarts(200);
        QTest::qWait(150);
        QCOMPARE(counter.next(policy, 300), std::nullopt);
        // Without a limit the same tries go on.
        RetryPolicy unlimited;
        RetryCounter other;
        for (qint64 position = 0; position < 1000; position += 100) {
            other.tryStarts(position);
            QCOMPARE(other.next(unlimited, position + 100), std::optional(std::chrono::milliseconds(0)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
