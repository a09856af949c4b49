#include "jsonbytes.h"
#include "storecodec.h"
#include "utctime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Ferry;

namespace {

// What QJsonDocument writes for one value: JsonBytes promises the same bytes, and the store and `ferry list --json`
// were written by QJsonDocument before it.
QByteArray qtCompact(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).sliced(1);
}

template<typename Write>
QByteArray written(Write write)
{
    QByteArray out;
    {
        JsonBytes json(out);
        write(json);
    }
    return out;
}

QString fromUnits(std::initializer_list<char16_t> units)
{
    return QString(reinterpret_cast<const QChar *>(std::data(units)), qsizetype(units.size()));
}

// Every byte value once, as the store keeps header bytes (Latin-1).
QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

} // namespace

// JsonBytes: JSON written straight into a byte array, byte for byte as QJsonDocument's compact form.
class TestJsonBytes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAreEscapedAsQtDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"report.pdf"_s;
        QTest::newRow("quotes and backslash") << u"say \"hi\" \\ bye"_s;
        QTest::newRow("control characters") << fromUnits({0x01, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x7f});
        QTest::newRow("two- and three-byte UTF-8") << u"Grüße · 下載"_s;
        QTest::newRow("surrogate pair") << fromUnits({u'a', 0xd83d, 0xde00, u'b'});
        QTest::newRow("lone high surrogate") << fromUnits({u'a', 0xd800, u'b'});
        QTest::newRow("lone low surrogate at the end") << fromUnits({u'a', 0xdc00});
    }
    void stringsAreEscapedAsQtDoes()
    {
        QFETCH(QString, text);
        QCOMPARE(written([&](JsonBytes &json) { json.string(text); }), qtCompact(text));
    }

    void latin1BytesAreEscapedAsQtDoes()
    {
        const QByteArray bytes = allBytes();
        QCOMPARE(written([&](JsonBytes &json) { json.latin1(bytes); }), qtCompact(QString::fromLatin1(bytes)));
    }

    void integersAndMembers()
    {
        const QByteArray out = written([](JsonBytes &json) {
            json.raw("{");
            json.member("a", qint64(-9223372036854775807LL - 1));
            json.member("b", u"x"_s);
            json.member("c", 0);
            json.raw("}");
        });
        QCOMPARE(out, R"({"a":-9223372036854775808,"b":"x","c":0})"_ba);
    }

    void datesAreWrittenAsQtDoes_data()
    {
        QTest::addColumn<QDateTime>("date");
        QTest::newRow("UTC") << Ferry::utcDateTime(QDate(2026, 11, 22), QTime(1, 2, 3, 45));
        QTest::newRow("year 1") << Ferry::utcDateTime(QDate(1, 1, 1), QTime(0, 0));
        QTest::newRow("offset") << QDateTime(QDate(2026, 3, 9), QTime(23, 59, 59, 999), QTimeZone(-(5 * 3600 + 30 * 60)));
    }
    void datesAreWrittenAsQtDoes()
    {
        QFETCH(QDateTime, date);
        QCOMPARE(written([&](JsonBytes &json) { json.date(date); }), qtCompact(date.toString(Qt::ISODateWithMs)));
    }

    // The store's header column: the same bytes QJsonDocument wrote, and every byte survives the round trip.
    void storedHeadersKeepEveryByte()
    {
        const HeaderList headers{{"Content-Type", "text/plain; charset=\"utf-8\""},
                                 {"X-Bytes", allBytes()},
                                 {"Empty", {}}};
        const QByteArray encoded = StoreCodec::encodeHeaders(headers);
        QJsonArray expected;
        for (const auto &[name, value] : headers)
            expected.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
        QCOMPARE(encoded, QJsonDocument(expected).toJson(QJsonDocument::Compact));
        QCOMPARE(StoreCodec::decodeHeaders(encoded), headers);
        QCOMPARE(StoreCodec::encodeHeaders({}), "[]"_ba);
    }
};

QTEST_GUILESS_MAIN(TestJsonBytes)
#include "tst_jsonbytes.moc"
