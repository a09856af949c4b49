#include "testconnection.h"

#include "testhttputil.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

#include <cerrno>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace FerryTest {

namespace {

// Enough in the socket's buffer to keep loopback busy, small enough that a huge body never sits in memory.
constexpr qint64 PieceSize = 256 * 1024;
constexpr qint64 HighWater = 1024 * 1024;

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) { return sameName(header.first, name); });
}

// RFC 9110 section 13.1.5: If-Range with an entity tag needs a strong match, and with a date an exact one.
bool ifRangeAllows(const Request &request, const Route &route)
{
    const QByteArray ifRange = request.header("If-Range");
    if (ifRange.isNull())
        return true;
    if (ifRange.startsWith('"') || ifRange.startsWith("W/"))
        return !route.etag.isEmpty() && !route.etag.startsWith("W/") && ifRange == route.etag;
    return !route.lastModified.isEmpty() && ifRange == route.lastModified;
}

} // namespace

QByteArray TestConnection::BodySource::take(qint64 length)
{
    const qint64 from = next;
    next += length;
    return generated ? TestServer::generatedBytes(from, length, seed) : literal.mid(from, length);
}

TestConnection::TestConnection(QTcpSocket *socket, quint64 id, TestServer *server)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_trickleTimer(new QTimer(this))
    , m_id(id)
{
    m_socket->setParent(this);
    m_trickleTimer->setTimerType(Qt::PreciseTimer);
    connect(m_trickleTimer, &QTimer::timeout, this, [this] {
        m_allowance = m_trickleBytes;
        pump();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &TestConnection::readSocket);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TestConnection::handleBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &TestConnection::handleDisconnected);
    // Bytes may have arrived before the connections above existed.
    QMetaObject::invokeMethod(this, &TestConnection::readSocket, Qt::QueuedConnection);
}

TestConnection::~TestConnection()
{
    // Destroying a connected socket closes it, and its signals must not reach this half-destroyed object.
    m_socket->disconnect(this);
}

void TestConnection::readSocket()
{
    const QByteArray data = m_socket->readAll();
    if (m_state == State::Closing || m_state == State::Resetting)
        return;
    m_parser.append(data);
    if (m_state == State::Reading)
        processRequests();
}

void TestConnection::processRequests()
{
    if (m_processing)
        return;
    m_processing = true;
    const QPointer<TestConnection> alive(this);
    while (m_state == State::Reading) {
        const TestRequestParser::Status status = m_parser.parse();
        if (status == TestRequestParser::Status::NeedMore) {
            // curl and others wait for this before sending a large body; Qt does not ask for it.
            if (m_parser.headerSectionComplete() && !m_continueSent
                && m_parser.current().header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_continueSent = true;
            }
            break;
        }
        if (status == TestRequestParser::Status::Malformed) {
            rejectMalformed();
            break;
        }
        Request request = m_parser.takeRequest();
        request.connectionId = m_id;
        m_continueSent = false;
        m_dispatching = true;
        const Route route = m_server->dispatch(request);
        if (!alive) // a slot on requestReceived destroyed the server
            return;
        m_dispatching = false;
        respond(request, route);
    }
    m_processing = false;
}

