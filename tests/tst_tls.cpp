#include "testcerts.h"
#include "testtlsserver.h"
#include "transfertestutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::TransferTestUtil;

namespace {

// A self-signed certificate for "ferry.test" (openssl req -x509 -newkey rsa:2048 -days 36500), so the test needs
// no tool at run time: to a client it is both untrusted and for another host.
constexpr char certificate[] = R"(-----BEGIN CERTIFICATE-----
MIIDDTCCAfWgAwIBAgIUatQYt1XhUq6xbEwuHEJkM8MQ0NkwDQYJKoZIhvcNAQEL
BQAwFTETMBEGA1UEAwwKZmVycnkudGVzdDAgFw0yNjEyMDYxODQyMTBaGA8yMTI2
MTExMjE4NDIxMFowFTETMBEGA1UEAwwKZmVycnkudGVzdDCCASIwDQYJKoZIhvcN
AQEBBQADggEPADCCAQoCggEBANfO5ou58wzMc51aHnlgyJFCK+ZnOs7dW18X7tIf
IZhoOdxUrhYM3/QXjvQnd5hf0V8Rgk95nP+JN199A+2H9enxlkhIHbcdI+zk/Gar
I9Kfu46RRSv8DisiqSKP2+0GWadlmW6B3tq+mXu2UymC2orfFxw/XdloYkqu0Lvt
r2Msw+Iw0gurEN1C9yx6ILCE2+8lESVrziMUfDC2BHp0AzwHwSjxS1SHpXZ4VWSJ
rGXR1MHMoq/equmpJ71gd7cOP+GAn0aQDDANucs29RGmDJBdPx7jQMF4aJW1TQ7G
nbi3UFUb78DH8DwtkzTR8lp50cZ5/pV9pUAR98SGsAZRGe8CAwEAAaNTMFEwHQYD
VR0OBBYEFBd/p2J2xreI0lRk4XXSGCSuzgwiMB8GA1UdIwQYMBaAFBd/p2J2xreI
0lRk4XXSGCSuzgwiMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQELBQADggEB
AG7Y0/dYBXNx/90yuLAIkM0Y+0cgOQ2a4z9hU4sXIZs8c2MplXdYV1fjSfVmrovu
CZurwk1JDYpdwzercdZNXX/l+L1bF0Y8mjEbXyuGjiQ0GCJ69XA9xR0bj0JGQZjG
pCJ0Dd6qkyKrm9oxzjbOyLMrsAtm4e1kgfVVU/XnMUhuYoeYCDAzEznDS8u45zu1
Is/Qe9UXmfaimdiF8I3tuyCfPnrTawoOgppYVaqxHtBf/Lt8usO6lT7eDYVhYnA7
whSnpr9nBmFpGfgEHQRWJ6iFWCYY5XcQT7WyjyJujbd4FFZcPiFkguYIGC2E0ROC
O3dWQGlsFEFoI4dcjDmqAKM=
-----END CERTIFICATE-----
)";
constexpr char privateKey[] = R"(-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDXzuaLufMMzHOd
Wh55YMiRQivmZzrO3VtfF+7SHyGYaDncVK4WDN/0F470J3eYX9FfEYJPeZz/iTdf
fQPth/Xp8ZZISB23HSPs5PxmqyPSn7uOkUUr/A4rIqkij9vtBlmnZZlugd7avpl7
tlMpgtqK3xccP13ZaGJKrtC77a9jLMPiMNILqxDdQvcseiCwhNvvJREla84jFHww
tgR6dAM8B8Eo8UtUh6V2eFVkiaxl0dTBzKKv3qrpqSe9YHe3Dj/hgJ9GkAwwDbnL
NvURpgyQXT8e40DBeGiVtU0Oxp24t1BVG+/Ax/A8LZM00fJaedHGef6VfaVAEffE
hrAGURnvAgMBAAECggEAFj1CcY2/vUbody5ioObXZG4URhHHSVVzEBFQUXkB0PSU
rzROyFjv+fXfi8ucEyjJ/mkN1mYq8VkmSqyAa3RXuZG63Jy0leU73t1uIUpro6NF
rxh2BLqx3xdwT0PR9H1zXxZ6QZ1tO3o+04qOIWNUZXvopBw87fry03gWbKIUMT0A
OLEdYzIlHHqQAmQXinysqPDXPD1CXpzNaJ1is82pZHwNgr+k1H1pxfU2+nzZmWPe
IHsayVx+g9sDfhxiXuHMgMTogwASop7D8Rvp6erdC7tukz/AYlT9KM2zTRkvEuyq
3pnR8cCBNzDAZ9BlctFT/E58EeARX8px0r9bNfZ6AQKBgQD35ecXn+EFMUErgo1d
FRh9CJRaE+7Rtw9+/ynKynWM0XISKg9juN49Uh2OYsRt7uIQjYQSxbmu8t+U9A6G
ptG1v7sI6+i1lhe5n4D1L4WoUwe/JsYGpLLtAA1udE7qjQFAZUsP+INEmBMpGWAm
hes3SE84lFNiflnYkpXNKg3tAQKBgQDe3IK1pVWqIWZKFG9c+bYD5FKRpxgvb0xQ
Pa9taJEI+mSvTnCb5/F+JqRaoltLmJQuH7ErtpHnUU+BSDTgEl2KYC+y8C5B10bO
YWpnHlqaWIgq6/WeAJ5vLBHF6MytV4On7VAz6RPGGQ4V1bgGXFRtHxHuYqcCqgXK
uNoU1TLW7wKBgCOWHVaG3Qahy3kzhJeYL6vDT4ie0+nHHbJdbuJtrfJJHtb8srje
EQk8gIGwLAKcCFfX+N25BK7Yrr/zSSKLUA+HNpJRS1bF9SHwg9Kuv8EqKjKGnmbV
vdnH6CWzDKEfHM7hu6TPSAjQy+9adTMShnGpL7YvlMjO2pb8dAS/xMABAoGBAKKC
L3ofZtkZY8qPHimxGU27N45oRxWH1iEI6hwgzOm8FKFU1H6LYqh3qw9AJsx4JU2A
5KOYjModm5kNOylNmxIlU4Lq6wAt577kgD9TfgPgnOKXj1I4507v1sH3IREhqKpS
PVKtGjMw3/mCD5/rwdCUgHHRVDF4I6MQqk3YrSrXAoGAXhW3H4DwcSC0jBtokm5V
llx7ktJK0gPt7d8K8HMyHpG3hyU0ifsDPugMvaaxEEESuA+Dcb0TmOOIZc5jXWiK
BgDZGvT3M+zA8c/pkUCD49Wm8Iop2hdy02aAhhHSsQOUwVrKM47tAMudj1f+vV9Q
FztJXZDBY9PMg5lbvuHsdD4=
-----END PRIVATE KEY-----
)";

