#include "testposixclient.h"
#include "testrawclient.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace FerryTest;

// The test server's faults and connection handling: large streamed bodies, drops, stalls, trickling, framing
// without Content-Length, keep-alive and many clients at once.

namespace {

// Downloads on a thread of its own, as Ferry's engine does, and hashes the bytes as they arrive.
class ThreadedDownload final : public QObject
{
    Q_OBJECT

public:
    void start(const QUrl &url)
    {
        auto *manager = new QNetworkAccessManager(this);
        QNetworkReply *reply = manager->get(QNetworkRequest(url));
        reply->setReadBufferSize(1024 * 1024); // so that memory shows whether the server streams
        connect(reply, &QNetworkReply::readyRead, this, [this, reply] { consume(reply->readAll()); });
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            consume(reply->readAll());
            Q_EMIT finished(reply->error(), m_received, m_hash.result());
        });
    }

Q_SIGNALS:
    void finished(QNetworkReply::NetworkError error, qint64 received, const QByteArray &sha256);

private:
    void consume(const QByteArray &bytes)
    {
        m_received += bytes.size();
        m_hash.addData(bytes);
    }

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_received = 0;
};

// The body as it arrives: once a transfer timeout has aborted a reply, what it had buffered can no longer be read.
std::shared_ptr<QByteArray> collectBody(QNetworkReply *reply)
{
    auto body = std::make_shared<QByteArray>();
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, body] { body->append(reply->readAll()); });
    return body;
}

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

class TestServerFaultsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void largeBodyOnAnotherThread();
    void dropAfterBytes_data();
    void dropAfterBytes();
    void dropIsFinOrReset_data();
    void dropIsFinOrReset();
    void stallHeaders();
    void stallBody();
    void trickle();
    void bodyWithoutContentLength_data();
    void bodyWithoutContentLength();
    void keepAlive();
    void connectionClose();
    void manyConnections();
    void malformedRequest();

private:
    QNetworkReply *get(const QString &path, int transferTimeoutMs = 0);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestServerFaultsTest::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->listen());
    QVERIFY(m_server->port() != 0);
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void TestServerFaultsTest::cleanup()
{
    m_manager.reset(); // its replies go with it
    m_server.reset();
}

QNetworkReply *TestServerFaultsTest::get(const QString &path, int transferTimeoutMs)
{
    QNetworkRequest request(m_server->url(path));
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    return m_manager->get(request);
}

void TestServerFaultsTest::largeBodyOnAnotherThread()
{
    constexpr qint64 Size = 256 * 1024 * 1024 + 3;
    Route route = generatedRoute(Size);
    route.seed = 7;
    m_server->setRoute(u"/large"_s, route);

    QThread thread;
    auto *download = new ThreadedDownload; // deleted on its own thread once that thread finishes
    download->moveToThread(&thread);
    connect(&thread, &QThread::finished, download, &QObject::deleteLater);
    struct Outcome {
        QNetworkReply::NetworkError error;
        qint64 received;
        QByteArray sha256;
    };
    std::optional<Outcome> outcome;
    connect(download, &ThreadedDownload::finished, this,
            [&outcome](QNetworkReply::NetworkError error, qint64 received, const QByteArray &digest) {
                outcome = Outcome{error, received, digest};
            });
    thread.start();
    const auto stopThread = qScopeGuard([&thread] {
        thread.quit();
        thread.wait();
    });
    const QUrl url = m_server->url(u"/large"_s);
    QMetaObject::invokeMethod(download, [download, url] { download->start(url); });

    const QByteArray expected = TestServer::generatedSha256(Size, 7); // while the download runs
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 120000);
    QCOMPARE(outcome->error, QNetworkReply::NoError);
    QCOMPARE(outcome->received, Size);
    QCOMPARE(outcome->sha256, expected);
}

void TestServerFaultsTest::dropAfterBytes_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("FIN") << false;
    QTest::newRow("RST") << true;
}

