#include <QTest>
#include <QUrl>

#include "filenames.h"

using namespace Qt::StringLiterals;

namespace {

qsizetype utf8Bytes(const QString &text)
{
    return text.toUtf8().size();
}

// What every sanitised name must satisfy, whatever went in.
void verifySafe(const QString &name)
{
    QVERIFY(!name.isEmpty());
    QVERIFY(utf8Bytes(name) <= Ferry::FileNames::MaximumBytes);
    QVERIFY(!name.contains(u'/'));
    QVERIFY(!name.contains(u'\\'));
    QVERIFY(name != u"."_s && name != u".."_s);
    QVERIFY(!name.startsWith(u'.'));
    QVERIFY(!name.startsWith(u'-'));
    QVERIFY(!name.endsWith(u'.'));
    QVERIFY(!name.back().isSpace());
    QVERIFY(!name.front().isSpace());
    for (const QChar ch : name) {
        QVERIFY(ch.unicode() >= 0x20);
        QVERIFY(ch.unicode() < 0x7f || ch.unicode() > 0x9f);
        QVERIFY(ch.unicode() < 0x202a || ch.unicode() > 0x202e);
        QVERIFY(ch.unicode() < 0x2066 || ch.unicode() > 0x2069);
    }
    // Round-trips through UTF-8: no split code point, no lone surrogate.
    QCOMPARE(QString::fromUtf8(name.toUtf8()), name);
}

} // namespace

class TestFileNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void cleaned_data();
    void cleaned();
    void truncate_data();
    void truncate();
    void fromUrl_data();
    void fromUrl();
    void numbered_data();
    void numbered();
    void numberedStaysWithinLimit_data();
    void numberedStaysWithinLimit();
};

void TestFileNames::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
    QTest::newRow("unicode") << u"R\u00e9sum\u00e9 \u62a5\u544a \U0001f600.pdf"_s << u"R\u00e9sum\u00e9 \u62a5\u544a \U0001f600.pdf"_s;
    QTest::newRow("inner spaces kept") << u"my  file.txt"_s << u"my  file.txt"_s;
    QTest::newRow("windows punctuation kept") << u"a:b?.txt"_s << u"a:b?.txt"_s;

    // Path components.
    QTest::newRow("parent traversal") << u"../../etc/passwd"_s << u"passwd"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s << u"passwd"_s;
    QTest::newRow("backslash traversal") << u"..\\..\\Windows\\System32\\cmd.exe"_s << u"cmd.exe"_s;
    QTest::newRow("mixed separators") << u"a/b\\c/d.txt"_s << u"d.txt"_s;
    QTest::newRow("drive letter") << u"C:\\Users\\x\\evil.lnk"_s << u"evil.lnk"_s;
    QTest::newRow("trailing slash") << u"dir/"_s << u"dir"_s;
    QTest::newRow("ends in parent") << u"a/b/.."_s << u"download"_s;
    QTest::newRow("slash only") << u"/"_s << u"download"_s;
    QTest::newRow("separators only") << u"//\\\\/"_s << u"download"_s;

    // Dots, dashes and whitespace.
    QTest::newRow("empty") << QString() << u"download"_s;
    QTest::newRow("dot") << u"."_s << u"download"_s;
    QTest::newRow("dot dot") << u".."_s << u"download"_s;
    QTest::newRow("dots") << u"....."_s << u"download"_s;
    QTest::newRow("blank") << u"  \t "_s << u"download"_s;
    QTest::newRow("hidden") << u".bashrc"_s << u"bashrc"_s;
    QTest::newRow("double hidden") << u"..hidden.txt"_s << u"hidden.txt"_s;
    QTest::newRow("option") << u"-rf"_s << u"rf"_s;
    QTest::newRow("long option") << u"--help"_s << u"help"_s;
    QTest::newRow("dot dash mix") << u".-.-x"_s << u"x"_s;
    QTest::newRow("dot space dash") << u". -x"_s << u"x"_s;
    QTest::newRow("dashes only") << u"---"_s << u"download"_s;
    QTest::newRow("inner dash kept") << u"a-b.txt"_s << u"a-b.txt"_s;
    QTest::newRow("trailing dot") << u"name."_s << u"name"_s;
    QTest::newRow("trailing dots and spaces") << u"x.exe . . "_s << u"x.exe"_s;
    QTest::newRow("surrounding whitespace") << u"  spaced.txt  "_s << u"spaced.txt"_s;
    QTest::newRow("leading non-breaking space") << u"\u00a0.x"_s << u"x"_s;

    // Invisible and control characters.
    QTest::newRow("C0 and DEL") << u"a\u0001b\u001fc\u007f.txt"_s << u"abc.txt"_s;
    QTest::newRow("NUL") << QStringView(u"a\0b.txt", 7).toString() << u"ab.txt"_s;
    QTest::newRow("tab and newline") << u"line\nbreak\t.txt"_s << u"linebreak.txt"_s;
    QTest::newRow("C1") << u"a\u0085b\u009b.txt"_s << u"ab.txt"_s;
    QTest::newRow("right-to-left override") << u"invoice\u202efdp.exe"_s << u"invoicefdp.exe"_s;
    QTest::newRow("all bidi controls")
        << u"\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl"_s << u"abcdefghijkl"_s;
    QTest::newRow("control hides a dot") << u"\u0001.hidden"_s << u"hidden"_s;
    QTest::newRow("bidi between dots") << u".\u202e."_s << u"download"_s;
    QTest::newRow("byte order mark") << u"\ufeffa\ufeffb.txt"_s << u"ab.txt"_s;
    QTest::newRow("lone surrogate") << (u"a"_s + QChar(0xd800) + u"b.txt"_s) << u"ab.txt"_s;
    QTest::newRow("controls only") << u"\u0001\u0002\u202e"_s << u"download"_s;

    // Windows and FAT reserved device names.
    QTest::newRow("CON") << u"CON"_s << u"_CON"_s;
    QTest::newRow("con.txt") << u"con.txt"_s << u"_con.txt"_s;
    QTest::newRow("PRN") << u"Prn"_s << u"_Prn"_s;
    QTest::newRow("AUX") << u"aux.tar.gz"_s << u"_aux.tar.gz"_s;
    QTest::newRow("NUL") << u"NUL.log"_s << u"_NUL.log"_s;
    QTest::newRow("COM1") << u"COM1"_s << u"_COM1"_s;
    QTest::newRow("com9") << u"com9.txt"_s << u"_com9.txt"_s;
    QTest::newRow("LPT1") << u"lpt1"_s << u"_lpt1"_s;
    QTest::newRow("LPT9") << u"LPT9.doc"_s << u"_LPT9.doc"_s;
    QTest::newRow("COM superscript") << u"COM\u00b9"_s << u"_COM\u00b9"_s;
    QTest::newRow("CONIN$") << u"conin$"_s << u"_conin$"_s;
    QTest::newRow("space before extension") << u"con .txt"_s << u"_con .txt"_s;
    QTest::newRow("reserved after path") << u"../CON"_s << u"_CON"_s;
    QTest::newRow("reserved after trailing dot") << u"nul."_s << u"_nul"_s;
    QTest::newRow("COM0 allowed") << u"COM0"_s << u"COM0"_s;
    QTest::newRow("COM10 allowed") << u"COM10"_s << u"COM10"_s;
    QTest::newRow("CONSOLE allowed") << u"CONSOLE.txt"_s << u"CONSOLE.txt"_s;
    QTest::newRow("reserved as extension allowed") << u"file.con"_s << u"file.con"_s;
}

