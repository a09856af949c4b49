#include "coreharness.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

// backgroundfetchclick (checklist K, and A5 for the event type): what a click delivers during and after a fetch,
// that it changes nothing, which registration an id names, and repeated clicks.
class TestBackgroundFetchClick final : public QObject
{
    Q_OBJECT

private:
    // What one click handler saw: the event's registration as the handler read it.
    struct Seen
    {
        QString id;
        QString uuid;
        FetchResult result = FetchResult::Unset;
        FailureReason reason = FailureReason::None;
        quint64 downloaded = 0;
        bool recordsAvailable = false;
        bool trusted = false;
        bool active = false;
    };

    static Route slowRoute()
    {
        Route route;
        route.generatedSize = 4 * 1024 * 1024;
        route.trickleBytes = 4096;
        route.trickleIntervalMs = 20;
        return route;
    }

    static Route literal(const QByteArray &body)
    {
        Route route;
        route.body = body;
        return route;
    }

    static QList<Seen> *record(BackgroundFetchManager &manager, QObject *context)
    {
        auto *seen = new QList<Seen>;
        connect(context, &QObject::destroyed, context, [seen] { delete seen; });
        connect(&manager, &BackgroundFetchManager::backgroundFetchClick, context, [seen](BackgroundFetchEvent *event) {
            const RegistrationPtr registration = event->registration();
            seen->append(Seen{registration->id(), registration->uniqueId(), registration->result(),
                              registration->failureReason(), registration->downloaded(),
                              registration->recordsAvailable(), event->isTrusted(), event->isActive()});
        });
        return seen;
    }

private Q_SLOTS:
    // K1: during the fetch the handler gets the running registration, result "" and its records available.
    void k1_clickDuringFetchSeesTheActiveRegistration()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/slow.bin"_s, slowRoute());
        const RegistrationPtr registration = h.fetch(u"during"_s, {FetchRequest(h.server().url(u"/slow.bin"_s).toString())});
        QVERIFY(registration);
        QObject context;
        QList<Seen> *seen = record(h.manager(), &context);
        QTRY_VERIFY(registration->downloaded() > 0);

