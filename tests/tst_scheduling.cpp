#include "coreharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

namespace {

Route slowRoute(qint64 size)
{
    Route route;
    route.generatedSize = size;
    route.trickleBytes = 16 * 1024;
    route.trickleIntervalMs = 10;
    return route;
}

} // namespace

// Scheduling and speed limits (DESIGN.md section 3): a limited number of registrations run at once, the rest wait
// in order; speed limits per registration and overall, changeable at run time.
class TestScheduling final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registrationsBeyondTheLimitWaitInOrder()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.manager().setMaxActiveRegistrations(1);
        h.server().setRoute(u"/first"_s, slowRoute(200 * 1024));
        h.server().setRoute(u"/second"_s, slowRoute(50 * 1024));
        h.server().setRoute(u"/third"_s, slowRoute(50 * 1024));
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QList<QString> finishedOrder;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *event) { finishedOrder.append(event->registration()->id()); });
        const RegistrationPtr first = h.fetch(u"first"_s, {FetchRequest(h.server().url(u"/first"_s).toString())});
        const RegistrationPtr second = h.fetch(u"second"_s, {FetchRequest(h.server().url(u"/second"_s).toString())});
        const RegistrationPtr third = h.fetch(u"third"_s, {FetchRequest(h.server().url(u"/third"_s).toString())});
        QVERIFY(first && second && third);
        QVERIFY(!first->isQueued());
        QVERIFY(second->isQueued());
        QVERIFY(third->isQueued());
        // Queued registrations are active (getIds lists them) but send nothing.
        QCOMPARE(h.manager().getIds().result().size(), 3);
        QTRY_VERIFY(first->downloaded() > 0);
        QCOMPARE(h.server().requestCount(u"/second"_s), 0);
        QCOMPARE(h.server().requestCount(u"/third"_s), 0);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 20000);
        QCOMPARE(finishedOrder, (QList<QString>{u"first"_s, u"second"_s, u"third"_s}));
    }

    void raisingTheLimitStartsWaitingRegistrations()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.manager().setMaxActiveRegistrations(1);
        Route stalled;
        stalled.generatedSize = 100 * 1024;
        stalled.stallBodyAfter = 10 * 1024;
        h.server().setRoute(u"/stalled"_s, stalled);
        h.server().setRoute(u"/waiting"_s, slowRoute(32 * 1024));
        QSignalSpy queued(&h.manager(), &BackgroundFetchManager::queuedChanged);
        const RegistrationPtr a = h.fetch(u"a"_s, {FetchRequest(h.server().url(u"/stalled"_s).toString())});
        const RegistrationPtr b = h.fetch(u"b"_s, {FetchRequest(h.server().url(u"/waiting"_s).toString())});
        QVERIFY(b->isQueued());
        h.manager().setMaxActiveRegistrations(2);
        QVERIFY(!b->isQueued());
        QCOMPARE(queued.last().at(0).toString(), b->uniqueId());
        QCOMPARE(queued.last().at(1).toBool(), false);
        QTRY_COMPARE(b->result(), FetchResult::Success);
        QVERIFY(a->abort().result());
    }

    void pausedRegistrationsFreeTheirSlot()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.manager().setMaxActiveRegistrations(1);
        h.server().setRoute(u"/long"_s, slowRoute(2 * 1024 * 1024));
        h.server().setRoute(u"/short"_s, slowRoute(32 * 1024));
        const RegistrationPtr longOne = h.fetch(u"long"_s, {FetchRequest(h.server().url(u"/long"_s).toString())});
        const RegistrationPtr shortOne = h.fetch(u"short"_s, {FetchRequest(h.server().url(u"/short"_s).toString())});
        QVERIFY(shortOne->isQueued());
        QTRY_VERIFY(longOne->downloaded() > 0);
        QVERIFY(longOne->pause());
        QVERIFY(!shortOne->isQueued());
        QTRY_COMPARE(shortOne->result(), FetchResult::Success);
        QVERIFY(longOne->abort().result());
    }

    // Issue 14, item 7: resuming puts a registration back in the queue; the limit holds however many are resumed,
    // and the queue runs them in their order as slots free.
    void resumingSeveralKeepsTheLimit()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.manager().setMaxActiveRegistrations(2);
        QList<RegistrationPtr> all;
        for (int i = 0; i < 4; ++i) {
            const QString path = u"/r%1"_s.arg(i);
            h.server().setRoute(path, slowRoute(4 * 1024 * 1024));
            all.append(h.fetch(u"r%1"_s.arg(i), {FetchRequest(h.server().url(path).toString())}));
            QVERIFY(all.constLast());
        }
        const auto running = [&all] {
            return std::count_if(all.cbegin(), all.cend(), [](const RegistrationPtr &r) {
                return !r->isQueued() && !r->isPaused() && r->result() == FetchResult::Unset;
            });
        };
        QCOMPARE(running(), 2);
        QTRY_VERIFY(all.at(0)->downloaded() > 0 && all.at(1)->downloaded() > 0);
        // Pause everything (the queued ones too), then resume everything at once.
        for (const RegistrationPtr &r : std::as_const(all))
            QVERIFY(r->pause());
        QCOMPARE(running(), 0);
        for (const RegistrationPtr &r : std::as_const(all))
            QVERIFY(r->resume());
        QCOMPARE(running(), 2);
        QVERIFY(!all.at(0)->isQueued());
        QVERIFY(!all.at(1)->isQueued());
        QVERIFY(all.at(2)->isQueued());
        QVERIFY(all.at(3)->isQueued());
        // The resumed ones pick up where they were: with Range, not from byte 0.
        const quint64 before = all.at(0)->downloaded();
        QTRY_VERIFY(all.at(0)->downloaded() > before);
        QVERIFY(all.at(0)->downloaded() >= before);
        for (int i = 0; i < 20; ++i) {
            QTest::qWait(25);
            QVERIFY(running() <= 2);
        }
        for (const RegistrationPtr &r : std::as_const(all))
            QVERIFY(r->abort().result());
    }

    void registrationSpeedLimitPacesTheDownload()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 size = 600 * 1024;
        Route route;
        route.generatedSize = size;
        h.server().setRoute(u"/limited"_s, route);
        FetchOptions options;
        options.speedLimit = 400 * 1024;
        QElapsedTimer clock;
        clock.start();
        const RegistrationPtr registration =
            h.fetch(u"limited"_s, {FetchRequest(h.server().url(u"/limited"_s).toString())}, options);
        QVERIFY(registration);
        QTRY_COMPARE_WITH_TIMEOUT(registration->result(), FetchResult::Success, 10000);
        // 600 KiB at 400 KiB/s, starting from an empty bucket: about 1.5 s, never much less.
        QVERIFY2(clock.elapsed() >= 1300, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"limited"_s)), TestServer::generatedSha256(size));
    }

    void globalSpeedLimitChangesAtRunTime()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 size = 8 * 1024 * 1024;
        Route route;
        route.generatedSize = size;
        h.server().setRoute(u"/big"_s, route);
        h.manager().setSpeedLimit(100 * 1024);
        QCOMPARE(h.manager().speedLimit(), 100 * 1024);
        const RegistrationPtr registration = h.fetch(u"big"_s, {FetchRequest(h.server().url(u"/big"_s).toString())});
        QVERIFY(registration);
        QTRY_VERIFY(registration->downloaded() > 50 * 1024);
        // At 100 KiB/s this would take over a minute; lifting the limit lets it finish at once.
        QVERIFY(registration->downloaded() < quint64(size) / 2);
        h.manager().setSpeedLimit(0);
        QTRY_COMPARE_WITH_TIMEOUT(registration->result(), FetchResult::Success, 10000);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"big"_s)), TestServer::generatedSha256(size));
    }

    void registrationLimitIsStoredAndChangeable()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        Route route;
        route.generatedSize = 4 * 1024 * 1024;
        h.server().setRoute(u"/x"_s, route);
        FetchOptions options;
        options.speedLimit = 64 * 1024;
        const RegistrationPtr registration =
            h.fetch(u"x"_s, {FetchRequest(h.server().url(u"/x"_s).toString())}, options);
        QVERIFY(registration);
        QCOMPARE(h.manager().details(registration->uniqueId())->speedLimit, 64 * 1024);
        QTRY_VERIFY(registration->downloaded() > 0);
        QVERIFY(h.manager().setRegistrationSpeedLimit(registration->uniqueId(), 0));
        QTRY_COMPARE_WITH_TIMEOUT(registration->result(), FetchResult::Success, 10000);
        QCOMPARE(h.store().findNewest(u"x"_s)->speedLimit, 0);
        QVERIFY(!h.manager().setRegistrationSpeedLimit(u"no-such-uuid"_s, 1));
    }
};

QTEST_GUILESS_MAIN(TestScheduling)
#include "tst_scheduling.moc"
