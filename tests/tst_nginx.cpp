#include "coreharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

namespace {

constexpr qint64 bigSize = 24 * 1024 * 1024 + 123;
constexpr qint64 slowSize = 10 * 1024 * 1024 + 7; // served at 4 MiB/s, so a pause lands mid-body

bool writeGenerated(const QString &path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (qint64 offset = 0; offset < size; offset += 1024 * 1024)
        file.write(TestServer::generatedBytes(offset, std::min<qint64>(1024 * 1024, size - offset), seed));
    return true;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

// Integration with a real server (DESIGN.md section 7): nginx with its own configuration on a loopback port,
// serving files Ferry downloads, pauses and resumes with Range and If-Range.
class TestNginx final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_nginx = QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/usr/bin"_s});
        if (m_nginx.isEmpty()) {
            // CI sets FERRY_CI, so there a missing nginx is a failure, not a skip.
            QVERIFY2(qEnvironmentVariableIsEmpty("FERRY_CI"), "nginx is required but not installed");
            QSKIP("nginx is not installed (apt-get install nginx-light); this integration test needs it");
        }
        QVERIFY(m_root.isValid());
        // nginx workers may run as another user: let them read the served files.
        ::chmod(QFile::encodeName(m_root.path()).constData(), 0755);
        QVERIFY(QDir(m_root.path()).mkpath(u"www/slow"_s));
        QVERIFY(QDir(m_root.path()).mkpath(u"logs"_s));
        QVERIFY(writeGenerated(m_root.filePath(u"www/big.bin"_s), bigSize, 1));
        QVERIFY(writeGenerated(m_root.filePath(u"www/slow/file.bin"_s), slowSize, 2));
        m_port = freePort();
        const QString config = uR"(
worker_processes 1;
error_log %1/logs/error.log;
pid %1/nginx.pid;
%2
events { worker_connections 64; }
http {
    log_format ranges '$request_method $uri $status "$http_range" "$http_if_range" $body_bytes_sent';
    access_log %1/logs/access.log ranges;
    client_body_temp_path %1/tmp/body;
    proxy_temp_path %1/tmp/proxy;
    fastcgi_temp_path %1/tmp/fastcgi;
    uwsgi_temp_path %1/tmp/uwsgi;
    scgi_temp_path %1/tmp/scgi;
    server {
        listen 127.0.0.1:%3;
        root %1/www;
        location /slow/ { limit_rate 4m; }
    }
}
)"_s.arg(m_root.path(), ::geteuid() == 0 ? u"user root;"_s : QString(), QString::number(m_port));
        QDir(m_root.path()).mkpath(u"tmp"_s);
        QFile file(m_root.filePath(u"nginx.conf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.toUtf8());
        file.close();
        m_process.setProgram(m_nginx);
        m_process.setArguments({u"-p"_s, m_root.path(), u"-c"_s, file.fileName(), u"-g"_s, u"daemon off;"_s});
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start();
        QVERIFY(m_process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(accepts(), 10000);
    }

    void cleanupTestCase()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }

    void downloadsAByteIdenticalFile()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        RegistrationPtr registration = h.fetch(u"big"_s, {FetchRequest(url(u"/big.bin"_s))});
        QVERIFY(registration);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(registration->downloaded(), quint64(bigSize));
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"big.bin"_s)), TestServer::fileSha256(m_root.filePath(u"www/big.bin"_s)));
    }

    void pauseAndResumeUseRangeAndIfRange()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        RegistrationPtr registration = h.fetch(u"slow"_s, {FetchRequest(url(u"/slow/file.bin"_s))});
        QVERIFY(registration);
        QTRY_VERIFY_WITH_TIMEOUT(registration->downloaded() > 4 * 1024 * 1024, 20000);
        QVERIFY(registration->pause());
        const quint64 pausedAt = registration->downloaded();
        QVERIFY(pausedAt < quint64(slowSize));
        QVERIFY(registration->resume());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"file.bin"_s)),
                 TestServer::fileSha256(m_root.filePath(u"www/slow/file.bin"_s)));
        // nginx saw a resume: a Range request guarded by the ETag it had sent, and answered it with 206.
        const QByteArray log = accessLog();
        QVERIFY2(log.contains("GET /slow/file.bin 206 \"bytes="), log.constData());
        QVERIFY2(log.contains("\"\\x22") || log.contains("\"\""), log.constData()); // the If-Range ETag is quoted
    }

    void resumeAfterRestartOfTheProgram()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        RegistrationPtr registration = h.fetch(u"restart"_s, {FetchRequest(url(u"/slow/file.bin"_s))});
        QVERIFY(registration);
        QTRY_VERIFY_WITH_TIMEOUT(registration->downloaded() > 2 * 1024 * 1024, 20000);
        registration.reset();
        h.restart();
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        h.manager().restoreActive();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"file.bin"_s)),
                 TestServer::fileSha256(m_root.filePath(u"www/slow/file.bin"_s)));
    }

    void changedFileIsDownloadedAgainNotSpliced()
    {
        const QString served = m_root.filePath(u"www/slow/changing.bin"_s);
        QVERIFY(writeGenerated(served, slowSize, 3));
        CoreHarness h;
        QVERIFY(h.isReady());
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        RegistrationPtr registration = h.fetch(u"changing"_s, {FetchRequest(url(u"/slow/changing.bin"_s))});
        QVERIFY(registration);
        QTRY_VERIFY_WITH_TIMEOUT(registration->downloaded() > 2 * 1024 * 1024, 20000);
        QVERIFY(registration->pause());
        // A new version with a different size and time: nginx's ETag changes, so If-Range fails and it sends 200.
        QVERIFY(QFile::remove(served));
        QVERIFY(writeGenerated(served, slowSize - 1000, 4));
        const QDateTime later = QDateTime::currentDateTime().addSecs(60);
        QFile touched(served);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(later, QFileDevice::FileModificationTime));
        touched.close();
        QVERIFY(registration->resume());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"changing.bin"_s)), TestServer::fileSha256(served));
    }

private:
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path); }

    bool accepts() const
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        return socket.waitForConnected(200);
    }

    QByteArray accessLog() const
    {
        QFile file(m_root.filePath(u"logs/access.log"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString m_nginx;
    QTemporaryDir m_root;
    QProcess m_process;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestNginx)
#include "tst_nginx.moc"
