#include "transfertestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::TransferTestUtil;

namespace {

const QList<QByteArray> credentialHeaders{"Authorization", "Cookie", "Proxy-Authorization"};

} // namespace

// Credentials a request was given (Authorization, Cookie, Proxy-Authorization) go only to the scheme, host and port
// they were given for: a redirect to another host or port never receives them, whatever hops come in between.
class TestCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentialsStayWithTheirOrigin_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<bool>("kept");
        QTest::newRow("same host and port") << u"same"_s << true;
        QTest::newRow("other host name") << u"host"_s << false;
        QTest::newRow("other port") << u"port"_s << false;
        QTest::newRow("other port, then back to the first") << u"back"_s << true;
    }
    void credentialsStayWithTheirOrigin()
    {
        QFETCH(QString, where);
        QFETCH(bool, kept);
        CoreHarness h;
        QVERIFY(h.isReady());
        TestServer other;
        QVERIFY(other.listen());
        QUrl otherHost = h.server().url(u"/final.bin"_s);
        otherHost.setHost(u"localhost"_s);
        const QByteArray target = where == u"same"_s   ? "/final.bin"_ba
                                : where == u"host"_s ? otherHost.toEncoded()
                                                     : other.url(u"/hop"_s).toEncoded();
        Route start;
        start.redirectTo = target;
        h.server().setRoute(u"/start"_s, start);
        Route hop;
        hop.redirectTo = where == u"back"_s ? h.server().url(u"/final.bin"_s).toEncoded() : "/final.bin"_ba;
        other.setRoute(u"/hop"_s, hop);
        other.setRoute(u"/final.bin"_s, literal("from the other port"_ba));
        h.server().setRoute(u"/final.bin"_s, literal("from the first server"_ba));

        FetchRequest request = requestFor(h, u"/start"_s);
        request.headers = {{"Authorization", "Bearer s3cret"}, {"Cookie", "session=s3cret"},
                           {"Proxy-Authorization", "Basic czNjcmV0"}, {"X-Kept", "always"}};
        Events events(h.manager());
        QVERIFY(h.fetch(u"credentials"_s, {request}));
        QTRY_COMPARE(events.count(), qsizetype(1));
        QCOMPARE(events.success.size(), 1);

        const Request first = h.server().requestsFor(u"/start"_s).first();
        for (const QByteArray &name : credentialHeaders)
            QVERIFY2(!first.header(name).isEmpty(), name.constData());
        QList<Request> after = h.server().requestsFor(u"/final.bin"_s) + other.requestsFor(u"/hop"_s)
            + other.requestsFor(u"/final.bin"_s);
        QVERIFY(!after.isEmpty());
        for (const Request &sent : std::as_const(after)) {
            const bool sameOrigin = sent.header("Host") == first.header("Host");
            for (const QByteArray &name : credentialHeaders) {
                QVERIFY2(sent.header(name).isEmpty() == !(kept && sameOrigin),
                         qPrintable(u"%1 on %2 (Host %3)"_s.arg(QString::fromLatin1(name), sent.path,
                                                               QString::fromLatin1(sent.header("Host")))));
            }
            QCOMPARE(sent.header("X-Kept"), "always"_ba);
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
