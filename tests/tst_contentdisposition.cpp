#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include "contentdisposition.h"
#include "filenames.h"
#include "fileplacement.h"

#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestContentDisposition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileName_data();
    void fileName();
    void legacyCharsets_data();
    void legacyCharsets();
    void unusableNameFallsBackToUrl_data();
    void unusableNameFallsBackToUrl();
    void resultIsNotSanitised();
    void survivesHostileInput();
    void survivesRandomBytes();
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
    QTest::newRow("ext bad charset") << "attachment; filename=\"fb.txt\"; filename*=x-bogus''%C1.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext bad escape") << "attachment; filename=fb.txt; filename*=UTF-8''%ZZ.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext truncated escape") << "attachment; filename=fb.txt; filename*=UTF-8''abc%4"_ba << u"fb.txt"_s;
    QTest::newRow("ext invalid utf-8") << "attachment; filename=fb.txt; filename*=UTF-8''%FF%FE.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext overlong utf-8") << "attachment; filename=fb.txt; filename*=UTF-8''%C0%AF.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext without quotes") << "attachment; filename=fb.txt; filename*=UTF-8%E2%82%AC.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext one quote") << "attachment; filename=fb.txt; filename*=UTF-8'%E2%82%AC.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext empty value") << "attachment; filename=fb.txt; filename*=UTF-8''"_ba << u"fb.txt"_s;
    QTest::newRow("ext invalid, no fallback") << "attachment; filename*=bogus"_ba << QString();
    QTest::newRow("ext empty everything") << "filename*=''"_ba << QString();

    // filename* in the charsets browsers accept; every Latin-1 label is read as windows-1252.
    QTest::newRow("ext utf8") << "attachment; filename*=utf8''%C3%A9.txt"_ba << u"\u00e9.txt"_s;
    QTest::newRow("ext UTF_8") << "attachment; filename*=UTF_8''%C3%A9.txt"_ba << u"\u00e9.txt"_s;
    QTest::newRow("ext iso88591") << "attachment; filename*=iso88591''%E9.txt"_ba << u"\u00e9.txt"_s;
    QTest::newRow("ext ISO_8859-1") << "attachment; filename*=ISO_8859-1''%E9.txt"_ba << u"\u00e9.txt"_s;
    QTest::newRow("ext latin1") << "attachment; filename*=latin1''%E9.txt"_ba << u"\u00e9.txt"_s;
    QTest::newRow("ext iso-8859-1 0x80-0x9f") << "attachment; filename*=ISO-8859-1''%80%82%83%84%85%99%9F.txt"_ba
                                             << u"\u20ac\u201a\u0192\u201e\u2026\u2122\u0178.txt"_s;
    QTest::newRow("ext iso-8859-1 undefined in 1252") << "attachment; filename*=ISO-8859-1''a%81b.txt"_ba
                                                     << u"a\u0081b.txt"_s;
    QTest::newRow("ext us-ascii high byte") << "attachment; filename*=us-ascii''%93q%94.txt"_ba << u"\u201cq\u201d.txt"_s;
    QTest::newRow("ext windows-1252") << "attachment; filename*=windows-1252''%80%20%8A.txt"_ba << u"\u20ac \u0160.txt"_s;
    QTest::newRow("ext unknown charset, next ext") << "attachment; filename*=x-bogus''a.txt; filename*=UTF-8''b.txt; filename=c.txt"_ba
                                                   << u"b.txt"_s;
    QTest::newRow("ext invalid bytes, next ext") << "attachment; filename*=UTF-8''%FF.txt; filename*=ISO-8859-1''%FF.txt"_ba
                                                 << u"\u00ff.txt"_s;
    QTest::newRow("ext all bad, filename") << "attachment; filename*=bogus''a; filename*=UTF-8''%C3; filename=c.txt"_ba
                                           << u"c.txt"_s;
    QTest::newRow("ext first good wins") << "attachment; filename*=UTF-8''a.txt; filename*=UTF-8''b.txt"_ba << u"a.txt"_s;
    QTest::newRow("ext empty charset") << "attachment; filename*=''a.txt; filename=fb.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext locale refused") << "attachment; filename*=locale''a.txt; filename=fb.txt"_ba << u"fb.txt"_s;
    QTest::newRow("ext utf-16 refused") << "attachment; filename*=UTF-16''a%00; filename=fb.txt"_ba << u"fb.txt"_s;

    // RFC 2047 encoded words in the plain filename.
    QTest::newRow("2047 B") << "attachment; filename=\"=?UTF-8?B?w6l0w6kucGRm?=\""_ba << u"\u00e9t\u00e9.pdf"_s;
    QTest::newRow("2047 b lower") << "attachment; filename=\"=?utf-8?b?w6l0w6kucGRm?=\""_ba << u"\u00e9t\u00e9.pdf"_s;
    QTest::newRow("2047 B unpadded") << "attachment; filename=\"=?UTF-8?B?4oKsIHJhdGVzLnBkZg?=\""_ba << u"\u20ac rates.pdf"_s;
    QTest::newRow("2047 Q") << "attachment; filename=\"=?ISO-8859-1?Q?caf=E9_menu.txt?=\""_ba << u"caf\u00e9 menu.txt"_s;
    QTest::newRow("2047 q lower") << "attachment; filename=\"=?iso-8859-1?q?caf=e9.txt?=\""_ba << u"caf\u00e9.txt"_s;
    QTest::newRow("2047 Q windows-1252") << "attachment; filename=\"=?ISO-8859-1?Q?=80.txt?=\""_ba << u"\u20ac.txt"_s;
    QTest::newRow("2047 unquoted") << "attachment; filename==?UTF-8?B?w6l0w6kucGRm?=; size=3"_ba << u"\u00e9t\u00e9.pdf"_s;
    QTest::newRow("2047 adjacent words") << "attachment; filename=\"=?UTF-8?Q?a?= =?UTF-8?Q?b?=\t =?UTF-8?Q?.txt?=\""_ba
                                         << u"ab.txt"_s;
    QTest::newRow("2047 split character") << "attachment; filename=\"=?UTF-8?Q?=E2=82?= =?UTF-8?Q?=AC.txt?=\""_ba
                                          << u"\u20ac.txt"_s;
    QTest::newRow("2047 mixed charsets") << "attachment; filename=\"=?UTF-8?B?w6k=?= =?ISO-8859-1?Q?=E9.txt?=\""_ba
                                         << u"\u00e9\u00e9.txt"_s;
    QTest::newRow("2047 between text") << "attachment; filename=\"report =?UTF-8?Q?=E2=82=AC?= 2024.pdf\""_ba
                                       << u"report \u20ac 2024.pdf"_s;
    QTest::newRow("2047 language") << "attachment; filename=\"=?UTF-8*en?Q?x.txt?=\""_ba << u"x.txt"_s;
    QTest::newRow("2047 ext still wins") << "attachment; filename=\"=?UTF-8?Q?a.txt?=\"; filename*=UTF-8''b.txt"_ba << u"b.txt"_s;
    QTest::newRow("2047 not in ext") << "attachment; filename*=UTF-8''%3D%3FUTF-8%3FQ%3Fa%3F%3D"_ba << u"=?UTF-8?Q?a?="_s;
    QTest::newRow("2047 bad base64") << "attachment; filename=\"=?UTF-8?B?w6!0?=.txt\""_ba << u"=?UTF-8?B?w6!0?=.txt"_s;
    QTest::newRow("2047 base64 stray bits") << "attachment; filename=\"=?UTF-8?B?YWJjZ?=\""_ba << u"=?UTF-8?B?YWJjZ?="_s;
    QTest::newRow("2047 base64 inner padding") << "attachment; filename=\"=?UTF-8?B?YQ==YQ==?=\""_ba << u"=?UTF-8?B?YQ==YQ==?="_s;
    QTest::newRow("2047 unknown charset") << "attachment; filename=\"=?x-bogus?B?YWJj?=\""_ba << u"=?x-bogus?B?YWJj?="_s;
    QTest::newRow("2047 invalid utf-8") << "attachment; filename=\"=?UTF-8?Q?=FF?=\""_ba << u"=?UTF-8?Q?=FF?="_s;
    QTest::newRow("2047 unknown encoding") << "attachment; filename=\"=?UTF-8?X?abc?=\""_ba << u"=?UTF-8?X?abc?="_s;
    QTest::newRow("2047 bad Q escape") << "attachment; filename=\"=?UTF-8?Q?a=G1?=\""_ba << u"=?UTF-8?Q?a=G1?="_s;
    QTest::newRow("2047 unterminated") << "attachment; filename=\"=?UTF-8?Q?abc\""_ba << u"=?UTF-8?Q?abc"_s;
    QTest::newRow("2047 space in word") << "attachment; filename=\"=?UTF-8?Q?a b?=\""_ba << u"=?UTF-8?Q?a b?="_s;
    QTest::newRow("2047 bad word keeps spaces") << "attachment; filename=\"=?bogus?Q?a?= =?UTF-8?Q?b?=\""_ba
                                                << u"=?bogus?Q?a?= b"_s;
    QTest::newRow("2047 bad and good") << "attachment; filename=\"=?UTF-8?Q?a?= =?bogus?Q?b?= =?UTF-8?Q?c?=\""_ba
                                       << u"a =?bogus?Q?b?= c"_s;
    QTest::newRow("2047 percent not decoded") << "attachment; filename=\"=?UTF-8?Q?a?=%41\""_ba << u"a%41"_s;

    // Names of which sanitising leaves nothing: the caller uses the URL's name instead.
    QTest::newRow("dot") << "attachment; filename=\".\""_ba << QString();
    QTest::newRow("dot dot") << "attachment; filename=\"..\""_ba << QString();
    QTest::newRow("three dots") << "attachment; filename=..."_ba << QString();
    QTest::newRow("dots and spaces") << "attachment; filename=\". . .\""_ba << QString();
    QTest::newRow("path to dot dot") << "attachment; filename=\"a/..\""_ba << QString();
    QTest::newRow("ext dots") << "attachment; filename*=UTF-8''..; filename=fb.txt"_ba << QString();
    QTest::newRow("2047 dots") << "attachment; filename=\"=?UTF-8?Q?...?=\""_ba << QString();
    QTest::newRow("dots with more") << "attachment; filename=\"...txt\""_ba << u"...txt"_s;

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
    // Without the ';' the parameter's name is "attachment filename", which browsers do not read as filename.
    QTest::newRow("missing semicolon after type") << "attachment filename=\"a.txt\""_ba << QString();
    QTest::newRow("missing semicolon, token") << "attachment filename=foo"_ba << QString();
    QTest::newRow("missing semicolon, later ext") << "attachment filename=a.txt; filename*=UTF-8''b.txt"_ba << u"b.txt"_s;
    QTest::newRow("junk word before name") << "attachment; junk filename=a.txt"_ba << QString();
    QTest::newRow("unquoted tab") << "attachment; filename=a\tb.txt"_ba << u"a b.txt"_s;
    QTest::newRow("unquoted tabs") << "attachment; filename=a\t\tb c.txt; size=1"_ba << u"a  b c.txt"_s;
    QTest::newRow("quoted tab") << "attachment; filename=\"a\tb.txt\""_ba << u"a b.txt"_s;
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

