#include "testhttputil.h"
#include "testrawclient.h"
#include "testrequestparser.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace FerryTest;

// The test server's HTTP semantics: bodies, ranges, validators, redirects, uploads, encodings and routing.
// tst_testserverfaults covers its faults and connection handling.

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

Route generatedRoute(qint64 size)
{
    Route route;
    route.generatedSize = size;
    return route;
}

} // namespace

class TestServerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void literalBody();
    void generatedBody_data();
    void generatedBody();
    void generatedBytesDependOnlyOnOffsetAndSeed();
    void range_data();
    void range();
    void ignoredRange();
    void ifRange_data();
    void ifRange();
    void changedEtagDefeatsIfRange();
    void head();
    void redirect();
    void retryAfter();
    void echoPut();
    void echoChunkedUpload();
    void expectContinue();
    void gzipBody();
    void gzipRangeAppliesToEncodedBody();
    void routeSequence();
    void unknownPath();
    void requestsAreRecorded();
    void parserTakesInputInAnyPieces();

private:
    QNetworkReply *get(const QString &path, const HeaderList &headers = {});

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestServerTest::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->listen());
    QVERIFY(m_server->port() != 0);
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void TestServerTest::cleanup()
{
    m_manager.reset(); // its replies go with it
    m_server.reset();
}

QNetworkReply *TestServerTest::get(const QString &path, const HeaderList &headers)
{
    QNetworkRequest request(m_server->url(path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_manager->get(request);
}

void TestServerTest::literalBody()
{
    Route route;
    route.body = "hello"_ba;
    route.headers = {{"content-type"_ba, "text/plain"_ba}, {"Content-Disposition"_ba, "attachment; filename=a.txt"_ba}};
    m_server->setRoute(u"/hello"_s, route);

    QNetworkReply *reply = get(u"/hello"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(reply->readAll(), "hello"_ba);
    QCOMPARE(reply->rawHeader("Content-Type"), "text/plain"_ba); // replaced, not sent twice
    QCOMPARE(reply->rawHeader("Content-Disposition"), "attachment; filename=a.txt"_ba);
    QCOMPARE(reply->rawHeader("Content-Length"), "5"_ba);
    QCOMPARE(reply->rawHeader("Accept-Ranges"), "bytes"_ba);
    QVERIFY(reply->rawHeader("Date").endsWith(" GMT"));
    QCOMPARE(m_server->bodyBytesSent(u"/hello"_s), 5);
}

void TestServerTest::generatedBody_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("one byte") << qint64(1);
    QTest::newRow("less than a word") << qint64(7);
    QTest::newRow("one word and a bit") << qint64(9);
    QTest::newRow("100000") << qint64(100000);
    QTest::newRow("several pieces, past the high water mark") << qint64(3 * 1024 * 1024 + 5);
}

void TestServerTest::generatedBody()
{
    QFETCH(qint64, size);
    m_server->setRoute(u"/gen"_s, generatedRoute(size));

    QNetworkReply *reply = get(u"/gen"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray body = reply->readAll();
    QCOMPARE(body.size(), size);
    QCOMPARE(sha256(body), TestServer::generatedSha256(size));
    QCOMPARE(m_server->bodyBytesSent(u"/gen"_s), size);
}

void TestServerTest::generatedBytesDependOnlyOnOffsetAndSeed()
{
    const QByteArray whole = TestServer::generatedBytes(0, 1000);
    for (const auto &[offset, length] : {std::pair{0, 1000}, {1, 7}, {3, 20}, {8, 8}, {13, 500}, {999, 1}, {500, 0}})
        QCOMPARE(TestServer::generatedBytes(offset, length), whole.mid(offset, length));
    QCOMPARE(TestServer::generatedSha256(1000), sha256(whole));
    QCOMPARE(TestServer::generatedRangeSha256(13, 500), sha256(whole.mid(13, 500)));
    QVERIFY(TestServer::generatedBytes(0, 1000, 1) != whole);
    QCOMPARE(TestServer::generatedBytes(40, 10, 1), TestServer::generatedBytes(0, 50, 1).sliced(40));
}

void TestServerTest::range_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentRange");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("length");
    QTest::newRow("a-b") << "bytes=10-19"_ba << 206 << "bytes 10-19/100"_ba << qint64(10) << qint64(10);
    QTest::newRow("a-") << "bytes=90-"_ba << 206 << "bytes 90-99/100"_ba << qint64(90) << qint64(10);
    QTest::newRow("suffix") << "bytes=-5"_ba << 206 << "bytes 95-99/100"_ba << qint64(95) << qint64(5);
    QTest::newRow("end clamped") << "bytes=95-200"_ba << 206 << "bytes 95-99/100"_ba << qint64(95) << qint64(5);
    QTest::newRow("unit case") << "Bytes=0-0"_ba << 206 << "bytes 0-0/100"_ba << qint64(0) << qint64(1);
    QTest::newRow("past the end") << "bytes=100-"_ba << 416 << "bytes */100"_ba << qint64(0) << qint64(0);
    QTest::newRow("reversed: ignored") << "bytes=5-1"_ba << 200 << QByteArray() << qint64(0) << qint64(100);
    QTest::newRow("several: ignored") << "bytes=0-1,5-6"_ba << 200 << QByteArray() << qint64(0) << qint64(100);
    QTest::newRow("other unit: ignored") << "items=0-1"_ba << 200 << QByteArray() << qint64(0) << qint64(100);
}

void TestServerTest::range()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(QByteArray, contentRange);
    QFETCH(qint64, first);
    QFETCH(qint64, length);
    m_server->setRoute(u"/file"_s, generatedRoute(100));

    QNetworkReply *reply = get(u"/file"_s, {{"Range"_ba, range}});
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), status);
    QCOMPARE(reply->rawHeader("Content-Range"), contentRange);
    QCOMPARE(reply->readAll(), TestServer::generatedBytes(first, length));
}

