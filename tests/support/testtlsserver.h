#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QSslServer>

namespace FerryTest {

// An https server on loopback that answers every GET with one fixed body, for the tests of certificates and trust.
// Counts handshakes, to tell a download that gave up at once from one that kept trying.
class TestTlsServer final : public QObject
{
    Q_OBJECT

public:
    TestTlsServer(const QByteArray &certificatePem, const QByteArray &keyPem, QByteArray body, QObject *parent = nullptr);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_server.serverPort(); }
    int handshakes() const { return m_handshakes; }
    int answered() const { return m_answered; }

private:
    void serve(QSslSocket *socket);

    QSslServer m_server;
    QByteArray m_body;
    int m_handshakes = 0;
    int m_answered = 0;
};

} // namespace FerryTest
