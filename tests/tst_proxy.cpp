#include "testcerts.h"
#include "testproxy.h"
#include "testtlsserver.h"
#include "transfertestutil.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::TransferTestUtil;

namespace {

QProcessEnvironment environment(std::initializer_list<std::pair<QString, QString>> variables)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : variables)
        env.insert(name, value);
    return env;
}

} // namespace

// Proxies as curl reads them (http_proxy, https_proxy, all_proxy, no_proxy, --proxy), used for real: every
// download here goes through a loopback HTTP and SOCKS5 proxy started by the test, which says what it was asked.
class TestProxyUse final : public QObject
{
    Q_OBJECT

private:
    // Fetches `path` from the harness's server as `url` (with its host replaced by `host`) through `rules`.
    void fetchThrough(const ProxyRules &rules, const QString &host, bool expectSuccess = true)
    {
        EngineConfig engine = CoreHarness::fastEngine();
        engine.proxy = rules;
        CoreHarness h({}, engine);
        QVERIFY(h.isReady());
        h.server().setRoute(u"/file.bin"_s, generated(300 * 1024, 7));
        QUrl url = h.server().url(u"/file.bin"_s);
        url.setHost(host);
        Events events(h.manager());
        QVERIFY(h.fetch(u"p"_s, {FetchRequest(url.toString())}));
        QTRY_COMPARE(events.count(), qsizetype(1));
        QCOMPARE(events.success.size(), expectSuccess ? 1 : 0);
        if (expectSuccess) {
            const auto data = h.manager().details(h.manager().find(u"p"_s)->uuid);
            QCOMPARE(sha256(fileContents(data->records.at(0).filePath)),
                     sha256(TestServer::generatedBytes(0, 300 * 1024, 7)));
        }
    }

private Q_SLOTS:
    void rulesFromTheEnvironment()
    {
        QStringList errors;
        ProxyRules rules = ProxyRules::fromEnvironment(
            environment({{u"HTTP_PROXY"_s, u"http://ignored:1"_s}, {u"https_proxy"_s, u"proxy.example:3128"_s},
                         {u"ALL_PROXY"_s, u"socks5h://127.0.0.1:1080"_s},
                         {u"no_proxy"_s, u"internal.example, .corp.example,10.0.0.0/8,192.168.1.7"_s}}),
            &errors);
        QVERIFY(errors.isEmpty());
        // Upper-case HTTP_PROXY is ignored (a CGI program gets it from a request header); all_proxy fills in.
        QCOMPARE(rules.proxyFor(QUrl(u"http://a.example/"_s)).type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(rules.proxyFor(QUrl(u"https://a.example/"_s)).type(), QNetworkProxy::HttpProxy);
        QCOMPARE(rules.proxyFor(QUrl(u"https://a.example/"_s)).hostName(), u"proxy.example"_s);
        QCOMPARE(rules.proxyFor(QUrl(u"https://a.example/"_s)).port(), quint16(3128));
        for (const QString &direct : {u"https://internal.example/"_s, u"https://x.internal.example/"_s,
                                      u"https://corp.example/"_s, u"https://a.b.corp.example/"_s,
                                      u"http://10.1.2.3/"_s, u"http://192.168.1.7/"_s})
            QVERIFY2(rules.proxyFor(QUrl(direct)).type() == QNetworkProxy::NoProxy, qPrintable(direct));
        for (const QString &proxied : {u"https://notinternal.example/"_s, u"http://192.168.1.8/"_s,
                                       u"http://11.0.0.1/"_s})
            QVERIFY2(rules.proxyFor(QUrl(proxied)).type() != QNetworkProxy::NoProxy, qPrintable(proxied));
        rules = ProxyRules::fromEnvironment(environment({{u"all_proxy"_s, u"socks4://h:1"_s}}), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(u"all_proxy: "_s) && errors.first().contains(u"socks4"_s), qPrintable(errors.first()));
        QCOMPARE(rules.proxyFor(QUrl(u"http://a.example/"_s)).type(), QNetworkProxy::NoProxy);
        rules = ProxyRules::fromEnvironment(environment({{u"all_proxy"_s, u"socks5://h:1"_s}, {u"no_proxy"_s, u"*"_s}}));
        QCOMPARE(rules.proxyFor(QUrl(u"http://a.example/"_s)).type(), QNetworkProxy::NoProxy);
    }

    void manualRules()
    {
        QString error;
        const auto rules = ProxyRules::manual(u"http://user:p%40ss@127.0.0.1:8080"_s, {}, &error);
        QVERIFY(rules);
        const QNetworkProxy proxy = rules->proxyFor(QUrl(u"https://a.example/"_s));
        QCOMPARE(proxy.user(), u"user"_s);
        QCOMPARE(proxy.password(), u"p@ss"_s);
        QCOMPARE(proxy.port(), quint16(8080));
        QCOMPARE(ProxyRules::manual(u"none"_s, {}, &error)->proxyFor(QUrl(u"http://a/"_s)).type(), QNetworkProxy::NoProxy);
        for (const QString &bad : {u"ftp://h:1"_s, u"socks4a://h:1"_s, u"http://"_s, u"https://h:1"_s}) {
            error.clear();
            QVERIFY2(!ProxyRules::manual(bad, {}, &error), qPrintable(bad));
            QVERIFY2(!error.isEmpty(), qPrintable(bad));
        }
    }

    void throughHttpProxy()
    {
        TestProxy proxy;
        QVERIFY(proxy.listen());
        QString error;
        fetchThrough(*ProxyRules::manual(u"http://127.0.0.1:%1"_s.arg(proxy.port()), {}, &error), u"127.0.0.1"_s);
        QVERIFY(!proxy.visits().isEmpty());
        QCOMPARE(proxy.visits().first().kind, "http"_ba);
    }

    void throughSocks5_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<bool>("resolvedHere");
        QTest::newRow("socks5h: the proxy resolves") << u"socks5h"_s << false;
        QTest::newRow("socks5: Ferry resolves") << u"socks5"_s << true;
    }