void TestServerTest::ignoredRange()
{
    Route route = generatedRoute(100);
    route.honourRange = false;
    route.acceptRanges = false;
    m_server->setRoute(u"/file"_s, route);

    QNetworkReply *reply = get(u"/file"_s, {{"Range"_ba, "bytes=10-"_ba}});
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 200);
    QVERIFY(!reply->hasRawHeader("Content-Range"));
    QVERIFY(!reply->hasRawHeader("Accept-Ranges"));
    QCOMPARE(reply->readAll(), TestServer::generatedBytes(0, 100));
}

void TestServerTest::ifRange_data()
{
    const QByteArray date = "Wed, 21 Oct 2015 07:28:00 GMT"_ba;
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("ifRange");
    QTest::addColumn<int>("status");
    QTest::newRow("same entity tag") << "\"e1\""_ba << "\"e1\""_ba << 206;
    QTest::newRow("other entity tag") << "\"e1\""_ba << "\"e0\""_ba << 200;
    QTest::newRow("weak tags never match") << "W/\"e1\""_ba << "W/\"e1\""_ba << 200;
    QTest::newRow("same date") << QByteArray() << date << 206;
    QTest::newRow("other date") << QByteArray() << "Thu, 22 Oct 2015 07:28:00 GMT"_ba << 200;
}

void TestServerTest::ifRange()
{
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, ifRange);
    QFETCH(int, status);
    Route route = generatedRoute(100);
    route.etag = etag;
    route.lastModified = "Wed, 21 Oct 2015 07:28:00 GMT"_ba;
    m_server->setRoute(u"/file"_s, route);

    QNetworkReply *reply = get(u"/file"_s, {{"Range"_ba, "bytes=10-"_ba}, {"If-Range"_ba, ifRange}});
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), status);
    QCOMPARE(reply->readAll().size(), status == 206 ? 90 : 100);
}

void TestServerTest::changedEtagDefeatsIfRange()
{
    Route route = generatedRoute(100);
    route.etag = "\"v1\""_ba;
    m_server->setRoute(u"/file"_s, route);
    QNetworkReply *first = get(u"/file"_s);
    QTRY_VERIFY(first->isFinished());
    QCOMPARE(first->rawHeader("ETag"), "\"v1\""_ba);

    route.etag = "\"v2\""_ba;
    route.seed = 2;
    m_server->setRoute(u"/file"_s, route);
    QNetworkReply *resumed = get(u"/file"_s, {{"Range"_ba, "bytes=50-"_ba}, {"If-Range"_ba, "\"v1\""_ba}});
    QTRY_VERIFY(resumed->isFinished());
    QCOMPARE(statusOf(resumed), 200);
    QCOMPARE(resumed->rawHeader("ETag"), "\"v2\""_ba);
    QCOMPARE(resumed->readAll(), TestServer::generatedBytes(0, 100, 2));
}

