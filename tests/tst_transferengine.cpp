#include "transfertestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::TransferTestUtil;

// Checklist section E, driven through the manager API against the loopback TestServer: bodies, bad statuses,
// a failing record among others, the download cap, quota, uploads, encodings, pause and ordering. Resuming with
// Range/If-Range is in tst_transferresume, dropped connections, retries, stalls and redirects in
// tst_transferfaults, file naming and integrity in tst_transfernaming.

class TestTransferEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void e1_okResponseSucceeds_data();
    void e1_okResponseSucceeds();
    void e2_notFoundIsBadStatusWithResponseKept();
    void e3_failingRecordLetsOthersSettle();
    void e12_downloadTotalIsAHardCap_data();
    void e12_downloadTotalIsAHardCap();
    void e12_downloadTotalExceededAbortsOtherRecords();
    void e14_lowDiskIsQuotaExceededAndKeepsPart_data();
    void e14_lowDiskIsQuotaExceededAndKeepsPart();
    void smallBodyIsWrittenWholeWithoutPartFile();
    void smallBodyKeepsItsBytesWhenPaused();
    void e17_uploadedReachesUploadTotal();
    void e18_duplicateUploadsGetTheirOwnResponses();
    void e19_downloadedCountsDecodedBytes();
    void e20_pauseRefusedWhenAnyRequestIsNotGet();
    void e20_pauseAndResumeContinueWithRange();
    void e22_requestsArriveInIndexOrder();
};

void TestTransferEngine::e1_okResponseSucceeds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("generatedSize");
    QTest::newRow("literal") << "Background Fetch"_ba << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("generated 3 MB") << QByteArray() << qint64(3'000'000);
}

void TestTransferEngine::e1_okResponseSucceeds()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, generatedSize);
    CoreHarness h;
    QVERIFY(h.isReady());
    Route route = generatedSize >= 0 ? generated(generatedSize) : literal(body);
    route.etag = "\"e1\""_ba;
    h.server().setRoute(u"/a.bin"_s, route);
    const qint64 size = generatedSize >= 0 ? generatedSize : body.size();
    const QByteArray expectedSha = generatedSize >= 0 ? TestServer::generatedSha256(size) : sha256(body);

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"one"_s, {requestFor(h, u"/a.bin"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QCOMPARE(records.size(), 1);
    QTRY_COMPARE(events.success.size(), 1);
    QCOMPARE(events.fail.size(), 0);
    QCOMPARE(reg->result(), FetchResult::Success);
    QCOMPARE(reg->failureReason(), FailureReason::None);
    QCOMPARE(reg->downloaded(), quint64(size));
    QCOMPARE(recordResult(h, reg, 0), RecordResult::Success);

    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->size, size);
    QCOMPARE(response->header("ETag"), "\"e1\""_ba);
    QCOMPARE(response->filePath, QDir(h.downloads()).filePath(u"a.bin"_s));
    QCOMPARE(TestServer::fileSha256(response->filePath), expectedSha);
    if (generatedSize < 0)
        QCOMPARE(response->readBody(), body);
    QCOMPARE(entries(h.downloads()), QStringList{u"a.bin"_s});
}

void TestTransferEngine::e2_notFoundIsBadStatusWithResponseKept()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    const QByteArray page = "<html>no such page</html>"_ba;
    h.server().setRoute(u"/missing.html"_s, literal(page, 404));

    Events events(h.manager());
    std::optional<FetchResponse> inHandler;
    FailureReason reasonInHandler = FailureReason::None;
    connect(&h.manager(), &BackgroundFetchManager::backgroundFetchFail, this,
            [&inHandler, &reasonInHandler](BackgroundFetchUpdateUIEvent *event) {
                reasonInHandler = event->registration()->failureReason();
                const QList<BackgroundFetchRecord> all = recordsOf(event->registration());
                if (!all.isEmpty())
                    inHandler = responseOf(all.first());
            });
    const RegistrationPtr reg = h.fetch(u"missing"_s, {requestFor(h, u"/missing.html"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.fail.size(), 1);
    QCOMPARE(events.success.size(), 0);
    QCOMPARE(reg->result(), FetchResult::Failure);
    QCOMPARE(reg->failureReason(), FailureReason::BadStatus);
    QCOMPARE(reasonInHandler, FailureReason::BadStatus);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::BadStatus);
    QCOMPARE(h.server().requestCount(u"/missing.html"_s), 1);

    // The response is exposed with its status and body, kept as an error page in the data dir.
    QVERIFY(inHandler);
    QCOMPARE(inHandler->status, 404);
    QCOMPARE(inHandler->readBody(), page);
    QVERIFY2(inHandler->filePath.startsWith(h.dataDir() + u'/'), qPrintable(inHandler->filePath));
    // An error page is not a download: nothing of it lands in the downloads folder.
    QCOMPARE(entries(h.downloads()), QStringList());
}

