#include "requestvalidator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;

namespace {

FetchIssue issueOf(const std::variant<QUrl, FetchException> &result)
{
    const auto *error = std::get_if<FetchException>(&result);
    return error ? error->issue() : FetchIssue::None;
}

} // namespace

// The argument checks of fetch() (checklist B, C5, C6) in isolation; tst_backgroundfetchmanager checks that
// fetch() applies them and stores nothing.
class TestRequestValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config.dataDir = m_dir.filePath(u"data"_s);
        m_config.defaultDestination = m_dir.filePath(u"downloads"_s);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<FetchIssue>("issue");
        // B6 as a desktop deviation: http to any host is fine; other schemes are not.
        QTest::newRow("https") << u"https://example.org/a"_s << FetchIssue::None;
        QTest::newRow("http non-loopback") << u"http://example.org/a"_s << FetchIssue::None;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/a"_s << FetchIssue::None;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080/a"_s << FetchIssue::None;
        QTest::newRow("localhost") << u"http://localhost/a"_s << FetchIssue::None;
        QTest::newRow("wss") << u"wss://example.org/"_s << FetchIssue::UnsupportedScheme;
        QTest::newRow("file") << u"file:///etc/passwd"_s << FetchIssue::UnsupportedScheme;
        QTest::newRow("data") << u"data:text/plain,hi"_s << FetchIssue::UnsupportedScheme;
        QTest::newRow("ftp") << u"ftp://example.org/a"_s << FetchIssue::UnsupportedScheme;
        QTest::newRow("unknown scheme") << u"foo://example.org/a"_s << FetchIssue::UnsupportedScheme;
        // B3: credentials in any form.
        QTest::newRow("user and password") << u"https://u:p@example.org/"_s << FetchIssue::CredentialsInUrl;
        QTest::newRow("user only") << u"https://u:@example.org/"_s << FetchIssue::CredentialsInUrl;
        QTest::newRow("password only") << u"https://:p@example.org/"_s << FetchIssue::CredentialsInUrl;
        QTest::newRow("bare at") << u"https://@example.org/"_s << FetchIssue::CredentialsInUrl;
        // B7: the Fetch bad ports; common ports are fine.
        QTest::newRow("port 587") << u"https://example.org:587/"_s << FetchIssue::BadPort;
        QTest::newRow("port 25") << u"http://example.org:25/"_s << FetchIssue::BadPort;
        QTest::newRow("port 10080") << u"http://example.org:10080/"_s << FetchIssue::BadPort;
        QTest::newRow("port 443") << u"https://example.org:443/"_s << FetchIssue::None;
        QTest::newRow("port 80 https") << u"https://example.org:80/"_s << FetchIssue::None;
        QTest::newRow("port 8080") << u"https://example.org:8080/"_s << FetchIssue::None;
        // B8: dangling markup.
        QTest::newRow("newline and <") << u"https://example.org/?\n<"_s << FetchIssue::DanglingMarkup;
        // B3: what the URL parser refuses.
        QTest::newRow("no host") << u"http:///path"_s << FetchIssue::InvalidUrl;
        QTest::newRow("bad port number") << u"http://example.org:99999/"_s << FetchIssue::InvalidUrl;
        QTest::newRow("spaces in host") << u"http://exa mple.org/"_s << FetchIssue::InvalidUrl;
        // B11 without a base URL: a relative or empty URL cannot be resolved.
        QTest::newRow("relative") << u"resources/x.txt"_s << FetchIssue::InvalidUrl;
        QTest::newRow("empty") << QString() << FetchIssue::InvalidUrl;
    }
    void urls()
    {
        QFETCH(QString, url);
        QFETCH(FetchIssue, issue);
        RequestValidator validator(m_config);
        QCOMPARE(issueOf(validator.checkUrl(url)), issue);
    }

    void b11_emptyAndRelativeUrlsResolveAgainstTheBaseUrl()
    {
        ManagerConfig config = m_config;
        config.baseUrl = QUrl(u"https://example.org/app/page.html"_s);
        RequestValidator validator(config);
        QCOMPARE(std::get<QUrl>(validator.checkUrl(QString())), config.baseUrl);
        QCOMPARE(std::get<QUrl>(validator.checkUrl(u"resources/x.txt"_s)),
                 QUrl(u"https://example.org/app/resources/x.txt"_s));
    }

    void b9_policyHookBlocksUrls()
    {
        ManagerConfig config = m_config;
        config.urlAllowed = [](const QUrl &url) { return url.host() != u"blocked.example"; };
        RequestValidator validator(config);
        QCOMPARE(issueOf(validator.checkUrl(u"https://blocked.example/a"_s)), FetchIssue::BlockedByPolicy);
        QCOMPARE(issueOf(validator.checkUrl(u"https://fine.example/a"_s)), FetchIssue::None);
    }

    void b14_idLimits()
    {
        RequestValidator validator(m_config);
        QCOMPARE(validator.checkId(QString())->issue(), FetchIssue::EmptyId);
        QCOMPARE(validator.checkId(QString(1024 * 1024 + 1, u'x'))->issue(), FetchIssue::IdTooLong);
        QVERIFY(!validator.checkId(QString(1024 * 1024, u'x')));
    }

    void requests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("integrity");
        QTest::addColumn<FetchIssue>("issue");
        QTest::newRow("plain GET") << QByteArray("GET") << QByteArray() << QByteArray() << QByteArray() << QString()
                                   << FetchIssue::None;
        QTest::newRow("PUT with body") << QByteArray("PUT") << QByteArray() << QByteArray() << QByteArray("x")
                                       << QString() << FetchIssue::None;
        QTest::newRow("GET with body") << QByteArray("GET") << QByteArray() << QByteArray() << QByteArray("x")
                                       << QString() << FetchIssue::BodyNotAllowed;
        QTest::newRow("CONNECT") << QByteArray("CONNECT") << QByteArray() << QByteArray() << QByteArray()
                                 << QString() << FetchIssue::InvalidMethod;
        QTest::newRow("method with space") << QByteArray("GE T") << QByteArray() << QByteArray() << QByteArray()
                                           << QString() << FetchIssue::InvalidMethod;
        QTest::newRow("header injection") << QByteArray("GET") << QByteArray("X-A") << QByteArray("a\r\nB: c")
                                          << QByteArray() << QString() << FetchIssue::InvalidHeader;
        QTest::newRow("bad header name") << QByteArray("GET") << QByteArray("X A") << QByteArray("v") << QByteArray()
                                         << QString() << FetchIssue::InvalidHeader;
        QTest::newRow("engine-owned Range") << QByteArray("GET") << QByteArray("range") << QByteArray("bytes=0-")
                                            << QByteArray() << QString() << FetchIssue::InvalidHeader;
        QTest::newRow("custom header") << QByteArray("GET") << QByteArray("Authorization") << QByteArray("Bearer x")
                                       << QByteArray() << QString() << FetchIssue::None;
        QTest::newRow("bad integrity") << QByteArray("GET") << QByteArray() << QByteArray() << QByteArray()
                                       << u"md5-abc"_s << FetchIssue::InvalidIntegrity;
        QTest::newRow("good integrity") << QByteArray("GET") << QByteArray() << QByteArray() << QByteArray()
                                        << u"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s
                                        << FetchIssue::None;
    }
    void requests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(QByteArray, body);
        QFETCH(QString, integrity);
        QFETCH(FetchIssue, issue);
        FetchRequest request(u"https://example.org/a"_s);
        request.method = method;
        if (!headerName.isEmpty())
            request.headers.append({headerName, headerValue});
        request.body = body;
        request.integrity = integrity;
        const auto result = RequestValidator(m_config).checkRequests({request});
        const auto *error = std::get_if<FetchException>(&result);
        QCOMPARE(error ? error->issue() : FetchIssue::None, issue);
        if (error)
            QCOMPARE(error->code(), ErrorCode::TypeError);
    }

    void b1_emptyListIsTypeError()
    {
        const auto result = RequestValidator(m_config).checkRequests({});
        QCOMPARE(std::get<FetchException>(result).issue(), FetchIssue::NoRequests);
    }

    void b4_noCorsIsTypeError()
    {
        FetchRequest request(u"https://example.org/a"_s);
        request.mode = FetchRequest::Mode::NoCors;
        const auto result = RequestValidator(m_config).checkRequests({request});
        QCOMPARE(std::get<FetchException>(result).issue(), FetchIssue::NoCorsMode);
    }

    void b5_oneBadRequestFailsTheList()
    {
        const FetchRequest good(u"https://example.org/a"_s);
        const FetchRequest bad(u"file:///etc/passwd"_s);
        for (const auto &list : {QList<FetchRequest>{good, bad}, QList<FetchRequest>{bad, good}}) {
            const auto result = RequestValidator(m_config).checkRequests(list);
            QVERIFY(std::holds_alternative<FetchException>(result));
            QCOMPARE(std::get<FetchException>(result).requestIndex(), list.indexOf(bad));
        }
    }

    void b12_unreadableBodyFileIsTypeError()
    {
        FetchRequest request(u"https://example.org/a"_s);
        request.method = "PUT";
        request.bodyFile = m_dir.filePath(u"missing.bin"_s);
        const auto result = RequestValidator(m_config).checkRequests({request});
        QCOMPARE(std::get<FetchException>(result).issue(), FetchIssue::UnreadableBody);
    }

    void commonMethodsAreNormalised()
    {
        FetchRequest request(u"https://example.org/a#frag"_s);
        request.method = "put";
        request.body = "x";
        const auto result = RequestValidator(m_config).checkRequests({request});
        const auto &copies = std::get<QList<FetchRequest>>(result);
        QCOMPARE(copies.first().method, QByteArray("PUT"));
        QCOMPARE(copies.first().url, u"https://example.org/a"_s); // fragments are not part of a request
    }

    void c6_aCapLargerThanTheDiskIsQuotaExceeded()
    {
        ManagerConfig config = m_config;
        config.freeSpace = [](const QString &) { return qint64(1000); };
        RequestValidator validator(config);
        FetchOptions options;
        options.downloadTotal = 1001;
        const auto result = validator.checkOptions(options, {FetchRequest(u"https://example.org/"_s)});
        QCOMPARE(std::get<FetchException>(result).code(), ErrorCode::QuotaExceededError);
        options.downloadTotal = 1000;
        QVERIFY(std::holds_alternative<FetchOptions>(validator.checkOptions(options, {})));
    }

    void c5_bodiesLargerThanTheDataDiskAreQuotaExceeded()
    {
        ManagerConfig config = m_config;
        config.freeSpace = [](const QString &) { return qint64(10); };
        FetchRequest request(u"https://example.org/"_s);
        request.method = "POST";
        request.body = QByteArray(20, 'x');
        const auto result = RequestValidator(config).checkOptions({}, {request});
        QCOMPARE(std::get<FetchException>(result).code(), ErrorCode::QuotaExceededError);
    }

    void destinationMustBeAWritableFolder()
    {
        RequestValidator validator(m_config);
        FetchOptions options;
        options.destination = u"/proc/version"_s;
        QCOMPARE(std::get<FetchException>(validator.checkOptions(options, {})).issue(), FetchIssue::InvalidDestination);
        options.destination.clear();
        const auto checked = validator.checkOptions(options, {});
        QCOMPARE(std::get<FetchOptions>(checked).destination, m_config.defaultDestination);
        options.connections = 17;
        QCOMPARE(std::get<FetchException>(validator.checkOptions(options, {})).issue(), FetchIssue::InvalidOption);
    }

private:
    QTemporaryDir m_dir;
    ManagerConfig m_config;
};

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "tst_requestvalidator.moc"
