#include "coreharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

namespace {

constexpr qint64 mib = 1024 * 1024;

Route file(qint64 size, quint32 seed = 0)
{
    Route route;
    route.generatedSize = size;
    route.seed = seed;
    route.etag = "\"v" + QByteArray::number(seed) + '"';
    return route;
}

Route trickling(qint64 size, int bytes, int intervalMs, quint32 seed = 0)
{
    Route route = file(size, seed);
    route.trickleBytes = bytes;
    route.trickleIntervalMs = intervalMs;
    return route;
}

FetchOptions connections(int count)
{
    FetchOptions options;
    options.connections = count;
    return options;
}

// The first byte each request asked for ("bytes=a-b"), or -1 without a Range.
QList<qint64> rangeStarts(const QList<Request> &requests)
{
    QList<qint64> starts;
    for (const Request &request : requests) {
        const QByteArray range = request.header("Range");
        starts.append(range.isNull() ? -1 : range.mid(6, range.indexOf('-') - 6).toLongLong());
    }
    return starts;
}

} // namespace

// Segmented downloads (DESIGN.md section 3): several connections per file, each writing its range in place.
class TestSegments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsAFileOverConnections()
    {
        // Only the first split here: no late stealing of small ranges, which would add requests at random.
        EngineConfig engine = CoreHarness::fastEngine();
        engine.minStealSize = engine.minSegmentSize;
        CoreHarness h({}, engine);
        QVERIFY(h.isReady());
        constexpr qint64 size = 24 * mib + 3;
        h.server().setRoute(u"/big.bin"_s, file(size));
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const RegistrationPtr registration =
            h.fetch(u"big"_s, {FetchRequest(h.server().url(u"/big.bin"_s).toString())}, connections(4));
        QVERIFY(registration);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(registration->downloaded(), quint64(size));
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"big.bin"_s)), TestServer::generatedSha256(size));
        // The first request learns the length; the other quarters are asked for in spans (4 MiB, then the
        // remaining 2 MiB), each span bounded and none asked for twice: together they tile the rest exactly.
        const QList<Request> requests = h.server().requestsFor(u"/big.bin"_s);
        QCOMPARE(requests.size(), 7);
        QVERIFY(requests.first().header("Range").isNull());
        QList<std::pair<qint64, qint64>> spans;
        for (const Request &request : requests.mid(1)) {
            const QByteArray range = request.header("Range");
            const qsizetype dash = range.indexOf('-');
            spans.append({range.mid(6, dash - 6).toLongLong(), range.mid(dash + 1).toLongLong()});
            QCOMPARE(request.header("If-Range"), QByteArray("\"v0\""));
        }
        // They go out over several connections at once, so they may arrive in any order.
        std::sort(spans.begin(), spans.end());
        QCOMPARE(spans.first().first, size / 4);
        for (qsizetype i = 1; i < spans.size(); ++i)
            QCOMPARE(spans.at(i).first, spans.at(i - 1).second + 1);
        QCOMPARE(spans.last().second, size - 1);
        for (const qint64 quarter : {size / 4, size / 2, size * 3 / 4}) {
            QVERIFY(std::any_of(spans.cbegin(), spans.cend(), [&](const auto &span) {
                return span.first == quarter && span.second == quarter + engine.minStealSize - 1;
            }));
        }
        // Nothing of the segmentation is left behind once the file is complete.
        QVERIFY(h.store().findNewest(u"big"_s)->records.first().segments.isEmpty());
        QVERIFY(!QFile::exists(QDir(h.downloads()).filePath(u"big.bin.part"_s)));
    }

    void oneStreamWithoutRangeSupportOrForSmallFiles_data()
    {
        QTest::addColumn<bool>("acceptRanges");
        QTest::addColumn<qint64>("size");
        QTest::newRow("no Accept-Ranges") << false << 24 * mib;
        QTest::newRow("small file") << true << 5 * mib;
    }
    void oneStreamWithoutRangeSupportOrForSmallFiles()
    {
        QFETCH(bool, acceptRanges);
        QFETCH(qint64, size);
        CoreHarness h;
        QVERIFY(h.isReady());
        Route route = file(size);
        route.acceptRanges = acceptRanges;
        h.server().setRoute(u"/one.bin"_s, route);
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QVERIFY(h.fetch(u"one"_s, {FetchRequest(h.server().url(u"/one.bin"_s).toString())}, connections(8)));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(h.server().requestCount(u"/one.bin"_s), 1);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"one.bin"_s)), TestServer::generatedSha256(size));
    }

    void freeConnectionsTakeOverHalfOfTheLargestRange()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 size = 32 * mib;
        // The first range request crawls; everything else is fast, so the others finish and take over its work.
        h.server().setRouteSequence(u"/steal.bin"_s, {file(size), trickling(size, 64 * 1024, 50), file(size),
                                                      file(size)});
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QVERIFY(h.fetch(u"steal"_s, {FetchRequest(h.server().url(u"/steal.bin"_s).toString())}, connections(3)));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"steal.bin"_s)), TestServer::generatedSha256(size));
        const QList<Request> requests = h.server().requestsFor(u"/steal.bin"_s);
        const QList<qint64> starts = rangeStarts(requests);
        QVERIFY2(starts.size() > 3, qPrintable(QString::number(starts.size())));
        // The second request to arrive got the crawling answer, for the first span of its third of the file.
        // Later requests take over the rest of that third, but never a byte of the span it had asked for: those
        // were on their way, and asking again would fetch them twice.
        const QByteArray slow = requests[1].header("Range");
        const qint64 slowStart = starts[1];
        const qint64 slowEnd = slow.mid(slow.indexOf('-') + 1).toLongLong();
        const qint64 thirdEnd = slowStart < size * 2 / 3 ? size * 2 / 3 : size;
        bool stolen = false;
        for (qint64 start : starts.mid(3)) {
            QVERIFY2(start <= slowStart || start > slowEnd, qPrintable(QString::number(start)));
            stolen = stolen || (start > slowEnd && start < thirdEnd);
        }
        QVERIFY(stolen);
    }

    // Near the end a free connection takes over half of a range smaller than the first split allows (8 MiB here,
    // two 4 MiB segments), so a crawling last range does not hold the whole file back.
    void lastRangesAreSplitSmallerThanTheFirst()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 size = 8 * mib;
        h.server().setRouteSequence(u"/tail.bin"_s, {file(size), trickling(size, 64 * 1024, 50), file(size)});
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QVERIFY(h.fetch(u"tail"_s, {FetchRequest(h.server().url(u"/tail.bin"_s).toString())}, connections(2)));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"tail.bin"_s)), TestServer::generatedSha256(size));
        const QList<qint64> starts = rangeStarts(h.server().requestsFor(u"/tail.bin"_s));
        // Two segments of 4 MiB, then at least one more request: a free connection took over part of the crawling
        // range, which started at the middle. With only the first split's 4 MiB minimum there would be no third.
        QVERIFY2(starts.size() >= 3, qPrintable(QString::number(starts.size())));
        QCOMPARE(starts[1], size / 2);
        QVERIFY(std::all_of(starts.cbegin() + 2, starts.cend(), [](qint64 start) { return start > size / 2 && start < size; }));
    }

    void pauseKeepsEverySegmentAndResumeFinishesThem()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 size = 16 * mib;
        h.server().setRoute(u"/p.bin"_s, trickling(size, 128 * 1024, 10));
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const RegistrationPtr registration =
            h.fetch(u"p"_s, {FetchRequest(h.server().url(u"/p.bin"_s).toString())}, connections(4));
        QVERIFY(registration);
        QTRY_VERIFY_WITH_TIMEOUT(registration->downloaded() > 4 * mib, 20000);
        QVERIFY(registration->pause());
        const QList<SegmentData> stored = h.store().findActive(u"p"_s)->records.first().segments;
        QCOMPARE(stored.size(), 4);
        qint64 storedBytes = 0;
        for (const SegmentData &segment : stored) {
            QVERIFY(segment.done > 0);
            storedBytes += segment.done;
        }
        QCOMPARE(quint64(storedBytes), registration->downloaded());
        const int before = h.server().requestCount(u"/p.bin"_s);
        h.server().setRoute(u"/p.bin"_s, file(size));
        QVERIFY(registration->resume());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"p.bin"_s)), TestServer::generatedSha256(size));
        // Every segment continued where it stopped, with a bounded Range and If-Range. The four resumptions go
        // out first; a connection that finishes early may then take over half of a range still to do.
        const QList<Request> resumed = h.server().requestsFor(u"/p.bin"_s).mid(before);
        QVERIFY2(resumed.size() >= 4, qPrintable(QString::number(resumed.size())));
        QList<qint64> expected;
        for (const SegmentData &segment : stored)
            expected.append(segment.position());
        QList<qint64> starts = rangeStarts(resumed.mid(0, 4));
        std::sort(starts.begin(), starts.end());
        QCOMPARE(starts, expected);
        for (const Request &request : resumed)
            QCOMPARE(request.header("If-Range"), QByteArray("\"v0\""));
    }

    void segmentsSurviveARestart()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 size = 12 * mib;
        h.server().setRoute(u"/r.bin"_s, trickling(size, 64 * 1024, 10));
        RegistrationPtr registration =
            h.fetch(u"r"_s, {FetchRequest(h.server().url(u"/r.bin"_s).toString())}, connections(3));
        QVERIFY(registration);
        QTRY_VERIFY_WITH_TIMEOUT(registration->downloaded() > 3 * mib, 20000);
        registration.reset();
        h.restart();
        h.server().setRoute(u"/r.bin"_s, file(size));
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        h.manager().restoreActive();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"r.bin"_s)), TestServer::generatedSha256(size));
    }

    void aChangedFileIsFetchedAgainNotSpliced()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 size = 16 * mib;
        h.server().setRoute(u"/c.bin"_s, trickling(size, 64 * 1024, 10, 1));
        // As soon as the first range request arrives, the file changes: a new version with a new ETag.
        bool changed = false;
        connect(&h.server(), &TestServer::requestReceived, this, [&](const QString &path) {
            if (path == u"/c.bin" && !changed && h.server().requestCount(u"/c.bin"_s) >= 1) {
                changed = true;
                h.server().setRoute(u"/c.bin"_s, file(size, 2));
            }
        });
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QVERIFY(h.fetch(u"c"_s, {FetchRequest(h.server().url(u"/c.bin"_s).toString())}, connections(4)));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY(changed);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"c.bin"_s)), TestServer::generatedSha256(size, 2));
    }

    void connectionsPerHostAreLimited_data()
    {
        QTest::addColumn<int>("connectionsPerFile");
        QTest::addColumn<int>("expectedMost");
        // The per-host limit holds across registrations...
        QTest::newRow("one per file") << 1 << 2;
        // ...but a file for which the user asked for more connections gets them.
        QTest::newRow("four per file") << 4 << 4;
    }
    void connectionsPerHostAreLimited()
    {
        QFETCH(int, connectionsPerFile);
        QFETCH(int, expectedMost);
        // No late stealing: each stolen range is a new request on a new connection, which the server can accept
        // before it has seen the close of the one just finished, and would count twice.
        EngineConfig engine = CoreHarness::fastEngine();
        engine.minStealSize = engine.minSegmentSize;
        CoreHarness h({}, engine);
        QVERIFY(h.isReady());
        h.manager().setConnectionLimits(2, 32);
        constexpr qint64 size = 24 * mib;
        const QStringList names{u"a"_s, u"b"_s, u"c"_s};
        for (int i = 0; i < names.size(); ++i) {
            // Connection: close, so each request has a connection of its own, and the server's count of the ones
            // it is serving is the count of requests under way.
            Route route = trickling(size, 256 * 1024, 5, quint32(i));
            route.headers = {{"Connection", "close"}};
            h.server().setRoute(u"/%1.bin"_s.arg(names[i]), route);
        }
        // Counted a moment after each request: a connection Ferry has just aborted (a first, open-ended GET that
        // reached the next segment) is closed by Qt's HTTP thread a little later, and the server may read the next
        // request first. Those that still serve 100 ms on were serving at the same time as it.
        int most = 0;
        QObject checks; // ends the pending checks before `most` goes
        connect(&h.server(), &TestServer::requestReceived, &checks, [&] {
            const QSet<quint64> serving = h.server().servingConnections();
            QTimer::singleShot(100, &checks, [&, serving] {
                most = std::max(most, int(QSet<quint64>(serving).intersect(h.server().servingConnections()).size()));
            });
        });
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        for (const QString &name : names) {
            const QString url = h.server().url(u"/%1.bin"_s.arg(name)).toString();
            QVERIFY(h.fetch(name, {FetchRequest(url)}, connections(connectionsPerFile)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 30000);
        QTest::qWait(150); // the last checks
        QVERIFY2(most <= expectedMost, qPrintable(QString::number(most)));
        QVERIFY(most >= 2);
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(names[i] + u".bin"_s)),
                     TestServer::generatedSha256(size, quint32(i)));
    }

    void downloadTotalCountsEveryConnection()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/t.bin"_s, file(20 * mib));
        FetchOptions options = connections(4);
        options.downloadTotal = 10 * mib;
        QSignalSpy failed(&h.manager(), &BackgroundFetchManager::backgroundFetchFail);
        const RegistrationPtr registration =
            h.fetch(u"t"_s, {FetchRequest(h.server().url(u"/t.bin"_s).toString())}, options);
        QVERIFY(registration);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(registration->failureReason(), FailureReason::DownloadTotalExceeded);
        QVERIFY(registration->downloaded() <= quint64(10 * mib));
        QVERIFY(QDir(h.downloads()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