void TestTransferEngine::e3_failingRecordLetsOthersSettle()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    h.server().setRoute(u"/gone"_s, literal("gone"_ba, 404));
    Route slow = generated(300'000);
    slow.trickleBytes = 15'000;
    slow.trickleIntervalMs = 10;
    h.server().setRoute(u"/slow.bin"_s, slow);

    Events events(h.manager());
    bool slowSettledInHandler = false;
    qint64 slowSizeInHandler = -1;
    QByteArray slowShaInHandler;
    connect(&h.manager(), &BackgroundFetchManager::backgroundFetchFail, this,
            [&](BackgroundFetchUpdateUIEvent *event) {
                const QList<BackgroundFetchRecord> all = recordsOf(event->registration());
                if (all.size() != 2)
                    return;
                slowSettledInHandler = all.at(1).responseReady().isFinished();
                if (const auto response = responseOf(all.at(1))) {
                    slowSizeInHandler = response->size;
                    slowShaInHandler = TestServer::fileSha256(response->filePath);
                }
            });
    const RegistrationPtr reg =
        h.fetch(u"mixed"_s, {requestFor(h, u"/gone"_s), requestFor(h, u"/slow.bin"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.fail.size(), 1);
    QCOMPARE(events.success.size(), 0);
    QCOMPARE(reg->failureReason(), FailureReason::BadStatus);
    QVERIFY(slowSettledInHandler);
    QCOMPARE(slowSizeInHandler, qint64(300'000));
    QCOMPARE(slowShaInHandler, TestServer::generatedSha256(300'000));
    QCOMPARE(recordResult(h, reg, 0), RecordResult::BadStatus);
    QCOMPARE(recordResult(h, reg, 1), RecordResult::Success);
}

void TestTransferEngine::e12_downloadTotalIsAHardCap_data()
{
    QTest::addColumn<quint64>("cap");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("over the cap") << quint64(10) << false;
    QTest::newRow("equal to the cap") << quint64(20) << true;
}

void TestTransferEngine::e12_downloadTotalIsAHardCap()
{
    QFETCH(quint64, cap);
    QFETCH(bool, succeeds);
    CoreHarness h;
    QVERIFY(h.isReady());
    const QByteArray body = "twenty bytes of body"_ba;
    QCOMPARE(body.size(), 20);
    h.server().setRoute(u"/twenty"_s, literal(body));

    Events events(h.manager());
    FetchOptions options;
    options.downloadTotal = cap;
    const RegistrationPtr reg = h.fetch(u"capped"_s, {requestFor(h, u"/twenty"_s)}, options);
    QVERIFY(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    if (succeeds) {
        QCOMPARE(events.success.size(), 1);
        QCOMPARE(reg->downloaded(), quint64(20));
        QCOMPARE(fileContents(QDir(h.downloads()).filePath(u"twenty"_s)), body);
    } else {
        QCOMPARE(events.fail.size(), 1);
        QCOMPARE(reg->failureReason(), FailureReason::DownloadTotalExceeded);
        QCOMPARE(recordResult(h, reg, 0), RecordResult::DownloadTotalExceeded);
        QVERIFY(reg->downloaded() <= cap);
        QCOMPARE(finalFiles(h.downloads()), QStringList());
    }
}

void TestTransferEngine::e12_downloadTotalExceededAbortsOtherRecords()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    h.server().setRoute(u"/twenty"_s, literal("twenty bytes of body"_ba));
    Route stalled;
    stalled.stallHeaders = true;
    h.server().setRoute(u"/stalled"_s, stalled);

    Events events(h.manager());
    FetchOptions options;
    options.downloadTotal = 10;
    const RegistrationPtr reg =
        h.fetch(u"capped"_s, {requestFor(h, u"/twenty"_s), requestFor(h, u"/stalled"_s)}, options);
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QCOMPARE(records.size(), 2);
    QTRY_COMPARE(events.fail.size(), 1);
    QCOMPARE(reg->failureReason(), FailureReason::DownloadTotalExceeded);
    QVERIFY(reg->downloaded() <= 10);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::DownloadTotalExceeded);
    QCOMPARE(recordResult(h, reg, 1), RecordResult::Aborted);
    const auto error = CoreHarness::errorOf(records.at(1).responseReady());
    QVERIFY(error);
    QCOMPARE(error->code(), ErrorCode::AbortError);
    QCOMPARE(finalFiles(h.downloads()), QStringList());
}

void TestTransferEngine::e14_lowDiskIsQuotaExceededAndKeepsPart_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QStringList>("kept");
    // A body small enough to be held in memory never reached the disk: there is nothing to keep.
    QTest::newRow("held in memory") << qint64(100'000) << QStringList();
    QTest::newRow("streamed") << qint64(3'000'000) << QStringList{u"big.bin.part"_s};
}

void TestTransferEngine::e14_lowDiskIsQuotaExceededAndKeepsPart()
{
    QFETCH(qint64, size);
    QFETCH(QStringList, kept);
    EngineConfig engine = CoreHarness::fastEngine();
    engine.diskReserve = qint64(1) << 60; // no disk has this much free, so every write is over quota
    CoreHarness h({}, engine);
    QVERIFY(h.isReady());
    h.server().setRoute(u"/big.bin"_s, generated(size));

    Events events(h.manager());
    FailureReason reasonInHandler = FailureReason::None;
    connect(&h.manager(), &BackgroundFetchManager::backgroundFetchFail, this,
            [&reasonInHandler](BackgroundFetchUpdateUIEvent *event) {
                reasonInHandler = event->registration()->failureReason();
            });
    const RegistrationPtr reg = h.fetch(u"quota"_s, {requestFor(h, u"/big.bin"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.fail.size(), 1);
    QCOMPARE(events.success.size(), 0);
    QCOMPARE(reasonInHandler, FailureReason::QuotaExceeded);
    QCOMPARE(reg->failureReason(), FailureReason::QuotaExceeded);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::QuotaExceeded);
    // The .part file stays, so the job can be resumed once space is free.
    QCOMPARE(entries(h.downloads()), kept);
}

// A body of known length up to EngineConfig::heldBodyLimit stays in memory and lands whole under its final name:
// while it streams, the folder shows nothing, neither the file nor a .part.
void TestTransferEngine::smallBodyIsWrittenWholeWithoutPartFile()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    constexpr qint64 size = 200'000; // under EngineConfig::heldBodyLimit
    Route whole = generated(size);
    Route stalling = whole;
    stalling.stallBodyAfter = 50'000;
    h.server().setRoute(u"/slow.bin"_s, stalling);
    h.server().setRoute(u"/s.bin"_s, whole);
    h.server().setRoute(u"/s2.bin"_s, whole);
    QVERIFY(QFile(QDir(h.downloads()).filePath(u"s.bin"_s)).open(QIODevice::WriteOnly)); // a name that is taken

    Events events(h.manager());
    const RegistrationPtr slow = h.fetch(u"slow"_s, {requestFor(h, u"/slow.bin"_s)});
    QVERIFY(slow);
    QTRY_COMPARE(slow->downloaded(), quint64(50'000));
    QCOMPARE(entries(h.downloads()), QStringList{u"s.bin"_s});
    QVERIFY(slow->abort().result());

    const RegistrationPtr reg = h.fetch(u"small"_s, {requestFor(h, u"/s.bin"_s), requestFor(h, u"/s2.bin"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.success.size(), 1);
    QCOMPARE(entries(h.downloads()), (QStringList{u"s (1).bin"_s, u"s.bin"_s, u"s2.bin"_s}));
    const QString placed = QDir(h.downloads()).filePath(u"s (1).bin"_s);
    QCOMPARE(TestServer::fileSha256(placed), TestServer::generatedSha256(size));
    QCOMPARE(QFileInfo(QDir(h.downloads()).filePath(u"s.bin"_s)).size(), 0);
    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->filePath, placed);
    QCOMPARE(response->size, size);
    QCOMPARE(reg->downloaded(), quint64(2 * size));
}

// A pause keeps the bytes of a held body: they go to a .part file, and the resume asks for the rest with Range.
void TestTransferEngine::smallBodyKeepsItsBytesWhenPaused()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    constexpr qint64 size = 250'000; // under EngineConfig::heldBodyLimit
    constexpr qint64 stallAt = 120'000;
    Route whole = generated(size);
    whole.etag = "\"h1\""_ba;
    Route stalling = whole;
    stalling.stallBodyAfter = stallAt;
    h.server().setRouteSequence(u"/h.bin"_s, {stalling, whole});

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"held"_s, {requestFor(h, u"/h.bin"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(reg->downloaded(), quint64(stallAt));
    QCOMPARE(entries(h.downloads()), QStringList());
    QVERIFY(reg->pause());
    QCOMPARE(entries(h.downloads()), QStringList{u"h.bin.part"_s});
    QCOMPARE(QFileInfo(QDir(h.downloads()).filePath(u"h.bin.part"_s)).size(), stallAt);
    QCOMPARE(reg->downloaded(), quint64(stallAt));

    QVERIFY(reg->resume());
    QTRY_COMPARE(events.success.size(), 1);
    const QList<Request> requests = h.server().requestsFor(u"/h.bin"_s);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).header("Range"), "bytes=120000-"_ba);
    QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"h.bin"_s)), TestServer::generatedSha256(size));
    QCOMPARE(entries(h.downloads()), QStringList{u"h.bin"_s});
}

void TestTransferEngine::e17_uploadedReachesUploadTotal()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    Route echo;
    echo.echoBody = true;
    h.server().setRoute(u"/echo"_s, echo);
    const QByteArray upload = TestServer::generatedBytes(0, 300'000, 7);

    Events events(h.manager());
    quint64 uploadedInHandler = 0;
    quint64 uploadTotalInHandler = 0;
    connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
            [&](BackgroundFetchUpdateUIEvent *event) {
                uploadedInHandler = event->registration()->uploaded();
                uploadTotalInHandler = event->registration()->uploadTotal();
            });
    const RegistrationPtr reg = h.fetch(u"put"_s, {requestFor(h, u"/echo"_s, "PUT"_ba, upload)});
    QVERIFY(reg);
    QCOMPARE(reg->uploadTotal(), quint64(upload.size()));
    QList<quint64> uploads;
    connect(reg.data(), &BackgroundFetchRegistration::progress, this,
            [&uploads, registration = reg.data()] { uploads.append(registration->uploaded()); });
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    QCOMPARE(uploadTotalInHandler, quint64(upload.size()));
    QCOMPARE(uploadedInHandler, uploadTotalInHandler);

    // Progress reported the upload, never beyond uploadTotal and never going back.
    QVERIFY(!uploads.isEmpty());
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        QVERIFY(uploads.at(i) <= reg->uploadTotal());
        if (i > 0)
            QVERIFY(uploads.at(i) >= uploads.at(i - 1));
    }
    QCOMPARE(uploads.constLast(), reg->uploadTotal());

    QCOMPARE(h.server().requestCount(u"/echo"_s), 1);
    QCOMPARE(h.server().requestsFor(u"/echo"_s).first().body, upload);
    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->header("X-Echo-Method"), "PUT"_ba);
    QCOMPARE(sha256(response->readBody()), sha256(upload));
}

void TestTransferEngine::e18_duplicateUploadsGetTheirOwnResponses()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    Route echo;
    echo.echoBody = true;
    h.server().setRoute(u"/echo"_s, echo);

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"posts"_s, {requestFor(h, u"/echo"_s, "POST"_ba, "upload1"_ba),
                                                     requestFor(h, u"/echo"_s, "POST"_ba, "upload2"_ba)});
    QVERIFY(reg);
    QCOMPARE(reg->uploadTotal(), quint64(14));
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QCOMPARE(records.size(), 2);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    QCOMPARE(h.server().requestCount(u"/echo"_s), 2);

    const auto first = responseOf(records.at(0));
    const auto second = responseOf(records.at(1));
    QVERIFY(first && second);
    QCOMPARE(records.at(0).request().body, "upload1"_ba);
    QCOMPARE(first->readBody(), "upload1"_ba);
    QCOMPARE(records.at(1).request().body, "upload2"_ba);
    QCOMPARE(second->readBody(), "upload2"_ba);
    QVERIFY(first->filePath != second->filePath);
}