        QVERIFY(!CoreHarness::errorOf(h.manager().click(u"during"_s)));
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->at(0).id, u"during"_s);
        QCOMPARE(seen->at(0).uuid, registration->uniqueId());
        QCOMPARE(seen->at(0).result, FetchResult::Unset);
        QVERIFY(seen->at(0).recordsAvailable);
        QVERIFY(seen->at(0).trusted);
        QVERIFY(seen->at(0).active);
        registration->abort();
    }

    // K1: after the fetch the handler sees the final result, for success and for failure alike.
    void k1_clickAfterFetchSeesTheFinalResult()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/ok.txt"_s, literal("Background Fetch"));
        QObject context;
        QList<Seen> *seen = record(h.manager(), &context);
        QSignalSpy success(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QSignalSpy fail(&h.manager(), &BackgroundFetchManager::backgroundFetchFail);
        const RegistrationPtr good = h.fetch(u"good"_s, {FetchRequest(h.server().url(u"/ok.txt"_s).toString())});
        const RegistrationPtr bad = h.fetch(u"bad"_s, {FetchRequest(h.server().url(u"/missing.txt"_s).toString())});
        QVERIFY(good && bad);
        QTRY_COMPARE(success.size(), 1);
        QTRY_COMPARE(fail.size(), 1);

        QVERIFY(!CoreHarness::errorOf(h.manager().click(u"good"_s)));
        QVERIFY(!CoreHarness::errorOf(h.manager().click(u"bad"_s)));
        QCOMPARE(seen->size(), 2);
        QCOMPARE(seen->at(0).result, FetchResult::Success);
        QCOMPARE(seen->at(0).downloaded, quint64(16));
        QCOMPARE(seen->at(1).result, FetchResult::Failure);
        QCOMPARE(seen->at(1).reason, FailureReason::BadStatus);
        // The completion events are over, so the records are gone (H11) but the click still arrives.
        QVERIFY(!seen->at(0).recordsAvailable);
    }

    // K1 across a restart: a registration that finished in an earlier run is still clickable from the store.
    void k1_clickAfterRestartUsesTheStoredRegistration()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/ok.txt"_s, literal("Background Fetch"));
        QSignalSpy success(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QVERIFY(h.fetch(u"earlier"_s, {FetchRequest(h.server().url(u"/ok.txt"_s).toString())}));
        QTRY_COMPARE(success.size(), 1);
        h.restart();
        QObject context;
        QList<Seen> *seen = record(h.manager(), &context);
        QVERIFY(!CoreHarness::errorOf(h.manager().click(u"earlier"_s)));
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->at(0).result, FetchResult::Success);
        QCOMPARE(seen->at(0).downloaded, quint64(16));
    }

    // K2: a click neither pauses nor aborts; the job completes normally afterwards.
    void k2_clickChangesNothing()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        Route route = slowRoute();
        route.generatedSize = 256 * 1024;
        route.trickleBytes = 16 * 1024;
        h.server().setRoute(u"/slow.bin"_s, route);
        QSignalSpy success(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QSignalSpy abort(&h.manager(), &BackgroundFetchManager::backgroundFetchAbort);
        const RegistrationPtr registration = h.fetch(u"k2"_s, {FetchRequest(h.server().url(u"/slow.bin"_s).toString())});
        QVERIFY(registration);
        QTRY_VERIFY(registration->downloaded() > 0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!CoreHarness::errorOf(h.manager().click(u"k2"_s)));
        QVERIFY(!registration->isPaused());
        QTRY_COMPARE(success.size(), 1);
        QCOMPARE(abort.size(), 0);
        QCOMPARE(registration->result(), FetchResult::Success);
        QCOMPARE(registration->downloaded(), quint64(256 * 1024));
    }

    // K3: an id names the newest registration with it, settled ones included; an unknown id is NotFoundError.
    void k3_idNamesTheNewestRegistration()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/ok.txt"_s, literal("Background Fetch"));
        QSignalSpy fail(&h.manager(), &BackgroundFetchManager::backgroundFetchFail);
        QSignalSpy success(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const RegistrationPtr first = h.fetch(u"reused"_s, {FetchRequest(h.server().url(u"/missing.txt"_s).toString())});
        QVERIFY(first);
        QTRY_COMPARE(fail.size(), 1);
        const RegistrationPtr second = h.fetch(u"reused"_s, {FetchRequest(h.server().url(u"/ok.txt"_s).toString())});
        QVERIFY(second);
        QTRY_COMPARE(success.size(), 1);

        QObject context;
        QList<Seen> *seen = record(h.manager(), &context);
        QVERIFY(!CoreHarness::errorOf(h.manager().click(u"reused"_s)));
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->at(0).uuid, second->uniqueId());
        QCOMPARE(seen->at(0).result, FetchResult::Success);

        // The front ends name the older one by its unique id.
        QVERIFY(!CoreHarness::errorOf(h.manager().activate(first->uniqueId())));
        QCOMPARE(seen->size(), 2);
        QCOMPARE(seen->at(1).uuid, first->uniqueId());
        QCOMPARE(seen->at(1).result, FetchResult::Failure);

        const auto unknown = CoreHarness::errorOf(h.manager().click(u"never-registered"_s));
        QVERIFY(unknown);
        QCOMPARE(unknown->code(), ErrorCode::NotFoundError);
        const auto unknownUuid = CoreHarness::errorOf(h.manager().activate(u"no-such-uuid"_s));
        QVERIFY(unknownUuid);
        QCOMPARE(unknownUuid->code(), ErrorCode::NotFoundError);
        QCOMPARE(seen->size(), 2);
    }

    // K4 (REC): a finished registration can be clicked again and again while its entry exists, and each click is
    // one event; a handler that keeps the event alive with waitUntil() does not block the next click.
    void k4_repeatedClicksEachDeliverOneEvent()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/ok.txt"_s, literal("Background Fetch"));
        QSignalSpy success(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QVERIFY(h.fetch(u"again"_s, {FetchRequest(h.server().url(u"/ok.txt"_s).toString())}));
        QTRY_COMPARE(success.size(), 1);
        QObject context;
        QList<Seen> *seen = record(h.manager(), &context);
        QList<QPointer<BackgroundFetchEvent>> events;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchClick, &context,
                [&events](BackgroundFetchEvent *event) { events.append(event); });
        for (int i = 0; i < 3; ++i)
            QVERIFY(!CoreHarness::errorOf(h.manager().click(u"again"_s)));
        QCOMPARE(seen->size(), 3);
        QCOMPARE(events.size(), 3);
        // Each event is deleted once it is over: the manager does not keep them.
        QTRY_VERIFY(std::all_of(events.cbegin(), events.cend(), [](const auto &event) { return event.isNull(); }));
    }

    // A5 and J9: the click event is the plain BackgroundFetchEvent, without updateUI().
    void a5_clickEventHasNoUpdateUi()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/ok.txt"_s, literal("Background Fetch"));
        QSignalSpy success(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QVERIFY(h.fetch(u"plain"_s, {FetchRequest(h.server().url(u"/ok.txt"_s).toString())}));
        QTRY_COMPARE(success.size(), 1);
        bool sawUiEvent = true;
        QObject context;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchClick, &context,
                [&sawUiEvent](BackgroundFetchEvent *event) {
                    sawUiEvent = qobject_cast<BackgroundFetchUpdateUIEvent *>(event) != nullptr;
                });
        QVERIFY(!CoreHarness::errorOf(h.manager().click(u"plain"_s)));
        QVERIFY(!sawUiEvent);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundFetchClick)
#include "tst_backgroundfetchclick.moc"