// Charsets that only a Qt with ICU converters knows: where the converter is missing, filename* must not decode
// and the plain filename is used.
void TestContentDisposition::legacyCharsets_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QByteArray &charset, const QByteArray &value, const QString &expected) {
        QTest::newRow(name) << charset << QByteArray("attachment; filename*="_ba + value + "; filename=fb.txt"_ba) << expected;
    };
    row("ISO-8859-2", "ISO-8859-2", "ISO-8859-2''%B1%E6.txt", u"\u0105\u0107.txt"_s);
    row("iso88592", "ISO-8859-2", "iso88592''%B1%E6.txt", u"\u0105\u0107.txt"_s);
    row("EUC-JP", "EUC-JP", "EUC-JP''%C6%FC%CB%DC.txt", u"\u65e5\u672c.txt"_s);
    row("EUC-KR", "EUC-KR", "euc-kr''%C7%D1%B1%DB.txt", u"\ud55c\uae00.txt"_s);
    row("Shift_JIS", "Shift_JIS", "Shift_JIS''%93%FA%96%7B.txt", u"\u65e5\u672c.txt"_s);
    row("shift-jis", "Shift_JIS", "shift-jis''%93%FA%96%7B.txt", u"\u65e5\u672c.txt"_s);
    row("GBK", "GBK", "GBK''%D6%D0%CE%C4.txt", u"\u4e2d\u6587.txt"_s);
    row("Big5", "Big5", "Big5''%A4%A4%A4%E5.txt", u"\u4e2d\u6587.txt"_s);
    row("KOI8-R", "KOI8-R", "KOI8-R''%F0%D2%C9%D7%C5%D4.txt", u"\u041f\u0440\u0438\u0432\u0435\u0442.txt"_s);
    row("Shift_JIS invalid", "", "Shift_JIS''%FF%FE.txt", u"fb.txt"_s);
    row("EUC-JP truncated", "", "EUC-JP''%C6", u"fb.txt"_s);
    row("invalid, then next ext", "KOI8-R", "Shift_JIS''%FF; filename*=KOI8-R''%C1.txt", u"\u0430.txt"_s);
    QTest::newRow("2047 Shift_JIS") << "Shift_JIS"_ba << "attachment; filename=\"=?Shift_JIS?B?k/qWew==?=.txt\""_ba
                                    << u"\u65e5\u672c.txt"_s;
}