void TestTransferEngine::e19_downloadedCountsDecodedBytes()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    QByteArray body;
    for (int line = 0; body.size() < 1000; ++line)
        body += "line " + QByteArray::number(line) + " of a body that compresses well\n";
    body.truncate(1000);
    Route route = literal(body);
    route.gzip = true;
    h.server().setRoute(u"/text.txt"_s, route);

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"gzip"_s, {requestFor(h, u"/text.txt"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    // The wire carried fewer bytes than the body has; downloaded counts the decoded body.
    QVERIFY(h.server().bodyBytesSent(u"/text.txt"_s) < 1000);
    QCOMPARE(reg->downloaded(), quint64(1000));
    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->size, qint64(1000));
    QCOMPARE(response->readBody(), body);
}

void TestTransferEngine::e20_pauseRefusedWhenAnyRequestIsNotGet()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    Route stalled;
    stalled.stallHeaders = true; // keeps the registration active while pause is tried
    h.server().setRoute(u"/stalled"_s, stalled);
    Route echo;
    echo.echoBody = true;
    h.server().setRoute(u"/echo"_s, echo);

    Events events(h.manager());
    const RegistrationPtr reg =
        h.fetch(u"mixed"_s, {requestFor(h, u"/stalled"_s), requestFor(h, u"/echo"_s, "PUT"_ba, "body"_ba)});
    QVERIFY(reg);
    QSignalSpy pausedChanged(reg.data(), &BackgroundFetchRegistration::pausedChanged);
    QVERIFY(!reg->canPause());
    QVERIFY(!reg->pause());
    QVERIFY(!reg->isPaused());
    QCOMPARE(pausedChanged.size(), 0);
    QCOMPARE(reg->result(), FetchResult::Unset);

    QVERIFY(reg->abort().result());
    QTRY_COMPARE(events.abort.size(), 1);
}

