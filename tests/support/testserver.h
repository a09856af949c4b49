#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <utility>

class QTcpServer;

namespace FerryTest {

class TestConnection;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One scripted response. The defaults give "200 OK" with an empty body, Accept-Ranges and Content-Length.
struct Route {
    int status = 200;
    QByteArray reason; // empty: the standard phrase for `status`
    // Sent after the server's own headers. One with the same name (case-insensitive) as a header the server would
    // send replaces it; framing still follows this Route, so a lying Content-Length is a way to script a short body.
    HeaderList headers;

    QByteArray body; // the literal body, unless generatedSize or echoBody says otherwise
    qint64 generatedSize = -1; // >= 0: a body of TestServer::generatedBytes(0, generatedSize, seed), streamed
    quint32 seed = 0; // lets two routes serve different generated content

    bool honourRange = true; // answer "Range: bytes=..." with 206 or 416; false sends the full 200
    bool acceptRanges = true; // sends "Accept-Ranges: bytes"
    QByteArray etag; // sent as is, quotes included; If-Range must equal it (strongly) for a 206
    QByteArray lastModified; // sent as is; an If-Range equal to it also allows a 206
    bool sendContentLength = true; // false: chunked if `chunked`, else the body ends when the connection closes
    bool chunked = false;
    // Content-Encoding: gzip of the literal or echoed body, whatever the request's Accept-Encoding says. Ranges
    // and Content-Length apply to the encoded bytes, as real servers do. Ignored for generated bodies.
    bool gzip = false;

    qint64 dropAfterBytes = -1; // >= 0: close after this many body bytes (or the whole body, if shorter)
    bool dropWithReset = false; // drop with RST (SO_LINGER 0) instead of FIN; unread bytes in flight may be lost
    int trickleBytes = 0; // > 0: send at most this many body bytes every trickleIntervalMs
    int trickleIntervalMs = 10;
    bool stallHeaders = false; // read the request, then never answer and never close
    qint64 stallBodyAfter = -1; // >= 0: send the headers and this many body bytes, then go silent without closing

    QByteArray redirectTo; // sends Location; a status of 200 becomes 302
    int retryAfterSeconds = -1; // >= 0: sends Retry-After
    bool echoBody = false; // the body is the request's body, and X-Echo-Method names the request's method
    QByteArray vary;
};

// One request as the server read it.
struct Request {
    QByteArray method;
    QByteArray target; // the request-target exactly as sent
    QString path; // percent-decoded, without the query: what routes are matched against
    QByteArray query; // still encoded, without the '?'
    QByteArray version; // "HTTP/1.1"
    HeaderList headers; // in the order received, names as sent
    QByteArray body; // with any chunked framing removed
    quint64 connectionId = 0; // the TCP connection that carried it, counting from 1: shows keep-alive reuse

    // The first value of the header `name`, compared case-insensitively; a null QByteArray when it is absent.
    QByteArray header(QByteArrayView name) const;
};

// A loopback HTTP/1.1 server with scripted routes and faults, for Qt Test. The test owns it, and it lives on the
// test's thread: it is driven only by that thread's event loop, so tests wait with QTRY_* and the client under
// test may run on any thread. Bodies are streamed with backpressure, so generated bodies of any size cost little
// memory. Unknown paths get 404. Connections are kept alive unless the request or the route says otherwise.
class TestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestServer)

public:
    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    bool listen(); // on 127.0.0.1, on a free port
    quint16 port() const;
    QUrl url(const QString &pathAndQuery) const; // http://127.0.0.1:port followed by pathAndQuery

    // The same response for every request to `path` (without a query) from now on.
    void setRoute(const QString &path, const Route &route);
    // The n-th request from now on gets routes[n], and every later one the last route.
    void setRouteSequence(const QString &path, const QList<Route> &routes);
    void removeRoute(const QString &path);

    QList<Request> requests() const; // every request, in the order they were read
    QList<Request> requestsFor(const QString &path) const;
    int requestCount(const QString &path) const;
    qint64 bodyBytesSent(const QString &path) const; // body bytes handed to sockets for `path`, all requests
    int openConnections() const;
    // Connections with a request being answered whose client has not left: those a client is being served on. Not
    // counted: a connection closing after its response (a client may open its next one before this server has seen
    // the close), one whose client has aborted it, and one open with no request on it (Qt may connect a channel
    // before it has a request to send).
    // Ids of connections, so a test can ask again a moment later which of them still serve.
    QSet<quint64> servingConnections() const;
    int acceptedConnections() const;

    // Deterministic content that depends only on the absolute offset and the seed, so any range of a generated
    // body can be checked on its own. These three are pure, and safe on any thread.
    static QByteArray generatedBytes(qint64 offset, qint64 length, quint32 seed = 0);
    // Raw SHA-256 digests, computed in chunks so that sizes of several GiB are fine.
    static QByteArray generatedSha256(qint64 size, quint32 seed = 0);
    // The SHA-256 of a file on disk (empty when it cannot be read): what a download is compared with.
    static QByteArray fileSha256(const QString &path);
    static QByteArray generatedRangeSha256(qint64 offset, qint64 length, quint32 seed = 0);

Q_SIGNALS:
    // Emitted on the test thread once a request has been read completely and recorded, before its route is
    // chosen: a slot may still change the route that answers it.
    void requestReceived(const QString &path);

private:
    friend class TestConnection;

    struct RouteEntry {
        QList<Route> sequence;
        int served = 0;
    };

    void acceptConnections();
    void forgetConnection(TestConnection *connection);
    Route dispatch(const Request &request); // records the request and picks the route that answers it
    void countBodyBytes(const QString &path, qint64 bytes);

    QTcpServer *m_listener = nullptr;
    QList<TestConnection *> m_connections;
    QHash<QString, RouteEntry> m_routes;
    QList<Request> m_requests;
    QHash<QString, qint64> m_bodyBytes;
    quint64 m_acceptedConnections = 0;
};

} // namespace FerryTest
