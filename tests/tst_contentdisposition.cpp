#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include "contentdisposition.h"

using namespace Qt::StringLiterals;

class TestContentDisposition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileName_data();
    void fileName();
    void resultIsNotSanitised();
    void survivesHostileInput();
    void staysLinearOnLongInput();
};

void TestContentDisposition::fileName_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    // RFC 6266 basics.
    QTest::newRow("quoted") << "attachment; filename=\"report.pdf\""_ba << u"report.pdf"_s;
    QTest::newRow("token") << "attachment; filename=report.pdf"_ba << u"report.pdf"_s;
    QTest::newRow("inline") << "inline; filename=\"page.html\""_ba << u"page.html"_s;
    QTest::newRow("type only") << "attachment"_ba << QString();
    QTest::newRow("empty header") << QByteArray() << QString();
    QTest::newRow("other parameters around") << "attachment; size=123; filename=\"x.bin\"; creation-date=\"Wed, 12 Feb 1997 16:29:51 -0500\""_ba
                                             << u"x.bin"_s;
    QTest::newRow("empty quoted") << "attachment; filename=\"\""_ba << QString();
    QTest::newRow("empty token") << "attachment; filename="_ba << QString();
    QTest::newRow("duplicate: first wins") << "attachment; filename=first.txt; filename=second.txt"_ba << u"first.txt"_s;
    QTest::newRow("similar names ignored") << "attachment; xfilename=a.txt; filenames=b.txt; file=c.txt"_ba << QString();

    // RFC 5987 filename*.
    QTest::newRow("ext utf-8") << "attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf"_ba << u"\u20ac rates.pdf"_s;
    QTest::newRow("ext charset case") << "attachment; filename*=utf-8''%c3%a9t%c3%a9.txt"_ba << u"\u00e9t\u00e9.txt"_s;
    QTest::newRow("ext iso-8859-1") << "attachment; filename*=ISO-8859-1'en'%A3%20rates.txt"_ba << u"\u00a3 rates.txt"_s;
    QTest::newRow("ext iso-8859-1 lower") << "attachment; filename*=iso-8859-1''%E9.txt"_ba << u"\u00e9.txt"_s;
    QTest::newRow("ext language") << "attachment; filename*=UTF-8'en-US'plain.txt"_ba << u"plain.txt"_s;
    QTest::newRow("ext quoted (non-standard)") << "attachment; filename*=\"UTF-8''quoted%20ext.txt\""_ba << u"quoted ext.txt"_s;
    QTest::newRow("ext wins over filename") << "attachment; filename=\"fallback.txt\"; filename*=UTF-8''real.txt"_ba << u"real.txt"_s;
    QTest::newRow("ext wins when first") << "attachment; filename*=UTF-8''real.txt; filename=\"fallback.txt\""_ba << u"real.txt"_s;
    QTest::newRow("ext bad charset") << "attachment; filename=\"fb.txt\"; filename*=KOI8-R''%C1.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext bad escape") << "attachment; filename=fb.txt; filename*=UTF-8''%ZZ.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext truncated escape") << "attachment; filename=fb.txt; filename*=UTF-8''abc%4"_ba << u"fb.txt"_s;
    QTest::newRow("ext invalid utf-8") << "attachment; filename=fb.txt; filename*=UTF-8''%FF%FE.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext overlong utf-8") << "attachment; filename=fb.txt; filename*=UTF-8''%C0%AF.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext without quotes") << "attachment; filename=fb.txt; filename*=UTF-8%E2%82%AC.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext one quote") << "attachment; filename=fb.txt; filename*=UTF-8'%E2%82%AC.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext empty value") << "attachment; filename=fb.txt; filename*=UTF-8''"_ba << u"fb.txt"_s;
    QTest::newRow("ext invalid, no fallback") << "attachment; filename*=bogus"_ba << QString();
    QTest::newRow("ext empty everything") << "filename*=''"_ba << QString();

    // Quoted-string escapes.
    QTest::newRow("escaped quote and backslash") << "attachment; filename=\"a\\\"b\\\\c.txt\""_ba << u"a\"b\\c.txt"_s;
    QTest::newRow("escaped ordinary char") << "attachment; filename=\"\\a.txt\""_ba << u"a.txt"_s;
    QTest::newRow("semicolon inside quotes") << "attachment; filename=\"a;b.txt\"; size=3"_ba << u"a;b.txt"_s;
    QTest::newRow("equals inside quotes") << "attachment; filename=\"a=b.txt\""_ba << u"a=b.txt"_s;
    QTest::newRow("unterminated quote") << "attachment; filename=\"abc.txt"_ba << u"abc.txt"_s;
    QTest::newRow("backslash at end") << "attachment; filename=\"abc\\"_ba << u"abc\\"_s;
    QTest::newRow("junk after quotes") << "attachment; filename=\"a.txt\"junk; size=1"_ba << u"a.txt"_s;

    // What real servers send.
    QTest::newRow("trailing semicolon") << "attachment; filename=\"a.txt\";"_ba << u"a.txt"_s;
    QTest::newRow("trailing semicolon token") << "attachment; filename=a.txt;"_ba << u"a.txt"_s;
    QTest::newRow("unquoted with spaces") << "attachment; filename=my summer photos.zip"_ba << u"my summer photos.zip"_s;
    QTest::newRow("unquoted padded") << "attachment; filename=  padded.txt  ; size=3"_ba << u"padded.txt"_s;
    QTest::newRow("no disposition type") << "filename=\"a.txt\""_ba << u"a.txt"_s;
    QTest::newRow("no type, ext") << "filename*=UTF-8''%C3%BC.txt"_ba << u"\u00fc.txt"_s;
    QTest::newRow("missing semicolon after type") << "attachment filename=\"a.txt\""_ba << u"a.txt"_s;
    QTest::newRow("parameter name case") << "attachment; FileName=\"A.txt\""_ba << u"A.txt"_s;
    QTest::newRow("ext name case") << "attachment; FILENAME*=UTF-8''B.txt; filename=a.txt"_ba << u"B.txt"_s;
    QTest::newRow("whitespace around =") << "attachment; filename = \"a.txt\""_ba << u"a.txt"_s;
    QTest::newRow("tabs around =") << "attachment;\tfilename\t=\ta.txt"_ba << u"a.txt"_s;
    QTest::newRow("type case") << "ATTACHMENT; FILENAME=x.txt"_ba << u"x.txt"_s;
    QTest::newRow("no space after semicolon") << "attachment;filename=x.txt"_ba << u"x.txt"_s;
    QTest::newRow("raw utf-8 quoted") << "attachment; filename=\"\xe2\x82\xac \xe6\x8a\xa5\xe5\x91\x8a.txt\""_ba
                                      << u"\u20ac \u62a5\u544a.txt"_s;
    QTest::newRow("raw utf-8 token") << "attachment; filename=\xc3\xa9t\xc3\xa9.txt"_ba << u"\u00e9t\u00e9.txt"_s;
    QTest::newRow("raw latin-1 quoted") << "attachment; filename=\"\xa3 rates.txt\""_ba << u"\u00a3 rates.txt"_s;
    QTest::newRow("percent-encoded filename") << "attachment; filename=\"%E2%82%AC%20rates.pdf\""_ba << u"\u20ac rates.pdf"_s;
    QTest::newRow("percent-encoded token") << "attachment; filename=na%C3%AFve.txt"_ba << u"na\u00efve.txt"_s;
    QTest::newRow("literal percent") << "attachment; filename=\"50%off.txt\""_ba << u"50%off.txt"_s;
    QTest::newRow("percent, invalid utf-8") << "attachment; filename=\"%FF.txt\""_ba << u"%FF.txt"_s;
    QTest::newRow("percent, partly broken") << "attachment; filename=\"a%20b%zz.txt\""_ba << u"a%20b%zz.txt"_s;
    QTest::newRow("percent at end") << "attachment; filename=\"100%\""_ba << u"100%"_s;

    // Degenerate input.
    QTest::newRow("semicolons only") << ";;;;"_ba << QString();
    QTest::newRow("equals only") << "="_ba << QString();
    QTest::newRow("empty name") << "=value"_ba << QString();
    QTest::newRow("whitespace only") << "  \t "_ba << QString();
    QTest::newRow("quote only") << "attachment; filename=\""_ba << QString();
    static const char withNul[] = "attachment; filename=\"a\0b.txt\"";
    QTest::newRow("embedded NUL") << QByteArray(withNul, sizeof(withNul) - 1) << QStringView(u"a\0b.txt", 7).toString();
}

