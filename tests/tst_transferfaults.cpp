#include "transfertestutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::TransferTestUtil;

// Transport faults and how the engine recovers (checklist E4/E5/E11 and DESIGN.md section 3), driven through the
// manager API against the loopback TestServer: connections dropped by FIN or RST, the retry budget for bad
// statuses, Retry-After, stalls, and redirects (chains, the limit, loops, other schemes).

class TestTransferFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void e4e11_droppedGetResumesWithRange_data();
    void e4e11_droppedGetResumesWithRange();
    void e5_droppedNonGetIsFetchErrorWithoutRetry_data();
    void e5_droppedNonGetIsFetchErrorWithoutRetry();
    void redirectChainIsFollowed();
    void redirectLimit_data();
    void redirectLimit();
    void redirectLoopIsFetchError();
    void redirectToOtherSchemeIsFetchError_data();
    void redirectToOtherSchemeIsFetchError();
    void retryAfterIsHonoured();
    void statusRetryBudget_data();
    void statusRetryBudget();
    void stallIsRetried_data();
    void stallIsRetried();
    void endlessStallIsFetchError_data();
    void endlessStallIsFetchError();
    void connectionDroppedEveryMebibyteStillFinishes_data();
    void connectionDroppedEveryMebibyteStillFinishes();
};

void TestTransferFaults::e4e11_droppedGetResumesWithRange_data()
{
    QTest::addColumn<bool>("reset");
    QTest::addColumn<qint64>("size");
    QTest::newRow("FIN") << false << qint64(300'000);
    QTest::newRow("RST") << true << qint64(300'000);
    // Bodies under EngineConfig::heldBodyLimit are kept in memory; a drop puts what came into a .part file.
    QTest::newRow("FIN, held in memory") << false << qint64(200'000);
    QTest::newRow("RST, held in memory") << true << qint64(200'000);
}

// DESIGN.md deviation (E4/E11): a desktop cannot tell "temporarily unavailable" from other network errors, so any
// transport error on a GET is retried with backoff, resuming with Range, instead of failing with fetch-error.
void TestTransferFaults::e4e11_droppedGetResumesWithRange()
{
    QFETCH(bool, reset);
    QFETCH(qint64, size);
    CoreHarness h;
    QVERIFY(h.isReady());
    constexpr qint64 dropAt = 100'000;
    Route whole = generated(size);
    whole.etag = "\"d1\""_ba;
    Route dropping = whole;
    dropping.dropAfterBytes = dropAt;
    dropping.dropWithReset = reset;
    // Trickled, so that what an RST may throw away is at most the last piece.
    dropping.trickleBytes = 20'000;
    dropping.trickleIntervalMs = 10;
    h.server().setRouteSequence(u"/file.bin"_s, {dropping, whole});

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"drop"_s, {requestFor(h, u"/file.bin"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);

    const QList<Request> requests = h.server().requestsFor(u"/file.bin"_s);
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(0).header("Range").isNull());
    const QByteArray range = requests.at(1).header("Range");
    QVERIFY2(range.startsWith("bytes=") && range.endsWith('-'), range.constData());
    const qint64 resumedAt = range.mid(6, range.size() - 7).toLongLong();
    if (reset)
        QVERIFY2(resumedAt > 0 && resumedAt <= dropAt, range.constData());
    else
        QCOMPARE(resumedAt, dropAt);
    QCOMPARE(requests.at(1).header("If-Range"), "\"d1\""_ba);

    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->size, size);
    QCOMPARE(TestServer::fileSha256(response->filePath), TestServer::generatedSha256(size));
    QCOMPARE(reg->downloaded(), quint64(size));
}

void TestTransferFaults::e5_droppedNonGetIsFetchErrorWithoutRetry_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("reset");
    QTest::newRow("POST FIN") << "POST"_ba << false;
    QTest::newRow("POST RST") << "POST"_ba << true;
    QTest::newRow("PUT FIN") << "PUT"_ba << false;
    QTest::newRow("PUT RST") << "PUT"_ba << true;
}

// DESIGN.md: non-GET requests are never retried, so a dropped connection is a fetch-error after one request.
void TestTransferFaults::e5_droppedNonGetIsFetchErrorWithoutRetry()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, reset);
    CoreHarness h;
    QVERIFY(h.isReady());
    Route route;
    route.echoBody = true;
    route.dropAfterBytes = 3;
    route.dropWithReset = reset;
    h.server().setRoute(u"/upload"_s, route);

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"upload"_s, {requestFor(h, u"/upload"_s, method, "0123456789"_ba)});
    QVERIFY(reg);
    QTRY_COMPARE(events.fail.size(), 1);
    QCOMPARE(events.success.size(), 0);
    QCOMPARE(reg->failureReason(), FailureReason::FetchError);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::FetchError);
    QCOMPARE(h.server().requestCount(u"/upload"_s), 1);
    QCOMPARE(finalFiles(h.downloads()), QStringList());
}

