#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Ferry {

// Dates in UTC, the same on every Qt Ferry builds with. Qt 6.5 lets a QTimeZone stand for the Qt::UTC time spec, and
// Qt 6.8 warns on the time-spec overloads; in Qt 6.4 only those overloads give a Qt::UTC date (its QTimeZone::utc()
// makes a Qt::TimeZone date, which Qt prints as "+00:00" where a UTC date prints "Z"). The JSON of `ferry list` and
// of `ferry fetch` must not change with the Qt it was built with.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
inline QDateTime utcFromMSecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone(QTimeZone::UTC));
}
inline QDateTime utcDateTime(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(QTimeZone::UTC));
}
#else
inline QDateTime utcFromMSecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}
inline QDateTime utcDateTime(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC);
}
#endif

} // namespace Ferry
