#pragma once

#include "testrequestparser.h"
#include "testserver.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QTcpSocket;
class QTimer;

namespace FerryTest {

// One accepted connection of a TestServer: a child of the server, on the test thread. It answers the requests on
// its socket one at a time, streaming bodies as the socket drains, and deletes itself once the socket closes.
class TestConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestConnection)

public:
    TestConnection(QTcpSocket *socket, quint64 id, TestServer *server);
    ~TestConnection() override;

    // Its response is written and it is only waiting for the socket to close.
    quint64 id() const { return m_id; }
    bool isClosing() const { return m_state == State::Closing; }
    // A request is being answered: read (and being announced by requestReceived), its response not all sent.
    bool isResponding() const
    {
        return m_dispatching || m_state == State::Streaming || m_state == State::Stalled
            || m_state == State::Resetting;
    }
    // Whether the client has closed or reset its end, although this server has not read that yet: the kernel
    // already knows (a peek at the socket finds the end of the stream or an error).
    bool clientHasLeft() const;

private:
    enum class State { Reading, Streaming, Stalled, Resetting, Closing };
    enum class Fault { None, Drop, Reset, Stall };

    // The bytes of the body still to send: a slice of a literal, or of the generated content.
    struct BodySource {
        QByteArray literal;
        bool generated = false;
        quint32 seed = 0;
        qint64 next = 0;
        qint64 end = 0;

        qint64 remaining() const { return end - next; }
        QByteArray take(qint64 length);
    };

    void readSocket();
    void processRequests();
    void respond(const Request &request, const Route &route);
    void pump();
    void finishResponse();
    void applyFault();
    void resetWhenFlushed();
    void writeBody(const QByteArray &bytes);
    void rejectMalformed();
    void handleBytesWritten();
    void handleDisconnected();

    TestServer *const m_server;
    QTcpSocket *const m_socket;
    QTimer *const m_trickleTimer;
    const quint64 m_id;
    TestRequestParser m_parser;
    State m_state = State::Reading;
    bool m_dispatching = false;
    bool m_processing = false; // processRequests() is on the stack: finishing a response must not re-enter it
    bool m_continueSent = false;

    // The response being streamed.
    QString m_path;
    BodySource m_body;
    bool m_chunked = false;
    bool m_keepAlive = true;
    Fault m_fault = Fault::None;
    qint64 m_faultAt = -1; // body bytes after which m_fault strikes
    qint64 m_bodySent = 0;
    qint64 m_trickleBytes = 0;
    qint64 m_allowance = 0; // what trickling still lets us send before the next tick
};

} // namespace FerryTest