const QByteArray body = QByteArrayLiteral("trusted bytes\n");

QList<QSslCertificate> testAuthority()
{
    return {QSslCertificate(QByteArray(TestCerts::authority))};
}

} // namespace

// A server whose certificate cannot be trusted is not a passing fault: the download fails at once, with no
// retries and a message that names the host and the reason, instead of trying again for half a minute. A user's
// own certificate authority (SSL_CERT_FILE, SSL_CERT_DIR) makes the same server trusted.
class TestTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (!QSslSocket::supportsSsl()) {
            // Environment-dependent checks may skip on a developer machine, but never in CI (FERRY_CI=1).
            QVERIFY2(qEnvironmentVariableIsEmpty("FERRY_CI"), "Qt's TLS back-end is missing");
            QSKIP("this Qt has no TLS back-end");
        }
    }

    void untrustedCertificateFailsAtOnce()
    {
        TestTlsServer server{QByteArray(certificate), QByteArray(privateKey), body};
        QVERIFY(server.listen());

        EngineConfig engine = CoreHarness::fastEngine();
        engine.retry.maxRetries = 5;
        engine.retry.baseDelay = std::chrono::milliseconds(300);
        CoreHarness h({}, engine);
        QVERIFY(h.isReady());
        Events events(h.manager());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(h.fetch(u"tls"_s, {FetchRequest(u"https://127.0.0.1:%1/file.bin"_s.arg(server.port()))}));
        QTRY_COMPARE(events.count(), qsizetype(1));
        QCOMPARE(events.fail.size(), 1);
        const auto stored = h.manager().find(u"tls"_s);
        QCOMPARE(stored->failureReason, FailureReason::FetchError);
        // Retries would have made five more handshakes, 0.3 s and more apart (Qt itself may try a second
        // connection, for example without HTTP/2 after the first).
        QVERIFY2(server.handshakes() >= 1 && server.handshakes() <= 2, qPrintable(u"%1 handshakes"_s.arg(server.handshakes())));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        QCOMPARE(server.answered(), 0);

        // The record says what was wrong and with whom, and the store keeps it.
        const RecordProblem problem = h.manager().details(stored->uuid)->records.at(0).problem;
        QCOMPARE(problem.kind, RecordProblem::Kind::Certificate);
        QCOMPARE(problem.host, u"127.0.0.1:%1"_s.arg(server.port()));
        QVERIFY2(problem.detail.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(problem.detail));
    }

    void trustedAuthorityIsAccepted()
    {
        TestTlsServer server{QByteArray(TestCerts::localhostCertificate), QByteArray(TestCerts::localhostKey), body};
        QVERIFY(server.listen());
        EngineConfig engine = CoreHarness::fastEngine();
        engine.trustedCertificates = testAuthority();
        CoreHarness h({}, engine);
        QVERIFY(h.isReady());
        Events events(h.manager());
        QVERIFY(h.fetch(u"ok"_s, {FetchRequest(u"https://127.0.0.1:%1/file.bin"_s.arg(server.port()))}));
        QTRY_COMPARE(events.count(), qsizetype(1));
        QCOMPARE(events.success.size(), 1);
        const auto stored = h.manager().details(h.manager().find(u"ok"_s)->uuid);
        QFile file(stored->records.at(0).filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), body);
        QVERIFY(stored->records.at(0).problem.isEmpty());
    }

    void certificateForAnotherHostIsRefused()
    {
        // Signed by the trusted authority, but for localhost and 127.0.0.1, not 127.0.0.2.
        TestTlsServer server{QByteArray(TestCerts::localhostCertificate), QByteArray(TestCerts::localhostKey), body};
        QVERIFY(server.listen(QHostAddress(u"127.0.0.2"_s)));
        EngineConfig engine = CoreHarness::fastEngine();
        engine.trustedCertificates = testAuthority();
        CoreHarness h({}, engine);
        QVERIFY(h.isReady());
        Events events(h.manager());
        QVERIFY(h.fetch(u"host"_s, {FetchRequest(u"https://127.0.0.2:%1/file.bin"_s.arg(server.port()))}));
        QTRY_COMPARE(events.count(), qsizetype(1));
        QCOMPARE(events.fail.size(), 1);
        const RecordProblem problem = h.manager().details(h.manager().find(u"host"_s)->uuid)->records.at(0).problem;
        QCOMPARE(problem.kind, RecordProblem::Kind::Certificate);
        QCOMPARE(problem.host, u"127.0.0.2:%1"_s.arg(server.port()));
        QVERIFY2(problem.detail.contains(u"host name"_s, Qt::CaseInsensitive), qPrintable(problem.detail));
        QCOMPARE(server.answered(), 0);
    }

    // The command line, as a user runs it: refused with a message naming host and cause; trusted once
    // SSL_CERT_FILE (or SSL_CERT_DIR) names the authority; a variable naming nothing is reported.
    void commandLineReadsSslCertFile_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("system authorities") << QString() << 1;
        QTest::newRow("SSL_CERT_FILE") << u"SSL_CERT_FILE"_s << 0;
        QTest::newRow("SSL_CERT_DIR") << u"SSL_CERT_DIR"_s << 0;
        QTest::newRow("SSL_CERT_FILE empty file") << u"SSL_CERT_FILE=empty"_s << 1;
    }

    void commandLineReadsSslCertFile()
    {
        QFETCH(QString, variable);
        QFETCH(int, exitCode);
        TestTlsServer server{QByteArray(TestCerts::localhostCertificate), QByteArray(TestCerts::localhostKey), body};
        QVERIFY(server.listen());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"cas"_s) && QDir(dir.path()).mkpath(u"out"_s));
        const QString bundle = dir.filePath(u"cas/test-ca.pem"_s);
        QVERIFY(writeFile(bundle, TestCerts::authority));
        const QString empty = dir.filePath(u"empty.pem"_s);
        QVERIFY(writeFile(empty, QByteArray()));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SSL_CERT_FILE"_s);
        env.remove(u"SSL_CERT_DIR"_s);
        if (variable == u"SSL_CERT_FILE")
            env.insert(variable, bundle);
        else if (variable == u"SSL_CERT_DIR")
            env.insert(variable, dir.filePath(u"nothing-here"_s) + u':' + dir.filePath(u"cas"_s));
        else if (!variable.isEmpty())
            env.insert(u"SSL_CERT_FILE"_s, empty);
        QProcess ferry;
        ferry.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        ferry.start(QStringLiteral(FERRY_BINARY),
                    {u"fetch"_s, u"--data-dir"_s, dir.filePath(u"data"_s), u"--dest"_s, dir.filePath(u"out"_s),
                     u"https://127.0.0.1:%1/file.bin"_s.arg(server.port())});
        // The server answers from this thread's event loop, so wait with the loop running.
        QTRY_VERIFY_WITH_TIMEOUT(ferry.state() == QProcess::NotRunning, 30000);
        const QString err = QString::fromLocal8Bit(ferry.readAllStandardError());
        QVERIFY2(ferry.exitCode() == exitCode, qPrintable(err));
        if (exitCode == 0) {
            QFile file(dir.filePath(u"out/file.bin"_s));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), body);
            return;
        }
        const QString host = u"127.0.0.1:%1"_s.arg(server.port());
        QVERIFY2(err.contains(u"The certificate of %1 is not trusted"_s.arg(host)), qPrintable(err));
        if (variable.endsWith(u"empty"))
            QVERIFY2(err.contains(u"SSL_CERT_FILE=%1 holds no readable certificate"_s.arg(empty)), qPrintable(err));
        QVERIFY2(server.handshakes() <= 2, qPrintable(u"%1 handshakes"_s.arg(server.handshakes())));
        qInfo("failed in %lld ms, process start included", qint64(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
