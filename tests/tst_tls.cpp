#include "transfertestutil.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
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

} // namespace

// A server whose certificate cannot be trusted is not a passing fault: the download fails at once, with no
// retries, instead of trying again for half a minute.
class TestTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untrustedCertificateFailsAtOnce()
    {
        if (!QSslSocket::supportsSsl()) {
            // Environment-dependent checks may skip on a developer machine, but never in CI (FERRY_CI=1).
            QVERIFY2(qEnvironmentVariableIsEmpty("FERRY_CI"), "Qt's TLS back-end is missing");
            QSKIP("this Qt has no TLS back-end");
        }
        QSslServer server;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(QByteArray(certificate)));
        tls.setPrivateKey(QSslKey(QByteArray(privateKey), QSsl::Rsa));
        QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());
        server.setSslConfiguration(tls);
        int handshakes = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&handshakes] { ++handshakes; });
        QVERIFY(server.listen(QHostAddress::LocalHost));

        EngineConfig engine = CoreHarness::fastEngine();
        engine.retry.maxRetries = 5;
        engine.retry.baseDelay = std::chrono::milliseconds(300);
        CoreHarness h({}, engine);
        QVERIFY(h.isReady());
        Events events(h.manager());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(h.fetch(u"tls"_s, {FetchRequest(u"https://127.0.0.1:%1/file.bin"_s.arg(server.serverPort()))}));
        QTRY_COMPARE(events.count(), qsizetype(1));
        QCOMPARE(events.fail.size(), 1);
        QCOMPARE(h.manager().find(u"tls"_s)->failureReason, FailureReason::FetchError);
        // Retries would have made five more handshakes, 0.3 s and more apart (Qt itself may try a second
        // connection, for example without HTTP/2 after the first).
        QVERIFY2(handshakes >= 1 && handshakes <= 2, qPrintable(u"%1 handshakes"_s.arg(handshakes)));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
