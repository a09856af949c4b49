#include "testhttputil.h"

#include <QLocale>
#include <QtEndian>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace FerryTest::TestHttpUtil {

namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> crcTable = makeCrcTable();

// Plain decimal digits only: toLongLong() alone would also take signs and spaces, which a Range must not have.
bool parseDecimal(QByteArrayView digits, qint64 *value)
{
    if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    bool ok = false;
    *value = digits.toLongLong(&ok);
    return ok;
}

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue"_ba;
    case 200: return "OK"_ba;
    case 201: return "Created"_ba;
    case 204: return "No Content"_ba;
    case 206: return "Partial Content"_ba;
    case 301: return "Moved Permanently"_ba;
    case 302: return "Found"_ba;
    case 303: return "See Other"_ba;
    case 304: return "Not Modified"_ba;
    case 307: return "Temporary Redirect"_ba;
    case 308: return "Permanent Redirect"_ba;
    case 400: return "Bad Request"_ba;
    case 401: return "Unauthorized"_ba;
    case 403: return "Forbidden"_ba;
    case 404: return "Not Found"_ba;
    case 405: return "Method Not Allowed"_ba;
    case 408: return "Request Timeout"_ba;
    case 410: return "Gone"_ba;
    case 412: return "Precondition Failed"_ba;
    case 413: return "Content Too Large"_ba;
    case 416: return "Range Not Satisfiable"_ba;
    case 429: return "Too Many Requests"_ba;
    case 431: return "Request Header Fields Too Large"_ba;
    case 500: return "Internal Server Error"_ba;
    case 501: return "Not Implemented"_ba;
    case 502: return "Bad Gateway"_ba;
    case 503: return "Service Unavailable"_ba;
    case 504: return "Gateway Timeout"_ba;
    default: return "Status"_ba;
    }
}

QByteArray httpDate(const QDateTime &when)
{
    // The C locale keeps day and month names English whatever the test machine's locale is.
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data)
        crc = crcTable[(crc ^ quint8(c)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray gzip(QByteArrayView data)
{
    // qCompress() gives a 4-byte length, then a zlib stream: a 2-byte header, raw deflate, a 4-byte Adler-32.
    // Gzip wants the same raw deflate between its own header and a CRC-32 and length trailer.
    QByteArray deflated;
    if (data.isEmpty()) {
        deflated = QByteArray("\x03\x00", 2); // one final fixed-Huffman block holding only end-of-block
    } else {
        const QByteArray zlib = qCompress(reinterpret_cast<const uchar *>(data.data()), data.size(), 9);
        Q_ASSERT(zlib.size() > 10 && (quint8(zlib.at(4)) & 0x0F) == 8 && (quint8(zlib.at(5)) & 0x20) == 0);
        deflated = zlib.sliced(6, zlib.size() - 10);
    }

    QByteArray out;
    out.reserve(deflated.size() + 18);
    out.append("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10); // magic, deflate, no flags, no mtime, OS unknown
    out.append(deflated);
    char trailer[8];
    qToLittleEndian<quint32>(crc32(data), trailer);
    qToLittleEndian<quint32>(quint32(data.size()), trailer + 4); // ISIZE is the length modulo 2^32
    out.append(trailer, 8);
    return out;
}

ByteRange parseRange(QByteArrayView value, qint64 length)
{
    value = value.trimmed();
    const qsizetype equals = value.indexOf('=');
    if (equals < 0 || value.first(equals).trimmed().compare("bytes", Qt::CaseInsensitive) != 0)
        return {};
    const QByteArrayView spec = value.sliced(equals + 1).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || spec.contains(','))
        return {};
    const QByteArrayView firstText = spec.first(dash).trimmed();
    const QByteArrayView lastText = spec.sliced(dash + 1).trimmed();

    if (firstText.isEmpty()) { // "-n": the last n bytes
        qint64 suffix = 0;
        if (!parseDecimal(lastText, &suffix))
            return {};
        if (suffix == 0 || length == 0)
            return {ByteRange::Kind::Unsatisfiable};
        return {ByteRange::Kind::Satisfiable, std::max<qint64>(0, length - suffix), length - 1};
    }

    qint64 first = 0;
    qint64 last = length - 1;
    if (!parseDecimal(firstText, &first))
        return {};
    if (!lastText.isEmpty()) {
        if (!parseDecimal(lastText, &last) || last < first)
            return {};
    }
    if (first >= length)
        return {ByteRange::Kind::Unsatisfiable};
    return {ByteRange::Kind::Satisfiable, first, std::min(last, length - 1)};
}

} // namespace FerryTest::TestHttpUtil
