#include "coreharness.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

// Checklist F (registration state and progress), G (abort) and the desktop's pause and resume (DESIGN.md section 2).
namespace {

Route generated(qint64 size, int trickleBytes = 0, int intervalMs = 10)
{
    Route route;
    route.generatedSize = size;
    route.etag = "\"v1\""_ba;
    route.trickleBytes = trickleBytes;
    route.trickleIntervalMs = intervalMs;
    return route;
}

// Seconds of trickling: long enough to act on a running record, never waited out.
Route slow()
{
    return generated(8'000'000, 4096, 10);
}

Route literal(const QByteArray &body, int status = 200)
{
    Route route;
    route.status = status;
    route.body = body;
    return route;
}

bool invariantHolds(FetchResult result, FailureReason reason)
{
    if (result == FetchResult::Failure)
        return reason != FailureReason::None;
    return reason == FailureReason::None; // Unset and Success alike
}

// The completion events of one manager, by registration id.
class EventLog final
{
public:
    explicit EventLog(BackgroundFetchManager &manager)
    {
        QObject::connect(&manager, &BackgroundFetchManager::backgroundFetchSuccess, &m_context,
                         [this](BackgroundFetchUpdateUIEvent *event) { add(u"success"_s, event); });
        QObject::connect(&manager, &BackgroundFetchManager::backgroundFetchFail, &m_context,
                         [this](BackgroundFetchUpdateUIEvent *event) { add(u"fail"_s, event); });
        QObject::connect(&manager, &BackgroundFetchManager::backgroundFetchAbort, &m_context,
                         [this](BackgroundFetchEvent *event) { add(u"abort"_s, event); });
    }

    QStringList kinds(const QString &id) const { return m_kinds.value(id); }

private:
    void add(const QString &kind, BackgroundFetchEvent *event) { m_kinds[event->registration()->id()].append(kind); }

    QObject m_context;
    QHash<QString, QStringList> m_kinds;
};

// Runs a tiny registration to completion. Tests that must show that something does NOT happen wait on this instead
// of sleeping: by the time it is done, timers, engine batches and server writes queued before it have had their turn.
bool barrier(CoreHarness &h)
{
    static int serial = 0;
    const QString id = u"barrier-%1"_s.arg(++serial);
    h.server().setRoute(u"/barrier"_s, literal("ok"));
    bool done = false;
    QObject context;
    QObject::connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, &context,
                     [&](BackgroundFetchUpdateUIEvent *event) { done = done || event->registration()->id() == id; });
    if (CoreHarness::errorOf(h.manager().fetch(id, FetchRequest(h.server().url(u"/barrier"_s).toString()))))
        return false;
    return QTest::qWaitFor([&] { return done; }, 5000);
}

FetchRequest request(CoreHarness &h, const QString &path)
{
    return FetchRequest(h.server().url(path).toString());
}

struct Snapshot
{
    quint64 uploaded = 0;
    quint64 downloaded = 0;
    FetchResult result = FetchResult::Unset;
    FailureReason reason = FailureReason::None;

    explicit Snapshot(const BackgroundFetchRegistration &r)
        : uploaded(r.uploaded()), downloaded(r.downloaded()), result(r.result()), reason(r.failureReason())
    {
    }
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

// What each progress signal of one registration showed, in order.
class ProgressLog final
{
public:
    explicit ProgressLog(const RegistrationPtr &registration)
    {
        BackgroundFetchRegistration *r = registration.get();
        QObject::connect(r, &BackgroundFetchRegistration::progress, &m_context,
                         [this, r] { m_seen.append(Snapshot(*r)); });
    }

    const QList<Snapshot> &seen() const { return m_seen; }

private:
    QObject m_context;
    QList<Snapshot> m_seen;
};

} // namespace