void TestContentDisposition::legacyCharsets()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    const QString name = Ferry::ContentDisposition::fileName(header);
    if (!charset.isEmpty() && !QStringDecoder(charset.constData()).isValid()) {
        QVERIFY(name == u"fb.txt"_s || name.startsWith(u"=?"_s));
        QSKIP("This Qt has no converter for the charset; checked the fallback only");
    }
    QCOMPARE(name, expected);
}

void TestContentDisposition::unusableNameFallsBackToUrl_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("dots") << "attachment; filename=\"...\""_ba << u"report.pdf"_s;
    QTest::newRow("dot dot") << "attachment; filename=.."_ba << u"report.pdf"_s;
    QTest::newRow("ext dot") << "attachment; filename*=UTF-8''%2E"_ba << u"report.pdf"_s;
    QTest::newRow("missing semicolon") << "attachment filename=a.txt"_ba << u"report.pdf"_s;
    QTest::newRow("usable name kept") << "attachment; filename=\"..a\""_ba << u"a"_s;
}

// The caller, not the parser, picks the URL's name; this checks that the two fit together.
void TestContentDisposition::unusableNameFallsBackToUrl()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QCOMPARE(Ferry::FilePlacement::suggestedName(header, QUrl(u"https://example.com/files/report.pdf"_s)), expected);
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
        "a.txt"_ba, "\r\n"_ba, "=?"_ba, "?="_ba, "?B?"_ba, "?q?"_ba, "UTF-8"_ba, "Shift_JIS"_ba, "w6k="_ba, "=E9"_ba,
        "_"_ba, ".."_ba,
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

// Arbitrary bytes, not built from header pieces: nothing crashes, and the name sanitises to something safe.
void TestContentDisposition::survivesRandomBytes()
{
    QRandomGenerator random(20250117);
    for (int round = 0; round < 5000; ++round) {
        QByteArray bytes(random.bounded(0, 200), Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        const QString name = Ferry::ContentDisposition::fileName(QByteArray("attachment; filename="_ba + bytes));
        const QString safe = Ferry::FileNames::sanitize(name);
        QVERIFY(!safe.isEmpty() && !safe.contains(u'/') && !safe.startsWith(u'.'));
        Ferry::ContentDisposition::fileName(bytes);
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
        "filename=\""_ba + "=?"_ba.repeated(1 << 19),
        "filename=\""_ba + "=?x?B?YQ==?= "_ba.repeated(1 << 16),
        "filename=\""_ba + "=?x?B?YQ==?= =?y?Q?a?= "_ba.repeated(1 << 15),
        "filename=\""_ba + "=?UTF-8?Q?a?= "_ba.repeated(1 << 16),
        "filename=\""_ba + "=?UTF-8?Q?a"_ba.repeated(1 << 16),
        "filename*=x''a;"_ba.repeated(1 << 16),
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