void TestServerFaultsTest::dropAfterBytes()
{
    QFETCH(bool, reset);
    Route route = generatedRoute(100000);
    route.dropAfterBytes = 30000;
    route.dropWithReset = reset;
    m_server->setRoute(u"/drop"_s, route);

    QNetworkReply *reply = get(u"/drop"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    const QByteArray body = reply->readAll();
    if (reset) // a reset may overtake bytes the client had not read yet
        QCOMPARE(body, TestServer::generatedBytes(0, body.size()));
    else
        QCOMPARE(body, TestServer::generatedBytes(0, 30000));
    QCOMPARE(m_server->bodyBytesSent(u"/drop"_s), 30000);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestServerFaultsTest::dropIsFinOrReset_data()
{
    QTest::addColumn<bool>("reset");
    QTest::addColumn<int>("endError");
    QTest::newRow("FIN") << false << 0;
    QTest::newRow("RST") << true << int(ECONNRESET);
}

void TestServerFaultsTest::dropIsFinOrReset()
{
    QFETCH(bool, reset);
    QFETCH(int, endError);
    Route route = generatedRoute(1000);
    route.dropAfterBytes = 10;
    route.dropWithReset = reset;
    m_server->setRoute(u"/drop"_s, route);

    TestPosixClient client(m_server->port());
    QVERIFY(client.isConnected());
    QVERIFY(client.send("GET /drop HTTP/1.1\r\nHost: test\r\n\r\n"));
    QTRY_VERIFY(client.readUntilEnd());
    QCOMPARE(client.endError(), endError);
    QVERIFY(client.received().startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(client.received().contains("\r\nContent-Length: 1000\r\n"));
    if (!reset)
        QVERIFY(client.received().endsWith(QByteArray("\r\n\r\n"_ba + TestServer::generatedBytes(0, 10))));
}

void TestServerFaultsTest::stallHeaders()
{
    Route route;
    route.stallHeaders = true;
    m_server->setRoute(u"/stall"_s, route);

    QNetworkReply *reply = get(u"/stall"_s, 300);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(m_server->requestCount(u"/stall"_s), 1);
    QTRY_COMPARE(m_server->openConnections(), 0); // the client gave up and closed
}

void TestServerFaultsTest::stallBody()
{
    Route route = generatedRoute(10000);
    route.stallBodyAfter = 1000;
    m_server->setRoute(u"/stall"_s, route);

    QNetworkReply *reply = get(u"/stall"_s, 300);
    const std::shared_ptr<QByteArray> body = collectBody(reply);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(*body, TestServer::generatedBytes(0, 1000));
}

void TestServerFaultsTest::trickle()
{
    Route route = generatedRoute(200);
    route.trickleBytes = 20;
    route.trickleIntervalMs = 10;
    m_server->setRoute(u"/slow"_s, route);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = get(u"/slow"_s);
    QTRY_VERIFY(reply->isFinished());
    // Ten pieces are nine intervals apart; only the lower bound is certain on a busy machine.
    QVERIFY2(timer.elapsed() >= 80, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(reply->readAll(), TestServer::generatedBytes(0, 200));
}

void TestServerFaultsTest::bodyWithoutContentLength_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("chunked") << true;
    QTest::newRow("ended by close") << false;
}

void TestServerFaultsTest::bodyWithoutContentLength()
{
    QFETCH(bool, chunked);
    constexpr qint64 Size = 1024 * 1024 + 3;
    Route route = generatedRoute(Size);
    route.sendContentLength = false;
    route.chunked = chunked;
    m_server->setRoute(u"/file"_s, route);

    QNetworkReply *reply = get(u"/file"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(!reply->hasRawHeader("Content-Length"));
    QCOMPARE(reply->rawHeader("Transfer-Encoding"), chunked ? "chunked"_ba : QByteArray());
    QCOMPARE(sha256(reply->readAll()), TestServer::generatedSha256(Size));
}

void TestServerFaultsTest::keepAlive()
{
    m_server->setRoute(u"/a"_s, generatedRoute(10));
    for (int i = 0; i < 2; ++i) {
        QNetworkReply *reply = get(u"/a"_s);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }
    QCOMPARE(m_server->acceptedConnections(), 1);
    QCOMPARE(m_server->requests().at(1).connectionId, m_server->requests().at(0).connectionId);

    TestRawClient client(m_server->port());
    for (int i = 0; i < 2; ++i) {
        client.send("GET /a HTTP/1.1\r\nHost: test\r\n\r\n"_ba);
        QTRY_VERIFY(client.hasResponse());
        QCOMPARE(client.takeResponse().body, TestServer::generatedBytes(0, 10));
    }
    QVERIFY(client.isConnected());
    QCOMPARE(m_server->acceptedConnections(), 2);
    QCOMPARE(m_server->openConnections(), 2);
}

void TestServerFaultsTest::connectionClose()
{
    m_server->setRoute(u"/a"_s, generatedRoute(10));
    for (const QByteArray &request : {"GET /a HTTP/1.1\r\nConnection: close\r\n\r\n"_ba, "GET /a HTTP/1.0\r\n\r\n"_ba}) {
        TestRawClient client(m_server->port());
        client.send(request);
        QTRY_VERIFY(client.hasResponse());
        const RawResponse response = client.takeResponse();
        QCOMPARE(response.header("Connection"), "close"_ba);
        QTRY_VERIFY(client.isClosed());
    }
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestServerFaultsTest::manyConnections()
{
    constexpr int Count = 100;
    constexpr qint64 Size = 64 * 1024;
    m_server->setRoute(u"/gen"_s, generatedRoute(Size));

    std::vector<std::unique_ptr<TestRawClient>> clients;
    for (int i = 0; i < Count; ++i)
        clients.push_back(std::make_unique<TestRawClient>(m_server->port()));
    QTRY_COMPARE(m_server->openConnections(), Count);
    for (const auto &client : clients)
        client->send("GET /gen HTTP/1.1\r\nHost: test\r\n\r\n"_ba);
    for (const auto &client : clients) {
        QTRY_VERIFY(client->hasResponse());
        const RawResponse response = client->takeResponse();
        QCOMPARE(response.body, TestServer::generatedBytes(0, Size));
    }
    QCOMPARE(m_server->requestCount(u"/gen"_s), Count);
    clients.clear();
    QTRY_COMPARE(m_server->openConnections(), 0);
    QCOMPARE(m_server->acceptedConnections(), Count);
}

void TestServerFaultsTest::malformedRequest()
{
    TestRawClient client(m_server->port());
    client.send("NOT A REQUEST\r\n\r\n"_ba);
    QTRY_VERIFY(client.hasResponse());
    const RawResponse response = client.takeResponse();
    QCOMPARE(response.status, 400);
    QTRY_VERIFY(client.isClosed());
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerFaultsTest)

#include "tst_testserverfaults.moc"
