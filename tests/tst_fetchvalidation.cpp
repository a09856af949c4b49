#include "managertestutil.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::ManagerTestUtil;

// BackgroundFetchManager::fetch() argument checks (checklist B) end to end through CoreHarness: a rejected call
// fails its future and leaves nothing registered, stored or downloaded.

class TestFetchValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- B. fetch() argument checks: a failed future, nothing stored ----

    void b1_emptyRequestListIsTypeError()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        expectRejected(h, h.manager().fetch(u"b1"_s, QList<FetchRequest>{}), ErrorCode::TypeError,
                       FetchIssue::NoRequests);
    }

    void b2_singleRequestIsAOneElementList()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/b2.txt"_s, literal(featureText));
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const QString url = h.server().url(u"/b2.txt"_s).toString();
        const QFuture<RegistrationPtr> future = h.manager().fetch(u"b2"_s, FetchRequest(url));
        QVERIFY(!CoreHarness::errorOf(future));
        const RegistrationPtr reg = future.result();
        QVERIFY(reg);
        const QList<BackgroundFetchRecord> records = recordsOf(reg);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().request().url, url);
        QTRY_COMPARE(ok.size(), 1);
        QCOMPARE(responseOf(records.first()).readBody(), featureText);
    }

    void b3_requestConstructorFailuresAreTypeError_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<FetchIssue>("issue");
        QTest::newRow("not a url, no base") << u"not a url"_s << FetchIssue::InvalidUrl;
        QTest::newRow("broken ipv6 host") << u"https://[::1/x"_s << FetchIssue::InvalidUrl;
        QTest::newRow("no host") << u"http:///x"_s << FetchIssue::InvalidUrl;
        QTest::newRow("user and password") << u"https://u:p@example.org/"_s << FetchIssue::CredentialsInUrl;
        QTest::newRow("user only") << u"https://u:@example.org/"_s << FetchIssue::CredentialsInUrl;
        QTest::newRow("password only") << u"https://:p@example.org/"_s << FetchIssue::CredentialsInUrl;
    }

    void b3_requestConstructorFailuresAreTypeError()
    {
        QFETCH(QString, url);
        QFETCH(FetchIssue, issue);
        CoreHarness h;
        QVERIFY(h.isReady());
        expectRejected(h, h.manager().fetch(u"b3"_s, {FetchRequest(url)}), ErrorCode::TypeError, issue);
    }

    void b4_noCorsModeIsTypeError()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        FetchRequest request(h.server().url(u"/b4"_s).toString());
        request.mode = FetchRequest::Mode::NoCors;
        expectRejected(h, h.manager().fetch(u"b4"_s, {request}), ErrorCode::TypeError, FetchIssue::NoCorsMode);
        request.mode = FetchRequest::Mode::SameOrigin;
        expectAccepted(h, u"b4"_s, {request});
    }

    void b5_oneBadRequestRejectsTheWholeCall_data()
    {
        QTest::addColumn<bool>("badFirst");
        QTest::newRow("good, bad") << false;
        QTest::newRow("bad, good") << true;
    }

    void b5_oneBadRequestRejectsTheWholeCall()
    {
        QFETCH(bool, badFirst);
        CoreHarness h;
        QVERIFY(h.isReady());
        const FetchRequest good(h.server().url(u"/b5"_s).toString());
        const FetchRequest bad(u"file:///etc/hostname"_s);
        const QFuture<RegistrationPtr> future =
            h.manager().fetch(u"b5"_s, badFirst ? QList{bad, good} : QList{good, bad});
        expectRejected(h, future, ErrorCode::TypeError, FetchIssue::UnsupportedScheme);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(CoreHarness::errorOf(future)->requestIndex(), badFirst ? 0 : 1);
        QCOMPARE(h.server().requests().size(), 0);
    }

    void b6_schemePolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://example.org/a"_s << true;
        // Desktop deviation (DESIGN.md section 2): http is allowed to any host, not only to loopback.
        QTest::newRow("http name") << u"http://example.org/a"_s << true;
        QTest::newRow("http ipv4") << u"http://192.0.2.1/a"_s << true;
        QTest::newRow("http ipv6") << u"http://[2001:db8::1]/a"_s << true;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1/a"_s << true;
        QTest::newRow("http [::1]") << u"http://[::1]/a"_s << true;
        QTest::newRow("http localhost") << u"http://localhost/a"_s << true;
        QTest::newRow("wss") << u"wss://example.org/"_s << false;
        QTest::newRow("ws") << u"ws://example.org/"_s << false;
        QTest::newRow("file") << u"file:///etc/hostname"_s << false;
        QTest::newRow("data") << u"data:text/plain,hello"_s << false;
        QTest::newRow("ftp") << u"ftp://example.org/a"_s << false;
        QTest::newRow("unknown") << u"foo://example.org/a"_s << false;
    }

    void b6_schemePolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        CoreHarness h;
        QVERIFY(h.isReady());
        if (accepted)
            expectAccepted(h, u"b6"_s, {FetchRequest(url)});
        else
            expectRejected(h, h.manager().fetch(u"b6"_s, {FetchRequest(url)}), ErrorCode::TypeError,
                           FetchIssue::UnsupportedScheme);
    }

    void b7_badPortsAreTypeError_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("587") << u"https://example.org:587/"_s << false;
        QTest::newRow("25") << u"http://example.org:25/"_s << false;
        QTest::newRow("6667") << u"http://example.org:6667/"_s << false;
        QTest::newRow("10080") << u"http://example.org:10080/"_s << false;
        QTest::newRow("default") << u"https://example.org/"_s << true;
        QTest::newRow("443") << u"https://example.org:443/"_s << true;
        QTest::newRow("80 over https") << u"https://example.org:80/"_s << true;
        QTest::newRow("8080") << u"https://example.org:8080/"_s << true;
    }

    void b7_badPortsAreTypeError()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        CoreHarness h;
        QVERIFY(h.isReady());
        if (accepted)
            expectAccepted(h, u"b7"_s, {FetchRequest(url)});
        else
            expectRejected(h, h.manager().fetch(u"b7"_s, {FetchRequest(url)}), ErrorCode::TypeError,
                           FetchIssue::BadPort);
    }

    void b8_danglingMarkupIsTypeError()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        expectRejected(h, h.manager().fetch(u"b8"_s, {FetchRequest(u"https://example.com/?\n<"_s)}),
                       ErrorCode::TypeError, FetchIssue::DanglingMarkup);
    }

    void b9_policyHookBlocksWithTypeError()
    {
        ManagerConfig config;
        config.urlAllowed = [](const QUrl &url) { return url.host() != u"blocked.example"; };
        CoreHarness h(config);
        QVERIFY(h.isReady());
        expectRejected(h, h.manager().fetch(u"b9"_s, {FetchRequest(u"https://blocked.example/a"_s)}),
                       ErrorCode::TypeError, FetchIssue::BlockedByPolicy);
        expectAccepted(h, u"b9"_s, {FetchRequest(u"https://allowed.example/a"_s)});
    }

    void b10_duplicateUrlsMakeSeparateRecords()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/dup.txt"_s, literal(featureText));
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const FetchRequest request(h.server().url(u"/dup.txt"_s).toString());
        const RegistrationPtr reg = h.fetch(u"b10"_s, {request, request});
        QVERIFY(reg);
        const QList<BackgroundFetchRecord> records = recordsOf(reg);
        QCOMPARE(records.size(), 2);
        QTRY_COMPARE(ok.size(), 1);
        const FetchResponse first = responseOf(records[0]);
        const FetchResponse second = responseOf(records[1]);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QVERIFY(first.filePath != second.filePath);
        QCOMPARE(first.readBody(), featureText);
        QCOMPARE(second.readBody(), featureText);
        QCOMPARE(QDir(h.downloads()).entryList(QDir::Files).size(), 2);
        QCOMPARE(h.server().requestCount(u"/dup.txt"_s), 2);
    }

    void b11_emptyUrlResolvesAgainstTheBaseUrl()
    {
        TestServer base;
        QVERIFY(base.listen());
        base.setRoute(u"/b11/page.txt"_s, literal(featureText));
        base.setRoute(u"/b11/other.txt"_s, literal("other"));
        ManagerConfig config;
        config.baseUrl = base.url(u"/b11/page.txt"_s);
        CoreHarness h(config);
        QVERIFY(h.isReady());
        QSignalSpy ok(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const RegistrationPtr reg = h.fetch(u"b11"_s, {FetchRequest(u""_s), FetchRequest(u"other.txt"_s)});
        QVERIFY(reg);
        const QList<BackgroundFetchRecord> records = recordsOf(reg);
        QCOMPARE(records.size(), 2);
        QTRY_COMPARE(ok.size(), 1);
        QCOMPARE(reg->result(), FetchResult::Success);
        QCOMPARE(records[0].request().url, base.url(u"/b11/page.txt"_s).toString());
        QCOMPARE(responseOf(records[0]).readBody(), featureText);
        QCOMPARE(responseOf(records[1]).readBody(), QByteArray("other"));
        QCOMPARE(base.requestCount(u"/b11/page.txt"_s), 1);

        // REC: without a base URL an empty URL has nothing to resolve against.
        CoreHarness noBase;
        QVERIFY(noBase.isReady());
        expectRejected(noBase, noBase.manager().fetch(u"b11"_s, {FetchRequest(u""_s)}), ErrorCode::TypeError,
                       FetchIssue::InvalidUrl);
    }

    void b12_unreadableBodyIsTypeError_data()
    {
        QTest::addColumn<bool>("directory");
        QTest::newRow("missing file") << false;
        QTest::newRow("directory") << true;
    }

    void b12_unreadableBodyIsTypeError()
    {
        // A desktop body is a file read when the request is sent; one that cannot be read now is refused up front.
        QFETCH(bool, directory);
        CoreHarness h;
        QVERIFY(h.isReady());
        FetchRequest request(h.server().url(u"/b12"_s).toString());
        request.method = "POST";
        request.bodyFile = directory ? h.downloads() : h.path(u"no-such-body.bin"_s);
        expectRejected(h, h.manager().fetch(u"b12"_s, {request}), ErrorCode::TypeError, FetchIssue::UnreadableBody);
    }

    void b13_validationFailsTheFutureWithoutThrowing()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        QFuture<RegistrationPtr> noRequests;
        QFuture<RegistrationPtr> noId;
        QFuture<RegistrationPtr> badUrl;
        QVERIFY_THROWS_NO_EXCEPTION(noRequests = h.manager().fetch(u"b13"_s, QList<FetchRequest>{}));
        QVERIFY_THROWS_NO_EXCEPTION(noId = h.manager().fetch(u""_s, {FetchRequest(u"https://example.org/"_s)}));
        QVERIFY_THROWS_NO_EXCEPTION(badUrl = h.manager().fetch(u"b13"_s, {FetchRequest(u"data:,x"_s)}));
        expectRejected(h, noRequests, ErrorCode::TypeError, FetchIssue::NoRequests);
        expectRejected(h, noId, ErrorCode::TypeError, FetchIssue::EmptyId);
        expectRejected(h, badUrl, ErrorCode::TypeError, FetchIssue::UnsupportedScheme);
    }

    void b14_idLimits_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<FetchIssue>("issue");
        QTest::newRow("empty") << QString() << FetchIssue::EmptyId;
        QTest::newRow("1 MiB + 1 byte") << QString(1024 * 1024 + 1, u'x') << FetchIssue::IdTooLong;
        // The limit is in UTF-8 bytes: 524,289 two-byte characters are over it.
        QTest::newRow("1 MiB + 2 bytes of e-acute") << QString(512 * 1024 + 1, QChar(0xe9)) << FetchIssue::IdTooLong;
        QTest::newRow("exactly 1 MiB") << QString(1024 * 1024, u'x') << FetchIssue::None;
    }

    void b14_idLimits()
    {
        QFETCH(QString, id);
        QFETCH(FetchIssue, issue);
        CoreHarness h;
        QVERIFY(h.isReady());
        const QList<FetchRequest> requests{FetchRequest(h.server().url(u"/b14"_s).toString())};
        if (issue == FetchIssue::None)
            expectAccepted(h, id, requests);
        else
            expectRejected(h, h.manager().fetch(id, requests), ErrorCode::TypeError, issue);
    }
};

QTEST_GUILESS_MAIN(TestFetchValidation)
#include "tst_fetchvalidation.moc"