void TestConnection::respond(const Request &request, const Route &route)
{
    if (route.stallHeaders) {
        m_state = State::Stalled;
        return;
    }

    const bool generated = route.generatedSize >= 0 && !route.echoBody;
    QByteArray literal = route.echoBody ? request.body : route.body;
    const bool gzipped = route.gzip && !generated;
    if (gzipped)
        literal = TestHttpUtil::gzip(literal);
    const qint64 entityLength = generated ? route.generatedSize : literal.size();

    int status = route.status;
    if (!route.redirectTo.isEmpty() && status == 200)
        status = 302;

    HeaderList headers;
    qint64 first = 0;
    qint64 length = entityLength;
    const QByteArray rangeHeader = request.header("Range");
    if (status == 200 && route.honourRange && !rangeHeader.isNull() && ifRangeAllows(request, route)) {
        const TestHttpUtil::ByteRange range = TestHttpUtil::parseRange(rangeHeader, entityLength);
        const QByteArray total = QByteArray::number(entityLength);
        if (range.kind == TestHttpUtil::ByteRange::Kind::Satisfiable) {
            status = 206;
            first = range.first;
            length = range.last - range.first + 1;
            headers.append({"Content-Range"_ba,
                            "bytes "_ba + QByteArray::number(range.first) + '-' + QByteArray::number(range.last) + '/' + total});
        } else if (range.kind == TestHttpUtil::ByteRange::Kind::Unsatisfiable) {
            status = 416;
            length = 0;
            headers.append({"Content-Range"_ba, "bytes */"_ba + total});
        }
    }

    const bool http10 = request.version == "HTTP/1.0";
    const bool bodyAllowed = status >= 200 && status != 204 && status != 304;
    const bool sendsBody = bodyAllowed && request.method != "HEAD";
    // HTTP/1.0 knows no chunked coding, so such a client gets a body ended by closing instead.
    const bool chunked = !route.sendContentLength && route.chunked && !http10;
    const bool closeDelimited = !route.sendContentLength && !chunked;
    const QByteArray connectionHeader = request.header("Connection").toLower();
    bool keepAlive = http10 ? connectionHeader.contains("keep-alive") : !connectionHeader.contains("close");
    if (closeDelimited)
        keepAlive = false;
    for (const auto &[name, value] : route.headers) {
        if (sameName(name, "Connection") && value.toLower().contains("close"))
            keepAlive = false;
    }

    headers.prepend({"Server"_ba, "FerryTestServer"_ba});
    headers.prepend({"Date"_ba, TestHttpUtil::httpDate(QDateTime::currentDateTimeUtc())});
    if (bodyAllowed) {
        headers.append({"Content-Type"_ba, "application/octet-stream"_ba});
        if (chunked)
            headers.append({"Transfer-Encoding"_ba, "chunked"_ba});
        else if (!closeDelimited)
            headers.append({"Content-Length"_ba, QByteArray::number(length)});
    }
    if (route.acceptRanges)
        headers.append({"Accept-Ranges"_ba, "bytes"_ba});
    if (!route.etag.isEmpty())
        headers.append({"ETag"_ba, route.etag});
    if (!route.lastModified.isEmpty())
        headers.append({"Last-Modified"_ba, route.lastModified});
    if (gzipped)
        headers.append({"Content-Encoding"_ba, "gzip"_ba});
    if (!route.vary.isEmpty())
        headers.append({"Vary"_ba, route.vary});
    if (!route.redirectTo.isEmpty())
        headers.append({"Location"_ba, route.redirectTo});
    if (route.retryAfterSeconds >= 0)
        headers.append({"Retry-After"_ba, QByteArray::number(route.retryAfterSeconds)});
    if (route.echoBody)
        headers.append({"X-Echo-Method"_ba, request.method});
    if (!keepAlive)
        headers.append({"Connection"_ba, "close"_ba});
    else if (http10)
        headers.append({"Connection"_ba, "keep-alive"_ba});

    QByteArray head = "HTTP/1.1 "_ba + QByteArray::number(status) + ' '
        + (route.reason.isEmpty() ? TestHttpUtil::reasonPhrase(status) : route.reason) + "\r\n";
    for (const auto &[name, value] : std::as_const(headers)) {
        if (!hasHeader(route.headers, name))
            head += name + ": " + value + "\r\n";
    }
    for (const auto &[name, value] : route.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    m_socket->write(head);

    m_path = request.path;
    m_body = BodySource{sendsBody ? literal : QByteArray(), generated, route.seed, first, sendsBody ? first + length : first};
    m_chunked = chunked && sendsBody;
    m_keepAlive = keepAlive;
    m_bodySent = 0;
    m_fault = Fault::None;
    m_faultAt = -1;
    // A limit past the end strikes once the whole body is out, so a scripted drop or stall always happens.
    if (route.dropAfterBytes >= 0) {
        m_fault = route.dropWithReset ? Fault::Reset : Fault::Drop;
        m_faultAt = std::min(route.dropAfterBytes, m_body.remaining());
    }
    if (route.stallBodyAfter >= 0 && (m_faultAt < 0 || route.stallBodyAfter < m_faultAt)) {
        m_fault = Fault::Stall;
        m_faultAt = std::min(route.stallBodyAfter, m_body.remaining());
    }
    m_trickleBytes = std::max(0, route.trickleBytes);
    m_allowance = m_trickleBytes;
    if (m_trickleBytes > 0)
        m_trickleTimer->start(std::max(1, route.trickleIntervalMs));
    m_state = State::Streaming;
    pump();
}

void TestConnection::pump()
{
    while (m_state == State::Streaming && m_socket->state() == QAbstractSocket::ConnectedState) {
        if (m_fault != Fault::None && m_bodySent >= m_faultAt) {
            applyFault();
            return;
        }
        if (m_body.remaining() == 0) {
            finishResponse();
            return;
        }
        if (m_socket->bytesToWrite() >= HighWater)
            return; // bytesWritten brings us back
        qint64 length = std::min(PieceSize, m_body.remaining());
        if (m_fault != Fault::None)
            length = std::min(length, m_faultAt - m_bodySent);
        if (m_trickleBytes > 0) {
            length = std::min(length, m_allowance);
            if (length == 0)
                return; // the trickle timer brings us back
            m_allowance -= length;
        }
        writeBody(m_body.take(length));
    }
}

void TestConnection::writeBody(const QByteArray &bytes)
{
    if (m_chunked) {
        m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n");
        m_socket->write(bytes);
        m_socket->write("\r\n");
    } else {
        m_socket->write(bytes);
    }
    m_bodySent += bytes.size();
    m_server->countBodyBytes(m_path, bytes.size());
}

void TestConnection::finishResponse()
{
    m_trickleTimer->stop();
    m_body = {};
    if (m_chunked)
        m_socket->write("0\r\n\r\n");
    if (m_keepAlive) {
        m_state = State::Reading;
        processRequests(); // the next request may already be buffered
    } else {
        m_state = State::Closing;
        m_socket->disconnectFromHost(); // sends FIN once the buffer has drained
    }
}

void TestConnection::applyFault()
{
    m_trickleTimer->stop();
    m_body = {};
    switch (m_fault) {
    case Fault::Drop:
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        break;
    case Fault::Reset:
        resetWhenFlushed();
        break;
    case Fault::Stall:
        m_state = State::Stalled;
        break;
    case Fault::None:
        break;
    }
}

void TestConnection::resetWhenFlushed()
{
    m_state = State::Resetting;
    // Reset only once the promised bytes are in the kernel; abort() would throw away what Qt still buffers.
    if (m_socket->bytesToWrite() > 0)
        return;
    // With a zero linger time, close() sends RST instead of FIN, which is what a crashed server looks like.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger hard{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    m_socket->abort();
}

void TestConnection::rejectMalformed()
{
    const QByteArray why = m_parser.errorString() + '\n';
    m_socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: "_ba
                    + QByteArray::number(why.size()) + "\r\nConnection: close\r\n\r\n" + why);
    m_state = State::Closing;
    m_socket->disconnectFromHost();
}

bool TestConnection::clientHasLeft() const
{
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor < 0)
        return true;
    char byte = 0;
    const ssize_t peeked = ::recv(int(descriptor), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return peeked == 0 || (peeked < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

void TestConnection::handleBytesWritten()
{
    if (m_state == State::Streaming)
        pump();
    else if (m_state == State::Resetting)
        resetWhenFlushed();
}

void TestConnection::handleDisconnected()
{
    m_trickleTimer->stop();
    m_state = State::Closing;
    m_server->forgetConnection(this);
    deleteLater();
}

} // namespace FerryTest
