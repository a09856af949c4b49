#include "jsonbytes.h"

#include <QChar>

#include <chrono>
#include <cstdlib>

namespace Ferry {
namespace {

constexpr char hexDigits[] = "0123456789abcdef";

char *escapedUnit(char *cursor, char16_t unit)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *cursor++ = hexDigits[(unit >> shift) & 0xf];
    return cursor;
}

char *paddedNumber(char *cursor, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        cursor[i] = char('0' + value % 10);
        value /= 10;
    }
    return cursor + width;
}

// Writes the units from `it` to `end` (UTF-16, or Latin-1 bytes) as the inside of a JSON string.
template<typename Unit>
char *escaped(char *cursor, const Unit *it, const Unit *const end)
{
    while (it != end) {
        const char16_t unit = *it++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                *cursor++ = char(unit);
                continue;
            }
            switch (unit) {
            case u'"': *cursor++ = '\\'; *cursor++ = '"'; break;
            case u'\\': *cursor++ = '\\'; *cursor++ = '\\'; break;
            case u'\b': *cursor++ = '\\'; *cursor++ = 'b'; break;
            case u'\f': *cursor++ = '\\'; *cursor++ = 'f'; break;
            case u'\n': *cursor++ = '\\'; *cursor++ = 'n'; break;
            case u'\r': *cursor++ = '\\'; *cursor++ = 'r'; break;
            case u'\t': *cursor++ = '\\'; *cursor++ = 't'; break;
            default: cursor = escapedUnit(cursor, unit); break;
            }
        } else if (unit < 0x800) {
            *cursor++ = char(0xc0 | (unit >> 6));
            *cursor++ = char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && it != end && QChar::isLowSurrogate(*it)) {
            const char32_t code = QChar::surrogateToUcs4(unit, *it++);
            *cursor++ = char(0xf0 | (code >> 18));
            *cursor++ = char(0x80 | ((code >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((code >> 6) & 0x3f));
            *cursor++ = char(0x80 | (code & 0x3f));
        } else if (QChar::isSurrogate(unit)) {
            // A lone surrogate has no UTF-8 form; QJsonDocument keeps it as an escape, and so do we.
            cursor = escapedUnit(cursor, unit);
        } else {
            *cursor++ = char(0xe0 | (unit >> 12));
            *cursor++ = char(0x80 | ((unit >> 6) & 0x3f));
            *cursor++ = char(0x80 | (unit & 0x3f));
        }
    }
    return cursor;
}

} // namespace

void JsonBytes::string(QStringView text)
{
    // The worst case is six bytes per UTF-16 unit (\u0001); a surrogate pair becomes four bytes of UTF-8.
    char *cursor = room(2 + 6 * text.size());
    *cursor++ = '"';
    cursor = escaped(cursor, text.utf16(), text.utf16() + text.size());
    *cursor++ = '"';
    commit(cursor);
}

void JsonBytes::latin1(QByteArrayView text)
{
    const auto *bytes = reinterpret_cast<const uchar *>(text.data());
    char *cursor = room(2 + 6 * text.size());
    *cursor++ = '"';
    cursor = escaped(cursor, bytes, bytes + text.size());
    *cursor++ = '"';
    commit(cursor);
}

void JsonBytes::date(const QDateTime &date)
{
    // Qt::ISODateWithMs goes through asprintf, which was a fifth of a long listing. The store's dates are UTC, so
    // those (and fixed offsets) are formatted here; local times and years outside 1-9999, which Qt prints
    // differently or not at all, are left to Qt.
    constexpr qint64 firstMs = -62135596800000; // 0001-01-01T00:00:00.000
    constexpr qint64 lastMs = 253402300799999;  // 9999-12-31T23:59:59.999
    const bool simple = date.isValid() && date.timeSpec() != Qt::LocalTime
        && std::abs(date.offsetFromUtc()) < 24 * 3600;
    const qint64 offset = simple ? date.offsetFromUtc() : 0;
    const qint64 local = simple ? date.toMSecsSinceEpoch() + offset * 1000 : 0;
    if (!simple || local < firstMs || local > lastMs) {
        string(date.toString(Qt::ISODateWithMs));
        return;
    }
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(local)));
    const year_month_day ymd(day);
    const auto ms = unsigned(local - duration_cast<milliseconds>(day.time_since_epoch()).count());

    char *cursor = room(31); // "YYYY-MM-DDTHH:MM:SS.mmm+HH:MM"
    *cursor++ = '"';
    cursor = paddedNumber(cursor, unsigned(int(ymd.year())), 4);
    *cursor++ = '-';
    cursor = paddedNumber(cursor, unsigned(ymd.month()), 2);
    *cursor++ = '-';
    cursor = paddedNumber(cursor, unsigned(ymd.day()), 2);
    *cursor++ = 'T';
    cursor = paddedNumber(cursor, ms / 3600000, 2);
    *cursor++ = ':';
    cursor = paddedNumber(cursor, ms / 60000 % 60, 2);
    *cursor++ = ':';
    cursor = paddedNumber(cursor, ms / 1000 % 60, 2);
    *cursor++ = '.';
    cursor = paddedNumber(cursor, ms % 1000, 3);
    if (date.timeSpec() == Qt::UTC) {
        *cursor++ = 'Z';
    } else {
        // Like Qt, whole minutes only: seconds of an offset are dropped.
        const auto magnitude = unsigned(std::abs(offset));
        *cursor++ = offset >= 0 ? '+' : '-';
        cursor = paddedNumber(cursor, magnitude / 3600, 2);
        *cursor++ = ':';
        cursor = paddedNumber(cursor, magnitude / 60 % 60, 2);
    }
    *cursor++ = '"';
    commit(cursor);
}

} // namespace Ferry