void TestContentDisposition::fileName()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QCOMPARE(Ferry::ContentDisposition::fileName(header), expected);
}

// The parser reports what the server said; making it safe is FileNames::sanitize()'s job, tested there.
void TestContentDisposition::resultIsNotSanitised()
{
    using Ferry::ContentDisposition::fileName;
    QCOMPARE(fileName("attachment; filename=\"../../etc/passwd\""), u"../../etc/passwd"_s);
    QCOMPARE(fileName("attachment; filename=/etc/passwd"), u"/etc/passwd"_s);
    QCOMPARE(fileName("attachment; filename=\".bashrc\""), u".bashrc"_s);
    QCOMPARE(fileName("attachment; filename*=UTF-8''%E2%80%AEfdp.exe"), u"\u202efdp.exe"_s);
    QCOMPARE(fileName("attachment; filename*=UTF-8''..%2F..%2Fx"), u"../../x"_s);
}

// The parser is a fuzz target; this is a cheap, deterministic stand-in that runs on every build.
void TestContentDisposition::survivesHostileInput()
{
    static const QList<QByteArray> pieces = {
        "attachment"_ba, ";"_ba, "="_ba, "\""_ba, "\\"_ba, "'"_ba, "%"_ba, "%4"_ba, "%E2%82%AC"_ba, "filename"_ba,
        "filename*"_ba, "UTF-8''"_ba, "ISO-8859-1''"_ba, " "_ba, "\t"_ba, "\xff"_ba, "\xc3"_ba, QByteArray(1, '\0'),
        "a.txt"_ba, "\r\n"_ba,
    };
    QRandomGenerator random(20240301);
    for (int round = 0; round < 20000; ++round) {
        QByteArray header;
        const int count = random.bounded(1, 24);
        for (int i = 0; i < count; ++i) {
            if (random.bounded(8) == 0)
                header.append(char(random.bounded(256)));
            else
                header.append(pieces.at(random.bounded(pieces.size())));
        }
        const QString name = Ferry::ContentDisposition::fileName(header);
        QVERIFY2(name.size() <= header.size(), header.toPercentEncoding().constData());
    }
}

void TestContentDisposition::staysLinearOnLongInput()
{
    const QList<QByteArray> inputs = {
        QByteArray(1 << 20, ';'),
        "attachment; filename=\""_ba + QByteArray(1 << 20, '\\'),
        "filename="_ba.repeated(1 << 16),
        "filename*=UTF-8''"_ba + "%41"_ba.repeated(1 << 18),
        "a=\""_ba.repeated(1 << 16),
    };
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &input : inputs)
        Ferry::ContentDisposition::fileName(input);
    // Generous, so that a loaded CI machine passes; a quadratic parser would take minutes.
    QVERIFY2(timer.elapsed() < 10000, QByteArray::number(timer.elapsed()).constData());
}

QTEST_GUILESS_MAIN(TestContentDisposition)
#include "tst_contentdisposition.moc"