void TestTransferFaults::redirectChainIsFollowed()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    Route hop;
    hop.redirectTo = "/hop1"_ba;
    h.server().setRoute(u"/start"_s, hop);
    hop.redirectTo = h.server().url(u"/hop2"_s).toEncoded(); // an absolute Location as well as relative ones
    h.server().setRoute(u"/hop1"_s, hop);
    hop.redirectTo = "/dir/final.bin"_ba;
    h.server().setRoute(u"/hop2"_s, hop);
    h.server().setRoute(u"/dir/final.bin"_s, literal("the final body"_ba));

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"redirect"_s, {requestFor(h, u"/start"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    for (const QString &path : {u"/start"_s, u"/hop1"_s, u"/hop2"_s, u"/dir/final.bin"_s})
        QCOMPARE(h.server().requestCount(path), 1);
    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->url, h.server().url(u"/dir/final.bin"_s));
    QCOMPARE(response->filePath, QDir(h.downloads()).filePath(u"final.bin"_s));
    QCOMPARE(response->readBody(), "the final body"_ba);
}

void TestTransferFaults::redirectLimit_data()
{
    QTest::addColumn<int>("redirects");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("20 redirects") << 20 << true;
    QTest::newRow("21 redirects") << 21 << false;
}

void TestTransferFaults::redirectLimit()
{
    QFETCH(int, redirects);
    QFETCH(bool, succeeds);
    CoreHarness h;
    QVERIFY(h.isReady());
    for (int i = 0; i < redirects; ++i) {
        Route hop;
        hop.redirectTo = "/h" + QByteArray::number(i + 1);
        h.server().setRoute(u"/h%1"_s.arg(i), hop);
    }
    const QString last = u"/h%1"_s.arg(redirects);
    h.server().setRoute(last, literal("arrived"_ba));

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"hops"_s, {requestFor(h, u"/h0"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    if (succeeds) {
        QCOMPARE(events.success.size(), 1);
        QCOMPARE(h.server().requestCount(last), 1);
        QCOMPARE(fileContents(QDir(h.downloads()).filePath(last.mid(1))), "arrived"_ba);
    } else {
        QCOMPARE(events.fail.size(), 1);
        QCOMPARE(reg->failureReason(), FailureReason::FetchError);
        QCOMPARE(recordResult(h, reg, 0), RecordResult::FetchError);
        QCOMPARE(h.server().requestCount(last), 0);
        QCOMPARE(entries(h.downloads()), QStringList());
    }
}

void TestTransferFaults::redirectLoopIsFetchError()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    Route hop;
    hop.redirectTo = "/loopB"_ba;
    h.server().setRoute(u"/loopA"_s, hop);
    hop.redirectTo = "/loopA"_ba;
    h.server().setRoute(u"/loopB"_s, hop);

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"loop"_s, {requestFor(h, u"/loopA"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.fail.size(), 1);
    QCOMPARE(reg->failureReason(), FailureReason::FetchError);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::FetchError);
    // Caught as a loop, well before the limit of 20 redirects.
    QVERIFY(h.server().requests().size() <= 4);
    QCOMPARE(entries(h.downloads()), QStringList());
}

void TestTransferFaults::redirectToOtherSchemeIsFetchError_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("file") << "file:///etc/hostname"_ba;
    QTest::newRow("ftp") << "ftp://127.0.0.1/file.bin"_ba;
    QTest::newRow("data") << "data:text/plain,hello"_ba;
}

