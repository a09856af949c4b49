#include "testtlsserver.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace FerryTest {

TestTlsServer::TestTlsServer(const QByteArray &certificatePem, const QByteArray &keyPem, QByteArray body, QObject *parent)
    : QObject(parent), m_body(std::move(body))
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificatePem));
    tls.setPrivateKey(QSslKey(keyPem, QSsl::Rsa));
    // HTTP/1.1 only: the answer below is written by hand.
    tls.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(static_cast<QSslSocket *>(socket));
    });
}

bool TestTlsServer::listen(const QHostAddress &address)
{
    const QSslConfiguration tls = m_server.sslConfiguration();
    return !tls.localCertificate().isNull() && !tls.privateKey().isNull() && m_server.listen(address);
}

void TestTlsServer::serve(QSslSocket *socket)
{
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    auto request = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, this, [this, socket, request] {
        request->append(socket->readAll());
        if (!request->contains("\r\n\r\n"))
            return;
        ++m_answered;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                      + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
        socket->disconnectFromHost();
    });
}

} // namespace FerryTest
