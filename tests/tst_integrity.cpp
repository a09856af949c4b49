#include <QTest>

#include "integrity.h"

using namespace Qt::StringLiterals;

using Algorithm = QCryptographicHash::Algorithm;

namespace {

const QByteArray body = "alert('Hello, world.');"_ba;

QByteArray digestOf(Algorithm algorithm, const QByteArray &data = body)
{
    return QCryptographicHash::hash(data, algorithm);
}

QString base64(const QByteArray &digest, QByteArray::Base64Options options = QByteArray::Base64Encoding)
{
    return QString::fromLatin1(digest.toBase64(options));
}

QString sri(const QString &name, Algorithm algorithm, const QByteArray &data = body)
{
    return name + u'-' + base64(digestOf(algorithm, data));
}

} // namespace

class TestIntegrity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parsedDigests();
    void specExample();
    void verifier_data();
    void verifier();
    void verifierStreams();
    void emptyListNeverMatches();
    void toSri_data();
    void toSri();
};

void TestIntegrity::parse_data()
{
    QTest::addColumn<QString>("metadata");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");

    const QString sha256 = sri(u"sha256"_s, Algorithm::Sha256);
    const QString sha384 = sri(u"sha384"_s, Algorithm::Sha384);
    const QString sha512 = sri(u"sha512"_s, Algorithm::Sha512);
    const QString hex = QString::fromLatin1(digestOf(Algorithm::Sha256).toHex());

    QTest::newRow("sha256") << sha256 << true << 1;
    QTest::newRow("sha384") << sha384 << true << 1;
    QTest::newRow("sha512") << sha512 << true << 1;
    QTest::newRow("upper-case name") << sri(u"SHA256"_s, Algorithm::Sha256) << true << 1;
    QTest::newRow("mixed-case name") << sri(u"Sha512"_s, Algorithm::Sha512) << true << 1;
    QTest::newRow("options ignored") << sha384 + u"?ct=application/javascript"_s << true << 1;
    QTest::newRow("empty options") << sha256 + u'?' << true << 1;
    QTest::newRow("several") << sha256 + u' ' + sha384 + u' ' + sha512 << true << 3;
    QTest::newRow("ascii whitespace") << u"\t "_s + sha256 + u"\n\r\f"_s + sha512 + u"  "_s << true << 2;
    QTest::newRow("duplicates") << sha256 + u' ' + sha256 << true << 2;
    QTest::newRow("url-safe base64")
        << u"sha512-"_s + base64(digestOf(Algorithm::Sha512), QByteArray::Base64UrlEncoding) << true << 1;
    QTest::newRow("unpadded") << u"sha256-"_s + base64(digestOf(Algorithm::Sha256), QByteArray::OmitTrailingEquals)
                              << true << 1;
    QTest::newRow("url-safe unpadded")
        << u"sha256-"_s
            + base64(digestOf(Algorithm::Sha256), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        << true << 1;
    QTest::newRow("hex") << hex << true << 1;
    QTest::newRow("hex upper case") << hex.toUpper() << true << 1;
    QTest::newRow("hex with sri") << hex + u' ' + sha512 << true << 2;

    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("blank") << u" \t\n"_s << false << 0;
    QTest::newRow("unknown algorithm") << u"md5-"_s + base64(digestOf(Algorithm::Md5)) << false << 0;
    QTest::newRow("sha1") << u"sha1-"_s + base64(digestOf(Algorithm::Sha1)) << false << 0;
    QTest::newRow("sha3") << u"sha3-256-"_s + base64(digestOf(Algorithm::Sha3_256)) << false << 0;
    QTest::newRow("one bad among good") << sha256 + u" md5-AAAA "_s + sha512 << false << 0;
    QTest::newRow("no digest") << u"sha256-"_s << false << 0;
    QTest::newRow("no dash") << u"sha256"_s + base64(digestOf(Algorithm::Sha256)) << false << 0;
    QTest::newRow("no algorithm") << u"-"_s + base64(digestOf(Algorithm::Sha256)) << false << 0;
    QTest::newRow("sha512 digest as sha256") << u"sha256-"_s + base64(digestOf(Algorithm::Sha512)) << false << 0;
    QTest::newRow("sha256 digest as sha384") << u"sha384-"_s + base64(digestOf(Algorithm::Sha256)) << false << 0;
    QTest::newRow("digest too short") << u"sha256-"_s + base64(digestOf(Algorithm::Sha256).chopped(1)) << false << 0;
    QTest::newRow("digest too long") << u"sha256-"_s + base64(digestOf(Algorithm::Sha256) + 'x') << false << 0;
    QTest::newRow("typo: bad character") << QString(sha256).replace(10, 1, u'$') << false << 0;
    QTest::newRow("typo: missing character") << QString(sha256).remove(10, 1) << false << 0;
    QTest::newRow("extra padding") << sha256 + u'=' << false << 0;
    QTest::newRow("padding inside") << QString(sha256).insert(12, u'=') << false << 0;
    QTest::newRow("mixed alphabets") << u"sha256-+/_-"_s + u"A"_s.repeated(39) << false << 0;
    QTest::newRow("non-ascii") << QString(sha256).replace(10, 1, u'\u00e9') << false << 0;
    QTest::newRow("hex too short") << hex.chopped(1) << false << 0;
    QTest::newRow("hex too long") << hex + u'0' << false << 0;
    QTest::newRow("hex bad digit") << QString(hex).replace(0, 1, u'g') << false << 0;
    QTest::newRow("sha256sum line") << hex + u"  file.iso"_s << false << 0;
    QTest::newRow("comma separated") << sha256 + u',' + sha512 << false << 0;
}

void TestIntegrity::parse()
{
    QFETCH(QString, metadata);
    QFETCH(bool, valid);
    QFETCH(int, count);
    const std::optional<QList<Ferry::IntegrityHash>> hashes = Ferry::parseIntegrity(metadata);
    QCOMPARE(hashes.has_value(), valid);
    if (valid)
        QCOMPARE(hashes->size(), count);
}

void TestIntegrity::parsedDigests()
{
    const QString metadata = sri(u"SHA384"_s, Algorithm::Sha384) + u' '
        + QString::fromLatin1(digestOf(Algorithm::Sha256).toHex()) + u" sha512-"_s
        + base64(digestOf(Algorithm::Sha512), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const std::optional<QList<Ferry::IntegrityHash>> hashes = Ferry::parseIntegrity(metadata);
    QVERIFY(hashes);
    const QList<Ferry::IntegrityHash> expected = {
        {Algorithm::Sha384, digestOf(Algorithm::Sha384)},
        {Algorithm::Sha256, digestOf(Algorithm::Sha256)},
        {Algorithm::Sha512, digestOf(Algorithm::Sha512)},
    };
    QCOMPARE(*hashes, expected);
}

// The worked example of the SRI specification, as an independent check on our use of QCryptographicHash.
void TestIntegrity::specExample()
{
    const QString metadata = u"sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"_s;
    const std::optional<QList<Ferry::IntegrityHash>> hashes = Ferry::parseIntegrity(metadata);
    QVERIFY(hashes);
    Ferry::IntegrityVerifier verifier(*hashes);
    verifier.addData(body);
    QVERIFY(verifier.matches());
    QCOMPARE(Ferry::IntegrityVerifier::toSri(verifier.algorithm(), verifier.result()), metadata);
}

void TestIntegrity::verifier_data()
{
    QTest::addColumn<QString>("metadata");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("matches");

    const QByteArray other = "alert('Goodbye.');"_ba;
    const QString good256 = sri(u"sha256"_s, Algorithm::Sha256);
    const QString good384 = sri(u"sha384"_s, Algorithm::Sha384);
    const QString good512 = sri(u"sha512"_s, Algorithm::Sha512);
    const QString bad256 = sri(u"sha256"_s, Algorithm::Sha256, other);
    const QString bad384 = sri(u"sha384"_s, Algorithm::Sha384, other);
    const QString bad512 = sri(u"sha512"_s, Algorithm::Sha512, other);
    const QString hex = QString::fromLatin1(digestOf(Algorithm::Sha256).toHex());

    QTest::newRow("sha256 match") << good256 << body << int(Algorithm::Sha256) << true;
    QTest::newRow("sha384 match") << good384 << body << int(Algorithm::Sha384) << true;
    QTest::newRow("sha512 match") << good512 << body << int(Algorithm::Sha512) << true;
    QTest::newRow("hex match") << hex << body << int(Algorithm::Sha256) << true;
    QTest::newRow("mismatch") << good256 << other << int(Algorithm::Sha256) << false;
    QTest::newRow("one byte short") << good512 << body.chopped(1) << int(Algorithm::Sha512) << false;
    QTest::newRow("empty body") << u"sha256-"_s + base64(digestOf(Algorithm::Sha256, {})) << QByteArray()
                                << int(Algorithm::Sha256) << true;
    // Only the strongest algorithm counts, so a correct weaker hash cannot rescue a wrong stronger one.
    QTest::newRow("strongest wrong, weaker right") << good256 + u' ' + bad512 << body << int(Algorithm::Sha512) << false;
    QTest::newRow("strongest right, weaker wrong") << bad256 + u' ' + good512 << body << int(Algorithm::Sha512) << true;
    QTest::newRow("sha384 over sha256") << good384 + u' ' + bad256 << body << int(Algorithm::Sha384) << true;
    QTest::newRow("sha384 wrong over sha256") << bad384 + u' ' + good256 << body << int(Algorithm::Sha384) << false;
    QTest::newRow("any of the strongest") << bad512 + u' ' + good512 + u' ' + good384 << body
                                          << int(Algorithm::Sha512) << true;
    QTest::newRow("none of the strongest") << bad512 + u' ' + bad512 + u' ' + good384 << body
                                           << int(Algorithm::Sha512) << false;
}

void TestIntegrity::verifier()
{
    QFETCH(QString, metadata);
    QFETCH(QByteArray, data);
    QFETCH(int, algorithm);
    QFETCH(bool, matches);
    const std::optional<QList<Ferry::IntegrityHash>> hashes = Ferry::parseIntegrity(metadata);
    QVERIFY(hashes);
    Ferry::IntegrityVerifier verifier(*hashes);
    QCOMPARE(int(verifier.algorithm()), algorithm);
    verifier.addData(data);
    QCOMPARE(verifier.matches(), matches);
    QCOMPARE(verifier.result(), digestOf(verifier.algorithm(), data));
}

void TestIntegrity::verifierStreams()
{
    const QByteArray large = QByteArray("0123456789abcdef").repeated(70000);
    const std::optional<QList<Ferry::IntegrityHash>> hashes =
        Ferry::parseIntegrity(sri(u"sha512"_s, Algorithm::Sha512, large));
    QVERIFY(hashes);
    Ferry::IntegrityVerifier verifier(*hashes);

    // Uneven chunks, with a look at the result half-way that must not disturb the running hash.
    qsizetype offset = 0;
    for (qsizetype chunk = 1; offset < large.size(); chunk = chunk * 3 + 1) {
        const qsizetype size = qMin(chunk, large.size() - offset);
        verifier.addData(QByteArrayView(large).sliced(offset, size));
        offset += size;
        if (offset < large.size())
            QVERIFY(!verifier.matches());
    }
    QVERIFY(verifier.matches());
    QVERIFY(verifier.matches()); // asking twice is harmless

    verifier.addData("x");
    QVERIFY(!verifier.matches());

    // A restarted download hashes from zero.
    verifier.reset();
    QVERIFY(!verifier.matches());
    verifier.addData(large);
    QVERIFY(verifier.matches());
}

void TestIntegrity::emptyListNeverMatches()
{
    Ferry::IntegrityVerifier verifier({});
    QVERIFY(!verifier.matches());
    verifier.addData(body);
    QVERIFY(!verifier.matches());

    // Hashes of algorithms SRI does not know are ignored rather than trusted.
    Ferry::IntegrityVerifier md5Only({{Algorithm::Md5, digestOf(Algorithm::Md5)}});
    md5Only.addData(body);
    QVERIFY(!md5Only.matches());
}

void TestIntegrity::toSri_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("sha256") << int(Algorithm::Sha256) << u"sha256-"_s;
    QTest::newRow("sha384") << int(Algorithm::Sha384) << u"sha384-"_s;
    QTest::newRow("sha512") << int(Algorithm::Sha512) << u"sha512-"_s;
    QTest::newRow("md5 unsupported") << int(Algorithm::Md5) << QString();
    QTest::newRow("sha1 unsupported") << int(Algorithm::Sha1) << QString();
}

void TestIntegrity::toSri()
{
    QFETCH(int, algorithm);
    QFETCH(QString, prefix);
    const auto hashAlgorithm = Algorithm(algorithm);
    const QByteArray digest = digestOf(hashAlgorithm);
    const QString text = Ferry::IntegrityVerifier::toSri(hashAlgorithm, digest);
    if (prefix.isEmpty()) {
        QVERIFY(text.isEmpty());
        return;
    }
    QCOMPARE(text, prefix + base64(digest));
    // Round trip: what we print, we parse back to the same digest.
    const std::optional<QList<Ferry::IntegrityHash>> hashes = Ferry::parseIntegrity(text);
    QVERIFY(hashes);
    QCOMPARE(hashes->size(), 1);
    QCOMPARE(int(hashes->constFirst().algorithm), algorithm);
    QCOMPARE(hashes->constFirst().digest, digest);
}

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
