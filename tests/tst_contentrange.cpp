#include <QTest>
#include <QTimeZone>

#include "contentrange.h"
#include "utctime.h"

using namespace Qt::StringLiterals;

class TestContentRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentRange_data();
    void contentRange();
    void contentLength_data();
    void contentLength();
    void retryAfter_data();
    void retryAfter();
    void retryAfterIgnoresTheCallersTimeZone();
};

void TestContentRange::contentRange_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("complete");

    const auto ok = [](const char *name, const QByteArray &value, qint64 first, qint64 last, qint64 complete) {
        QTest::newRow(name) << value << true << first << last << complete;
    };
    const auto bad = [](const char *name, const QByteArray &value) {
        QTest::newRow(name) << value << false << qint64(0) << qint64(0) << qint64(0);
    };

    ok("rfc example", "bytes 42-1233/1234"_ba, 42, 1233, 1234);
    ok("first half", "bytes 0-499/1234"_ba, 0, 499, 1234);
    ok("single byte", "bytes 0-0/1"_ba, 0, 0, 1);
    ok("unknown length", "bytes 500-999/*"_ba, 500, 999, -1);
    ok("upper-case unit", "BYTES 0-1/2"_ba, 0, 1, 2);
    ok("mixed-case unit", "Bytes 0-1/2"_ba, 0, 1, 2);
    ok("surrounding whitespace", " \tbytes 0-1/2\t "_ba, 0, 1, 2);
    ok("several spaces after unit", "bytes   0-1/2"_ba, 0, 1, 2);
    ok("erroneous equals form", "bytes=0-1/2"_ba, 0, 1, 2);
    ok("equals with spaces", "bytes = 0-1/2"_ba, 0, 1, 2);
    ok("leading zeros", "bytes 007-009/010"_ba, 7, 9, 10);
    ok("largest", "bytes 0-9223372036854775806/9223372036854775807"_ba, 0, 9223372036854775806, 9223372036854775807);
    ok("largest unknown", "bytes 9223372036854775807-9223372036854775807/*"_ba, 9223372036854775807,
       9223372036854775807, -1);

    bad("empty", QByteArray());
    bad("blank", "   "_ba);
    bad("unit only", "bytes"_ba);
    bad("unit and space", "bytes "_ba);
    bad("unsatisfied", "bytes */1234"_ba);
    bad("first after last", "bytes 5-4/10"_ba);
    bad("last equals complete", "bytes 0-10/10"_ba);
    bad("last beyond complete", "bytes 0-10/5"_ba);
    bad("zero complete", "bytes 0-0/0"_ba);
    bad("negative first", "bytes -1-5/10"_ba);
    bad("negative last", "bytes 0--5/10"_ba);
    bad("negative complete", "bytes 0-5/-10"_ba);
    bad("plus sign", "bytes +0-1/2"_ba);
    bad("overflow last", "bytes 0-9223372036854775808/*"_ba);
    bad("overflow complete", "bytes 0-1/9223372036854775808"_ba);
    bad("huge", "bytes 0-99999999999999999999999/*"_ba);
    bad("trailing junk", "bytes 0-1/2x"_ba);
    bad("trailing word", "bytes 0-1/2 x"_ba);
    bad("second range", "bytes 0-1/2, 3-4/5"_ba);
    bad("double slash", "bytes 1-2/*/3"_ba);
    bad("double star", "bytes 0-1/**"_ba);
    bad("no complete", "bytes 0-1/"_ba);
    bad("no slash", "bytes 0-1"_ba);
    bad("no last", "bytes 0-/10"_ba);
    bad("no first", "bytes -5/10"_ba);
    bad("other unit", "items 0-1/2"_ba);
    bad("no unit", "0-1/2"_ba);
    bad("unit glued", "bytes0-1/2"_ba);
    bad("longer unit", "bytesx 0-1/2"_ba);
    bad("spaces inside", "bytes 0 - 1/2"_ba);
    bad("hex", "bytes 0x1-2/3"_ba);
    bad("decimal point", "bytes 0-1.5/3"_ba);
    bad("double equals", "bytes==0-1/2"_ba);
    bad("NUL inside", QByteArray("bytes 0-1\0/2", 12));
}

void TestContentRange::contentRange()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    const std::optional<Ferry::ContentRange> range = Ferry::parseContentRange(value);
    QCOMPARE(range.has_value(), valid);
    if (!valid)
        return;
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(qint64, complete);
    QCOMPARE(range->first, first);
    QCOMPARE(range->last, last);
    QCOMPARE(range->complete, complete);
    QCOMPARE(range->length(), last - first + 1);
}