void TestTransferFaults::redirectToOtherSchemeIsFetchError()
{
    QFETCH(QByteArray, location);
    CoreHarness h;
    QVERIFY(h.isReady());
    Route hop;
    hop.redirectTo = location;
    h.server().setRoute(u"/elsewhere"_s, hop);

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"scheme"_s, {requestFor(h, u"/elsewhere"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.fail.size(), 1);
    QCOMPARE(reg->failureReason(), FailureReason::FetchError);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::FetchError);
    QCOMPARE(h.server().requestCount(u"/elsewhere"_s), 1);
    QCOMPARE(entries(h.downloads()), QStringList());
}

void TestTransferFaults::retryAfterIsHonoured()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    Route busy = literal("busy"_ba, 503);
    busy.retryAfterSeconds = 1;
    h.server().setRouteSequence(u"/later"_s, {busy, literal("now ready"_ba)});

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"later"_s, {requestFor(h, u"/later"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    QCOMPARE(h.server().requestCount(u"/later"_s), 2);
    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->readBody(), "now ready"_ba);
}

void TestTransferFaults::statusRetryBudget_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedRequests");
    // fastEngine() allows 3 retries: a retryable status is asked 4 times in all.
    QTest::newRow("500") << 500 << 4;
    QTest::newRow("503") << 503 << 4;
    QTest::newRow("429") << 429 << 4;
    QTest::newRow("404") << 404 << 1;
    QTest::newRow("410") << 410 << 1;
    QTest::newRow("403") << 403 << 1;
}

// DESIGN.md deviation: 408/429/5xx are retried with backoff; once the budget is spent the record is bad-status.
void TestTransferFaults::statusRetryBudget()
{
    QFETCH(int, status);
    QFETCH(int, expectedRequests);
    CoreHarness h;
    QVERIFY(h.isReady());
    h.server().setRoute(u"/status"_s, literal("error page " + QByteArray::number(status), status));

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"status"_s, {requestFor(h, u"/status"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.fail.size(), 1);
    QCOMPARE(reg->failureReason(), FailureReason::BadStatus);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::BadStatus);
    QCOMPARE(h.server().requestCount(u"/status"_s), expectedRequests);
    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->readBody(), "error page " + QByteArray::number(status));
}

void TestTransferFaults::stallIsRetried_data()
{
    QTest::addColumn<bool>("inBody");
    QTest::newRow("headers") << false;
    QTest::newRow("body") << true;
}

void TestTransferFaults::stallIsRetried()
{
    QFETCH(bool, inBody);
    CoreHarness h({}, quickStallEngine());
    QVERIFY(h.isReady());
    constexpr qint64 size = 100'000;
    Route whole = generated(size);
    Route stalling = whole;
    if (inBody)
        stalling.stallBodyAfter = 40'000;
    else
        stalling.stallHeaders = true;
    h.server().setRouteSequence(u"/stall.bin"_s, {stalling, whole});

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"stall"_s, {requestFor(h, u"/stall.bin"_s)});
    QVERIFY(reg);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), qsizetype(1), 20000);
    QCOMPARE(events.success.size(), 1);
    const QList<Request> requests = h.server().requestsFor(u"/stall.bin"_s);
    QCOMPARE(requests.size(), 2);
    if (inBody)
        QCOMPARE(requests.at(1).header("Range"), "bytes=40000-"_ba);
    else
        QVERIFY(requests.at(1).header("Range").isNull());
    QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"stall.bin"_s)), TestServer::generatedSha256(size));
}

void TestTransferFaults::endlessStallIsFetchError_data()
{
    stallIsRetried_data();
}

