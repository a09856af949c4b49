#include "coreharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Ferry;
using namespace FerryTest;

// Checklist section E and the engine behaviours of DESIGN.md section 3, driven through the manager API against the
// loopback TestServer: bodies, bad statuses, resume with Range/If-Range, retries, caps, quota, uploads, encodings,
// pause, ordering, redirects, file naming and integrity.

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// Files that are not unfinished .part files: what a user would take for a finished download.
QStringList finalFiles(const QString &dir)
{
    QStringList names = entries(dir);
    names.removeIf([](const QString &name) { return name.endsWith(u".part"_s); });
    return names;
}

Route generated(qint64 size, quint32 seed = 0)
{
    Route route;
    route.generatedSize = size;
    route.seed = seed;
    return route;
}

Route literal(const QByteArray &body, int status = 200)
{
    Route route;
    route.body = body;
    route.status = status;
    return route;
}

FetchRequest requestFor(CoreHarness &h, const QString &path, const QByteArray &method = "GET"_ba,
                        const QByteArray &body = {})
{
    FetchRequest request(h.server().url(path).toString());
    request.method = method;
    request.body = body;
    return request;
}

// The records of a registration, taken while they are available (they go once the completion event is over).
QList<BackgroundFetchRecord> recordsOf(const RegistrationPtr &registration)
{
    const QFuture<QList<BackgroundFetchRecord>> all = registration->matchAll();
    if (!all.isFinished() || CoreHarness::errorOf(all))
        return {};
    return all.result();
}

// The exposed response of a settled record, or nothing when the record is pending or has none.
std::optional<FetchResponse> responseOf(const BackgroundFetchRecord &record)
{
    const QFuture<FetchResponse> future = record.responseReady();
    if (!future.isFinished() || CoreHarness::errorOf(future) || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

RecordResult recordResult(CoreHarness &h, const RegistrationPtr &registration, int index)
{
    const std::optional<RegistrationData> data = h.manager().details(registration->uniqueId());
    if (!data || index >= data->records.size())
        return RecordResult::Pending;
    return data->records.at(index).result;
}

// The completion events one manager delivers.
struct Events
{
    explicit Events(BackgroundFetchManager &manager)
        : success(&manager, &BackgroundFetchManager::backgroundFetchSuccess),
          fail(&manager, &BackgroundFetchManager::backgroundFetchFail),
          abort(&manager, &BackgroundFetchManager::backgroundFetchAbort)
    {
    }
    qsizetype count() const { return success.size() + fail.size() + abort.size(); }

    QSignalSpy success;
    QSignalSpy fail;
    QSignalSpy abort;
};

// An engine whose stall timeout is short, so that stalls that never end fail within a second or two per attempt.
EngineConfig quickStallEngine()
{
    EngineConfig config = CoreHarness::fastEngine();
    config.stallTimeout = 600ms;
    return config;
}

const QByteArray lastModified1 = "Wed, 21 Oct 2015 07:28:00 GMT"_ba;
const QByteArray lastModified2 = "Thu, 22 Oct 2015 09:00:00 GMT"_ba;

} // namespace

class TestTransferEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void e1_okResponseSucceeds_data();
    void e1_okResponseSucceeds();
    void e2_notFoundIsBadStatusWithResponseKept();
    void e3_failingRecordLetsOthersSettle();
    void e4e11_droppedGetResumesWithRange_data();
    void e4e11_droppedGetResumesWithRange();
    void e5_droppedNonGetIsFetchErrorWithoutRetry_data();
    void e5_droppedNonGetIsFetchErrorWithoutRetry();
    void e6_retrySendsRangeAndIfRange_data();
    void e6_retrySendsRangeAndIfRange();
    void e7_badPartialResponseIsFetchError_data();
    void e7_badPartialResponseIsFetchError();
    void e8_changedValidatorRestartsFromZero_data();
    void e8_changedValidatorRestartsFromZero();
    void e8_changedCompleteLengthIsFetchError();
    void e9_shortPartialResponsesLoopToTheEnd();
    void e10_ignoredRangeStartsOver();
    void e12_downloadTotalIsAHardCap_data();
    void e12_downloadTotalIsAHardCap();
    void e12_downloadTotalExceededAbortsOtherRecords();
    void e14_lowDiskIsQuotaExceededAndKeepsPart();
    void e17_uploadedReachesUploadTotal();
    void e18_duplicateUploadsGetTheirOwnResponses();
    void e19_downloadedCountsDecodedBytes();
    void e20_pauseRefusedWhenAnyRequestIsNotGet();
    void e20_pauseAndResumeContinueWithRange();
    void e22_requestsArriveInIndexOrder();
    void redirectChainIsFollowed();
    void redirectLimit_data();
    void redirectLimit();
    void redirectLoopIsFetchError();
    void redirectToOtherSchemeIsFetchError_data();
    void redirectToOtherSchemeIsFetchError();
    void contentDispositionNameIsUsedAndSanitised_data();
    void contentDispositionNameIsUsedAndSanitised();
    void existingFileIsNeverOverwritten();
    void sameUrlTwiceGivesTwoFiles();
    void retryAfterIsHonoured();
    void statusRetryBudget_data();
    void statusRetryBudget();
    void stallIsRetried_data();
    void stallIsRetried();
    void endlessStallIsFetchError_data();
    void endlessStallIsFetchError();
    void integrityIsCheckedBeforeRename_data();
    void integrityIsCheckedBeforeRename();
};