    void throughSocks5()
    {
        QFETCH(QString, scheme);
        QFETCH(bool, resolvedHere);
        TestProxy proxy;
        QVERIFY(proxy.listen());
        const ProxyRules rules = ProxyRules::fromEnvironment(
            environment({{u"all_proxy"_s, u"%1://127.0.0.1:%2"_s.arg(scheme).arg(proxy.port())}}));
        fetchThrough(rules, u"localhost"_s);
        QVERIFY(!proxy.visits().isEmpty());
        const TestProxy::Visit visit = proxy.visits().first();
        QCOMPARE(visit.kind, "socks5"_ba);
        QCOMPARE(visit.resolvedByClient, resolvedHere);
        if (!resolvedHere)
            QVERIFY2(visit.target.startsWith("localhost:"), visit.target.constData());
    }

    void httpsTunnelsThroughConnect()
    {
        TestProxy proxy;
        QVERIFY(proxy.listen());
        const QByteArray body = "over a tunnel\n"_ba;
        TestTlsServer server{QByteArray(TestCerts::localhostCertificate), QByteArray(TestCerts::localhostKey), body};
        QVERIFY(server.listen());
        EngineConfig engine = CoreHarness::fastEngine();
        engine.trustedCertificates = QList<QSslCertificate>{QSslCertificate(QByteArray(TestCerts::authority))};
        engine.proxy = ProxyRules::fromEnvironment(environment({{u"https_proxy"_s, u"127.0.0.1:%1"_s.arg(proxy.port())}}));
        CoreHarness h({}, engine);
        QVERIFY(h.isReady());
        Events events(h.manager());
        QVERIFY(h.fetch(u"tls"_s, {FetchRequest(u"https://localhost:%1/f.txt"_s.arg(server.port()))}));
        QTRY_COMPARE(events.count(), qsizetype(1));
        QCOMPARE(events.success.size(), 1);
        QCOMPARE(proxy.visits().size(), 1);
        QCOMPARE(proxy.visits().first().kind, "connect"_ba);
        QCOMPARE(proxy.visits().first().target, "localhost:" + QByteArray::number(server.port()));
    }

