#include "testrequestparser.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace FerryTest {

namespace {

// Far more than any client under test sends; it only stops a broken client from growing the buffer forever.
constexpr qsizetype MaxHeaderSection = 64 * 1024;
constexpr qsizetype MaxChunkLine = 1024;

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::none_of(text.begin(), text.end(), [](char c) {
        return quint8(c) <= ' ' || quint8(c) >= 0x7F || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c);
    });
}

} // namespace

void TestRequestParser::append(QByteArrayView data)
{
    m_buffer.append(data);
}

TestRequestParser::Status TestRequestParser::fail(QByteArray why)
{
    m_error = std::move(why);
    return Status::Malformed;
}

TestRequestParser::Status TestRequestParser::parse()
{
    for (;;) {
        switch (m_stage) {
        case Stage::HeaderSection: {
            // RFC 9112 section 2.2: empty lines before a request line are to be ignored.
            while (m_buffer.size() - m_pos >= 2 && m_buffer.at(m_pos) == '\r' && m_buffer.at(m_pos + 1) == '\n')
                m_pos += 2;
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_pos);
            if (end < 0) {
                if (m_buffer.size() - m_pos > MaxHeaderSection)
                    return fail("header section too large"_ba);
                dropConsumed();
                return Status::NeedMore;
            }
            if (!readHeaderSection(QByteArrayView(m_buffer).sliced(m_pos, end - m_pos)))
                return Status::Malformed;
            m_pos = end + 4;

            const QByteArray transferEncoding = m_request.header("Transfer-Encoding").trimmed().toLower();
            const QByteArray contentLength = m_request.header("Content-Length").trimmed();
            if (!transferEncoding.isNull()) {
                if (transferEncoding != "chunked")
                    return fail("unsupported Transfer-Encoding"_ba);
                m_stage = Stage::ChunkSize;
            } else if (!contentLength.isNull()) {
                bool ok = false;
                m_remaining = contentLength.toLongLong(&ok);
                if (!ok || m_remaining < 0)
                    return fail("bad Content-Length"_ba);
                m_stage = m_remaining > 0 ? Stage::FixedBody : Stage::Done;
            } else {
                m_stage = Stage::Done;
            }
            break;
        }
        case Stage::FixedBody:
        case Stage::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, m_buffer.size() - m_pos);
            m_request.body.append(QByteArrayView(m_buffer).sliced(m_pos, take));
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0) {
                dropConsumed();
                return Status::NeedMore;
            }
            if (m_stage == Stage::FixedBody) {
                m_stage = Stage::Done;
                break;
            }
            if (m_buffer.size() - m_pos < 2)
                return Status::NeedMore;
            if (m_buffer.at(m_pos) != '\r' || m_buffer.at(m_pos + 1) != '\n')
                return fail("chunk data not followed by CRLF"_ba);
            m_pos += 2;
            m_stage = Stage::ChunkSize;
            break;
        }
        case Stage::ChunkSize: {
            const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
            if (end < 0)
                return m_buffer.size() - m_pos > MaxChunkLine ? fail("chunk size line too long"_ba) : Status::NeedMore;
            QByteArrayView line = QByteArrayView(m_buffer).sliced(m_pos, end - m_pos);
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line = line.first(semicolon); // chunk extensions mean nothing to us
            line = line.trimmed();
            bool ok = false;
            m_remaining = line.toLongLong(&ok, 16);
            if (!ok || m_remaining < 0 || line.startsWith('+') || line.startsWith('-'))
                return fail("bad chunk size"_ba);
            m_pos = end + 2;
            m_stage = m_remaining > 0 ? Stage::ChunkData : Stage::ChunkTrailer;
            break;
        }
        case Stage::ChunkTrailer: {
            const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
            if (end < 0)
                return m_buffer.size() - m_pos > MaxHeaderSection ? fail("trailer too long"_ba) : Status::NeedMore;
            const bool last = end == m_pos; // trailer fields are read past; only the empty line ends the body
            m_pos = end + 2;
            if (last)
                m_stage = Stage::Done;
            break;
        }
        case Stage::Done:
            return Status::Complete;
        }
    }
}

Request TestRequestParser::takeRequest()
{
    Q_ASSERT(m_stage == Stage::Done);
    Request request = std::move(m_request);
    m_request = {};
    m_stage = Stage::HeaderSection;
    m_remaining = 0;
    dropConsumed();
    return request;
}

bool TestRequestParser::readHeaderSection(QByteArrayView section)
{
    const qsizetype lineEnd = section.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? section : section.first(lineEnd);
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : requestLine.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0 || requestLine.indexOf(' ', secondSpace + 1) >= 0) {
        fail("bad request line"_ba);
        return false;
    }
    m_request.method = requestLine.first(firstSpace).toByteArray();
    m_request.target = requestLine.sliced(firstSpace + 1, secondSpace - firstSpace - 1).toByteArray();
    m_request.version = requestLine.sliced(secondSpace + 1).toByteArray();
    if (!isToken(m_request.method) || m_request.target.isEmpty() || !m_request.version.startsWith("HTTP/1.")) {
        fail("bad request line"_ba);
        return false;
    }

    // The absolute form is what a client sends to a proxy; reduce it to the origin form.
    QByteArrayView origin = m_request.target;
    if (origin.startsWith("http://") || origin.startsWith("https://")) {
        const qsizetype slash = origin.indexOf('/', origin.indexOf("://") + 3);
        origin = slash < 0 ? QByteArrayView("/") : origin.sliced(slash);
    }
    const qsizetype question = origin.indexOf('?');
    m_request.path = QUrl::fromPercentEncoding(origin.first(question < 0 ? origin.size() : question).toByteArray());
    m_request.query = question < 0 ? QByteArray() : origin.sliced(question + 1).toByteArray();

    qsizetype pos = lineEnd < 0 ? section.size() : lineEnd + 2;
    while (pos < section.size()) {
        qsizetype end = section.indexOf("\r\n", pos);
        if (end < 0)
            end = section.size();
        const QByteArrayView line = section.sliced(pos, end - pos);
        pos = end + 2;
        const qsizetype colon = line.indexOf(':');
        // Obsolete line folding starts with whitespace; RFC 9112 lets a server reject it, which keeps this simple.
        if (colon <= 0 || !isToken(line.first(colon))) {
            fail("bad header field"_ba);
            return false;
        }
        m_request.headers.append({line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return true;
}

void TestRequestParser::dropConsumed()
{
    // Compacting only when everything is consumed keeps a large upload from costing quadratic copying.
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_stage == Stage::HeaderSection && m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

} // namespace FerryTest
