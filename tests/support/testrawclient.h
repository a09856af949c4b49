#pragma once

#include "testserver.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QTcpSocket>

namespace FerryTest {

// One response as TestRawClient read it.
struct RawResponse {
    int status = 0;
    HeaderList headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // first value, case-insensitive; null when absent
};

// A bare HTTP client on one QTcpSocket, for what QNetworkAccessManager hides: framing, connection reuse, chunked
// uploads and malformed requests. Owned by the test, on the test thread; it reads whenever the event loop runs.
// It understands interim responses and bodies with a Content-Length or ended by closing, not chunked ones nor
// responses to HEAD.
class TestRawClient final
{
    Q_DISABLE_COPY_MOVE(TestRawClient)

public:
    explicit TestRawClient(quint16 port); // connects to 127.0.0.1:port; sends may start before that completes

    void send(const QByteArray &bytes);
    bool isConnected() const;
    bool isClosed() const;

    // No side effects, so it is safe inside QTRY_VERIFY, which evaluates its expression more than once.
    bool hasResponse() const;
    RawResponse takeResponse(); // the first complete response; call only after hasResponse()

private:
    // The length of the first complete response, or -1.
    qsizetype completeLength(RawResponse *parsed) const;

    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace FerryTest