    void noProxyGoesDirect()
    {
        TestProxy proxy;
        QVERIFY(proxy.listen());
        const ProxyRules rules = ProxyRules::fromEnvironment(environment(
            {{u"http_proxy"_s, u"http://127.0.0.1:%1"_s.arg(proxy.port())}, {u"no_proxy"_s, u"localhost,127.0.0.1"_s}}));
        fetchThrough(rules, u"127.0.0.1"_s);
        QVERIFY(proxy.visits().isEmpty());
    }

    // The command line: all_proxy from the environment, --proxy over it, and a clear error for a proxy Ferry
    // cannot use.
    void commandLine_data()
    {
        QTest::addColumn<QString>("allProxy");
        QTest::addColumn<QString>("option");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("visited");
        QTest::newRow("all_proxy socks5h") << u"socks5h://127.0.0.1:PORT"_s << QString() << 0 << "socks5"_ba;
        QTest::newRow("--proxy http") << u"socks5h://127.0.0.1:1"_s << u"http://127.0.0.1:PORT"_s << 0 << "http"_ba;
        QTest::newRow("--proxy none") << u"socks5h://127.0.0.1:PORT"_s << u"none"_s << 0 << QByteArray();
        QTest::newRow("--proxy socks4") << QString() << u"socks4://127.0.0.1:PORT"_s << 2 << QByteArray();
    }

    void commandLine()
    {
        QFETCH(QString, allProxy);
        QFETCH(QString, option);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, visited);
        TestProxy proxy;
        QVERIFY(proxy.listen());
        TestServer server;
        QVERIFY(server.listen());
        server.setRoute(u"/file.bin"_s, generated(64 * 1024, 3));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"http_proxy"_s, u"https_proxy"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s,
                                    u"ALL_PROXY"_s, u"no_proxy"_s, u"NO_PROXY"_s})
            env.remove(name);
        const QString port = QString::number(proxy.port());
        if (!allProxy.isEmpty())
            env.insert(u"all_proxy"_s, QString(allProxy).replace(u"PORT"_s, port));
        QStringList arguments{u"fetch"_s, u"--data-dir"_s, dir.filePath(u"data"_s), u"--dest"_s, dir.path()};
        if (!option.isEmpty())
            arguments << u"--proxy"_s << QString(option).replace(u"PORT"_s, port);
        QUrl url = server.url(u"/file.bin"_s);
        url.setHost(u"localhost"_s);
        arguments << url.toString();
        QProcess ferry;
        ferry.setProcessEnvironment(env);
        ferry.start(QStringLiteral(FERRY_BINARY), arguments);
        // The servers answer from this thread's event loop, so wait with the loop running.
        QTRY_VERIFY_WITH_TIMEOUT(ferry.state() == QProcess::NotRunning, 30000);
        const QString err = QString::fromLocal8Bit(ferry.readAllStandardError());
        QVERIFY2(ferry.exitCode() == exitCode, qPrintable(err));
        if (exitCode == 2) {
            QVERIFY2(err.contains(u"--proxy:"_s) && err.contains(u"socks4"_s), qPrintable(err));
            QVERIFY(proxy.visits().isEmpty());
            return;
        }
        QCOMPARE(sha256(fileContents(dir.filePath(u"file.bin"_s))), sha256(TestServer::generatedBytes(0, 64 * 1024, 3)));
        if (visited.isEmpty()) {
            QVERIFY(proxy.visits().isEmpty());
        } else {
            QVERIFY(!proxy.visits().isEmpty());
            QCOMPARE(proxy.visits().first().kind, visited);
        }
    }
};

QTEST_GUILESS_MAIN(TestProxyUse)
#include "tst_proxy.moc"
