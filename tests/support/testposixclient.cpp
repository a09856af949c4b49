#include "testposixclient.h"

#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace FerryTest {

TestPosixClient::TestPosixClient(quint16 port)
    : m_fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0))
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = qToBigEndian(port);
    address.sin_addr.s_addr = qToBigEndian<quint32>(INADDR_LOOPBACK);
    // A blocking connect is fine: the kernel completes a loopback handshake from the listen backlog, without
    // waiting for the server's event loop.
    m_connected = m_fd >= 0 && ::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    if (m_connected)
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
}

TestPosixClient::~TestPosixClient()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool TestPosixClient::send(QByteArrayView bytes)
{
    return m_connected && ::send(m_fd, bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
}

bool TestPosixClient::readUntilEnd()
{
    if (m_endError >= 0 || !m_connected)
        return true; // a second recv() after a reset would report a FIN, and hide the reset
    char buffer[16384];
    for (;;) {
        const ssize_t count = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (count > 0) {
            m_received.append(buffer, count);
        } else if (count == 0) {
            m_endError = 0;
            return true;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return false;
        } else if (errno != EINTR) {
            m_endError = errno;
            return true;
        }
    }
}

} // namespace FerryTest
