#include "jsonreport.h"

#include "backgroundfetchregistration.h"
#include "storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace Ferry::JsonReport {
namespace {

// Appends JSON values to a byte array through a raw cursor: each value reserves its worst case once, instead of
// allocating a QJsonValue, a QString and a document. Escapes and formats are those of QJsonDocument's compact
// output, byte for byte. While it writes, `out` may end in reserved room; the destructor cuts that off.
class JsonBytes final
{
public:
    explicit JsonBytes(QByteArray &out) : m_out(out), m_size(out.size()) { }
    ~JsonBytes() { m_out.resize(m_size); }
    Q_DISABLE_COPY_MOVE(JsonBytes)

    template<std::size_t N>
    void raw(const char (&text)[N])
    {
        char *cursor = room(N - 1);
        std::memcpy(cursor, text, N - 1);
        commit(cursor + N - 1);
    }

    void integer(qint64 value)
    {
        char *cursor = room(maxIntegerLength);
        commit(std::to_chars(cursor, cursor + maxIntegerLength, value).ptr);
    }

    void string(QStringView text);
    void date(const QDateTime &date);

    // `"name":`, after a comma unless it is the first member of its object.
    template<std::size_t N>
    void key(const char (&name)[N])
    {
        char *cursor = room(N + 3);
        if (m_out.constData()[m_size - 1] != '{')
            *cursor++ = ',';
        *cursor++ = '"';
        std::memcpy(cursor, name, N - 1);
        cursor += N - 1;
        *cursor++ = '"';
        *cursor++ = ':';
        commit(cursor);
    }
    template<std::size_t N, typename Value>
    void member(const char (&name)[N], const Value &value)
    {
        key(name);
        if constexpr (std::is_same_v<Value, QDateTime>)
            date(value);
        else if constexpr (std::is_integral_v<Value>)
            integer(value);
        else
            string(value);
    }

private:
    static constexpr qsizetype maxIntegerLength = 20; // -9223372036854775808

    // Room for `bytes` more bytes at the cursor; the array grows geometrically, and keeps its capacity across rows.
    char *room(qsizetype bytes)
    {
        if (m_out.size() - m_size < bytes)
            m_out.resize(m_size + bytes);
        return m_out.data() + m_size;
    }
    void commit(const char *end) { m_size = end - m_out.constData(); }

    QByteArray &m_out;
    qsizetype m_size;
};

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

void JsonBytes::string(QStringView text)
{
    // The worst case is six bytes per UTF-16 unit (\u0001); a surrogate pair becomes four bytes of UTF-8.
    char *cursor = room(2 + 6 * text.size());
    *cursor++ = '"';
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
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

} // namespace

QJsonObject record(const RecordData &rec)
{
    return QJsonObject{
        {u"index"_s, rec.index},
        {u"url"_s, rec.request.url},
        {u"method"_s, QString::fromLatin1(rec.request.method)},
        {u"status"_s, rec.status},
        {u"file"_s, rec.filePath},
        {u"size"_s, rec.bytes},
        {u"result"_s, toSpecString(rec.result)},
    };
}

QJsonObject registration(const RegistrationData &data, bool withRecords)
{
    QJsonObject object{
        {u"id"_s, data.id},
        {u"title"_s, data.title},
        {u"uploadTotal"_s, qint64(data.uploadTotal)},
        {u"uploaded"_s, qint64(data.uploaded)},
        {u"downloadTotal"_s, qint64(data.downloadTotal)},
        {u"downloaded"_s, qint64(data.downloaded)},
        {u"result"_s, toSpecString(data.result)},
        {u"failureReason"_s, toSpecString(data.failureReason)},
        {u"state"_s, toStorageString(data.state)},
        {u"created"_s, data.created.toString(Qt::ISODateWithMs)},
    };
    if (data.finished.isValid())
        object.insert(u"finished"_s, data.finished.toString(Qt::ISODateWithMs));
    if (!data.icons.isEmpty())
        object.insert(u"icons"_s, StoreCodec::iconsToJson(data.icons));
    if (withRecords) {
        QJsonArray records;
        for (const RecordData &rec : data.records)
            records.append(record(rec));
        object.insert(u"records"_s, records);
    }
    return object;
}

QJsonObject event(const QString &name, const RegistrationData &data, const BackgroundFetchRegistration *live)
{
    QJsonObject object = registration(data, name != u"progress");
    if (live) {
        // The live attributes are ahead of the stored (durable) counts.
        object.insert(u"uploaded"_s, qint64(live->uploaded()));
        object.insert(u"downloaded"_s, qint64(live->downloaded()));
        object.insert(u"result"_s, toSpecString(live->result()));
        object.insert(u"failureReason"_s, toSpecString(live->failureReason()));
    }
    QJsonObject withEvent{{u"event"_s, name}};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        withEvent.insert(it.key(), it.value());
    return withEvent;
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

void appendRegistration(QByteArray &out, const RegistrationData &data)
{
    // The keys of registration(data, false), in the order QJsonObject keeps them: sorted by code unit.
    JsonBytes json(out);
    json.raw("{");
    json.member("created", data.created);
    json.member("downloadTotal", qint64(data.downloadTotal));
    json.member("downloaded", qint64(data.downloaded));
    json.member("failureReason", toSpecString(data.failureReason));
    if (data.finished.isValid())
        json.member("finished", data.finished);
    if (!data.icons.isEmpty()) {
        json.key("icons");
        json.raw("[");
        for (qsizetype i = 0; i < data.icons.size(); ++i) {
            const ImageResource &icon = data.icons.at(i);
            if (i > 0)
                json.raw(",");
            json.raw("{");
            json.member("sizes", icon.sizes);
            json.member("src", icon.src);
            json.member("type", icon.type);
            json.raw("}");
        }
        json.raw("]");
    }
    json.member("id", data.id);
    json.member("result", toSpecString(data.result));
    json.member("state", toStorageString(data.state));
    json.member("title", data.title);
    json.member("uploadTotal", qint64(data.uploadTotal));
    json.member("uploaded", qint64(data.uploaded));
    json.raw("}");
}

} // namespace Ferry::JsonReport