void TestTransferEngine::e1_okResponseSucceeds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("generatedSize");
    QTest::newRow("literal") << "Background Fetch"_ba << qint64(-1);
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
    QCOMPARE(fileSha256(response->filePath), expectedSha);
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
                    slowShaInHandler = fileSha256(response->filePath);
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

void TestTransferEngine::e4e11_droppedGetResumesWithRange_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("FIN") << false;
    QTest::newRow("RST") << true;
}

// DESIGN.md deviation (E4/E11): a desktop cannot tell "temporarily unavailable" from other network errors, so any
// transport error on a GET is retried with backoff, resuming with Range, instead of failing with fetch-error.
void TestTransferEngine::e4e11_droppedGetResumesWithRange()
{
    QFETCH(bool, reset);
    CoreHarness h;
    QVERIFY(h.isReady());
    constexpr qint64 size = 300'000;
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
    QCOMPARE(fileSha256(response->filePath), TestServer::generatedSha256(size));
    QCOMPARE(reg->downloaded(), quint64(size));
}

void TestTransferEngine::e5_droppedNonGetIsFetchErrorWithoutRetry_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("reset");
    QTest::newRow("POST FIN") << "POST"_ba << false;
    QTest::newRow("POST RST") << "POST"_ba << true;
    QTest::newRow("PUT FIN") << "PUT"_ba << false;
    QTest::newRow("PUT RST") << "PUT"_ba << true;
}

// DESIGN.md: non-GET requests are never retried, so a dropped connection is a fetch-error after one request.
void TestTransferEngine::e5_droppedNonGetIsFetchErrorWithoutRetry()
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

void TestTransferEngine::e6_retrySendsRangeAndIfRange_data()
{
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("lastModified");
    QTest::addColumn<QByteArray>("expectedIfRange");
    QTest::newRow("strong ETag") << "\"v1\""_ba << QByteArray() << "\"v1\""_ba;
    QTest::newRow("strong ETag wins over Last-Modified") << "\"v1\""_ba << lastModified1 << "\"v1\""_ba;
    QTest::newRow("Last-Modified only") << QByteArray() << lastModified1 << lastModified1;
    QTest::newRow("weak ETag falls back to Last-Modified") << "W/\"v1\""_ba << lastModified1 << lastModified1;
}

