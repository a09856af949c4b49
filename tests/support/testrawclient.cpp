#include "testrawclient.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace FerryTest {

QByteArray RawResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestRawClient::TestRawClient(quint16 port)
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
    // QAbstractSocket buffers what is written while it connects.
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void TestRawClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

bool TestRawClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool TestRawClient::isClosed() const
{
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

bool TestRawClient::hasResponse() const
{
    return completeLength(nullptr) >= 0;
}

RawResponse TestRawClient::takeResponse()
{
    RawResponse response;
    const qsizetype length = completeLength(&response);
    Q_ASSERT_X(length >= 0, "TestRawClient::takeResponse", "no complete response yet");
    m_received.remove(0, length);
    return response;
}

qsizetype TestRawClient::completeLength(RawResponse *parsed) const
{
    const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    RawResponse response;
    const QList<QByteArray> lines = m_received.first(headEnd).split('\n');
    response.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            response.headers.append({lines.at(i).first(colon), lines.at(i).sliced(colon + 1).trimmed()});
    }
    const qsizetype bodyStart = headEnd + 4;
    const QByteArray lengthText = response.header("Content-Length");
    qsizetype bodyLength = m_received.size() - bodyStart;
    if ((response.status >= 100 && response.status < 200) || response.status == 204 || response.status == 304) {
        bodyLength = 0;
    } else if (lengthText.isNull()) {
        if (!isClosed())
            return -1; // the body ends when the server closes
    } else {
        bodyLength = lengthText.toLongLong();
        if (m_received.size() - bodyStart < bodyLength)
            return -1;
    }
    if (parsed) {
        response.body = m_received.sliced(bodyStart, bodyLength);
        *parsed = response;
    }
    return bodyStart + bodyLength;
}

} // namespace FerryTest
