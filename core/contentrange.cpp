#include "contentrange.h"

#include "utctime.h"

#include <QDate>
#include <QTime>

#include <limits>

namespace Ferry {

namespace {

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

QByteArrayView trimmedOws(QByteArrayView value)
{
    while (!value.isEmpty() && isOws(value.front()))
        value = value.sliced(1);
    while (!value.isEmpty() && isOws(value.back()))
        value.chop(1);
    return value;
}

// A read position over untrusted bytes. Every accessor checks the bounds, so no caller can run off the end.
class Cursor final
{
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype position() const { return m_pos; }

    bool consume(char c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    void skipOws()
    {
        while (!atEnd() && isOws(m_text[m_pos]))
            ++m_pos;
    }

    // One or more spaces: the dates' grammar wants exactly one, but doubled spaces are harmless.
    bool spaces()
    {
        const qsizetype start = m_pos;
        while (consume(' ')) { }
        return m_pos > start;
    }

    QByteArrayView letters()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isAlpha(m_text[m_pos]))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    // 1*DIGIT, or nullopt when there is none or the value does not fit a qint64.
    std::optional<qint64> number()
    {
        const qsizetype start = m_pos;
        qint64 value = 0;
        while (!atEnd() && isDigit(m_text[m_pos])) {
            const int digit = m_text[m_pos] - '0';
            if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
                return std::nullopt;
            value = value * 10 + digit;
            ++m_pos;
        }
        if (m_pos == start)
            return std::nullopt;
        return value;
    }

    // Between minDigits and maxDigits digits, for the fixed-width fields of a date.
    std::optional<int> digits(qsizetype minDigits, qsizetype maxDigits)
    {
        int value = 0;
        qsizetype count = 0;
        while (count < maxDigits && !atEnd() && isDigit(m_text[m_pos])) {
            value = value * 10 + (m_text[m_pos] - '0');
            ++m_pos;
            ++count;
        }
        if (count < minDigits)
            return std::nullopt;
        return value;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

std::optional<int> monthFromName(QByteArrayView name)
{
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(months[i], Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return std::nullopt;
}

bool isDayName(QByteArrayView name)
{
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
                                           "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (const char *day : days) {
        if (name.compare(day, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QTime> timeOfDay(Cursor &cursor)
{
    const std::optional<int> hour = cursor.digits(2, 2);
    if (!hour || !cursor.consume(':'))
        return std::nullopt;
    const std::optional<int> minute = cursor.digits(2, 2);
    if (!minute || !cursor.consume(':'))
        return std::nullopt;
    const std::optional<int> second = cursor.digits(2, 2);
    if (!second || *hour > 23 || *minute > 59 || *second > 60)
        return std::nullopt;
    // A leap second is valid HTTP but not a valid QTime; one second early makes no difference to a retry.
    return QTime(*hour, *minute, qMin(*second, 59));
}

// RFC 9110 section 5.6.7: a two-digit year more than 50 years in the future means the century before.
int expandTwoDigitYear(int twoDigits, int currentYear)
{
    int year = currentYear - currentYear % 100 + twoDigits;
    if (year > currentYear + 50)
        year -= 100;
    else if (year <= currentYear - 50)
        year += 100;
    return year;
}

// IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" or
// asctime "Sun Nov  6 08:49:37 1994", always in UTC.
QDateTime parseHttpDate(QByteArrayView value, int currentYear)
{
    Cursor cursor(value);
    if (!isDayName(cursor.letters()))
        return QDateTime();

    std::optional<int> day;
    std::optional<int> month;
    std::optional<int> year;
    std::optional<QTime> time;
    if (cursor.consume(',')) {
        if (!cursor.spaces() || !(day = cursor.digits(1, 2)))
            return QDateTime();
        if (cursor.consume('-')) {
            month = monthFromName(cursor.letters());
            if (!cursor.consume('-'))
                return QDateTime();
            const std::optional<int> twoDigits = cursor.digits(2, 2);
            if (twoDigits)
                year = expandTwoDigitYear(*twoDigits, currentYear);
        } else {
            if (!cursor.spaces())
                return QDateTime();
            month = monthFromName(cursor.letters());
            if (!cursor.spaces())
                return QDateTime();
            year = cursor.digits(4, 4);
        }
        if (!month || !year || !cursor.spaces() || !(time = timeOfDay(cursor)) || !cursor.spaces())
            return QDateTime();
        const QByteArrayView zone = cursor.letters();
        if (zone.compare("GMT", Qt::CaseInsensitive) != 0 && zone.compare("UTC", Qt::CaseInsensitive) != 0)
            return QDateTime();
    } else {
        if (!cursor.spaces() || !(month = monthFromName(cursor.letters())) || !cursor.spaces())
            return QDateTime();
        day = cursor.digits(1, 2);
        if (!day || !cursor.spaces() || !(time = timeOfDay(cursor)) || !cursor.spaces())
            return QDateTime();
        year = cursor.digits(4, 4);
        if (!year)
            return QDateTime();
    }
    if (!cursor.atEnd())
        return QDateTime();
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return QDateTime();
    return utcDateTime(date, *time);
}

} // namespace

std::optional<ContentRange> parseContentRange(QByteArrayView value)
{
    Cursor cursor(trimmedOws(value));
    if (cursor.letters().compare("bytes", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const qsizetype afterUnit = cursor.position();
    cursor.skipOws();
    if (cursor.consume('='))
        cursor.skipOws();
    else if (cursor.position() == afterUnit)
        return std::nullopt;

    ContentRange range;
    const std::optional<qint64> first = cursor.number();
    if (!first || !cursor.consume('-'))
        return std::nullopt;
    const std::optional<qint64> last = cursor.number();
    if (!last || !cursor.consume('/'))
        return std::nullopt;
    range.first = *first;
    range.last = *last;
    if (!cursor.consume('*')) {
        const std::optional<qint64> complete = cursor.number();
        if (!complete)
            return std::nullopt;
        range.complete = *complete;
    }
    if (!cursor.atEnd() || range.first > range.last)
        return std::nullopt;
    if (range.complete >= 0 && range.last >= range.complete)
        return std::nullopt;
    return range;
}

std::optional<qint64> parseContentLength(QByteArrayView value)
{
    std::optional<qint64> result;
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype end = value.indexOf(',', start);
        if (end < 0)
            end = value.size();
        Cursor cursor(trimmedOws(value.sliced(start, end - start)));
        const std::optional<qint64> length = cursor.number();
        if (!length || !cursor.atEnd() || (result && *result != *length))
            return std::nullopt;
        result = length;
        start = end + 1;
    }
    return result;
}

std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    value = trimmedOws(value);
    if (!value.isEmpty() && isDigit(value.front())) {
        Cursor cursor(value);
        const std::optional<qint64> delay = cursor.number();
        if (!delay || !cursor.atEnd())
            return std::nullopt;
        return std::chrono::seconds(*delay);
    }
    const QDateTime date = parseHttpDate(value, now.toUTC().date().year());
    if (!date.isValid())
        return std::nullopt;
    return std::chrono::seconds(qMax<qint64>(now.secsTo(date), 0));
}

} // namespace Ferry
