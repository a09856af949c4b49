#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace FerryTest;

namespace {

constexpr int processTimeoutMs = 30000;

QList<QJsonObject> jsonLines(const QByteArray &output)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

} // namespace

// End to end: the built `ferry` binary, as scripts use it (DESIGN.md section 6), against the loopback server.
class TestCli final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Starts ferry; the test server keeps answering because QTRY spins the event loop while we wait.
    QProcess *start(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        process->setProgram(QStringLiteral(FERRY_BINARY));
        process->setArguments(QStringList{arguments.first(), u"--data-dir"_s, m_dataDir} + arguments.mid(1));
        process->start();
        return process;
    }

    Run finish(QProcess *process)
    {
        Run run;
        [&] { QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, processTimeoutMs); }();
        run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        run.out = process->readAllStandardOutput();
        run.err = process->readAllStandardError();
        process->deleteLater();
        return run;
    }

    Run ferry(const QStringList &arguments) { return finish(start(arguments)); }

    QString url(const QString &path) const { return m_server.url(path).toString(); }

    QJsonArray listJson()
    {
        const Run run = ferry({u"list"_s, u"--json"_s});
        return QJsonDocument::fromJson(run.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(FERRY_BINARY)));
        QVERIFY(m_server.listen());
        Route file;
        file.generatedSize = 3 * 1024 * 1024 + 17;
        file.etag = "\"v1\"";
        m_server.setRoute(u"/file.bin"_s, file);
        Route missing;
        missing.status = 404;
        missing.body = "no such file";
        m_server.setRoute(u"/missing"_s, missing);
        Route echo;
        echo.echoBody = true;
        m_server.setRoute(u"/upload"_s, echo);
        Route gzip;
        gzip.body = QByteArray(1000, 'z') + "end";
        gzip.gzip = true;
        m_server.setRoute(u"/text"_s, gzip);
    }

    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_dataDir = m_dir->filePath(u"data"_s);
        m_dest = m_dir->filePath(u"dest"_s);
    }

    void fetchJsonGivesAnIdenticalFile()
    {
        const Run run = ferry({u"fetch"_s, u"--json"_s, u"--dest"_s, m_dest, url(u"/file.bin"_s)});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.first().value(u"event"_s).toString(), u"progress"_s);
        const QJsonObject last = lines.last();
        QCOMPARE(last.value(u"event"_s).toString(), u"finished"_s);
        QCOMPARE(last.value(u"result"_s).toString(), u"success"_s);
        QCOMPARE(last.value(u"failureReason"_s).toString(), QString());
        QCOMPARE(last.value(u"downloaded"_s).toInteger(), 3 * 1024 * 1024 + 17);
        for (const QString &key : {u"id"_s, u"uploadTotal"_s, u"uploaded"_s, u"downloadTotal"_s, u"records"_s})
            QVERIFY2(last.contains(key), qPrintable(key));
        const QJsonObject record = last.value(u"records"_s).toArray().first().toObject();
        QCOMPARE(record.value(u"status"_s).toInt(), 200);
        QCOMPARE(record.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(record.value(u"url"_s).toString(), url(u"/file.bin"_s));
        const QString file = record.value(u"file"_s).toString();
        QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(m_dest).absoluteFilePath());
        QCOMPARE(TestServer::fileSha256(file), TestServer::generatedSha256(3 * 1024 * 1024 + 17));
        QVERIFY(!QFile::exists(file + u".part"_s));
    }

    void notFoundExitsOneWithBadStatus()
    {
        const Run run = ferry({u"fetch"_s, u"--json"_s, u"--dest"_s, m_dest, url(u"/missing"_s)});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject last = jsonLines(run.out).last();
        QCOMPARE(last.value(u"result"_s).toString(), u"failure"_s);
        QCOMPARE(last.value(u"failureReason"_s).toString(), u"bad-status"_s);
        QCOMPARE(last.value(u"records"_s).toArray().first().toObject().value(u"status"_s).toInt(), 404);
        // The error page is kept with the record, never in the download folder.
        QVERIFY(QDir(m_dest).entryList(QDir::Files).isEmpty());
    }

    void downloadTotalBelowTheSizeExitsOne()
    {
        const Run run = ferry({u"fetch"_s, u"--json"_s, u"--dest"_s, m_dest, u"--download-total"_s, u"1M"_s,
                               url(u"/file.bin"_s)});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject last = jsonLines(run.out).last();
        QCOMPARE(last.value(u"failureReason"_s).toString(), u"download-total-exceeded"_s);
        QVERIFY(last.value(u"downloaded"_s).toInteger() <= 1024 * 1024);
        QCOMPARE(last.value(u"downloadTotal"_s).toInteger(), 1024 * 1024);
    }

    void validationErrorsExitTwoAndStoreNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString good = m_server.url(u"/file.bin"_s).toString();
        QTest::newRow("no url") << QStringList{u"fetch"_s};
        QTest::newRow("ftp") << QStringList{u"fetch"_s, u"ftp://127.0.0.1/x"_s};
        QTest::newRow("file") << QStringList{u"fetch"_s, u"file:///etc/passwd"_s};
        QTest::newRow("credentials") << QStringList{u"fetch"_s, u"http://user:pass@127.0.0.1/x"_s};
        QTest::newRow("one invalid among valid") << QStringList{u"fetch"_s, good, u"http://exa mple/"_s, good};
        QTest::newRow("bad integrity") << QStringList{u"fetch"_s, u"--integrity"_s, u"sha1-xyz"_s, good};
        QTest::newRow("bad header") << QStringList{u"fetch"_s, u"--header"_s, u"NoColon"_s, good};
        QTest::newRow("bad connections") << QStringList{u"fetch"_s, u"--connections"_s, u"99"_s, good};
        QTest::newRow("bad total") << QStringList{u"fetch"_s, u"--download-total"_s, u"lots"_s, good};
        QTest::newRow("unknown option") << QStringList{u"fetch"_s, u"--frobnicate"_s, good};
        QTest::newRow("missing body file") << QStringList{u"fetch"_s, u"--method"_s, u"PUT"_s, u"--body-file"_s,
                                                         u"/nonexistent/body"_s, good};
    }
    void validationErrorsExitTwoAndStoreNothing()
    {
        QFETCH(QStringList, arguments);
        const Run run = ferry(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.trimmed().isEmpty(), "a clear message on stderr");
        QVERIFY(run.out.isEmpty());
        QCOMPARE(listJson().size(), 0);
    }

    void uploadReportsItsTotals()
    {
        const QString body = m_dir->filePath(u"body.bin"_s);
        QFile file(body);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestServer::generatedBytes(0, 100000, 7));
        file.close();
        const Run run = ferry({u"fetch"_s, u"--json"_s, u"--dest"_s, m_dest, u"--method"_s, u"PUT"_s,
                               u"--body-file"_s, body, url(u"/upload"_s)});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject last = jsonLines(run.out).last();
        QCOMPARE(last.value(u"uploadTotal"_s).toInteger(), 100000);
        QCOMPARE(last.value(u"uploaded"_s).toInteger(), 100000);
        const QList<Request> seen = m_server.requestsFor(u"/upload"_s);
        QCOMPARE(seen.last().method, QByteArray("PUT"));
        QCOMPARE(seen.last().body, TestServer::generatedBytes(0, 100000, 7));
    }

    void listAndShowReportRegistrations()
    {
        QCOMPARE(ferry({u"fetch"_s, u"--id"_s, u"first"_s, u"--title"_s, u"First one"_s, u"--dest"_s, m_dest,
                        url(u"/file.bin"_s)})
                     .exitCode,
                 0);
        QCOMPARE(ferry({u"fetch"_s, u"--id"_s, u"second"_s, u"--dest"_s, m_dest, url(u"/missing"_s)}).exitCode, 1);
        const QJsonArray list = listJson();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(u"id"_s).toString(), u"second"_s); // newest first
        QCOMPARE(list[1].toObject().value(u"title"_s).toString(), u"First one"_s);
        QCOMPARE(list[1].toObject().value(u"result"_s).toString(), u"success"_s);

        const Run show = ferry({u"show"_s, u"first"_s, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(object.value(u"id"_s).toString(), u"first"_s);
        const QJsonArray records = object.value(u"records"_s).toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].toObject().value(u"result"_s).toString(), u"success"_s);
        QCOMPARE(records[0].toObject().value(u"status"_s).toInt(), 200);

        const Run plain = ferry({u"list"_s});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains("first"));
        QVERIFY(plain.out.contains("bad-status"));
        QCOMPARE(ferry({u"show"_s, u"nobody"_s}).exitCode, 2);
    }

    void sigtermSavesStateAndResumeFinishes()
    {
        Route slow;
        slow.generatedSize = 2 * 1024 * 1024;
        slow.etag = "\"slow\"";
        slow.trickleBytes = 64 * 1024;
        slow.trickleIntervalMs = 20;
        m_server.setRoute(u"/slow.bin"_s, slow);
        QProcess *process = start({u"fetch"_s, u"--json"_s, u"--id"_s, u"interrupted"_s, u"--dest"_s, m_dest,
                                   url(u"/slow.bin"_s)});
        // Let a good part of the body arrive (and be committed), then stop it as a shutdown would.
        QTRY_VERIFY_WITH_TIMEOUT(m_server.bodyBytesSent(u"/slow.bin"_s) > 1024 * 1024, processTimeoutMs);
        ::kill(pid_t(process->processId()), SIGTERM);
        const Run stopped = finish(process);
        QCOMPARE(stopped.exitCode, 130);
        QCOMPARE(jsonLines(stopped.out).last().value(u"event"_s).toString(), u"interrupted"_s);
        QCOMPARE(listJson().first().toObject().value(u"state"_s).toString(), u"active"_s);

        // Serve it fast now, so the resume does not take long.
        slow.trickleBytes = 0;
        m_server.setRoute(u"/slow.bin"_s, slow);
        const Run resumed = ferry({u"resume"_s, u"interrupted"_s, u"--json"_s});
        QCOMPARE(resumed.exitCode, 0);
        const QJsonObject last = jsonLines(resumed.out).last();
        QCOMPARE(last.value(u"result"_s).toString(), u"success"_s);
        const Request request = m_server.requestsFor(u"/slow.bin"_s).last();
        QVERIFY(request.header("Range").startsWith("bytes="));
        QVERIFY(request.header("Range") != "bytes=0-");
        QCOMPARE(request.header("If-Range"), QByteArray("\"slow\""));
        const QString file = last.value(u"records"_s).toArray().first().toObject().value(u"file"_s).toString();
        QCOMPARE(TestServer::fileSha256(file), TestServer::generatedSha256(2 * 1024 * 1024));
        QCOMPARE(ferry({u"resume"_s, u"interrupted"_s}).exitCode, 2); // nothing left to resume
    }

    void activeIdInAnotherProcessIsADuplicate()
    {
        Route slow;
        slow.generatedSize = 4 * 1024 * 1024;
        slow.trickleBytes = 16 * 1024;
        slow.trickleIntervalMs = 20;
        m_server.setRoute(u"/busy.bin"_s, slow);
        QProcess *first = start({u"fetch"_s, u"--id"_s, u"busy"_s, u"--dest"_s, m_dest, url(u"/busy.bin"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(u"/busy.bin"_s) > 0, processTimeoutMs);
        const Run second = ferry({u"fetch"_s, u"--id"_s, u"busy"_s, u"--dest"_s, m_dest, url(u"/file.bin"_s)});
        QCOMPARE(second.exitCode, 2);
        QVERIFY(second.err.contains("busy"));
        // Nor can a second process resume it while the first runs it.
        QCOMPARE(ferry({u"resume"_s, u"busy"_s}).exitCode, 2);
        ::kill(pid_t(first->processId()), SIGINT);
        QCOMPARE(finish(first).exitCode, 130);
    }

    void pausedRegistrationResumesOnRequest()
    {
        Route slow;
        slow.generatedSize = 1024 * 1024;
        slow.trickleBytes = 32 * 1024;
        slow.trickleIntervalMs = 20;
        slow.lastModified = "Wed, 21 Oct 2015 07:28:00 GMT";
        m_server.setRoute(u"/pause.bin"_s, slow);
        QProcess *process = start({u"fetch"_s, u"--id"_s, u"p"_s, u"--dest"_s, m_dest, url(u"/pause.bin"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(m_server.bodyBytesSent(u"/pause.bin"_s) > 256 * 1024, processTimeoutMs);
        ::kill(pid_t(process->processId()), SIGINT);
        QCOMPARE(finish(process).exitCode, 130);
        QCOMPARE(ferry({u"pause"_s, u"p"_s}).exitCode, 0);
        QCOMPARE(listJson().first().toObject().value(u"state"_s).toString(), u"paused"_s);
        slow.trickleBytes = 0;
        m_server.setRoute(u"/pause.bin"_s, slow);
        QCOMPARE(ferry({u"resume"_s, u"p"_s}).exitCode, 0);
        QCOMPARE(m_server.requestsFor(u"/pause.bin"_s).last().header("If-Range"), slow.lastModified);
        QCOMPARE(TestServer::fileSha256(QDir(m_dest).filePath(u"pause.bin"_s)), TestServer::generatedSha256(1024 * 1024));
    }

    void abortFromTheCommandLine()
    {
        Route slow;
        slow.generatedSize = 1024 * 1024;
        slow.trickleBytes = 16 * 1024;
        slow.trickleIntervalMs = 20;
        m_server.setRoute(u"/abort.bin"_s, slow);
        QProcess *process = start({u"fetch"_s, u"--id"_s, u"a"_s, u"--dest"_s, m_dest, url(u"/abort.bin"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(m_server.bodyBytesSent(u"/abort.bin"_s) > 64 * 1024, processTimeoutMs);
        ::kill(pid_t(process->processId()), SIGTERM);
        QCOMPARE(finish(process).exitCode, 130);
        QCOMPARE(ferry({u"abort"_s, u"a"_s}).exitCode, 0);
        const QJsonObject entry = listJson().first().toObject();
        QCOMPARE(entry.value(u"failureReason"_s).toString(), u"aborted"_s);
        QVERIFY(QDir(m_dest).entryList(QDir::Files).isEmpty()); // the .part file is gone too
    }

    void gzipBodyIsStoredDecoded()
    {
        const Run run = ferry({u"fetch"_s, u"--json"_s, u"--dest"_s, m_dest, url(u"/text"_s)});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject last = jsonLines(run.out).last();
        QCOMPARE(last.value(u"downloaded"_s).toInteger(), 1003);
        QFile file(last.value(u"records"_s).toArray().first().toObject().value(u"file"_s).toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(1000, 'z') + "end");
    }

    void helpAndVersion()
    {
        const Run help = ferry({u"fetch"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--download-total"));
        const Run version = ferry({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("ferry "));
    }

private:
    TestServer m_server;
    std::optional<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_dest;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