void TestTransferEngine::e6_retrySendsRangeAndIfRange()
{
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, lastModified);
    QFETCH(QByteArray, expectedIfRange);
    CoreHarness h;
    QVERIFY(h.isReady());
    constexpr qint64 size = 120'000;
    Route whole = generated(size);
    whole.etag = etag;
    whole.lastModified = lastModified;
    Route dropping = whole;
    dropping.dropAfterBytes = 50'000;
    h.server().setRouteSequence(u"/r.bin"_s, {dropping, whole});

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"range"_s, {requestFor(h, u"/r.bin"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);

    const QList<Request> requests = h.server().requestsFor(u"/r.bin"_s);
    QCOMPARE(requests.size(), 2);
    // The first attempt has no Range, so that a content encoding stays usable.
    QVERIFY(requests.at(0).header("Range").isNull());
    QVERIFY(requests.at(0).header("If-Range").isNull());
    QCOMPARE(requests.at(1).header("Range"), "bytes=50000-"_ba);
    QCOMPARE(requests.at(1).header("If-Range"), expectedIfRange);
    QCOMPARE(fileSha256(QDir(h.downloads()).filePath(u"r.bin"_s)), TestServer::generatedSha256(size));
}

void TestTransferEngine::e7_badPartialResponseIsFetchError_data()
{
    QTest::addColumn<bool>("plain206");
    QTest::addColumn<QByteArray>("contentRange");
    QTest::newRow("missing Content-Range") << true << QByteArray();
    QTest::newRow("garbage") << false << "garbage"_ba;
    QTest::newRow("unsatisfied form on a 206") << false << "bytes */120000"_ba;
    QTest::newRow("last before first") << false << "bytes 119999-50000/120000"_ba;
    QTest::newRow("wrong start") << false << "bytes 0-119999/120000"_ba;
    QTest::newRow("start past the one asked") << false << "bytes 60000-119999/120000"_ba;
}

void TestTransferEngine::e7_badPartialResponseIsFetchError()
{
    QFETCH(bool, plain206);
    QFETCH(QByteArray, contentRange);
    CoreHarness h;
    QVERIFY(h.isReady());
    Route first = generated(120'000);
    first.dropAfterBytes = 50'000;
    Route second = generated(120'000);
    if (plain206)
        second.status = 206; // scripted status: the server sends the whole body without any Content-Range
    else
        second.headers = {{"Content-Range"_ba, contentRange}};
    h.server().setRouteSequence(u"/p.bin"_s, {first, second});

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"partial"_s, {requestFor(h, u"/p.bin"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.fail.size(), 1);
    QCOMPARE(events.success.size(), 0);
    QCOMPARE(reg->failureReason(), FailureReason::FetchError);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::FetchError);
    QCOMPARE(h.server().requestCount(u"/p.bin"_s), 2);
    QCOMPARE(h.server().requestsFor(u"/p.bin"_s).at(1).header("Range"), "bytes=50000-"_ba);
    QCOMPARE(entries(h.downloads()), QStringList());
}

void TestTransferEngine::e8_changedValidatorRestartsFromZero_data()
{
    QTest::addColumn<QByteArray>("oldEtag");
    QTest::addColumn<QByteArray>("newEtag");
    QTest::addColumn<QByteArray>("oldLastModified");
    QTest::addColumn<QByteArray>("newLastModified");
    QTest::newRow("ETag") << "\"a\""_ba << "\"b\""_ba << QByteArray() << QByteArray();
    QTest::newRow("Last-Modified") << QByteArray() << QByteArray() << lastModified1 << lastModified2;
}

// DESIGN.md section 3: a 206 from another version of the file is never spliced onto the old bytes. The spec's
// fetch-error is replaced by what it allows as well: start again from zero, so the file is the new version whole.
void TestTransferEngine::e8_changedValidatorRestartsFromZero()
{
    QFETCH(QByteArray, oldEtag);
    QFETCH(QByteArray, newEtag);
    QFETCH(QByteArray, oldLastModified);
    QFETCH(QByteArray, newLastModified);
    CoreHarness h;
    QVERIFY(h.isReady());
    constexpr qint64 size = 120'000;
    Route oldVersion = generated(size, 1);
    oldVersion.etag = oldEtag;
    oldVersion.lastModified = oldLastModified;
    oldVersion.dropAfterBytes = 50'000;
    // Old validators, so that If-Range lets a 206 through, but the headers it sends name the new version.
    Route changedPartial = generated(size, 2);
    changedPartial.etag = oldEtag;
    changedPartial.lastModified = oldLastModified;
    if (!newEtag.isEmpty())
        changedPartial.headers.append({"ETag"_ba, newEtag});
    if (!newLastModified.isEmpty())
        changedPartial.headers.append({"Last-Modified"_ba, newLastModified});
    Route newVersion = generated(size, 2);
    newVersion.etag = newEtag;
    newVersion.lastModified = newLastModified;
    h.server().setRouteSequence(u"/v.bin"_s, {oldVersion, changedPartial, newVersion});

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"changed"_s, {requestFor(h, u"/v.bin"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);

    const QList<Request> requests = h.server().requestsFor(u"/v.bin"_s);
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).header("Range"), "bytes=50000-"_ba);
    QVERIFY(requests.at(2).header("Range").isNull());
    const QString path = QDir(h.downloads()).filePath(u"v.bin"_s);
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(fileSha256(path), TestServer::generatedSha256(size, 2));
    QCOMPARE(reg->downloaded(), quint64(size));
}

void TestTransferEngine::e8_changedCompleteLengthIsFetchError()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    Route first = generated(120'000);
    first.etag = "\"same\""_ba;
    first.dropAfterBytes = 50'000;
    Route second = generated(120'000);
    second.etag = "\"same\""_ba;
    second.headers = {{"Content-Range"_ba, "bytes 50000-119999/130000"_ba}};
    h.server().setRouteSequence(u"/len.bin"_s, {first, second});

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"length"_s, {requestFor(h, u"/len.bin"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.fail.size(), 1);
    QCOMPARE(reg->failureReason(), FailureReason::FetchError);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::FetchError);
    QCOMPARE(h.server().requestCount(u"/len.bin"_s), 2);
    QCOMPARE(entries(h.downloads()), QStringList());
}

void TestTransferEngine::e9_shortPartialResponsesLoopToTheEnd()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    Route route = generated(200);
    route.dropAfterBytes = 100; // every response stops after 100 bytes
    h.server().setRoute(u"/half"_s, route);

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"halves"_s, {requestFor(h, u"/half"_s)});
    QVERIFY(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    const QList<Request> requests = h.server().requestsFor(u"/half"_s);
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(0).header("Range").isNull());
    QCOMPARE(requests.at(1).header("Range"), "bytes=100-"_ba);
    QCOMPARE(fileContents(QDir(h.downloads()).filePath(u"half"_s)), TestServer::generatedBytes(0, 200));
    QCOMPARE(reg->downloaded(), quint64(200));
}