void TestServerTest::head()
{
    m_server->setRoute(u"/file"_s, generatedRoute(1000));
    QNetworkReply *reply = m_manager->head(QNetworkRequest(m_server->url(u"/file"_s)));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(reply->rawHeader("Content-Length"), "1000"_ba);
    QVERIFY(reply->readAll().isEmpty());
    QCOMPARE(m_server->bodyBytesSent(u"/file"_s), 0);
    QCOMPARE(m_server->requests().constLast().method, "HEAD"_ba);
}

void TestServerTest::redirect()
{
    Route moved;
    moved.redirectTo = "/new"_ba;
    m_server->setRoute(u"/old"_s, moved);
    Route target;
    target.body = "moved here"_ba;
    m_server->setRoute(u"/new"_s, target);

    QNetworkReply *followed = get(u"/old"_s);
    QTRY_VERIFY(followed->isFinished());
    QCOMPARE(followed->url(), m_server->url(u"/new"_s));
    QCOMPARE(followed->readAll(), "moved here"_ba);

    QNetworkRequest request(m_server->url(u"/old"_s));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *manual = m_manager->get(request);
    QTRY_VERIFY(manual->isFinished());
    QCOMPARE(statusOf(manual), 302);
    QCOMPARE(manual->rawHeader("Location"), "/new"_ba);
}

void TestServerTest::retryAfter()
{
    Route route;
    route.status = 503;
    route.retryAfterSeconds = 7;
    m_server->setRoute(u"/busy"_s, route);

    QNetworkReply *reply = get(u"/busy"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 503);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), "Service Unavailable"_ba);
    QCOMPARE(reply->rawHeader("Retry-After"), "7"_ba);
}

void TestServerTest::echoPut()
{
    Route route;
    route.echoBody = true;
    m_server->setRoute(u"/upload"_s, route);

    QNetworkReply *reply = m_manager->put(QNetworkRequest(m_server->url(u"/upload"_s)), "payload"_ba);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->readAll(), "payload"_ba);
    QCOMPARE(reply->rawHeader("X-Echo-Method"), "PUT"_ba);
    const Request recorded = m_server->requests().constLast();
    QCOMPARE(recorded.method, "PUT"_ba);
    QCOMPARE(recorded.body, "payload"_ba);
    QCOMPARE(recorded.header("content-length"), "7"_ba);
}

void TestServerTest::echoChunkedUpload()
{
    Route route;
    route.echoBody = true;
    m_server->setRoute(u"/upload"_s, route);

    TestRawClient client(m_server->port());
    client.send("POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                "5\r\nhello\r\n6;name=value\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\n"_ba);
    QTRY_VERIFY(client.hasResponse());
    const RawResponse response = client.takeResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, "hello world"_ba);
    QCOMPARE(response.header("X-Echo-Method"), "POST"_ba);
}

void TestServerTest::expectContinue()
{
    Route route;
    route.echoBody = true;
    m_server->setRoute(u"/upload"_s, route);

    TestRawClient client(m_server->port());
    client.send("PUT /upload HTTP/1.1\r\nHost: test\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"_ba);
    QTRY_VERIFY(client.hasResponse());
    QCOMPARE(client.takeResponse().status, 100);
    client.send("data"_ba);
    QTRY_VERIFY(client.hasResponse());
    const RawResponse response = client.takeResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, "data"_ba);
}

void TestServerTest::gzipBody()
{
    Route route;
    route.body = QByteArray("compressible text ").repeated(1000);
    route.gzip = true;
    m_server->setRoute(u"/text"_s, route);

    QNetworkReply *reply = get(u"/text"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), route.body); // Qt checks the gzip CRC while decoding
    QVERIFY(m_server->bodyBytesSent(u"/text"_s) < route.body.size() / 10);
}

