#pragma once

#include "testserver.h"

#include <QByteArray>
#include <QByteArrayView>

namespace FerryTest {

// Reads HTTP/1.1 requests from a connection's byte stream, one at a time, with Content-Length or chunked bodies.
// A plain value owned by one TestConnection, on the test thread.
class TestRequestParser final
{
public:
    enum class Status { NeedMore, Complete, Malformed };

    void append(QByteArrayView data);
    // Tries to complete one request from what has been appended. After Complete, takeRequest() hands it over and
    // the parser moves on to the next request; after Malformed, the connection is beyond saving.
    Status parse();
    Request takeRequest();

    bool headerSectionComplete() const { return m_stage != Stage::HeaderSection; }
    const Request &current() const { return m_request; } // complete once headerSectionComplete()
    QByteArray errorString() const { return m_error; }

private:
    enum class Stage { HeaderSection, FixedBody, ChunkSize, ChunkData, ChunkTrailer, Done };

    Status fail(QByteArray why);
    bool readHeaderSection(QByteArrayView section);
    void dropConsumed();

    QByteArray m_buffer;
    qsizetype m_pos = 0; // bytes of m_buffer already consumed
    Stage m_stage = Stage::HeaderSection;
    Request m_request;
    qint64 m_remaining = 0; // body bytes still expected, of the whole body or of the current chunk
    QByteArray m_error;
};

} // namespace FerryTest