void TestTransferEngine::e10_ignoredRangeStartsOver()
{
    // A long first backoff keeps the dropped attempt's count on show long enough for a progress signal to carry it.
    EngineConfig engine = CoreHarness::fastEngine();
    engine.retry.baseDelay = 400ms;
    engine.retry.maxDelay = 1000ms;
    CoreHarness h({}, engine);
    QVERIFY(h.isReady());
    constexpr qint64 size = 200'000;
    Route first = generated(size);
    first.dropAfterBytes = 150'000;
    Route ignoring = generated(size);
    ignoring.honourRange = false;
    ignoring.trickleBytes = 5'000; // slow, so that progress shows the count climbing again from zero
    ignoring.trickleIntervalMs = 10;
    h.server().setRouteSequence(u"/full.bin"_s, {first, ignoring});

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"ignore"_s, {requestFor(h, u"/full.bin"_s)});
    QVERIFY(reg);
    QList<quint64> seen;
    connect(reg.data(), &BackgroundFetchRegistration::progress, this,
            [&seen, registration = reg.data()] { seen.append(registration->downloaded()); });
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), qsizetype(1), 10000);
    QCOMPARE(events.success.size(), 1);

    const QList<Request> requests = h.server().requestsFor(u"/full.bin"_s);
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests.at(1).header("Range").isNull());
    bool wentDown = false;
    for (qsizetype i = 1; i < seen.size(); ++i)
        wentDown = wentDown || seen.at(i) < seen.at(i - 1);
    QVERIFY2(wentDown, qPrintable(u"downloaded never went down: %1"_s.arg(
                           [&seen] {
                               QStringList numbers;
                               for (const quint64 value : seen)
                                   numbers.append(QString::number(value));
                               return numbers.join(u", "_s);
                           }())));
    QCOMPARE(seen.constLast(), quint64(size));
    const QString path = QDir(h.downloads()).filePath(u"full.bin"_s);
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(fileSha256(path), TestServer::generatedSha256(size));
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