void TestFileNames::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString result = Ferry::FileNames::sanitize(input);
    QCOMPARE(result, expected);
    verifySafe(result);
    if (QTest::currentTestFailed())
        return;
    // Idempotent: sanitising twice changes nothing.
    QCOMPARE(Ferry::FileNames::sanitize(result), result);
    // sanitize() is cleaned() with the fallback name.
    const QString cleaned = Ferry::FileNames::cleaned(input);
    QCOMPARE(cleaned.isEmpty() ? Ferry::FileNames::fallbackName() : cleaned, result);
}

void TestFileNames::cleaned_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
    QTest::newRow("hidden") << u".bashrc"_s << u"bashrc"_s;
    QTest::newRow("reserved") << u"con.txt"_s << u"_con.txt"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("dot") << u"."_s << QString();
    QTest::newRow("dot dot") << u".."_s << QString();
    QTest::newRow("three dots") << u"..."_s << QString();
    QTest::newRow("dots and spaces") << u". . ."_s << QString();
    QTest::newRow("path to dot dot") << u"a/b/.."_s << QString();
    QTest::newRow("backslash dots") << u"..\\.."_s << QString();
    QTest::newRow("dashes") << u"---"_s << QString();
    QTest::newRow("controls only") << u"\u0001\u202e"_s << QString();
    QTest::newRow("dots around a name") << u"..a.."_s << u"a"_s;
    QTest::newRow("literal download") << u"download"_s << u"download"_s;
}

void TestFileNames::cleaned()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString result = Ferry::FileNames::cleaned(input);
    QCOMPARE(result, expected);
    if (!result.isEmpty())
        verifySafe(result);
}