void TestContentRange::contentLength_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("zero") << "0"_ba << true << qint64(0);
    QTest::newRow("plain") << "1234"_ba << true << qint64(1234);
    QTest::newRow("spaces") << "  42 "_ba << true << qint64(42);
    QTest::newRow("tabs") << "\t7\t"_ba << true << qint64(7);
    QTest::newRow("leading zeros") << "007"_ba << true << qint64(7);
    QTest::newRow("largest") << "9223372036854775807"_ba << true << qint64(9223372036854775807);
    QTest::newRow("identical list") << "42, 42"_ba << true << qint64(42);
    QTest::newRow("identical list, no space") << "42,42,42"_ba << true << qint64(42);

    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("blank") << " "_ba << false << qint64(0);
    QTest::newRow("negative") << "-1"_ba << false << qint64(0);
    QTest::newRow("plus") << "+1"_ba << false << qint64(0);
    QTest::newRow("decimal") << "1.5"_ba << false << qint64(0);
    QTest::newRow("exponent") << "1e3"_ba << false << qint64(0);
    QTest::newRow("hex") << "0x10"_ba << false << qint64(0);
    QTest::newRow("suffix") << "12a"_ba << false << qint64(0);
    QTest::newRow("inner space") << "4 2"_ba << false << qint64(0);
    QTest::newRow("overflow") << "9223372036854775808"_ba << false << qint64(0);
    QTest::newRow("far overflow") << "184467440737095516160"_ba << false << qint64(0);
    QTest::newRow("different list") << "42, 43"_ba << false << qint64(0);
    QTest::newRow("trailing comma") << "42,"_ba << false << qint64(0);
    QTest::newRow("leading comma") << ",42"_ba << false << qint64(0);
    QTest::newRow("full-width digits") << "\xef\xbc\x91\xef\xbc\x92"_ba << false << qint64(0);
    QTest::newRow("NUL") << QByteArray("1\0", 2) << false << qint64(0);
}

void TestContentRange::contentLength()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const std::optional<qint64> length = Ferry::parseContentLength(value);
    QCOMPARE(length.has_value(), valid);
    if (valid)
        QCOMPARE(*length, expected);
}

