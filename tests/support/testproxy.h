#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

namespace FerryTest {

// A loopback proxy that speaks both HTTP (absolute-form requests and CONNECT) and SOCKS5 (no login, CONNECT only)
// on one port, and remembers each target it was asked for, the way it was asked. Lives on the test's thread.
class TestProxy final : public QObject
{
    Q_OBJECT

public:
    struct Visit
    {
        QByteArray kind;   // "http", "connect" or "socks5"
        QByteArray target; // host:port as the client named it
        bool resolvedByClient = false; // SOCKS5: the client sent an address rather than a name
        QByteArray proxyAuthorization; // HTTP: the Proxy-Authorization header, if any
    };

    explicit TestProxy(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    const QList<Visit> &visits() const { return m_visits; }

private:
    void accept(QTcpSocket *client);
    void onClientData(QTcpSocket *client);
    bool handleSocks(QTcpSocket *client, QByteArray &buffer);
    bool handleHttp(QTcpSocket *client, QByteArray &buffer);
    // Connects to host:port and pipes both ways; `first` goes to the target first, `reply` to the client once
    // connected.
    void tunnel(QTcpSocket *client, const QByteArray &host, quint16 port, const QByteArray &first, const QByteArray &reply);

    QTcpServer m_server;
    QList<Visit> m_visits;
};

} // namespace FerryTest