class TestBackgroundFetchRegistration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // F1 speaks of every live mirror of a job. A desktop process has one registration object per job and manager:
    // fetch() and get() hand out the same object, so "every mirror" is this one (and a second process sees the job
    // through the store, not through a mirror).
    void f1_progressFiresWhenCountersChange()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/f1.bin"_s, generated(300'000, 12'000, 10));
        const RegistrationPtr reg = h.fetch(u"f1"_s, {request(h, u"/f1.bin"_s)});
        QVERIFY(reg);
        QCOMPARE(h.manager().get(u"f1"_s).result(), reg);
        const ProgressLog progressLog(reg);
        const QList<Snapshot> &seen = progressLog.seen();

        QTRY_COMPARE(log.kinds(u"f1"_s), QStringList{u"success"_s});
        QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(!(seen[i] == seen[i - 1]), qPrintable(u"emission %1 repeats the one before"_s.arg(i)));
        QCOMPARE(seen.last().downloaded, 300'000u);
        QCOMPARE(seen.last().result, FetchResult::Success);
    }

    // Pause and resume make the job report a change although no counter moved: an identical refresh.
    void f1_noProgressForAnIdenticalRefresh()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        Route stalled;
        stalled.stallHeaders = true;
        h.server().setRoute(u"/stall"_s, stalled);
        const RegistrationPtr reg = h.fetch(u"f1"_s, {request(h, u"/stall"_s)});
        QVERIFY(reg);
        QSignalSpy progress(reg.get(), &BackgroundFetchRegistration::progress);
        QTRY_COMPARE(h.server().requestCount(u"/stall"_s), 1);
        QVERIFY(reg->pause());
        QVERIFY(reg->resume());
        QTRY_COMPARE(h.server().requestCount(u"/stall"_s), 2);
        QVERIFY(barrier(h));
        QCOMPARE(progress.size(), 0);
        QCOMPARE(reg->downloaded(), 0u);
    }

    void f1_progressIsCoalescedToAboutTenPerSecond()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        constexpr qint64 size = 20 * 1024 * 1024;
        // Paced at about 16 MB/s so the download spans many engine batches (every 50 ms in the harness, twice the
        // allowed rate); unpaced, loopback finishes in a tenth of a second and the bound would prove nothing.
        h.server().setRoute(u"/big.bin"_s, generated(size, 160 * 1024, 10));
        QElapsedTimer clock;
        clock.start();
        // One connection, so the pacing is per download and not multiplied by segments.
        FetchOptions options;
        options.connections = 1;
        const RegistrationPtr reg = h.fetch(u"f1"_s, {request(h, u"/big.bin"_s)}, options);
        QVERIFY(reg);
        QSignalSpy progress(reg.get(), &BackgroundFetchRegistration::progress);
        QTRY_COMPARE_WITH_TIMEOUT(log.kinds(u"f1"_s), QStringList{u"success"_s}, 20000);
        const double seconds = double(clock.elapsed()) / 1000.0;
        QCOMPARE(reg->downloaded(), quint64(size));
        // Coalesced, not starved: a paced download of over a second reports along the way.
        QVERIFY2(progress.size() >= 5, qPrintable(QString::number(progress.size())));
        QVERIFY2(progress.size() <= 12.0 * seconds + 2.0,
                 qPrintable(u"%1 progress signals in %2 s"_s.arg(progress.size()).arg(seconds)));
    }

    void f2_finalProgressCarriesTheResult_data()
    {
        QTest::addColumn<Route>("route");
        QTest::addColumn<QString>("event");
        QTest::addColumn<FetchResult>("result");
        QTest::addColumn<FailureReason>("reason");
        QTest::newRow("success") << generated(200'000) << u"success"_s << FetchResult::Success << FailureReason::None;
        QTest::newRow("404") << literal("gone", 404) << u"fail"_s << FetchResult::Failure << FailureReason::BadStatus;
    }

    void f2_finalProgressCarriesTheResult()
    {
        QFETCH(Route, route);
        QFETCH(QString, event);
        QFETCH(FetchResult, result);
        QFETCH(FailureReason, reason);
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/f2"_s, route);
        const RegistrationPtr reg = h.fetch(u"f2"_s, {request(h, u"/f2"_s)});
        QVERIFY(reg);
        const ProgressLog progressLog(reg);
        const QList<Snapshot> &seen = progressLog.seen();
        std::optional<Snapshot> inHandler;
        qsizetype progressBeforeHandler = -1;
        const auto capture = [&](BackgroundFetchEvent *e) {
            inHandler = Snapshot(*e->registration());
            progressBeforeHandler = seen.size();
        };
        QObject context;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, &context, capture);
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchFail, &context, capture);

        QTRY_COMPARE(log.kinds(u"f2"_s), QStringList{event});
        QVERIFY(inHandler);
        QCOMPARE(inHandler->result, result);
        QCOMPARE(inHandler->reason, reason);
        // The final progress came before (or with) the event, and it already carried the outcome.
        QVERIFY(progressBeforeHandler >= 1);
        QCOMPARE(seen[progressBeforeHandler - 1].result, result);
        QCOMPARE(seen[progressBeforeHandler - 1].reason, reason);
        for (qsizetype i = 0; i + 1 < progressBeforeHandler; ++i)
            QCOMPARE(seen[i].result, FetchResult::Unset);
    }

    void f3_noProgressAfterTheFinalOne()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/slow"_s, slow());
        const RegistrationPtr reg = h.fetch(u"f3"_s, {request(h, u"/slow"_s)});
        QVERIFY(reg);
        const ProgressLog progressLog(reg);
        const QList<Snapshot> &seen = progressLog.seen();
        QTRY_VERIFY(!seen.isEmpty() && seen.last().downloaded > 0);
        QVERIFY(reg->abort().result());
        QTRY_COMPARE(log.kinds(u"f3"_s), QStringList{u"abort"_s});
        const qsizetype final = seen.size();
        QCOMPARE(seen.last().result, FetchResult::Failure);
        QCOMPARE(seen.last().reason, FailureReason::Aborted);
        QVERIFY(barrier(h));
        QCOMPARE(seen.size(), final);
    }

    void f4_recordsAvailableFlipDoesNotEmitProgress()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/f4"_s, literal("four"));
        QPromise<void> hold;
        hold.start();
        qsizetype atHandler = -1;
        const RegistrationPtr reg = h.fetch(u"f4"_s, {request(h, u"/f4"_s)});
        QVERIFY(reg);
        QSignalSpy spy(reg.get(), &BackgroundFetchRegistration::progress);
        QObject context;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, &context,
                [&](BackgroundFetchUpdateUIEvent *event) {
                    if (event->registration() != reg)
                        return; // the barrier's
                    event->waitUntil(hold.future());
                    atHandler = spy.size();
                });
        QTRY_VERIFY(atHandler >= 1);
        QVERIFY(reg->recordsAvailable());
        hold.finish();
        QTRY_VERIFY(!reg->recordsAvailable());
        QCOMPARE(spy.size(), atHandler);
        QVERIFY(barrier(h));
        QCOMPARE(spy.size(), atHandler);
    }

    void f5_resultAndReasonInvariants_data()
    {
        QTest::addColumn<Route>("route");
        QTest::addColumn<bool>("abort");
        QTest::addColumn<FetchResult>("result");
        QTest::addColumn<FailureReason>("reason");
        QTest::newRow("success") << generated(300'000, 30'000) << false << FetchResult::Success << FailureReason::None;
        QTest::newRow("404") << literal("missing", 404) << false << FetchResult::Failure << FailureReason::BadStatus;
        QTest::newRow("abort") << slow() << true << FetchResult::Failure << FailureReason::Aborted;
    }

    void f5_resultAndReasonInvariants()
    {
        QFETCH(Route, route);
        QFETCH(bool, abort);
        QFETCH(FetchResult, result);
        QFETCH(FailureReason, reason);
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/f5"_s, route);
        const RegistrationPtr reg = h.fetch(u"f5"_s, {request(h, u"/f5"_s)});
        QVERIFY(reg);
        QCOMPARE(reg->result(), FetchResult::Unset);
        QCOMPARE(reg->failureReason(), FailureReason::None);
        const ProgressLog progressLog(reg);
        const QList<Snapshot> &seen = progressLog.seen();
        if (abort) {
            QTRY_VERIFY(reg->downloaded() > 0);
            QVERIFY(reg->abort().result());
        }
        QTRY_COMPARE(log.kinds(u"f5"_s).size(), 1);
        for (const Snapshot &s : std::as_const(seen))
            QVERIFY(invariantHolds(s.result, s.reason));
        QCOMPARE(reg->result(), result);
        QCOMPARE(reg->failureReason(), reason);
        QVERIFY(invariantHolds(reg->result(), reg->failureReason()));
    }

    void f6_downloadedCountsRecordsStillRunning()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/slow"_s, slow());
        const RegistrationPtr reg = h.fetch(u"f6"_s, {request(h, u"/slow"_s)});
        QVERIFY(reg);
        const QFuture<QList<BackgroundFetchRecord>> records = reg->matchAll();
        QCOMPARE(records.result().size(), 1);
        const QFuture<FetchResponse> response = records.result().first().responseReady();
        QTRY_VERIFY(reg->downloaded() > 0);
        QVERIFY(!response.isFinished());
        QCOMPARE(reg->result(), FetchResult::Unset);
        QVERIFY(reg->downloaded() < 8'000'000u);
        const RegistrationPtr viaGet = h.manager().get(u"f6"_s).result();
        QVERIFY(viaGet);
        QVERIFY(viaGet->downloaded() > 0);
        QVERIFY(reg->abort().result());
    }

    // F7: the first failure to settle names the registration's failure (the checklist's REC). Chromium instead
    // takes the first failed record in storage order; the "parallel" row tells the two apart.
    void f7_firstFailureToSettleIsTheReason_data()
    {
        QTest::addColumn<bool>("resetFirst");
        QTest::addColumn<int>("parallel");
        QTest::addColumn<FailureReason>("reason");
        QTest::newRow("404 then reset, one at a time") << false << 1 << FailureReason::BadStatus;
        QTest::newRow("reset then 404, one at a time") << true << 1 << FailureReason::FetchError;
        QTest::newRow("slow reset listed first, 404 settles first") << true << 4 << FailureReason::BadStatus;
    }

    void f7_firstFailureToSettleIsTheReason()
    {
        QFETCH(bool, resetFirst);
        QFETCH(int, parallel);
        QFETCH(FailureReason, reason);
        ManagerConfig config;
        config.maxParallelRecords = parallel;
        CoreHarness h(config);
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/missing"_s, literal("no", 404));
        // The reset comes after ~200 ms of body, so the 404 is long settled when the two run side by side.
        Route reset = generated(1'000'000, 1000, 10);
        reset.dropAfterBytes = 20'000;
        reset.dropWithReset = true;
        h.server().setRoute(u"/reset"_s, reset);
        FetchRequest post = request(h, u"/reset"_s);
        post.method = "POST";
        post.body = "payload";
        const FetchRequest missing = request(h, u"/missing"_s);
        const QList<FetchRequest> requests = resetFirst ? QList{post, missing} : QList{missing, post};
        const RegistrationPtr reg = h.fetch(u"f7"_s, requests);
        QVERIFY(reg);
        QTRY_COMPARE(log.kinds(u"f7"_s), QStringList{u"fail"_s});
        QCOMPARE(reg->result(), FetchResult::Failure);
        QCOMPARE(reg->failureReason(), reason);
        QCOMPARE(h.server().requestCount(u"/reset"_s), 1); // a POST is never retried
    }

    void g1_abortResolvesTrueThenFalse()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/slow"_s, slow());
        const RegistrationPtr reg = h.fetch(u"g1"_s, {request(h, u"/slow"_s)});
        QVERIFY(reg);
        const QFuture<bool> first = reg->abort();
        const QFuture<bool> second = reg->abort();
        QTRY_VERIFY(first.isFinished() && second.isFinished());
        QCOMPARE(first.result(), true);
        QCOMPARE(second.result(), false);
    }

    void g2_abortRemovesTheIdAndFiresOnlyTheAbortEvent()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/slow"_s, slow());
        const RegistrationPtr reg = h.fetch(u"g2"_s, {request(h, u"/slow"_s)});
        QVERIFY(reg);
        QTRY_VERIFY(reg->downloaded() > 0);
        QVERIFY(reg->abort().result());
        QVERIFY(!h.manager().getIds().result().contains(u"g2"_s));
        QVERIFY(!h.manager().get(u"g2"_s).result());
        QCOMPARE(reg->result(), FetchResult::Failure);
        QCOMPARE(reg->failureReason(), FailureReason::Aborted);
        QTRY_COMPARE(log.kinds(u"g2"_s), QStringList{u"abort"_s});
        QVERIFY(barrier(h));
        QCOMPARE(log.kinds(u"g2"_s), QStringList{u"abort"_s});
    }

    // G3: the 404 has settled (so the job holds a bad-status failure) and the other record is still running when
    // abort() is called from the 404's own completion; once abort() returned true the outcome is "aborted".
    void g3_abortWinsOverARecordFailure()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/missing"_s, literal("no", 404));
        h.server().setRoute(u"/slow"_s, slow());
        const RegistrationPtr reg = h.fetch(u"g3"_s, {request(h, u"/missing"_s), request(h, u"/slow"_s)});
        QVERIFY(reg);
        const auto missing = reg->match(request(h, u"/missing"_s)).result();
        QVERIFY(missing);
        std::optional<bool> aborted;
        QFutureWatcher<FetchResponse> watcher;
        connect(&watcher, &QFutureWatcherBase::finished, reg.get(), [&] { aborted = reg->abort().result(); });
        watcher.setFuture(missing->responseReady());
        QTRY_VERIFY(aborted);
        QCOMPARE(*aborted, true);
        QCOMPARE(missing->responseReady().result().status, 404);
        QCOMPARE(reg->result(), FetchResult::Failure);
        QCOMPARE(reg->failureReason(), FailureReason::Aborted);
        QTRY_COMPARE(log.kinds(u"g3"_s), QStringList{u"abort"_s});
    }

    void g4_abortInsideTheSuccessHandlerResolvesFalse()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/g4"_s, literal("done"));
        std::optional<QFuture<bool>> aborted;
        QObject context;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, &context,
                [&](BackgroundFetchUpdateUIEvent *event) { aborted = event->registration()->abort(); });
        const RegistrationPtr reg = h.fetch(u"g4"_s, {request(h, u"/g4"_s)});
        QVERIFY(reg);
        QTRY_VERIFY(aborted && aborted->isFinished());
        QCOMPARE(aborted->result(), false);
        QVERIFY(barrier(h));
        QCOMPARE(log.kinds(u"g4"_s), QStringList{u"success"_s});
        QCOMPARE(reg->result(), FetchResult::Success);
        QCOMPARE(reg->failureReason(), FailureReason::None);
    }

    void g5_finishedRecordsKeepTheirResponses()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/small"_s, literal("Background Fetch"));
        h.server().setRoute(u"/slow"_s, slow());
        const RegistrationPtr reg = h.fetch(u"g5"_s, {request(h, u"/small"_s), request(h, u"/slow"_s)});
        QVERIFY(reg);
        const QList<BackgroundFetchRecord> records = reg->matchAll().result();
        QCOMPARE(records.size(), 2);
        QTRY_VERIFY(records[0].responseReady().isFinished());
        QByteArray inHandler;
        QObject context;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchAbort, &context, [&](BackgroundFetchEvent *e) {
            const auto all = e->registration()->matchAll().result();
            if (all.size() == 2 && all[0].responseReady().isFinished())
                inHandler = all[0].responseReady().result().readBody();
        });
        QVERIFY(reg->abort().result());
        QTRY_COMPARE(log.kinds(u"g5"_s), QStringList{u"abort"_s});
        QCOMPARE(inHandler, "Background Fetch"_ba);
        QCOMPARE(records[0].responseReady().result().status, 200);
        QCOMPARE(records[0].responseReady().result().readBody(), "Background Fetch"_ba);
        QTRY_VERIFY(records[1].responseReady().isFinished());
        const auto error = CoreHarness::errorOf(records[1].responseReady());
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::AbortError);
    }

    // G6: the desktop has no separate user-abort path. The window finds the registration by id and calls its
    // abort(), and `ferry abort <id>` (another process) restores it idle and does the same; both are abort().
    void g6_userAbortIsRegistrationAbort_data()
    {
        QTest::addColumn<bool>("otherProcess");
        QTest::newRow("window: get(id) then abort()") << false;
        QTest::newRow("ferry abort: restore(id, Idle) then abort()") << true;
    }

    void g6_userAbortIsRegistrationAbort()
    {
        QFETCH(bool, otherProcess);
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/slow"_s, slow());
        RegistrationPtr reg = h.fetch(u"g6"_s, {request(h, u"/slow"_s)});
        QVERIFY(reg);
        QTRY_VERIFY(reg->downloaded() > 0);
        if (otherProcess) {
            reg.reset();
            h.restart();
            reg = h.manager().restore(u"g6"_s, BackgroundFetchManager::RestoreMode::Idle).result();
        } else {
            reg = h.manager().get(u"g6"_s).result();
        }
        QVERIFY(reg);
        EventLog log(h.manager());
        const int requests = h.server().requestCount(u"/slow"_s);
        QVERIFY(reg->abort().result());
        QTRY_COMPARE(log.kinds(u"g6"_s), QStringList{u"abort"_s});
        QCOMPARE(reg->result(), FetchResult::Failure);
        QCOMPARE(reg->failureReason(), FailureReason::Aborted);
        QVERIFY(!h.manager().getIds().result().contains(u"g6"_s));
        QVERIFY(barrier(h));
        QCOMPARE(h.server().requestCount(u"/slow"_s), requests);
    }

    void g7_abortWhilePausedEndsAtOnce()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/g7"_s, literal("never"));
        FetchOptions options;
        options.startPaused = true;
        const RegistrationPtr reg = h.fetch(u"g7"_s, {request(h, u"/g7"_s)}, options);
        QVERIFY(reg);
        QVERIFY(reg->isPaused());
        QVERIFY(reg->abort().result());
        // Without ever unpausing (the spec's literal reading would wait for that forever).
        QTRY_COMPARE(log.kinds(u"g7"_s), QStringList{u"abort"_s});
        QCOMPARE(reg->failureReason(), FailureReason::Aborted);
        QVERIFY(barrier(h));
        QCOMPARE(h.server().requestCount(u"/g7"_s), 0);
        QCOMPARE(log.kinds(u"g7"_s), QStringList{u"abort"_s});
    }

    void g8_abortClosesTheConnection()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/slow"_s, slow());
        const RegistrationPtr reg = h.fetch(u"g8"_s, {request(h, u"/slow"_s)});
        QVERIFY(reg);
        QTRY_VERIFY(reg->downloaded() > 0);
        QCOMPARE(h.server().openConnections(), 1);
        QVERIFY(reg->abort().result());
        QTRY_COMPARE(h.server().openConnections(), 0);
        const qint64 sent = h.server().bodyBytesSent(u"/slow"_s);
        QVERIFY(sent < 8'000'000);
        QVERIFY(barrier(h));
        QCOMPARE(h.server().requestCount(u"/slow"_s), 1);
        QCOMPARE(h.server().bodyBytesSent(u"/slow"_s), sent);
    }

    // Desktop deviation (DESIGN.md section 2): pause and resume are public on the registration.
    void desktopPause_stopsTraffic()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/slow"_s, slow());
        const RegistrationPtr reg = h.fetch(u"pause"_s, {request(h, u"/slow"_s)});
        QVERIFY(reg);
        QSignalSpy paused(reg.get(), &BackgroundFetchRegistration::pausedChanged);
        QTRY_VERIFY(reg->downloaded() > 0);
        QVERIFY(reg->canPause());
        QVERIFY(!reg->isPaused());
        QVERIFY(reg->pause());
        QVERIFY(reg->isPaused());
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused[0][0].toBool(), true);
        QVERIFY(!reg->pause());
        QCOMPARE(paused.size(), 1);
        QTRY_COMPARE(h.server().openConnections(), 0);
        const qint64 sent = h.server().bodyBytesSent(u"/slow"_s);
        const quint64 downloaded = reg->downloaded();
        QVERIFY(barrier(h));
        QCOMPARE(h.server().bodyBytesSent(u"/slow"_s), sent);
        QCOMPARE(h.server().requestCount(u"/slow"_s), 1);
        QCOMPARE(reg->downloaded(), downloaded);
        QCOMPARE(reg->result(), FetchResult::Unset);
        QVERIFY(h.manager().getIds().result().contains(u"pause"_s));
    }

    void desktopResume_continuesWithRange()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        constexpr qint64 size = 2'000'000;
        // The first answer trickles so the pause lands mid-body; the resumed one is fast.
        h.server().setRouteSequence(u"/file.bin"_s, {generated(size, 8192, 10), generated(size)});
        const RegistrationPtr reg = h.fetch(u"resume"_s, {request(h, u"/file.bin"_s)});
        QVERIFY(reg);
        const QFuture<FetchResponse> response = reg->matchAll().result().first().responseReady();
        QSignalSpy paused(reg.get(), &BackgroundFetchRegistration::pausedChanged);
        QTRY_VERIFY(reg->downloaded() >= 100'000);
        QVERIFY(reg->pause());
        QTRY_COMPARE(h.server().openConnections(), 0);
        QVERIFY(reg->resume());
        QVERIFY(!reg->isPaused());
        QCOMPARE(paused.size(), 2);
        QCOMPARE(paused[1][0].toBool(), false);
        QTRY_COMPARE(log.kinds(u"resume"_s), QStringList{u"success"_s});

        const QList<Request> sent = h.server().requestsFor(u"/file.bin"_s);
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent[0].header("Range").isNull());
        const QByteArray range = sent[1].header("Range");
        QVERIFY2(range.startsWith("bytes=") && range.endsWith('-'), range.constData());
        QVERIFY(range.mid(6, range.size() - 7).toLongLong() > 0);
        QCOMPARE(sent[1].header("If-Range"), "\"v1\""_ba);

        QCOMPARE(reg->downloaded(), quint64(size));
        QVERIFY(response.isFinished());
        QCOMPARE(response.result().size, size);
        QFile file(response.result().filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCryptographicHash sha(QCryptographicHash::Sha256);
        QVERIFY(sha.addData(&file));
        QCOMPARE(sha.result(), TestServer::generatedSha256(size));
    }

    // E20/M3: pausing needs every request to be a GET, since only those resume with Range.
    void desktopPause_refusedForNonGetJobs()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        Route echo;
        echo.echoBody = true;
        h.server().setRoute(u"/put"_s, echo);
        h.server().setRoute(u"/get"_s, literal("get"));
        FetchRequest put = request(h, u"/put"_s);
        put.method = "PUT";
        put.body = "body";
        FetchOptions options;
        options.startPaused = true; // ignored: a job with a PUT cannot be paused, not even at the start
        const RegistrationPtr reg = h.fetch(u"put"_s, {request(h, u"/get"_s), put}, options);
        QVERIFY(reg);
        QSignalSpy paused(reg.get(), &BackgroundFetchRegistration::pausedChanged);
        QVERIFY(!reg->canPause());
        QVERIFY(!reg->isPaused());
        QVERIFY(!reg->pause());
        QVERIFY(!reg->isPaused());
        QCOMPARE(paused.size(), 0);
        QTRY_COMPARE(log.kinds(u"put"_s), QStringList{u"success"_s});
        QCOMPARE(h.server().requestCount(u"/put"_s), 1);
        QVERIFY(!reg->canPause());
        QVERIFY(!reg->resume());
    }

    // C1/M5 on the desktop: "add paused" creates the registration without sending anything.
    void desktopStartPaused_sendsNothingUntilResume()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        EventLog log(h.manager());
        h.server().setRoute(u"/later"_s, literal("later"));
        FetchOptions options;
        options.startPaused = true;
        const RegistrationPtr reg = h.fetch(u"later"_s, {request(h, u"/later"_s)}, options);
        QVERIFY(reg);
        QVERIFY(reg->isPaused());
        QVERIFY(reg->canPause());
        QSignalSpy paused(reg.get(), &BackgroundFetchRegistration::pausedChanged);
        QVERIFY(barrier(h));
        QCOMPARE(h.server().requestCount(u"/later"_s), 0);
        QCOMPARE(reg->result(), FetchResult::Unset);
        QVERIFY(reg->resume());
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused[0][0].toBool(), false);
        QTRY_COMPARE(log.kinds(u"later"_s), QStringList{u"success"_s});
        QCOMPARE(h.server().requestCount(u"/later"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundFetchRegistration)
#include "tst_backgroundfetchregistration.moc"