void TestFileNames::truncate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedStart"); // one repetition of the stem's unit
    QTest::addColumn<QString>("expectedSuffix");
    QTest::addColumn<qsizetype>("expectedBytes");

    const QString ascii400 = u"a"_s.repeated(400);
    QTest::newRow("exactly 250") << u"b"_s.repeated(246) + u".txt"_s << u"b"_s << u"b.txt"_s << qsizetype(250);
    QTest::newRow("251 bytes") << u"b"_s.repeated(247) + u".txt"_s << u"b"_s << u"b.txt"_s << qsizetype(250);
    QTest::newRow("400 bytes with extension") << ascii400 + u".txt"_s << u"a"_s << u"a.txt"_s << qsizetype(250);
    QTest::newRow("400 bytes without extension") << ascii400 << u"a"_s << u"a"_s << qsizetype(250);
    QTest::newRow("compound extension") << ascii400 + u".tar.gz"_s << u"a"_s << u"a.tar.gz"_s << qsizetype(250);
    QTest::newRow("extension too long to keep") << ascii400 + u"."_s + u"e"_s.repeated(30) << u"a"_s << u"a"_s << qsizetype(250);
    QTest::newRow("long extension fits") << ascii400 + u"."_s + u"e"_s.repeated(20) << u"a"_s << u"a."_s + u"e"_s.repeated(20)
                                         << qsizetype(250);
    // Two-byte characters: 123 of them and ".pdf" make 250 bytes, a 124th would make 252.
    QTest::newRow("two-byte") << u"\u00e9"_s.repeated(200) + u".pdf"_s << u"\u00e9"_s << u"\u00e9.pdf"_s << qsizetype(250);
    QTest::newRow("three-byte") << u"\u20ac"_s.repeated(100) << u"\u20ac"_s << u"\u20ac"_s << qsizetype(83 * 3);
    QTest::newRow("four-byte") << u"\U0001f600"_s.repeated(100) + u".png"_s << u"\U0001f600"_s << u"\U0001f600.png"_s
                               << qsizetype(61 * 4 + 4);
    // "e" plus a combining acute accent: never split the accent from its letter.
    QTest::newRow("combining") << u"e\u0301"_s.repeated(100) << u"e\u0301"_s << u"e\u0301"_s << qsizetype(83 * 3);
    QTest::newRow("emoji sequence") << u"\U0001f468\u200d\U0001f469\u200d\U0001f467"_s.repeated(20)
                                    << u"\U0001f468\u200d\U0001f469\u200d\U0001f467"_s
                                    << u"\U0001f468\u200d\U0001f469\u200d\U0001f467"_s << qsizetype(18 * 13);
    // Found by fuzzing: Qt 6.4's grapheme segmentation reports boundaries inside the emoji's surrogate pairs here.
    QTest::newRow("devanagari and emoji") << u"aaaa"_s + u"\u0915\U0001f600"_s.repeated(50) << u"a"_s
                                          << u"\u0915\U0001f600"_s << qsizetype(4 + 35 * 7);
    QTest::newRow("hostile and long") << u"../../"_s + u"\u202e"_s.repeated(50) + ascii400 + u".exe"_s << u"a"_s
                                      << u"a.exe"_s << qsizetype(250);
    QTest::newRow("trailing dot after cut") << u"a"_s.repeated(249) + u". b"_s << u"a"_s << u"a"_s << qsizetype(249);
}

void TestFileNames::truncate()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedStart);
    QFETCH(QString, expectedSuffix);
    QFETCH(qsizetype, expectedBytes);
    const QString result = Ferry::FileNames::sanitize(input);
    verifySafe(result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(utf8Bytes(result), expectedBytes);
    QVERIFY(result.startsWith(expectedStart));
    QVERIFY2(result.endsWith(expectedSuffix), qPrintable(result.right(30)));
    QCOMPARE(Ferry::FileNames::sanitize(result), result);
}

void TestFileNames::fromUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple") << QUrl(u"https://example.com/files/report.pdf"_s) << u"report.pdf"_s;
    QTest::newRow("query and fragment") << QUrl(u"https://example.com/get/file.zip?token=abc/def#x"_s) << u"file.zip"_s;
    QTest::newRow("root") << QUrl(u"https://example.com/"_s) << QString();
    QTest::newRow("no path") << QUrl(u"https://example.com"_s) << QString();
    QTest::newRow("double slash") << QUrl(u"https://example.com//"_s) << QString();
    QTest::newRow("trailing slash") << QUrl(u"https://example.com/pub/dir/"_s) << u"dir"_s;
    QTest::newRow("encoded space") << QUrl(u"https://example.com/a%20b.txt"_s) << u"a b.txt"_s;
    QTest::newRow("encoded utf-8") << QUrl(u"https://example.com/%E2%82%AC.txt"_s) << u"\u20ac.txt"_s;
    QTest::newRow("raw unicode") << QUrl(u"https://example.com/\u00fcber.txt"_s) << u"\u00fcber.txt"_s;
    QTest::newRow("encoded slash stays in segment") << QUrl(u"https://example.com/x/a%2Fb.txt"_s) << u"a/b.txt"_s;
    QTest::newRow("traversal unsanitised") << QUrl(u"https://example.com/..%2F..%2Fetc%2Fpasswd"_s) << u"../../etc/passwd"_s;
    QTest::newRow("encoded percent") << QUrl(u"https://example.com/100%25.txt"_s) << u"100%.txt"_s;
    QTest::newRow("empty url") << QUrl() << QString();
}

