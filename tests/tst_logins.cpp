#include "transfertestutil.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::TransferTestUtil;

namespace {

// Every byte Ferry keeps in its data folder: the store, its journal and anything beside them.
QByteArray dataFolderBytes(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

// Logins from the command line (--user, user:password@ in a URL) and ~/.netrc go with the requests for their origin
// or host, never to another one, never over http after https, and never into the store.
class TestLogins final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNetrc()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"netrc"_s);
        QVERIFY(writeFile(path, "# a comment\nmachine files.example login alice password s3cret\n"
                                "machine files.example login second password ignored\n"
                                "macdef init\ncd /pub\nmachine inside.macro login no password no\n\n"
                                "machine Other.Example\n  login bob\n  password \"pw\"\ndefault login anon password x\n"));
        Logins logins;
        QString error;
        QVERIFY(logins.readNetrc(path, &error));
        const QUrl given(u"https://files.example/a"_s);
        QCOMPARE(logins.forUrl(QUrl(u"https://files.example/b"_s), given), (Login{u"alice"_s, u"s3cret"_s}));
        QCOMPARE(logins.forUrl(QUrl(u"http://other.example/"_s), given)->user, u"bob"_s);
        QCOMPARE(logins.forUrl(QUrl(u"http://inside.macro/"_s), given)->user, u"anon"_s); // macdef body skipped
        QCOMPARE(logins.forUrl(QUrl(u"http://anything.example/"_s), given)->user, u"anon"_s);
        QVERIFY(logins.readNetrc(dir.filePath(u"missing"_s), &error)); // no file: nothing to read, no error
    }

    void givenLoginStaysWithItsOrigin()
    {
        Logins logins;
        logins.setForGivenOrigins({u"u"_s, u"p"_s});
        const QUrl given(u"https://a.example/f"_s);
        QVERIFY(logins.forUrl(QUrl(u"https://a.example/g"_s), given));
        QVERIFY(!logins.forUrl(QUrl(u"https://b.example/f"_s), given));
        QVERIFY(!logins.forUrl(QUrl(u"https://a.example:8443/f"_s), given));
        QVERIFY(!logins.forUrl(QUrl(u"http://a.example/f"_s), given));
    }

    void takesLoginsOutOfUrls()
    {
        const auto [bare, login] = Logins::takeFromUrl(u"https://bob:p%40ss@host.example:8080/x?y=1"_s);
        QCOMPARE(bare, u"https://host.example:8080/x?y=1"_s);
        QCOMPARE(login, (Login{u"bob"_s, u"p@ss"_s}));
        QVERIFY(!Logins::takeFromUrl(u"https://host.example/x"_s).second);
    }

    // The engine: a .netrc entry for the server's address goes to it, not to the host a redirect leads to; a
    // request's own Authorization header wins over it.
    void engineSendsLoginsToTheirHostOnly()
    {
        EngineConfig engine = CoreHarness::fastEngine();
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"netrc"_s), "machine 127.0.0.1 login alice password s3cret\n"));
        QString error;
        QVERIFY(engine.logins.readNetrc(dir.filePath(u"netrc"_s), &error));
        CoreHarness h({}, engine);
        QVERIFY(h.isReady());
        QUrl elsewhere = h.server().url(u"/final.bin"_s);
        elsewhere.setHost(u"localhost"_s);
        Route hop;
        hop.redirectTo = elsewhere.toEncoded();
        h.server().setRoute(u"/start"_s, hop);
        h.server().setRoute(u"/final.bin"_s, literal("done"_ba));
        h.server().setRoute(u"/own.bin"_s, literal("own"_ba));
        FetchRequest own = requestFor(h, u"/own.bin"_s);
        own.headers = {{"Authorization", "Bearer mine"}};
        Events events(h.manager());
        QVERIFY(h.fetch(u"netrc"_s, {requestFor(h, u"/start"_s), own}));
        QTRY_COMPARE(events.count(), qsizetype(1));
        QCOMPARE(events.success.size(), 1);
        QCOMPARE(h.server().requestsFor(u"/start"_s).first().header("Authorization"), "Basic YWxpY2U6czNjcmV0"_ba);
        QVERIFY(h.server().requestsFor(u"/final.bin"_s).first().header("Authorization").isNull());
        QCOMPARE(h.server().requestsFor(u"/own.bin"_s).first().header("Authorization"), "Bearer mine"_ba);
    }

    // The command line as a user types it; the password reaches the server and nowhere else that Ferry writes.
    void commandLineLogins_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("--user") << u"user"_s;
        QTest::newRow("user:password@ in the URL") << u"url"_s;
        QTest::newRow("NETRC") << u"netrc"_s;
    }

    void commandLineLogins()
    {
        QFETCH(QString, how);
        TestServer server;
        QVERIFY(server.listen());
        server.setRoute(u"/private.bin"_s, literal("private bytes"_ba));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, dir.path()); // no ~/.netrc of the machine's
        env.remove(u"NETRC"_s);
        QUrl url = server.url(u"/private.bin"_s);
        QStringList arguments{u"fetch"_s, u"--data-dir"_s, dir.filePath(u"data"_s), u"--dest"_s, dir.path()};
        if (how == u"user") {
            arguments << u"--user"_s << u"alice:s3cret"_s;
        } else if (how == u"url") {
            url.setUserName(u"alice"_s);
            url.setPassword(u"s3cret"_s);
        } else {
            QVERIFY(writeFile(dir.filePath(u"netrc"_s), "machine 127.0.0.1 login alice password s3cret\n"));
            env.insert(u"NETRC"_s, dir.filePath(u"netrc"_s));
        }
        arguments << url.toString();
        QProcess ferry;
        ferry.setProcessEnvironment(env);
        ferry.start(QStringLiteral(FERRY_BINARY), arguments);
        // The server answers from this thread's event loop, so wait with the loop running.
        QTRY_VERIFY_WITH_TIMEOUT(ferry.state() == QProcess::NotRunning, 30000);
        const QByteArray out = ferry.readAllStandardOutput() + ferry.readAllStandardError();
        QVERIFY2(ferry.exitCode() == 0, out.constData());
        QCOMPARE(server.requestsFor(u"/private.bin"_s).first().header("Authorization"), "Basic YWxpY2U6czNjcmV0"_ba);
        QCOMPARE(fileContents(dir.filePath(u"private.bin"_s)), "private bytes"_ba);
        QVERIFY2(!out.contains("s3cret"), out.constData());
        const QByteArray kept = dataFolderBytes(dir.filePath(u"data"_s));
        QVERIFY(!kept.isEmpty());
        QVERIFY(!kept.contains("s3cret"));
        QVERIFY(!kept.contains("YWxpY2U6czNjcmV0"));
    }
};

QTEST_GUILESS_MAIN(TestLogins)
#include "tst_logins.moc"