void TestContentRange::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    // Fri, 01 Mar 2024 12:00:00 UTC, see retryAfter().
    const QDateTime now = Ferry::utcDateTime(QDate(2024, 3, 1), QTime(12, 0));
    const auto until = [&now](QDate date, QTime time) { return now.secsTo(Ferry::utcDateTime(date, time)); };

    QTest::newRow("delta") << "120"_ba << true << qint64(120);
    QTest::newRow("delta zero") << "0"_ba << true << qint64(0);
    QTest::newRow("delta padded") << "  30 "_ba << true << qint64(30);
    QTest::newRow("delta large") << "31536000"_ba << true << qint64(31536000);
    QTest::newRow("delta negative") << "-5"_ba << false << qint64(0);
    QTest::newRow("delta decimal") << "1.5"_ba << false << qint64(0);
    QTest::newRow("delta unit") << "120s"_ba << false << qint64(0);
    QTest::newRow("delta overflow") << "99999999999999999999"_ba << false << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("word") << "soon"_ba << false << qint64(0);

    QTest::newRow("imf-fixdate") << "Fri, 01 Mar 2024 12:00:30 GMT"_ba << true << qint64(30);
    QTest::newRow("imf-fixdate tomorrow") << "Sat, 02 Mar 2024 12:00:00 GMT"_ba << true << qint64(86400);
    QTest::newRow("imf-fixdate now") << "Fri, 01 Mar 2024 12:00:00 GMT"_ba << true << qint64(0);
    QTest::newRow("imf-fixdate past") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << true << qint64(0);
    QTest::newRow("imf-fixdate lower case") << "fri, 01 mar 2024 12:00:30 gmt"_ba << true << qint64(30);
    QTest::newRow("imf-fixdate padded") << "  Fri, 01 Mar 2024 12:00:30 GMT "_ba << true << qint64(30);
    QTest::newRow("imf-fixdate leap year") << "Thu, 29 Feb 2024 12:00:00 GMT"_ba << true << qint64(0);
    QTest::newRow("imf-fixdate leap second") << "Fri, 01 Mar 2024 12:00:60 GMT"_ba << true << qint64(59);
    QTest::newRow("imf-fixdate next year") << "Sat, 01 Mar 2025 12:00:00 GMT"_ba << true
                                           << until(QDate(2025, 3, 1), QTime(12, 0));
    QTest::newRow("rfc 850") << "Friday, 01-Mar-24 12:01:00 GMT"_ba << true << qint64(60);
    QTest::newRow("rfc 850 past century") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba << true << qint64(0);
    QTest::newRow("rfc 850 near future") << "Saturday, 01-Mar-25 12:00:00 GMT"_ba << true
                                         << until(QDate(2025, 3, 1), QTime(12, 0));
    QTest::newRow("rfc 850 fifty years") << "Friday, 01-Mar-74 12:00:00 GMT"_ba << true
                                         << until(QDate(2074, 3, 1), QTime(12, 0));
    QTest::newRow("rfc 850 beyond fifty years") << "Friday, 01-Mar-75 12:00:00 GMT"_ba << true << qint64(0);
    QTest::newRow("asctime") << "Fri Mar  1 12:02:00 2024"_ba << true << qint64(120);
    QTest::newRow("asctime two-digit day") << "Mon Mar 11 12:00:00 2024"_ba << true << qint64(10 * 86400);

    QTest::newRow("invalid date") << "Fri, 30 Feb 2024 12:00:00 GMT"_ba << false << qint64(0);
    QTest::newRow("invalid hour") << "Fri, 01 Mar 2024 24:00:00 GMT"_ba << false << qint64(0);
    QTest::newRow("invalid minute") << "Fri, 01 Mar 2024 12:60:00 GMT"_ba << false << qint64(0);
    QTest::newRow("other zone") << "Fri, 01 Mar 2024 12:00:00 PST"_ba << false << qint64(0);
    QTest::newRow("numeric zone") << "Fri, 01 Mar 2024 12:00:00 +0000"_ba << false << qint64(0);
    QTest::newRow("no zone") << "Fri, 01 Mar 2024 12:00:00"_ba << false << qint64(0);
    QTest::newRow("unknown month") << "Fri, 01 Foo 2024 12:00:00 GMT"_ba << false << qint64(0);
    QTest::newRow("unknown day") << "Funday, 01 Mar 2024 12:00:00 GMT"_ba << false << qint64(0);
    QTest::newRow("no seconds") << "Fri, 01 Mar 2024 12:00 GMT"_ba << false << qint64(0);
    QTest::newRow("two-digit year in fixdate") << "Fri, 01 Mar 24 12:00:00 GMT"_ba << false << qint64(0);
    QTest::newRow("trailing junk") << "Fri, 01 Mar 2024 12:00:00 GMT x"_ba << false << qint64(0);
    QTest::newRow("truncated") << "Fri, 01 Mar"_ba << false << qint64(0);
    QTest::newRow("asctime without year") << "Fri Mar  1 12:02:00"_ba << false << qint64(0);
    QTest::newRow("iso 8601") << "2024-03-01T12:00:30Z"_ba << false << qint64(0);
}

void TestContentRange::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const QDateTime now = Ferry::utcDateTime(QDate(2024, 3, 1), QTime(12, 0));
    const std::optional<std::chrono::seconds> delay = Ferry::parseRetryAfter(value, now);
    QCOMPARE(delay.has_value(), valid);
    if (valid)
        QCOMPARE(qint64(delay->count()), expected);
}

// HTTP dates are in UTC; the caller's clock may be in any zone.
void TestContentRange::retryAfterIgnoresTheCallersTimeZone()
{
    const QDateTime utc = Ferry::utcDateTime(QDate(2024, 3, 1), QTime(12, 0));
    const QDateTime ahead(QDate(2024, 3, 1), QTime(13, 0), QTimeZone(3600));
    const QDateTime behind(QDate(2024, 3, 1), QTime(7, 0), QTimeZone(-5 * 3600));
    const QByteArray value = "Fri, 01 Mar 2024 12:05:00 GMT"_ba;
    for (const QDateTime &now : {utc, ahead, behind, utc.toLocalTime()}) {
        const std::optional<std::chrono::seconds> delay = Ferry::parseRetryAfter(value, now);
        QVERIFY(delay);
        QCOMPARE(qint64(delay->count()), qint64(300));
    }
}

QTEST_GUILESS_MAIN(TestContentRange)
#include "tst_contentrange.moc"
