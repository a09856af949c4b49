#include "testserver.h"

#include <QFile>

#include "testconnection.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace FerryTest {

namespace {

// SplitMix64's output function: cheap, and every bit of the word depends on every bit of the input, so a client
// that writes a range to the wrong offset or mixes two seeds gets a different hash.
quint64 generatedWord(quint64 index, quint32 seed)
{
    quint64 z = index * 0x9E3779B97F4A7C15ull + (quint64(seed) + 1) * 0xD1B54A32D192ED03ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

Route notFoundRoute()
{
    Route route;
    route.status = 404;
    route.body = "Not found\n"_ba;
    route.acceptRanges = false;
    route.honourRange = false;
    route.headers = {{"Content-Type"_ba, "text/plain"_ba}};
    return route;
}

} // namespace

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray(""_ba) : value; // present but empty still differs from absent
    }
    return {};
}

TestServer::TestServer(QObject *parent)
    : QObject(parent)
    , m_listener(new QTcpServer(this))
{
    // Many clients may connect in one go before the event loop runs; a short backlog would make some of them
    // wait a second for a SYN retry.
    m_listener->setListenBacklogSize(1024);
    m_listener->setMaxPendingConnections(1024);
    connect(m_listener, &QTcpServer::newConnection, this, &TestServer::acceptConnections);
}

TestServer::~TestServer()
{
    // Before QObject deletes the children: the connections call back into this object while they close.
    const QList<TestConnection *> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

bool TestServer::listen()
{
    return m_listener->listen(QHostAddress::LocalHost, 0);
}

quint16 TestServer::port() const
{
    return m_listener->serverPort();
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()) + pathAndQuery);
}

void TestServer::setRoute(const QString &path, const Route &route)
{
    setRouteSequence(path, {route});
}

void TestServer::setRouteSequence(const QString &path, const QList<Route> &routes)
{
    Q_ASSERT_X(!routes.isEmpty(), "TestServer::setRouteSequence", "use removeRoute() to forget a route");
    m_routes.insert(path, RouteEntry{routes, 0});
}

void TestServer::removeRoute(const QString &path)
{
    m_routes.remove(path);
}

QList<Request> TestServer::requests() const
{
    return m_requests;
}

QList<Request> TestServer::requestsFor(const QString &path) const
{
    QList<Request> matching;
    std::copy_if(m_requests.cbegin(), m_requests.cend(), std::back_inserter(matching),
                 [&path](const Request &request) { return request.path == path; });
    return matching;
}

int TestServer::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const Request &request) { return request.path == path; }));
}

qint64 TestServer::bodyBytesSent(const QString &path) const
{
    return m_bodyBytes.value(path);
}

int TestServer::openConnections() const
{
    return int(m_connections.size());
}

QSet<quint64> TestServer::servingConnections() const
{
    QSet<quint64> serving;
    for (const TestConnection *connection : m_connections) {
        if (connection->isResponding() && !connection->clientHasLeft())
            serving.insert(connection->id());
    }
    return serving;
}

int TestServer::acceptedConnections() const
{
    return int(m_acceptedConnections);
}

QByteArray TestServer::generatedBytes(qint64 offset, qint64 length, quint32 seed)
{
    Q_ASSERT(offset >= 0 && length >= 0);
    QByteArray bytes(length, Qt::Uninitialized);
    char *out = bytes.data();
    qint64 position = offset;
    const qint64 end = offset + length;
    while (position < end) {
        const quint64 word = generatedWord(quint64(position) / 8, seed);
        const int skip = int(position % 8);
        if (skip == 0 && end - position >= 8) {
            qToLittleEndian(word, out);
            out += 8;
            position += 8;
            continue;
        }
        const int take = int(std::min<qint64>(8 - skip, end - position));
        for (int i = 0; i < take; ++i)
            *out++ = char(word >> (8 * (skip + i)));
        position += take;
    }
    return bytes;
}

QByteArray TestServer::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QByteArray TestServer::generatedSha256(qint64 size, quint32 seed)
{
    return generatedRangeSha256(0, size, seed);
}

QByteArray TestServer::generatedRangeSha256(qint64 offset, qint64 length, quint32 seed)
{
    constexpr qint64 Piece = 4 * 1024 * 1024;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qint64 done = 0; done < length; done += Piece)
        hash.addData(generatedBytes(offset + done, std::min(Piece, length - done), seed));
    return hash.result();
}

void TestServer::acceptConnections()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection())
        m_connections.append(new TestConnection(socket, ++m_acceptedConnections, this));
}

void TestServer::forgetConnection(TestConnection *connection)
{
    m_connections.removeOne(connection);
}

Route TestServer::dispatch(const Request &request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request.path);

    const auto found = m_routes.find(request.path);
    if (found == m_routes.end())
        return notFoundRoute();
    RouteEntry &entry = found.value();
    const Route route = entry.sequence.at(std::min<qsizetype>(entry.served, entry.sequence.size() - 1));
    ++entry.served;
    return route;
}

void TestServer::countBodyBytes(const QString &path, qint64 bytes)
{
    m_bodyBytes[path] += bytes;
}

} // namespace FerryTest