void TestTransferFaults::endlessStallIsFetchError()
{
    QFETCH(bool, inBody);
    CoreHarness h({}, quickStallEngine());
    QVERIFY(h.isReady());
    Route stalling = generated(1'000'000);
    stalling.stallHeaders = true;
    if (inBody) {
        // The first try brings 10000 bytes, which starts the count of tries again; the three after it bring none.
        Route first = generated(1'000'000);
        first.stallBodyAfter = 10'000;
        h.server().setRouteSequence(u"/never.bin"_s, {first, stalling});
    } else {
        h.server().setRoute(u"/never.bin"_s, stalling);
    }

    Events events(h.manager());
    QElapsedTimer elapsed;
    elapsed.start();
    const RegistrationPtr reg = h.fetch(u"never"_s, {requestFor(h, u"/never.bin"_s)});
    QVERIFY(reg);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), qsizetype(1), 20000);
    QCOMPARE(events.fail.size(), 1);
    QCOMPARE(reg->failureReason(), FailureReason::FetchError);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::FetchError);
    // The first attempt and 3 retries, each cut off by the stall timeout. Qt runs that timeout on a coarse timer,
    // which may fire up to 5 % early (2387 ms for four 600 ms timeouts was seen in CI).
    // In the body: the try that brought bytes, then the same four.
    QCOMPARE(h.server().requestCount(u"/never.bin"_s), inBody ? 5 : 4);
    QVERIFY2(elapsed.elapsed() >= 4 * 570, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(finalFiles(h.downloads()), QStringList());
}

void TestTransferFaults::connectionDroppedEveryMebibyteStillFinishes_data()
{
    QTest::addColumn<bool>("reset");
    QTest::addColumn<int>("connections");
    QTest::newRow("FIN, 1 connection") << false << 1;
    QTest::newRow("RST, 1 connection") << true << 1;
    QTest::newRow("FIN, 8 connections") << false << 8;
    QTest::newRow("RST, 8 connections") << true << 8;
}

// Only tries that bring nothing count against the retry budget (3 here): a server that drops every connection
// after 1 MiB gets asked 16 times or more for a 16 MiB file, each time from where the last try stopped.
void TestTransferFaults::connectionDroppedEveryMebibyteStillFinishes()
{
    QFETCH(bool, reset);
    QFETCH(int, connections);
    CoreHarness h;
    QVERIFY(h.isReady());
    constexpr qint64 size = 16 * 1024 * 1024;
    constexpr qint64 mebibyte = 1024 * 1024;
    Route route = generated(size);
    route.etag = "\"every-mebibyte\""_ba;
    route.dropAfterBytes = mebibyte;
    route.dropWithReset = reset;
    h.server().setRoute(u"/drops.bin"_s, route);

    Events events(h.manager());
    FetchOptions options;
    options.connections = connections;
    const RegistrationPtr reg = h.fetch(u"drops"_s, {requestFor(h, u"/drops.bin"_s)}, options);
    QVERIFY(reg);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), qsizetype(1), 60000);
    QCOMPARE(events.success.size(), 1);
    QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"drops.bin"_s)), TestServer::generatedSha256(size));
    const QList<Request> requests = h.server().requestsFor(u"/drops.bin"_s);
    QVERIFY2(requests.size() >= size / mebibyte, qPrintable(QString::number(requests.size())));
    // The record counts them, for the details pane and `ferry show`: every request Ferry sent, so also one whose
    // connection was gone before the server read it (a dropped connection that Qt had already picked for it).
    const int tries = h.store().load(reg->uniqueId())->records.at(0).tries;
    QVERIFY2(tries >= requests.size() && tries <= 2 * requests.size(),
             qPrintable(u"%1 tries, %2 requests"_s.arg(tries).arg(requests.size())));
    const qint64 sent = h.server().bodyBytesSent(u"/drops.bin"_s);
    qInfo("%lld requests, %lld body bytes sent for %lld", qint64(requests.size()), sent, size);
    // Closed cleanly, every byte arrives and is asked for once. An RST throws away what was still in flight (on
    // loopback, up to the socket buffers), which is asked for again; each try still starts further on.
    if (!reset) {
        QCOMPARE(sent, size);
    } else if (connections == 1) {
        qint64 previous = -1;
        for (const Request &request : requests) {
            const QByteArray range = request.header("Range");
            const qint64 start = range.isNull() ? 0 : range.mid(6, range.indexOf('-') - 6).toLongLong();
            QVERIFY2(start > previous, range.constData());
            previous = start;
        }
    }
}

QTEST_GUILESS_MAIN(TestTransferFaults)
#include "tst_transferfaults.moc"
