#include "tokenbucket.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Ferry;

// The token bucket behind speed limits: unlimited by default, bursts capped, refilling at its rate.
class TestTokenBucket final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlimitedGrantsEverything()
    {
        TokenBucket bucket;
        QVERIFY(!bucket.isLimited());
        QCOMPARE(bucket.available(1 << 30), qint64(1) << 30);
        bucket.consume(1 << 30);
        QCOMPARE(bucket.millisecondsUntil(1 << 20), 0);
    }

    void startsEmptyAndRefillsAtItsRate()
    {
        TokenBucket bucket(1024 * 1024);
        QVERIFY(bucket.isLimited());
        QElapsedTimer clock;
        clock.start();
        // Nothing is granted up front, so starting many transfers cannot burst past the limit.
        QVERIFY(bucket.available(1024 * 1024) < 64 * 1024);
        QTRY_VERIFY(bucket.available(200 * 1024) >= 200 * 1024);
        QVERIFY(clock.elapsed() >= 150);
    }

    void burstsAreCappedAtAQuarterSecond()
    {
        TokenBucket bucket(4 * 1024 * 1024);
        QTRY_COMPARE(bucket.available(qint64(1) << 30), qint64(1024 * 1024));
    }

    void consumingWaitsForTheRefill()
    {
        TokenBucket bucket(100 * 1000);
        QTRY_VERIFY(bucket.available(25000) == 25000);
        bucket.consume(25000);
        const int wait = bucket.millisecondsUntil(10000);
        QVERIFY2(wait >= 90 && wait <= 110, qPrintable(QString::number(wait)));
    }

    void rateChangesTakeEffect()
    {
        TokenBucket bucket(1000);
        bucket.setRate(0);
        QVERIFY(!bucket.isLimited());
        QCOMPARE(bucket.available(5000), 5000);
        bucket.setRate(-5);
        QVERIFY(!bucket.isLimited());
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
