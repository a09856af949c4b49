#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace FerryTest {

// A plain non-blocking POSIX socket to 127.0.0.1, because QTcpSocket reports a FIN and a RST alike as
// RemoteHostClosedError. Owned by the test, on the test thread; it only reads when asked to.
class TestPosixClient final
{
    Q_DISABLE_COPY_MOVE(TestPosixClient)

public:
    explicit TestPosixClient(quint16 port);
    ~TestPosixClient();

    bool isConnected() const { return m_connected; }
    bool send(QByteArrayView bytes);

    // Reads what has arrived. True once the stream has ended, and from then on; safe inside QTRY_VERIFY.
    bool readUntilEnd();
    QByteArray received() const { return m_received; }
    int endError() const { return m_endError; } // 0 for an orderly FIN, else the errno, e.g. ECONNRESET

private:
    const int m_fd;
    bool m_connected = false;
    QByteArray m_received;
    int m_endError = -1;
};

} // namespace FerryTest