void TestServerTest::gzipRangeAppliesToEncodedBody()
{
    Route route;
    route.body = "some text to encode"_ba;
    route.gzip = true;
    m_server->setRoute(u"/text"_s, route);
    const QByteArray encoded = TestHttpUtil::gzip(route.body);

    TestRawClient client(m_server->port());
    client.send("GET /text HTTP/1.1\r\nHost: test\r\nRange: bytes=0-9\r\n\r\n"_ba);
    QTRY_VERIFY(client.hasResponse());
    const RawResponse response = client.takeResponse();
    QCOMPARE(response.status, 206);
    QCOMPARE(response.header("Content-Encoding"), "gzip"_ba);
    QCOMPARE(response.header("Content-Range"), "bytes 0-9/"_ba + QByteArray::number(encoded.size()));
    QCOMPARE(response.body, encoded.first(10));
    QVERIFY(response.body.startsWith("\x1f\x8b"));
}

void TestServerTest::routeSequence()
{
    Route busy;
    busy.status = 503;
    Route fine;
    fine.body = "ok"_ba;
    m_server->setRouteSequence(u"/flaky"_s, {busy, busy, fine});

    for (const int expected : {503, 503, 200, 200}) {
        QNetworkReply *reply = get(u"/flaky"_s);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(statusOf(reply), expected);
    }
    QCOMPARE(m_server->requestCount(u"/flaky"_s), 4);
}

void TestServerTest::unknownPath()
{
    QNetworkReply *reply = get(u"/nowhere"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
    QCOMPARE(statusOf(reply), 404);
    QCOMPARE(reply->readAll(), "Not found\n"_ba);
    QCOMPARE(m_server->requestCount(u"/nowhere"_s), 1);
}

void TestServerTest::requestsAreRecorded()
{
    m_server->setRoute(u"/dir/a b"_s, Route());
    QSignalSpy received(m_server.get(), &TestServer::requestReceived);

    QNetworkReply *reply = get(u"/dir/a%20b?x=1&y=%2F"_s, {{"X-Test"_ba, "abc"_ba}});
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toString(), u"/dir/a b"_s);

    const QList<Request> requests = m_server->requestsFor(u"/dir/a b"_s);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    const Request &request = requests.first();
    QCOMPARE(request.method, "GET"_ba);
    QCOMPARE(request.target, "/dir/a%20b?x=1&y=%2F"_ba);
    QCOMPARE(request.query, "x=1&y=%2F"_ba);
    QCOMPARE(request.version, "HTTP/1.1"_ba);
    QCOMPARE(request.header("x-test"), "abc"_ba);
    QVERIFY(request.header("X-Missing").isNull());
    QCOMPARE(request.connectionId, 1u);
}

void TestServerTest::parserTakesInputInAnyPieces()
{
    const QByteArray stream = "\r\nPOST /x?q HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "3\r\nabc\r\n0\r\n\r\n"
                              "PUT http://host:1/y%20z HTTP/1.1\r\nX-Empty:\r\nContent-Length: 4\r\n\r\nbody"
                              "GET / HTTP/1.1\r\n\r\n"_ba;
    TestRequestParser parser;
    QList<Request> requests;
    for (const char byte : stream) {
        parser.append(QByteArrayView(&byte, 1));
        TestRequestParser::Status status;
        while ((status = parser.parse()) == TestRequestParser::Status::Complete)
            requests.append(parser.takeRequest());
        QCOMPARE(status, TestRequestParser::Status::NeedMore);
    }
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).path, u"/x"_s);
    QCOMPARE(requests.at(0).query, "q"_ba);
    QCOMPARE(requests.at(0).body, "abc"_ba);
    QCOMPARE(requests.at(1).path, u"/y z"_s);
    QCOMPARE(requests.at(1).body, "body"_ba);
    QVERIFY(!requests.at(1).header("x-empty").isNull());
    QVERIFY(requests.at(1).header("x-empty").isEmpty());
    QCOMPARE(requests.at(2).method, "GET"_ba);
    QVERIFY(requests.at(2).body.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerTest)

#include "tst_testserver.moc"
