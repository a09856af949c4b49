#include "coreharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMetaMethod>
#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>

#include <type_traits>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

// BackgroundFetchManager end to end through CoreHarness: the API surface (checklist A), fetch() argument checks (B),
// registration (C), get()/getIds() (D), restart (L) and the desktop's history().
namespace {

const QByteArray featureText = QByteArrayLiteral("Background Fetch");

Route literal(const QByteArray &body)
{
    Route route;
    route.body = body;
    return route;
}

Route generated(qint64 size, quint32 seed = 0)
{
    Route route;
    route.generatedSize = size;
    route.seed = seed;
    return route;
}

// A body that takes a while: `bytesPerTick` every 10 ms.
Route trickled(qint64 size, int bytesPerTick, quint32 seed = 0)
{
    Route route = generated(size, seed);
    route.trickleBytes = bytesPerTick;
    route.trickleIntervalMs = 10;
    return route;
}

// Registered but never started, so URLs that must not be contacted (other hosts) can still be accepted.
FetchOptions startPaused()
{
    FetchOptions options;
    options.startPaused = true;
    return options;
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

QList<BackgroundFetchRecord> recordsOf(const RegistrationPtr &registration)
{
    const auto records = registration->matchAll();
    return CoreHarness::errorOf(records) ? QList<BackgroundFetchRecord>{} : records.result();
}

// The response of a record once it has settled (the caller waits for that).
FetchResponse responseOf(const BackgroundFetchRecord &record)
{
    const QFuture<FetchResponse> future = record.responseReady();
    return CoreHarness::errorOf(future) ? FetchResponse{} : future.result();
}

// B: a rejected fetch() fails its future with `code`, and nothing is registered, stored or downloaded.
void expectRejected(CoreHarness &h, const QFuture<RegistrationPtr> &future, ErrorCode code, FetchIssue issue)
{
    QVERIFY(future.isFinished());
    const auto error = CoreHarness::errorOf(future);
    QVERIFY2(error, "fetch() should have failed");
    QCOMPARE(error->code(), code);
    QCOMPARE(error->issue(), issue);
    QCOMPARE(h.manager().getIds().result(), QStringList());
    QVERIFY(h.manager().history(0, 100).isEmpty());
    QVERIFY(QDir(h.downloads()).isEmpty());
}

// The accepted rows of the B tables: registered (paused, so no network), then aborted again.
void expectAccepted(CoreHarness &h, const QString &id, const QList<FetchRequest> &requests,
                    const FetchOptions &options = startPaused())
{
    const QFuture<RegistrationPtr> future = h.manager().fetch(id, requests, options);
    const auto error = CoreHarness::errorOf(future);
    QVERIFY2(!error, error ? qPrintable(u"rejected: %1"_s.arg(error->subject())) : "");
    const RegistrationPtr registration = future.result();
    QVERIFY(registration);
    QVERIFY(h.manager().getIds().result().contains(id));
    QVERIFY(registration->abort().result());
}

} // namespace

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
        // pause/resume deviation (DESIGN.md section 2).
        QStringList signalNames;
        for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
            if (meta.method(i).methodType() == QMetaMethod::Signal)
                signalNames.append(QString::fromLatin1(meta.method(i).name()));
        }
        signalNames.sort();
        QCOMPARE(signalNames, (QStringList{u"pausedChanged"_s, u"progress"_s}));
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
        QCOMPARE(fileSha256(responseOf(records[0]).filePath), TestServer::generatedSha256(size, 7));
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
