#include "testproxy.h"

#include <QTcpSocket>
#include <QUrl>
#include <QtEndian>

namespace FerryTest {
namespace {

const char bufferProperty[] = "ferryProxyBuffer";

} // namespace

TestProxy::TestProxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            accept(client);
    });
}

bool TestProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

void TestProxy::accept(QTcpSocket *client)
{
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
}

void TestProxy::onClientData(QTcpSocket *client)
{
    QByteArray buffer = client->property(bufferProperty).toByteArray() + client->readAll();
    const bool done = !buffer.isEmpty() && buffer.at(0) == 0x05 ? handleSocks(client, buffer) : handleHttp(client, buffer);
    if (done) {
        // From here on the tunnel moves the bytes.
        disconnect(client, &QTcpSocket::readyRead, this, nullptr);
        client->setProperty(bufferProperty, QVariant());
    } else {
        client->setProperty(bufferProperty, buffer);
    }
}

bool TestProxy::handleSocks(QTcpSocket *client, QByteArray &buffer)
{
    // Greeting: VER NMETHODS METHODS...; answered with "no authentication".
    if (buffer.size() < 2 || buffer.size() < 2 + quint8(buffer.at(1)))
        return false;
    const int greeting = 2 + quint8(buffer.at(1));
    if (!client->property("ferrySocksGreeted").toBool()) {
        client->write(QByteArray("\x05\x00", 2));
        client->setProperty("ferrySocksGreeted", true);
    }
    // Request: VER CMD RSV ATYP ADDR PORT.
    const QByteArray request = buffer.mid(greeting);
    if (request.size() < 5)
        return false;
    Visit visit{"socks5", {}, false, {}};
    QByteArray host;
    int at = 4;
    switch (request.at(3)) {
    case 0x01:
        if (request.size() < 10)
            return false;
        host = QHostAddress(qFromBigEndian<quint32>(request.constData() + 4)).toString().toLatin1();
        visit.resolvedByClient = true;
        at = 8;
        break;
    case 0x03: {
        const int length = quint8(request.at(4));
        if (request.size() < 5 + length + 2)
            return false;
        host = request.mid(5, length);
        at = 5 + length;
        break;
    }
    default:
        client->disconnectFromHost(); // IPv6 is not needed on loopback tests
        return true;
    }
    const quint16 port = qFromBigEndian<quint16>(request.constData() + at);
    visit.target = host + ':' + QByteArray::number(port);
    m_visits.append(visit);
    tunnel(client, host, port, request.mid(at + 2), QByteArray("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10));
    return true;
}

bool TestProxy::handleHttp(QTcpSocket *client, QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = buffer.left(end + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3) {
        client->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        client->disconnectFromHost();
        return true;
    }
    Visit visit;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("proxy-authorization:"))
            visit.proxyAuthorization = line.mid(line.indexOf(':') + 1).trimmed();
    }
    if (requestLine.at(0) == "CONNECT") {
        visit.kind = "connect";
        visit.target = requestLine.at(1);
        m_visits.append(visit);
        const qsizetype colon = visit.target.lastIndexOf(':');
        tunnel(client, visit.target.left(colon), visit.target.mid(colon + 1).toUShort(), buffer.mid(end + 4),
               "HTTP/1.1 200 Connection established\r\n\r\n");
        return true;
    }
    // An absolute-form request: forwarded as it came (the origin accepts that form too), and the connection
    // stays a pipe to that origin.
    const QUrl url(QString::fromLatin1(requestLine.at(1)));
    visit.kind = "http";
    visit.target = url.host().toLatin1() + ':' + QByteArray::number(url.port(80));
    m_visits.append(visit);
    tunnel(client, url.host().toLatin1(), quint16(url.port(80)), buffer, QByteArray());
    return true;
}

void TestProxy::tunnel(QTcpSocket *client, const QByteArray &host, quint16 port, const QByteArray &first,
                       const QByteArray &reply)
{
    auto *target = new QTcpSocket(client);
    connect(target, &QTcpSocket::connected, client, [client, target, first, reply] {
        if (!reply.isEmpty())
            client->write(reply);
        if (!first.isEmpty())
            target->write(first);
        connect(client, &QTcpSocket::readyRead, target, [client, target] { target->write(client->readAll()); });
        connect(target, &QTcpSocket::readyRead, client, [client, target] { client->write(target->readAll()); });
        if (client->bytesAvailable() > 0)
            target->write(client->readAll());
    });
    connect(target, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, target, [target] { target->disconnectFromHost(); });
    connect(target, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError) {
        client->disconnectFromHost();
    });
    target->connectToHost(QString::fromLatin1(host), port);
}

} // namespace FerryTest
