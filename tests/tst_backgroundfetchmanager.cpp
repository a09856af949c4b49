#include "managertestutil.h"

#include <QMetaMethod>
#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>

#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::ManagerTestUtil;

// BackgroundFetchManager end to end through CoreHarness: the API surface (checklist A), get()/getIds() (D),
// restart (L) and the desktop's history(). fetch() argument checks (B) are in tst_fetchvalidation, registration
// (C) in tst_fetchregistration.

class TestBackgroundFetchManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- A. Types, defaults, surface ----

    void a1_optionDefaults()
    {
        const FetchOptions defaults;
        QVERIFY(defaults.title.isEmpty());
        QVERIFY(defaults.icons.isEmpty());
        QCOMPARE(defaults.downloadTotal, quint64(0));

        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/a1.txt"_s, literal(featureText));
        const RegistrationPtr reg = h.fetch(u"a1"_s, {FetchRequest(h.server().url(u"/a1.txt"_s).toString())});
        QVERIFY(reg);
        QCOMPARE(reg->downloadTotal(), quint64(0));
        const auto stored = h.manager().details(reg->uniqueId());
        QVERIFY(stored);
        QCOMPARE(stored->title, u""_s);
        QVERIFY(stored->icons.isEmpty());
        QCOMPARE(stored->downloadTotal, quint64(0));
    }

    void a2_zeroDownloadTotalMeansNoCap()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 size = 10 * 1024 * 1024;
        h.server().setRoute(u"/ten.bin"_s, generated(size));
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const RegistrationPtr reg = h.fetch(u"a2"_s, {FetchRequest(h.server().url(u"/ten.bin"_s).toString())});
        QVERIFY(reg);
        QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 15000);
        QCOMPARE(reg->result(), FetchResult::Success);
        QCOMPARE(reg->failureReason(), FailureReason::None);
        QCOMPARE(reg->downloaded(), quint64(size));
    }

    void a4_registrationHasExactlyTheSpecProperties()
    {
        const QMetaObject &meta = BackgroundFetchRegistration::staticMetaObject;
        QStringList names;
        for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
            const QMetaProperty property = meta.property(i);
            names.append(QString::fromLatin1(property.name()));
            QVERIFY2(property.isReadable() && !property.isWritable() && !property.isResettable(), property.name());
        }
        names.sort();
        QStringList expected{u"id"_s, u"uploadTotal"_s, u"uploaded"_s, u"downloadTotal"_s, u"downloaded"_s,
                             u"result"_s, u"failureReason"_s, u"recordsAvailable"_s};
        expected.sort();
        QCOMPARE(names, expected);
        for (const char *absent : {"state", "title", "icons", "tag", "fetches", "activeFetches", "progress"})
            QVERIFY2(meta.indexOfProperty(absent) < 0, absent);

        // progress() is the spec's only event on the registration; pausedChanged belongs to the desktop's
        // pause/resume deviation (DESIGN.md section 2), phaseChanged to the window's words for what a started
        // registration waits for.
        QStringList signalNames;
        for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
            if (meta.method(i).methodType() == QMetaMethod::Signal)
                signalNames.append(QString::fromLatin1(meta.method(i).name()));
        }
        signalNames.sort();
        QCOMPARE(signalNames, (QStringList{u"pausedChanged"_s, u"phaseChanged"_s, u"progress"_s}));
        QCOMPARE(QMetaMethod::fromSignal(&BackgroundFetchRegistration::progress).parameterCount(), 0);

        // The values are plain synchronous reads of copies.
        CoreHarness h;
        QVERIFY(h.isReady());
        FetchOptions options = startPaused();
        options.downloadTotal = 777;
        const RegistrationPtr reg = h.fetch(u"a4"_s, {FetchRequest(h.server().url(u"/a4"_s).toString())}, options);
        QVERIFY(reg);
        QCOMPARE(meta.property(meta.indexOfProperty("id")).read(reg.data()).toString(), u"a4"_s);
        QCOMPARE(meta.property(meta.indexOfProperty("downloadTotal")).read(reg.data()).toULongLong(), quint64(777));
        QCOMPARE(meta.property(meta.indexOfProperty("result")).read(reg.data()).value<FetchResult>(),
                 FetchResult::Unset);
        QCOMPARE(meta.property(meta.indexOfProperty("recordsAvailable")).read(reg.data()).toBool(), true);
    }

    void a5_completionSignalsCarryTheSpecEventTypes()
    {
        static_assert(std::is_base_of_v<BackgroundFetchEvent, BackgroundFetchUpdateUIEvent>);
        static_assert(std::is_same_v<decltype(&BackgroundFetchManager::backgroundFetchSuccess),
                                     void (BackgroundFetchManager::*)(BackgroundFetchUpdateUIEvent *)>);
        static_assert(std::is_same_v<decltype(&BackgroundFetchManager::backgroundFetchFail),
                                     void (BackgroundFetchManager::*)(BackgroundFetchUpdateUIEvent *)>);
        static_assert(std::is_same_v<decltype(&BackgroundFetchManager::backgroundFetchAbort),
                                     void (BackgroundFetchManager::*)(BackgroundFetchEvent *)>);
        QCOMPARE(QMetaMethod::fromSignal(&BackgroundFetchManager::backgroundFetchSuccess).parameterMetaType(0),
                 QMetaType::fromType<BackgroundFetchUpdateUIEvent *>());
        QCOMPARE(QMetaMethod::fromSignal(&BackgroundFetchManager::backgroundFetchAbort).parameterMetaType(0),
                 QMetaType::fromType<BackgroundFetchEvent *>());

        // What is delivered at run time: an update-UI event for success, a plain event for abort.
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/a5.txt"_s, literal(featureText));
        const QMetaObject *successType = nullptr;
        const QMetaObject *abortType = nullptr;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *event) { successType = event->metaObject(); });
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchAbort, this,
                [&](BackgroundFetchEvent *event) { abortType = event->metaObject(); });
        QVERIFY(h.fetch(u"ok"_s, {FetchRequest(h.server().url(u"/a5.txt"_s).toString())}));
        const RegistrationPtr aborted = h.fetch(u"abort"_s, {FetchRequest(h.server().url(u"/a5"_s).toString())},
                                                startPaused());
        QVERIFY(aborted);
        QVERIFY(aborted->abort().result());
        QTRY_VERIFY(successType && abortType);
        QCOMPARE(successType, &BackgroundFetchUpdateUIEvent::staticMetaObject);
        QCOMPARE(abortType, &BackgroundFetchEvent::staticMetaObject);
    }

    void a6_selfConstructedEventIsUntrusted()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/a6.txt"_s, literal(featureText));
        bool trustedInHandler = false;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *event) { trustedInHandler = event->isTrusted(); });
        const RegistrationPtr reg = h.fetch(u"a6"_s, {FetchRequest(h.server().url(u"/a6.txt"_s).toString())});
        QVERIFY(reg);

        const BackgroundFetchEvent plain(reg);
        QVERIFY(!plain.isTrusted());
        QVERIFY(!plain.isActive());
        QCOMPARE(plain.registration(), reg);
        const BackgroundFetchUpdateUIEvent withUi(reg);
        QVERIFY(!withUi.isTrusted());

        QTRY_VERIFY(trustedInHandler);
    }

    // ---- D. get() and getIds() ----

    void d1_getMatchesFetch()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        FetchOptions options = startPaused();
        options.downloadTotal = 1234;
        const RegistrationPtr fetched = h.fetch(u"d1"_s, {FetchRequest(h.server().url(u"/d1"_s).toString())}, options);
        QVERIFY(fetched);
        const RegistrationPtr got = h.manager().get(u"d1"_s).result();
        QVERIFY(got);
        const QMetaObject &meta = BackgroundFetchRegistration::staticMetaObject;
        for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i)
            QCOMPARE(meta.property(i).read(got.data()), meta.property(i).read(fetched.data()));
        QCOMPARE(got->id(), u"d1"_s);
        QCOMPARE(got->downloadTotal(), quint64(1234));
    }

    void d2_getReturnsTheSameObject()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        const RegistrationPtr fetched = h.fetch(u"d2"_s, {FetchRequest(h.server().url(u"/d2"_s).toString())},
                                                startPaused());
        QVERIFY(fetched);
        const RegistrationPtr once = h.manager().get(u"d2"_s).result();
        const RegistrationPtr twice = h.manager().get(u"d2"_s).result();
        QCOMPARE(once.data(), fetched.data());
        QCOMPARE(twice.data(), fetched.data());
    }

    void d3_unknownOrSettledIdIsNull()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        const QFuture<RegistrationPtr> unknown = h.manager().get(u"nope"_s);
        QVERIFY(!CoreHarness::errorOf(unknown));
        QVERIFY(!unknown.result());

        h.server().setRoute(u"/d3.txt"_s, literal(featureText));
        std::optional<RegistrationPtr> inHandler;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *) { inHandler = h.manager().get(u"d3"_s).result(); });
        QVERIFY(h.fetch(u"d3"_s, {FetchRequest(h.server().url(u"/d3.txt"_s).toString())}));
        QTRY_VERIFY(inHandler);
        QVERIFY(!*inHandler);
        QVERIFY(!h.manager().get(u"d3"_s).result());
    }

    void d4_emptyIdIsTypeError()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        const auto error = CoreHarness::errorOf(h.manager().get(QString()));
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::TypeError);
        QCOMPARE(error->issue(), FetchIssue::EmptyId);
    }

    void d5_getDuringStreamingStillGetsProgress()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/d5.bin"_s, trickled(256 * 1024, 2048));
        const RegistrationPtr fetched = h.fetch(u"d5"_s, {FetchRequest(h.server().url(u"/d5.bin"_s).toString())});
        QVERIFY(fetched);
        QTRY_VERIFY(fetched->downloaded() > 0);
        const RegistrationPtr got = h.manager().get(u"d5"_s).result();
        QVERIFY(got);
        const quint64 before = got->downloaded();
        QSignalSpy progress(got.data(), &BackgroundFetchRegistration::progress);
        QTRY_VERIFY(progress.size() >= 2);
        QVERIFY(got->downloaded() > before);
        QVERIFY(got->abort().result());
    }

    void d6_getIdsListsActiveRegistrationsOnly()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/d6.txt"_s, literal(featureText));
        QVERIFY(h.fetch(u"waiting"_s, {FetchRequest(h.server().url(u"/d6"_s).toString())}, startPaused()));
        std::optional<QStringList> inHandler;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *) { inHandler = h.manager().getIds().result(); });
        QVERIFY(h.fetch(u"quick"_s, {FetchRequest(h.server().url(u"/d6.txt"_s).toString())}));
        QCOMPARE(h.manager().getIds().result(), (QStringList{u"waiting"_s, u"quick"_s}));
        QTRY_VERIFY(inHandler);
        QCOMPARE(*inHandler, QStringList{u"waiting"_s});
        QCOMPARE(h.manager().getIds().result(), QStringList{u"waiting"_s});
    }

    void d7_getIdsInRegistrationOrder()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        const QList<FetchRequest> requests{FetchRequest(h.server().url(u"/d7"_s).toString())};
        QVERIFY(h.fetch(u"c"_s, requests, startPaused()));
        const RegistrationPtr a = h.fetch(u"a"_s, requests, startPaused());
        QVERIFY(a);
        QVERIFY(h.fetch(u"b"_s, requests, startPaused()));
        QCOMPARE(h.manager().getIds().result(), (QStringList{u"c"_s, u"a"_s, u"b"_s}));
        QVERIFY(a->abort().result());
        QCOMPARE(h.manager().getIds().result(), (QStringList{u"c"_s, u"b"_s}));
        QVERIFY(h.fetch(u"a"_s, requests, startPaused()));
        QCOMPARE(h.manager().getIds().result(), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
    }

    // ---- L. Restart ----

    void l1_activeRegistrationSurvivesRestart()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 size = 384 * 1024;
        Route route = trickled(size, 4096, 7);
        route.etag = "\"l1\"";
        h.server().setRoute(u"/l1.bin"_s, route);
        RegistrationPtr reg = h.fetch(u"l1"_s, {FetchRequest(h.server().url(u"/l1.bin"_s).toString())});
        QVERIFY(reg);
        const QString uuid = reg->uniqueId();
        QTRY_VERIFY(reg->downloaded() >= 64 * 1024);
        reg.reset();

        h.restart();
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        h.manager().restoreActive();
        QCOMPARE(h.manager().getIds().result(), QStringList{u"l1"_s});
        reg = h.manager().get(u"l1"_s).result();
        QVERIFY(reg);
        QCOMPARE(reg->uniqueId(), uuid);
        const QList<BackgroundFetchRecord> records = recordsOf(reg);
        QCOMPARE(records.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 10000);
        QCOMPARE(reg->result(), FetchResult::Success);
        QCOMPARE(reg->downloaded(), quint64(size));
        QCOMPARE(TestServer::fileSha256(responseOf(records[0]).filePath), TestServer::generatedSha256(size, 7));
        // The restored transfer continued from its durable bytes rather than starting over.
        const QList<Request> requests = h.server().requestsFor(u"/l1.bin"_s);
        QVERIFY(requests.size() >= 2);
        QVERIFY(requests.last().header("Range").startsWith("bytes="));
        QVERIFY(!requests.last().header("Range").startsWith("bytes=0-"));
    }

    void l2_reusedIdGetsANewUniqueId()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/l2.txt"_s, literal(featureText));
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const QList<FetchRequest> requests{FetchRequest(h.server().url(u"/l2.txt"_s).toString())};
        const RegistrationPtr first = h.fetch(u"again"_s, requests);
        QVERIFY(first);
        QTRY_COMPARE(ok.size(), 1);
        const RegistrationPtr second = h.fetch(u"again"_s, requests);
        QVERIFY(second);
        QVERIFY(second->uniqueId() != first->uniqueId());
        QTRY_COMPARE(ok.size(), 2);
        const QList<RegistrationData> history = h.manager().history(0, 10);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].uuid, second->uniqueId());
        QCOMPARE(history[1].uuid, first->uniqueId());
        QCOMPARE(history[0].id, history[1].id);
        QCOMPARE(h.manager().find(u"again"_s)->uuid, second->uniqueId());
    }

    void l3_downloadedAfterRestartCoversCompletedRecords()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 small = 5000;
        constexpr qint64 big = 384 * 1024;
        h.server().setRoute(u"/small.bin"_s, generated(small, 1));
        h.server().setRoute(u"/big.bin"_s, trickled(big, 4096, 2));
        RegistrationPtr reg = h.fetch(u"l3"_s, {FetchRequest(h.server().url(u"/small.bin"_s).toString()),
                                                FetchRequest(h.server().url(u"/big.bin"_s).toString())});
        QVERIFY(reg);
        const QList<BackgroundFetchRecord> records = recordsOf(reg);
        QCOMPARE(records.size(), 2);
        QTRY_VERIFY(records[0].responseReady().isFinished());
        QCOMPARE(responseOf(records[0]).size, small);
        // The finished record is stored while the job runs, not only when it stops: a crash now would keep it.
        QTRY_COMPARE(h.store().load(reg->uniqueId())->records[0].result, RecordResult::Success);
        QVERIFY(!h.store().load(reg->uniqueId())->records[0].filePath.isEmpty());
        QVERIFY(!records[1].responseReady().isFinished());
        reg.reset();

        h.restart();
        h.manager().restoreActive();
        reg = h.manager().get(u"l3"_s).result();
        QVERIFY(reg);
        QVERIFY2(reg->downloaded() >= quint64(small), qPrintable(QString::number(reg->downloaded())));
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 10000);
        QCOMPARE(reg->downloaded(), quint64(small + big));
    }

    void l4_restoredRegistrationIsNotPausedUnlessTheUserPausedIt()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/run.bin"_s, trickled(384 * 1024, 4096, 3));
        h.server().setRoute(u"/held.bin"_s, trickled(384 * 1024, 4096, 4));
        RegistrationPtr running = h.fetch(u"running"_s, {FetchRequest(h.server().url(u"/run.bin"_s).toString())});
        RegistrationPtr held = h.fetch(u"held"_s, {FetchRequest(h.server().url(u"/held.bin"_s).toString())});
        QVERIFY(running && held);
        QTRY_VERIFY(held->downloaded() > 0 && running->downloaded() > 0);
        QVERIFY(held->pause());
        QVERIFY(held->isPaused());
        running.reset();
        held.reset();
        const int heldRequests = h.server().requestCount(u"/held.bin"_s);

        h.restart();
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        h.manager().restoreActive();
        running = h.manager().get(u"running"_s).result();
        held = h.manager().get(u"held"_s).result();
        QVERIFY(running && held);
        QVERIFY(!running->isPaused());
        QVERIFY(held->isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 10000);
        QCOMPARE(running->result(), FetchResult::Success);
        // While the other one ran to its end, the paused one stayed paused and off the network.
        QVERIFY(held->isPaused());
        QCOMPARE(held->result(), FetchResult::Unset);
        QCOMPARE(h.server().requestCount(u"/held.bin"_s), heldRequests);
        QVERIFY(held->resume());
        QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 2, 10000);
        QCOMPARE(held->result(), FetchResult::Success);
    }

    // ---- history() (desktop addition) ----

    void history_listsRegistrationsNewestFirst()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/h.txt"_s, literal(featureText));
        Route missing;
        missing.status = 404;
        h.server().setRoute(u"/missing.txt"_s, missing);
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QSignalSpy failed(&h.manager(), &BackgroundFetchManager::backgroundFetchFail);
        QVERIFY(h.fetch(u"first"_s, {FetchRequest(h.server().url(u"/h.txt"_s).toString())}));
        QTRY_COMPARE(ok.size(), 1);
        QVERIFY(h.fetch(u"second"_s, {FetchRequest(h.server().url(u"/missing.txt"_s).toString())}));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(h.fetch(u"third"_s, {FetchRequest(h.server().url(u"/h.txt"_s).toString())}, startPaused()));

        const QList<RegistrationData> all = h.manager().history(0, 100);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].id, u"third"_s);
        QCOMPARE(all[0].result, FetchResult::Unset);
        QCOMPARE(all[1].id, u"second"_s);
        QCOMPARE(all[1].result, FetchResult::Failure);
        QCOMPARE(all[1].failureReason, FailureReason::BadStatus);
        QCOMPARE(all[2].id, u"first"_s);
        QCOMPARE(all[2].result, FetchResult::Success);
        QVERIFY(all[0].seq > all[1].seq && all[1].seq > all[2].seq);
        const QList<RegistrationData> page = h.manager().history(1, 1);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page[0].id, u"second"_s);
        // Finished registrations stay listed although they left getIds().
        QCOMPARE(h.manager().getIds().result(), QStringList{u"third"_s});
    }
};

QTEST_GUILESS_MAIN(TestBackgroundFetchManager)
#include "tst_backgroundfetchmanager.moc"