void TestFileNames::fromUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(Ferry::FileNames::fromUrl(url), expected);
}

void TestFileNames::numbered_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first") << u"report.pdf"_s << 1 << u"report (1).pdf"_s;
    QTest::newRow("second") << u"report.pdf"_s << 2 << u"report (2).pdf"_s;
    QTest::newRow("two digits") << u"report.pdf"_s << 12 << u"report (12).pdf"_s;
    QTest::newRow("zero") << u"report.pdf"_s << 0 << u"report.pdf"_s;
    QTest::newRow("negative") << u"report.pdf"_s << -1 << u"report.pdf"_s;
    QTest::newRow("no extension") << u"noext"_s << 2 << u"noext (2)"_s;
    QTest::newRow("tar.gz") << u"a.tar.gz"_s << 1 << u"a (1).tar.gz"_s;
    QTest::newRow("tar.xz") << u"linux-6.1.tar.xz"_s << 1 << u"linux-6.1 (1).tar.xz"_s;
    QTest::newRow("tar.bz2") << u"a.tar.bz2"_s << 3 << u"a (3).tar.bz2"_s;
    QTest::newRow("tar.zst") << u"a.tar.zst"_s << 1 << u"a (1).tar.zst"_s;
    QTest::newRow("compound upper case") << u"A.TAR.GZ"_s << 1 << u"A (1).TAR.GZ"_s;
    QTest::newRow("plain gz") << u"data.gz"_s << 1 << u"data (1).gz"_s;
    QTest::newRow("plain tar") << u"data.tar"_s << 1 << u"data (1).tar"_s;
    QTest::newRow("gz without tar") << u"x.txt.gz"_s << 1 << u"x.txt (1).gz"_s;
    QTest::newRow("several dots") << u"v1.2.3"_s << 1 << u"v1.2 (1).3"_s;
    QTest::newRow("suffix with space") << u"Mr. Smith"_s << 1 << u"Mr. Smith (1)"_s;
    QTest::newRow("trailing dot") << u"odd."_s << 1 << u"odd. (1)"_s;
    QTest::newRow("leading dot") << u".bashrc"_s << 1 << u".bashrc (1)"_s;
    QTest::newRow("leading dot compound") << u".tar.gz"_s << 1 << u".tar (1).gz"_s;
    QTest::newRow("empty") << QString() << 1 << u" (1)"_s;
    QTest::newRow("unicode") << u"\u62a5\u544a.pdf"_s << 1 << u"\u62a5\u544a (1).pdf"_s;
}

void TestFileNames::numbered()
{
    QFETCH(QString, name);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(Ferry::FileNames::numbered(name, n), expected);
}

void TestFileNames::numberedStaysWithinLimit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expectedSuffix");

    QTest::newRow("ascii") << Ferry::FileNames::sanitize(u"a"_s.repeated(400) + u".txt"_s) << 1 << u"a (1).txt"_s;
    QTest::newRow("big n") << Ferry::FileNames::sanitize(u"a"_s.repeated(400) + u".txt"_s) << 2147483647
                           << u"a (2147483647).txt"_s;
    QTest::newRow("compound") << Ferry::FileNames::sanitize(u"a"_s.repeated(400) + u".tar.gz"_s) << 7 << u"a (7).tar.gz"_s;
    QTest::newRow("multibyte") << Ferry::FileNames::sanitize(u"\u20ac"_s.repeated(100)) << 5 << u"\u20ac (5)"_s;
    QTest::newRow("four-byte") << Ferry::FileNames::sanitize(u"\U0001f600"_s.repeated(80) + u".png"_s) << 42
                               << u"\U0001f600 (42).png"_s;
    QTest::newRow("devanagari and emoji") << Ferry::FileNames::sanitize(u"aaa"_s + u"\u0915\U0001f600"_s.repeated(50) + u".txt"_s)
                                          << 1 << u" (1).txt"_s;
}

void TestFileNames::numberedStaysWithinLimit()
{
    QFETCH(QString, name);
    QFETCH(int, n);
    QFETCH(QString, expectedSuffix);
    const QString result = Ferry::FileNames::numbered(name, n);
    QVERIFY(utf8Bytes(result) <= Ferry::FileNames::MaximumBytes);
    QVERIFY(utf8Bytes(result) > Ferry::FileNames::MaximumBytes - 4);
    QVERIFY2(result.endsWith(expectedSuffix), qPrintable(result.right(30)));
    verifySafe(result);
}

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
