#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

// Small HTTP helpers for the test server. Pure functions, safe on any thread.
namespace FerryTest::TestHttpUtil {

QByteArray reasonPhrase(int status);
QByteArray httpDate(const QDateTime &when); // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"

quint32 crc32(QByteArrayView data);
// A complete gzip member (RFC 1952). Qt's qCompress() does the deflating, so no zlib linkage is needed here.
QByteArray gzip(QByteArrayView data);

struct ByteRange {
    enum class Kind { Ignore, Satisfiable, Unsatisfiable };
    Kind kind = Kind::Ignore;
    qint64 first = 0;
    qint64 last = -1; // inclusive
};

// A Range header value against a representation of `length` bytes (RFC 9110 section 14.2). Only one range is
// served: a list of several is ignored, as the RFC allows, and so is anything malformed.
ByteRange parseRange(QByteArrayView value, qint64 length);

} // namespace FerryTest::TestHttpUtil
