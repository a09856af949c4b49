#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringView>

#include <charconv>
#include <cstring>
#include <type_traits>

namespace Ferry {

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
    // Bytes taken as Latin-1, as the store keeps header names and values.
    void latin1(QByteArrayView text);
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

} // namespace Ferry
