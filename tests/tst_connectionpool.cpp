#include "connectionpool.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;

// The engine's connection limits: per host and overall, with waiters served in the order they asked.
class TestConnectionPool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsPerHostAndOverall()
    {
        ConnectionPool pool(2, 3);
        QVERIFY(pool.tryAcquire(u"a:80"_s));
        QVERIFY(pool.tryAcquire(u"a:80"_s));
        QVERIFY(!pool.tryAcquire(u"a:80"_s)); // per host
        QVERIFY(pool.tryAcquire(u"b:80"_s));
        QVERIFY(!pool.tryAcquire(u"c:80"_s)); // overall
        QCOMPARE(pool.inUse(), 3);
        QCOMPARE(pool.inUse(u"a:80"_s), 2);
        pool.release(u"a:80"_s);
        QVERIFY(pool.canAcquire(u"c:80"_s));
        QVERIFY(pool.tryAcquire(u"c:80"_s));
    }

    void aFileThatAsksForMoreConnectionsGetsThem()
    {
        ConnectionPool pool(2, 10);
        QVERIFY(pool.tryAcquire(u"h"_s));
        QVERIFY(pool.tryAcquire(u"h"_s));
        QVERIFY(!pool.tryAcquire(u"h"_s));
        QVERIFY(pool.tryAcquire(u"h"_s, 4));
        QVERIFY(pool.tryAcquire(u"h"_s, 4));
        QVERIFY(!pool.tryAcquire(u"h"_s, 4));
        QCOMPARE(pool.inUse(u"h"_s), 4);
    }

    void waitersAreServedInOrder()
    {
        ConnectionPool pool(1, 10);
        QObject first;
        QObject second;
        QStringList granted;
        QVERIFY(pool.tryAcquire(u"h"_s));
        pool.acquire(u"h"_s, &first, [&] { granted.append(u"first"_s); });
        pool.acquire(u"h"_s, &second, [&] { granted.append(u"second"_s); });
        QVERIFY(granted.isEmpty());
        // A newcomer may not overtake the queue.
        QVERIFY(!pool.canAcquire(u"h"_s));
        pool.release(u"h"_s);
        QCOMPARE(granted, QStringList{u"first"_s});
        pool.release(u"h"_s);
        QCOMPARE(granted, (QStringList{u"first"_s, u"second"_s}));
        QCOMPARE(pool.inUse(u"h"_s), 1);
    }

    void cancelledAndDeletedWaitersAreSkipped()
    {
        ConnectionPool pool(1, 10);
        QStringList granted;
        QVERIFY(pool.tryAcquire(u"h"_s));
        auto *gone = new QObject;
        QObject cancelled;
        QObject kept;
        pool.acquire(u"h"_s, gone, [&] { granted.append(u"gone"_s); });
        pool.acquire(u"h"_s, &cancelled, [&] { granted.append(u"cancelled"_s); });
        pool.acquire(u"h"_s, &kept, [&] { granted.append(u"kept"_s); });
        delete gone;
        pool.cancel(&cancelled);
        pool.release(u"h"_s);
        QCOMPARE(granted, QStringList{u"kept"_s});
    }

    void raisingTheLimitGrantsWaiters()
    {
        ConnectionPool pool(1, 1);
        QObject owner;
        int granted = 0;
        QVERIFY(pool.tryAcquire(u"h"_s));
        pool.acquire(u"h"_s, &owner, [&] { ++granted; });
        pool.acquire(u"h"_s, &owner, [&] { ++granted; });
        pool.setLimits(3, 3);
        QCOMPARE(granted, 2);
        QCOMPARE(pool.inUse(), 3);
    }
};

QTEST_GUILESS_MAIN(TestConnectionPool)
#include "tst_connectionpool.moc"
