#include "transfertestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::TransferTestUtil;

// Checklist E6-E10 and DESIGN.md section 3, driven through the manager API against the loopback TestServer:
// a retried GET resumes with Range/If-Range, and partial responses that do not fit are refused or start over.

class TestTransferResume final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void e6_retrySendsRangeAndIfRange_data();
    void e6_retrySendsRangeAndIfRange();
    void e7_badPartialResponseIsFetchError_data();
    void e7_badPartialResponseIsFetchError();
    void e8_changedValidatorRestartsFromZero_data();
    void e8_changedValidatorRestartsFromZero();
    void e8_changedCompleteLengthIsFetchError();
    void e9_shortPartialResponsesLoopToTheEnd();
    void e10_ignoredRangeStartsOver();
};

void TestTransferResume::e6_retrySendsRangeAndIfRange_data()
{
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("lastModified");
    QTest::addColumn<QByteArray>("expectedIfRange");
    QTest::newRow("strong ETag") << "\"v1\""_ba << QByteArray() << "\"v1\""_ba;
    QTest::newRow("strong ETag wins over Last-Modified") << "\"v1\""_ba << lastModified1 << "\"v1\""_ba;
    QTest::newRow("Last-Modified only") << QByteArray() << lastModified1 << lastModified1;
    QTest::newRow("weak ETag falls back to Last-Modified") << "W/\"v1\""_ba << lastModified1 << lastModified1;
}

void TestTransferResume::e6_retrySendsRangeAndIfRange()
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
    QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"r.bin"_s)), TestServer::generatedSha256(size));
}

void TestTransferResume::e7_badPartialResponseIsFetchError_data()
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

void TestTransferResume::e7_badPartialResponseIsFetchError()
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

void TestTransferResume::e8_changedValidatorRestartsFromZero_data()
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
void TestTransferResume::e8_changedValidatorRestartsFromZero()
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
    QCOMPARE(TestServer::fileSha256(path), TestServer::generatedSha256(size, 2));
    QCOMPARE(reg->downloaded(), quint64(size));
}

void TestTransferResume::e8_changedCompleteLengthIsFetchError()
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

void TestTransferResume::e9_shortPartialResponsesLoopToTheEnd()
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

void TestTransferResume::e10_ignoredRangeStartsOver()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    constexpr qint64 size = 200'000;
    // Both trickle, so that progress shows the count climbing, dropping to zero and climbing again (a try that
    // brought bytes is followed at once, with no backoff to watch the count in).
    Route first = generated(size);
    first.dropAfterBytes = 150'000;
    first.trickleBytes = 5'000;
    first.trickleIntervalMs = 10;
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
    QCOMPARE(TestServer::fileSha256(path), TestServer::generatedSha256(size));
}

QTEST_GUILESS_MAIN(TestTransferResume)
#include "tst_transferresume.moc"
