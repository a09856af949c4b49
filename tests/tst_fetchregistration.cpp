#include "managertestutil.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::ManagerTestUtil;

// BackgroundFetchManager::fetch() registering (checklist C) end to end through CoreHarness: duplicate ids, quota
// checks, the registration's initial fields, stored copies of the requests and icons.

class TestFetchRegistration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- C. Registration ----

    void c3_duplicateActiveIdIsTypeError()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        const QList<FetchRequest> requests{FetchRequest(h.server().url(u"/c3"_s).toString())};
        const RegistrationPtr first = h.fetch(u"my-id"_s, requests, startPaused());
        QVERIFY(first);
        const auto again = CoreHarness::errorOf(h.manager().fetch(u"my-id"_s, requests, startPaused()));
        QVERIFY(again);
        QCOMPARE(again->code(), ErrorCode::TypeError);
        QCOMPARE(again->issue(), FetchIssue::DuplicateId);
        // The existing registration is untouched.
        QCOMPARE(h.manager().get(u"my-id"_s).result(), first);
        QCOMPARE(h.manager().getIds().result(), QStringList{u"my-id"_s});
        QCOMPARE(first->result(), FetchResult::Unset);
        QVERIFY(first->recordsAvailable());
        QCOMPARE(h.manager().history(0, 100).size(), 1);

        // Two calls without waiting in between: exactly one wins.
        const QFuture<RegistrationPtr> f1 = h.manager().fetch(u"pair"_s, requests, startPaused());
        const QFuture<RegistrationPtr> f2 = h.manager().fetch(u"pair"_s, requests, startPaused());
        const auto e1 = CoreHarness::errorOf(f1);
        const auto e2 = CoreHarness::errorOf(f2);
        QCOMPARE(int(bool(e1)) + int(bool(e2)), 1);
        const auto loser = e1 ? e1 : e2;
        QCOMPARE(loser->code(), ErrorCode::TypeError);
        QCOMPARE(loser->issue(), FetchIssue::DuplicateId);
        QCOMPARE(h.manager().getIds().result(), (QStringList{u"my-id"_s, u"pair"_s}));
        QCOMPARE(h.manager().history(0, 100).size(), 2);
    }

    void c4_idIsFreeInsideTheCompletionHandler()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/c4.txt"_s, literal(featureText));
        const QList<FetchRequest> requests{FetchRequest(h.server().url(u"/c4.txt"_s).toString())};
        RegistrationPtr second;
        std::optional<FetchException> error;
        QStringList idsInHandler;
        int handled = 0;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *) {
                    if (++handled > 1)
                        return;
                    const QFuture<RegistrationPtr> future = h.manager().fetch(u"same"_s, requests);
                    error = CoreHarness::errorOf(future);
                    if (!error)
                        second = future.result();
                    idsInHandler = h.manager().getIds().result();
                });
        const RegistrationPtr first = h.fetch(u"same"_s, requests);
        QVERIFY(first);
        QTRY_VERIFY(handled >= 1);
        QVERIFY2(!error, "fetch() with the settled id failed inside its success handler");
        QVERIFY(second);
        QVERIFY(second != first);
        QCOMPARE(idsInHandler, QStringList{u"same"_s});
        QTRY_COMPARE(handled, 2);
        QCOMPARE(second->result(), FetchResult::Success);
    }

    void c5_storedBodiesOverFreeSpaceAreQuotaExceeded()
    {
        ManagerConfig config;
        config.freeSpace = [](const QString &) { return qint64(10); };
        CoreHarness h(config);
        QVERIFY(h.isReady());
        FetchRequest request(h.server().url(u"/c5"_s).toString());
        request.method = "POST";
        request.body = QByteArray(20, 'u');
        expectRejected(h, h.manager().fetch(u"c5"_s, {request}), ErrorCode::QuotaExceededError,
                       FetchIssue::InsufficientSpace);
        request.body = QByteArray(10, 'u');
        expectAccepted(h, u"c5"_s, {request}, {});
    }

    void c6_downloadTotalOverFreeSpaceIsQuotaExceeded_data()
    {
        QTest::addColumn<quint64>("downloadTotal");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("over") << quint64(1001) << false;
        QTest::newRow("equal") << quint64(1000) << true;
        QTest::newRow("none") << quint64(0) << true;
        QTest::newRow("MAX_SAFE_INTEGER") << quint64(9007199254740991) << false;
    }

    void c6_downloadTotalOverFreeSpaceIsQuotaExceeded()
    {
        QFETCH(quint64, downloadTotal);
        QFETCH(bool, accepted);
        ManagerConfig config;
        config.freeSpace = [](const QString &) { return qint64(1000); };
        CoreHarness h(config);
        QVERIFY(h.isReady());
        FetchOptions options = startPaused();
        options.downloadTotal = downloadTotal;
        const QList<FetchRequest> requests{FetchRequest(h.server().url(u"/c6"_s).toString())};
        if (accepted)
            expectAccepted(h, u"c6"_s, requests, options);
        else
            expectRejected(h, h.manager().fetch(u"c6"_s, requests, options), ErrorCode::QuotaExceededError,
                           FetchIssue::InsufficientSpace);
    }

    void c8_uploadTotalIsTheSumOfBodies()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        Route echo;
        echo.echoBody = true;
        h.server().setRoute(u"/echo"_s, echo);
        QFile bodyFile(h.path(u"body.bin"_s));
        QVERIFY(bodyFile.open(QIODevice::WriteOnly));
        bodyFile.write("12345");
        bodyFile.close();
        FetchRequest post(h.server().url(u"/echo"_s).toString());
        post.method = "POST";
        post.body = "seventeen bytes!!";
        FetchRequest put(h.server().url(u"/echo"_s).toString());
        put.method = "PUT";
        put.bodyFile = bodyFile.fileName();
        const RegistrationPtr uploads =
            h.fetch(u"uploads"_s, {post, put, FetchRequest(h.server().url(u"/echo"_s).toString())});
        QVERIFY(uploads);
        QCOMPARE(uploads->uploadTotal(), quint64(22));
        const RegistrationPtr none = h.fetch(u"none"_s, {FetchRequest(h.server().url(u"/echo"_s).toString())});
        QVERIFY(none);
        QCOMPARE(none->uploadTotal(), quint64(0));
    }

    void c9_initialFields()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/c9.bin"_s, trickled(64 * 1024, 1024));
        FetchOptions options;
        options.downloadTotal = 1234 * 1024;
        const RegistrationPtr reg = h.fetch(u"c9"_s, {FetchRequest(h.server().url(u"/c9.bin"_s).toString())}, options);
        QVERIFY(reg);
        QCOMPARE(reg->id(), u"c9"_s);
        QCOMPARE(reg->uploadTotal(), quint64(0));
        QCOMPARE(reg->uploaded(), quint64(0));
        QCOMPARE(reg->downloadTotal(), quint64(1234 * 1024));
        QCOMPARE(reg->result(), FetchResult::Unset);
        QCOMPARE(reg->failureReason(), FailureReason::None);
        QVERIFY(reg->recordsAvailable());
        QVERIFY(!reg->isPaused());
        QVERIFY(!reg->uniqueId().isEmpty());
        QVERIFY(reg->abort().result());
    }

    void c10_getIdsContainsTheIdWhenFetchResolves()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        QStringList ids;
        h.manager()
            .fetch(u"c10"_s, {FetchRequest(h.server().url(u"/c10"_s).toString())}, startPaused())
            .then([&](const RegistrationPtr &) { ids = h.manager().getIds().result(); });
        QTRY_COMPARE(ids, QStringList{u"c10"_s});
    }

    void c12_storedRequestIsACopy()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/c12.txt"_s, literal(featureText));
        const QString url = h.server().url(u"/c12.txt"_s).toString();
        FetchRequest request(url);
        request.headers = {{"X-C12", "before"}};
        QList<FetchRequest> requests{request};
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const RegistrationPtr reg = h.fetch(u"c12"_s, requests);
        QVERIFY(reg);
        requests[0].url = u"https://example.org/changed"_s;
        requests[0].headers = {{"X-C12", "after"}};
        requests[0].method = "DELETE";
        request.headers.clear();

        const QList<BackgroundFetchRecord> records = recordsOf(reg);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].request().url, url);
        QCOMPARE(records[0].request().method, QByteArray("GET"));
        QCOMPARE(headerValue(records[0].request().headers, "X-C12"), QByteArray("before"));
        QTRY_COMPARE(ok.size(), 1);
        QCOMPARE(h.server().requestCount(u"/c12.txt"_s), 1);
        QCOMPARE(h.server().requestsFor(u"/c12.txt"_s).first().header("X-C12"), QByteArray("before"));
        QCOMPARE(h.manager().details(reg->uniqueId())->records.first().request.url, url);
    }

    void c13_iconsNeverFailTheFetch_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("http 404") << u"404"_s;
        QTest::newRow("missing file") << u"missing"_s;
        QTest::newRow("unreadable (a directory)") << u"directory"_s;
        QTest::newRow("good local file") << u"good"_s;
    }

    void c13_iconsNeverFailTheFetch()
    {
        QFETCH(QString, kind);
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/c13.txt"_s, literal(featureText));
        const QByteArray iconBytes = QByteArrayLiteral("\x89PNG\r\n\x1a\nnot really a picture");
        QString src;
        if (kind == u"404") {
            src = h.server().url(u"/missing-icon.png"_s).toString();
        } else if (kind == u"missing") {
            src = h.path(u"no-such-icon.png"_s);
        } else if (kind == u"directory") {
            src = h.path(u"icon-dir.png"_s);
            QVERIFY(QDir().mkpath(src));
        } else {
            src = h.path(u"icon.png"_s);
            QFile icon(src);
            QVERIFY(icon.open(QIODevice::WriteOnly));
            icon.write(iconBytes);
        }
        FetchOptions options;
        options.icons = {ImageResource{src, u"64x64"_s, u"image/png"_s}};
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const RegistrationPtr reg = h.fetch(u"c13"_s, {FetchRequest(h.server().url(u"/c13.txt"_s).toString())},
                                            options);
        QVERIFY(reg);
        QTRY_COMPARE(ok.size(), 1);
        QCOMPARE(reg->result(), FetchResult::Success);
        const QString uuid = reg->uniqueId();
        if (kind == u"good") {
            QTRY_VERIFY(!h.manager().details(uuid)->iconPath.isEmpty());
            const QString cached = h.manager().details(uuid)->iconPath;
            QVERIFY(cached != src);
            QFile copy(cached);
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QCOMPARE(copy.readAll(), iconBytes);
        } else {
            if (kind == u"404")
                QTRY_COMPARE(h.server().requestCount(u"/missing-icon.png"_s), 1);
            QVERIFY(h.manager().details(uuid)->iconPath.isEmpty());
        }
        QCOMPARE(h.manager().details(uuid)->icons, options.icons);
    }
};

QTEST_GUILESS_MAIN(TestFetchRegistration)
#include "tst_fetchregistration.moc"