void TestTransferEngine::e14_lowDiskIsQuotaExceededAndKeepsPart()
{
    EngineConfig engine = CoreHarness::fastEngine();
    engine.diskReserve = qint64(1) << 60; // no disk has this much free, so every write is over quota
    CoreHarness h({}, engine);
    QVERIFY(h.isReady());
    h.server().setRoute(u"/big.bin"_s, generated(100'000));

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
    QCOMPARE(entries(h.downloads()), QStringList{u"big.bin.part"_s});
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
    QCOMPARE(fileSha256(QDir(h.downloads()).filePath(u"p.bin"_s)), TestServer::generatedSha256(size));
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

void TestTransferEngine::redirectChainIsFollowed()
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

void TestTransferEngine::redirectLimit_data()
{
    QTest::addColumn<int>("redirects");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("20 redirects") << 20 << true;
    QTest::newRow("21 redirects") << 21 << false;
}

void TestTransferEngine::redirectLimit()
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

void TestTransferEngine::redirectLoopIsFetchError()
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

void TestTransferEngine::redirectToOtherSchemeIsFetchError_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("file") << "file:///etc/hostname"_ba;
    QTest::newRow("ftp") << "ftp://127.0.0.1/file.bin"_ba;
    QTest::newRow("data") << "data:text/plain,hello"_ba;
}

void TestTransferEngine::redirectToOtherSchemeIsFetchError()
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

void TestTransferEngine::contentDispositionNameIsUsedAndSanitised_data()
{
    QTest::addColumn<QByteArray>("disposition");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("plain") << "attachment; filename=\"report.pdf\""_ba << u"report.pdf"_s;
    QTest::newRow("traversal") << "attachment; filename=\"../../evil.txt\""_ba << u"evil.txt"_s;
    QTest::newRow("RFC 5987") << "attachment; filename*=UTF-8''na%C3%AFve.txt"_ba << u"na\u00efve.txt"_s;
}

void TestTransferEngine::contentDispositionNameIsUsedAndSanitised()
{
    QFETCH(QByteArray, disposition);
    QFETCH(QString, expectedName);
    CoreHarness h;
    QVERIFY(h.isReady());
    Route route = literal("named body"_ba);
    route.headers = {{"Content-Disposition"_ba, disposition}};
    h.server().setRoute(u"/download"_s, route);
    const QString root = QFileInfo(h.downloads()).absolutePath();
    const QString outside = QDir::cleanPath(h.downloads() + u"/../../evil.txt"_s);
    const bool outsideExisted = QFileInfo::exists(outside);

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"named"_s, {requestFor(h, u"/download?id=1"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->filePath, QDir(h.downloads()).filePath(expectedName));
    QCOMPARE(response->readBody(), "named body"_ba);
    QCOMPARE(entries(h.downloads()), QStringList{expectedName});
    // Nothing was written outside the downloads folder.
    QCOMPARE(entries(root), (QStringList{u"data"_s, u"downloads"_s}));
    if (!outsideExisted)
        QVERIFY(!QFileInfo::exists(outside));
}

void TestTransferEngine::existingFileIsNeverOverwritten()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    const QString existing = QDir(h.downloads()).filePath(u"a.bin"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("precious old content"), qint64(20));
    }
    h.server().setRoute(u"/a.bin"_s, generated(10'000));

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"again"_s, {requestFor(h, u"/a.bin"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->filePath, QDir(h.downloads()).filePath(u"a (1).bin"_s));
    QCOMPARE(fileSha256(response->filePath), TestServer::generatedSha256(10'000));
    QCOMPARE(fileContents(existing), "precious old content"_ba);
    QCOMPARE(entries(h.downloads()), (QStringList{u"a (1).bin"_s, u"a.bin"_s}));
}

void TestTransferEngine::sameUrlTwiceGivesTwoFiles()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    h.server().setRoute(u"/x"_s, literal("same body"_ba));

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"twice"_s, {requestFor(h, u"/x"_s), requestFor(h, u"/x"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    QCOMPARE(h.server().requestCount(u"/x"_s), 2);
    QCOMPARE(entries(h.downloads()), (QStringList{u"x"_s, u"x (1)"_s}));
    const auto first = responseOf(records.at(0));
    const auto second = responseOf(records.at(1));
    QVERIFY(first && second);
    QVERIFY(first->filePath != second->filePath);
    QCOMPARE(first->readBody(), "same body"_ba);
    QCOMPARE(second->readBody(), "same body"_ba);
}

void TestTransferEngine::retryAfterIsHonoured()
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

void TestTransferEngine::statusRetryBudget_data()
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
void TestTransferEngine::statusRetryBudget()
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

void TestTransferEngine::stallIsRetried_data()
{
    QTest::addColumn<bool>("inBody");
    QTest::newRow("headers") << false;
    QTest::newRow("body") << true;
}

void TestTransferEngine::stallIsRetried()
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
    QCOMPARE(fileSha256(QDir(h.downloads()).filePath(u"stall.bin"_s)), TestServer::generatedSha256(size));
}

void TestTransferEngine::endlessStallIsFetchError_data()
{
    stallIsRetried_data();
}

void TestTransferEngine::endlessStallIsFetchError()
{
    QFETCH(bool, inBody);
    CoreHarness h({}, quickStallEngine());
    QVERIFY(h.isReady());
    Route stalling = generated(1'000'000);
    if (inBody)
        stalling.stallBodyAfter = 10'000; // each attempt adds 10000 bytes, far from the end
    else
        stalling.stallHeaders = true;
    h.server().setRoute(u"/never.bin"_s, stalling);

    Events events(h.manager());
    QElapsedTimer elapsed;
    elapsed.start();
    const RegistrationPtr reg = h.fetch(u"never"_s, {requestFor(h, u"/never.bin"_s)});
    QVERIFY(reg);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), qsizetype(1), 20000);
    QCOMPARE(events.fail.size(), 1);
    QCOMPARE(reg->failureReason(), FailureReason::FetchError);
    QCOMPARE(recordResult(h, reg, 0), RecordResult::FetchError);
    // The first attempt and 3 retries, each cut off by the stall timeout.
    QCOMPARE(h.server().requestCount(u"/never.bin"_s), 4);
    QVERIFY2(elapsed.elapsed() >= 4 * 600, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(finalFiles(h.downloads()), QStringList());
}

void TestTransferEngine::integrityIsCheckedBeforeRename_data()
{
    const QByteArray body = "a body with known digests"_ba;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("integrity");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("sha256 matches") << body << u"sha256-"_s + QString::fromLatin1(sha256(body).toBase64()) << true;
    QTest::newRow("sha512 matches")
        << body
        << u"sha512-"_s + QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha512).toBase64())
        << true;
    QTest::newRow("sha256 differs") << body << u"sha256-"_s + QString::fromLatin1(sha256("other"_ba).toBase64())
                                    << false;
}

void TestTransferEngine::integrityIsCheckedBeforeRename()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, integrity);
    QFETCH(bool, succeeds);
    CoreHarness h;
    QVERIFY(h.isReady());
    h.server().setRoute(u"/checked.txt"_s, literal(body));

    Events events(h.manager());
    FetchRequest request = requestFor(h, u"/checked.txt"_s);
    request.integrity = integrity;
    const RegistrationPtr reg = h.fetch(u"sri"_s, {request});
    QVERIFY(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    const QString path = QDir(h.downloads()).filePath(u"checked.txt"_s);
    if (succeeds) {
        QCOMPARE(events.success.size(), 1);
        QCOMPARE(fileContents(path), body);
    } else {
        QCOMPARE(events.fail.size(), 1);
        QCOMPARE(reg->failureReason(), FailureReason::FetchError);
        QCOMPARE(recordResult(h, reg, 0), RecordResult::FetchError);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(finalFiles(h.downloads()), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestTransferEngine)
#include "tst_transferengine.moc"