void TestTransferEngine::e20_pauseAndResumeContinueWithRange()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    constexpr qint64 size = 400'000;
    constexpr qint64 stallAt = 100'000;
    Route whole = generated(size);
    whole.etag = "\"p1\""_ba;
    // The first answer goes quiet after 100000 bytes, so the pause lands at a known offset.
    Route stalling = whole;
    stalling.stallBodyAfter = stallAt;
    h.server().setRouteSequence(u"/p.bin"_s, {stalling, whole});

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"pausable"_s, {requestFor(h, u"/p.bin"_s)});
    QVERIFY(reg);
    QSignalSpy pausedChanged(reg.data(), &BackgroundFetchRegistration::pausedChanged);
    QVERIFY(reg->canPause());
    QTRY_COMPARE(reg->downloaded(), quint64(stallAt));
    QVERIFY(reg->pause());
    QVERIFY(reg->isPaused());
    QCOMPARE(pausedChanged.size(), 1);
    QCOMPARE(pausedChanged.at(0).at(0).toBool(), true);
    QVERIFY(!reg->pause());
    QCOMPARE(h.server().requestCount(u"/p.bin"_s), 1);
    QCOMPARE(reg->result(), FetchResult::Unset);

    QVERIFY(reg->resume());
    QVERIFY(!reg->isPaused());
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    QCOMPARE(pausedChanged.size(), 2);
    const QList<Request> requests = h.server().requestsFor(u"/p.bin"_s);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).header("Range"), "bytes=100000-"_ba);
    QCOMPARE(requests.at(1).header("If-Range"), "\"p1\""_ba);
    QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"p.bin"_s)), TestServer::generatedSha256(size));
    QCOMPARE(reg->downloaded(), quint64(size));
}

void TestTransferEngine::e22_requestsArriveInIndexOrder()
{
    ManagerConfig config;
    config.maxParallelRecords = 1; // one at a time, so that the server sees the order strictly
    CoreHarness h(config);
    QVERIFY(h.isReady());
    QList<FetchRequest> requests;
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        const QString path = u"/item%1"_s.arg(i);
        h.server().setRoute(path, literal("item " + QByteArray::number(i)));
        requests.append(requestFor(h, path));
        paths.append(path);
    }

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"twelve"_s, requests);
    QVERIFY(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    QStringList seen;
    for (const Request &request : h.server().requests())
        seen.append(request.path);
    // Numeric order: "/item10" comes after "/item9", not after "/item1".
    QCOMPARE(seen, paths);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(recordResult(h, reg, i), RecordResult::Success);
}

QTEST_GUILESS_MAIN(TestTransferEngine)
#include "tst_transferengine.moc"
