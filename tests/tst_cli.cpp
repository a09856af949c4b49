#include "fetchstore.h"
#include "ptyprocess.h"
#include "registrationdata.h"
#include "testserver.h"
#include "utctime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <limits>

using namespace Qt::StringLiterals;
using namespace FerryTest;
using Ferry::FailureReason;
using Ferry::FetchResult;
using Ferry::RecordResult;
using Ferry::RegistrationData;
using Ferry::RegistrationState;

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

QString fromUnits(std::initializer_list<char16_t> units)
{
    QString text;
    for (char16_t unit : units)
        text.append(QChar(unit));
    return text;
}

QDateTime utcDate(qint64 msecs)
{
    return Ferry::utcFromMSecs(msecs);
}

RegistrationData storedRegistration(const QString &id, const QString &title, qint64 createdMs, qint64 finishedMs)
{
    RegistrationData r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.id = id;
    r.title = title;
    r.result = FetchResult::Success;
    r.state = RegistrationState::Finished;
    r.created = utcDate(createdMs);
    r.finished = utcDate(finishedMs);
    return r;
}

// Registrations whose strings need every kind of JSON escape, and whose numbers and dates sit at the edges.
QList<RegistrationData> awkwardRegistrations()
{
    QList<RegistrationData> list;
    constexpr qint64 firstIsoMs = -62135596800000; // 0001-01-01T00:00:00.000Z
    constexpr qint64 lastIsoMs = 253402300799999;  // 9999-12-31T23:59:59.999Z

    RegistrationData quotes = storedRegistration(u"quote \" back\\slash /"_s, u"say \"hi\" to C:\\tmp\\ and a/b"_s,
                                                 firstIsoMs, lastIsoMs);
    quotes.downloadTotal = 9007199254740993; // above 2^53: must stay an exact integer
    quotes.downloaded = quint64(std::numeric_limits<qint64>::max());
    quotes.uploadTotal = 1;
    list.append(quotes);

    RegistrationData controls = storedRegistration(
        u"controls"_s, fromUnits({0x00, 0x01, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f, 0x20, 0x7f}), -1, 0);
    controls.result = FetchResult::Failure;
    controls.failureReason = FailureReason::BadStatus;
    list.append(controls);

    RegistrationData unicode = storedRegistration(u"ünï-\u65e5"_s, u"Grüße – 日本語 😀 \u2028\u2029 \ufeff"_s,
                                                  1700000000123, 1700000001000);
    unicode.icons = {{u"https://example.com/a\"b\\c.png"_s, u"16x16 32x32"_s, QString()},
                     {u"icône\t.svg"_s, u"any"_s, u"image/svg+xml"_s}};
    list.append(unicode);

    // Outside the years 1 to 9999 Qt writes an empty date; the writer must too.
    list.append(storedRegistration(u"edges"_s, QString(), firstIsoMs - 1, lastIsoMs + 1));

    // Longer than the list's 64 KiB output block once escaped, so it crosses a flush.
    RegistrationData longTitle = storedRegistration(u"long"_s, QString(12000, QChar(0x01)) + u"end"_s, 5, 6);
    longTitle.state = RegistrationState::Paused;
    longTitle.result = FetchResult::Unset;
    longTitle.finished = QDateTime();
    list.append(longTitle);
    return list;
}

// What QJsonDocument writes for a row of `ferry list --json`: the contract of DESIGN.md section 6, built here
// independently of the program's own writer.
QByteArray documentLine(const RegistrationData &data)
{
    QJsonObject object{
        {u"id"_s, data.id},
        {u"title"_s, data.title},
        {u"uploadTotal"_s, qint64(data.uploadTotal)},
        {u"uploaded"_s, qint64(data.uploaded)},
        {u"downloadTotal"_s, qint64(data.downloadTotal)},
        {u"downloaded"_s, qint64(data.downloaded)},
        {u"result"_s, Ferry::toSpecString(data.result)},
        {u"failureReason"_s, Ferry::toSpecString(data.failureReason)},
        {u"state"_s, Ferry::toStorageString(data.state)},
        {u"created"_s, data.created.toString(Qt::ISODateWithMs)},
    };
    if (data.finished.isValid())
        object.insert(u"finished"_s, data.finished.toString(Qt::ISODateWithMs));
    if (!data.icons.isEmpty()) {
        QJsonArray icons;
        for (const Ferry::ImageResource &icon : data.icons)
            icons.append(QJsonObject{{u"src"_s, icon.src}, {u"sizes"_s, icon.sizes}, {u"type"_s, icon.type}});
        object.insert(u"icons"_s, icons);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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
    QProcess *start(const QStringList &arguments,
                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(environment);
        process->setProgram(QStringLiteral(FERRY_BINARY));
        process->setArguments(QStringList{arguments.first(), u"--data-dir"_s, m_dataDir} + arguments.mid(1));
        process->start();
        return process;
    }

    Run finish(QProcess *process)
    {
        Run run;
        [&] { QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, processTimeoutMs); }();
        // A hung ferry has failed the test above; it must not outlive it and disturb the tests after it.
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished();
        }
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
        QTest::newRow("--user without a password") << QStringList{u"fetch"_s, u"--user"_s, u"alice"_s, u"http://127.0.0.1/x"_s};
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

    // `ferry list --json` writes its rows directly, without QJsonDocument, for speed (benchmark case e). Its bytes
    // must be exactly those QJsonDocument writes, escapes included: control characters, quotes, backslashes and
    // non-ASCII text with surrogate pairs. (Lone surrogates cannot reach it: SQLite's UTF-16 conversion does not
    // keep them.)
    void listJsonWritesWhatQJsonDocumentWrites()
    {
        const Run empty = ferry({u"list"_s, u"--json"_s});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.out, QByteArray("[\n]\n"));

        const QList<RegistrationData> awkward = awkwardRegistrations();
        QList<RegistrationData> stored;
        {
            Ferry::FetchStore store;
            QVERIFY2(store.open(QDir(m_dataDir).filePath(u"ferry.sqlite"_s)), qPrintable(store.lastError()));
            for (RegistrationData registration : awkward)
                QCOMPARE(store.insert(registration), Ferry::FetchStore::InsertResult::Inserted);
            stored = store.list(0, 100);
        }
        QCOMPARE(stored.size(), awkward.size());
        // The awkward strings reach the program as they were written (newest first), so the comparison below
        // is not between two emptied strings.
        for (qsizetype i = 0; i < awkward.size(); ++i) {
            const RegistrationData &original = awkward.at(awkward.size() - 1 - i);
            QCOMPARE(stored.at(i).id, original.id);
            QCOMPARE(stored.at(i).title, original.title);
            QCOMPARE(stored.at(i).icons, original.icons);
        }

        const Run run = ferry({u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error{};
        const QJsonArray parsed = QJsonDocument::fromJson(run.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.size(), stored.size());
        QCOMPARE(parsed.at(0).toObject().value(u"title"_s).toString(), stored.at(0).title);

        QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.size(), stored.size() + 3); // "[", one per row, "]" and the empty rest after the last newline
        QCOMPARE(lines.first(), QByteArray("["));
        for (qsizetype i = 0; i < stored.size(); ++i) {
            const QByteArray separator = i + 1 < stored.size() ? "," : "";
            QCOMPARE(lines.at(i + 1), documentLine(stored.at(i)) + separator);
        }
        QCOMPARE(lines.at(lines.size() - 2), QByteArray("]"));
        QCOMPARE(lines.last(), QByteArray());
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

    // A registration left active with every record done (a crash between the last record's write and the
    // outcome's, which were two transactions until 2026-11-21) settles inside `ferry resume` before it is
    // followed; the command must still report it and end, not wait forever.
    void resumeOfARegistrationWithEveryRecordDoneEndsAtOnce()
    {
        const Run fetched = ferry({u"fetch"_s, u"--json"_s, u"--id"_s, u"done"_s, u"--dest"_s, m_dest, url(u"/file.bin"_s)});
        QCOMPARE(fetched.exitCode, 0);
        {
            Ferry::FetchStore store;
            QVERIFY2(store.open(QDir(m_dataDir).filePath(u"ferry.sqlite"_s)), qPrintable(store.lastError()));
            std::optional<RegistrationData> stored = store.findNewest(u"done"_s);
            QVERIFY(stored);
            QCOMPARE(stored->records.first().result, RecordResult::Success);
            stored->state = RegistrationState::Active;
            stored->result = FetchResult::Unset;
            stored->failureReason = FailureReason::None;
            stored->finished = QDateTime();
            QVERIFY(store.save(*stored));
        }
        QCOMPARE(listJson().first().toObject().value(u"state"_s).toString(), u"active"_s);
        const qsizetype requests = m_server.requestsFor(u"/file.bin"_s).size();
        const Run resumed = ferry({u"resume"_s, u"done"_s, u"--json"_s});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(jsonLines(resumed.out).last().value(u"result"_s).toString(), u"success"_s);
        QCOMPARE(m_server.requestsFor(u"/file.bin"_s).size(), requests); // nothing fetched again
        QCOMPARE(listJson().first().toObject().value(u"state"_s).toString(), u"finished"_s);
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

    // A word that is neither a command nor a URL is a mistake: it must not open a window (nor reach a running
    // one over D-Bus) while the terminal says it "is not a valid URL".
    void unknownWordIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("firstLine");
        QTest::newRow("frobnicate") << QStringList{u"frobnicate"_s}
                                    << QByteArray("ferry: \"frobnicate\" is not a command or a URL\n");
        QTest::newRow("rename a b") << QStringList{u"rename"_s, u"a"_s, u"b"_s}
                                    << QByteArray("ferry: \"rename\" is not a command or a URL\n");
        QTest::newRow("no scheme") << QStringList{u"example.com/file.iso"_s}
                                   << QByteArray("ferry: \"example.com/file.iso\" is not a command or a URL\n");
        QTest::newRow("lsit") << QStringList{u"lsit"_s}
                              << QByteArray("ferry: \"lsit\" is not a command or a URL; did you mean \"list\"?\n");
        QTest::newRow("Fecth") << QStringList{u"Fecth"_s, url(u"/file.bin"_s)}
                               << QByteArray("ferry: \"Fecth\" is not a command or a URL; did you mean \"fetch\"?\n");
    }
    void unknownWordIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, firstLine);
        // Should a window open after all, it is off screen, cannot find a bus to hand over on, and keeps its
        // settings in the test's folder; the timeout below then fails the test.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir->filePath(u"no-bus"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
        QProcess *process = start(arguments, environment);
        const bool ended = process->waitForFinished(5000);
        if (!ended) {
            process->kill(); // a window that opened must not outlive the test
            process->waitForFinished();
        }
        QVERIFY2(ended, "ferry must end at once, without a window");
        const Run run = finish(process);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(firstLine), run.err.constData());
        for (const char *command : {"fetch", "resume", "list", "show", "pause", "abort"})
            QVERIFY2(run.err.contains(QByteArray("\n  ").append(command).append(' ')), command);
        QCOMPARE(listJson().size(), 0);
    }

    // In a terminal, `ferry fetch` redraws one line in place with a bar, the percentage and the speed, never wider
    // than the terminal, and ends with where the file went.
    void terminalShowsAProgressLine()
    {
        Route slow;
        slow.generatedSize = 1536 * 1024;
        slow.trickleBytes = 32 * 1024;
        slow.trickleIntervalMs = 50;
        m_server.setRoute(u"/tty.bin"_s, slow);
        constexpr int columns = 72;
        PtyProcess pty;
        QVERIFY(pty.start(QStringLiteral(FERRY_BINARY),
                          {u"fetch"_s, u"--data-dir"_s, m_dataDir, u"--dest"_s, m_dest, url(u"/tty.bin"_s)}, columns,
                          m_dir->path()));
        QTRY_VERIFY_WITH_TIMEOUT(pty.hasExited(), processTimeoutMs);
        QCOMPARE(pty.exitCode(), 0);
        const QByteArray output = pty.output();

        // Each redraw goes back to the start of the line and erases it; the terminal turns each \n into \r\n. The
        // last erase makes room for the "saved to" line, which may be as long as its path.
        qsizetype updates = 0;
        for (const QByteArray &piece : output.split('\r')) {
            if (!piece.startsWith("\033[K") || piece.startsWith("\033[Ksaved to"))
                continue;
            const QString text = QString::fromUtf8(piece.mid(3));
            QVERIFY2(text.size() < columns && !text.contains(u'\n'), piece.constData());
            static const QRegularExpression progress(uR"(^\[[= >]+\] +\d+%  .+ of .+  .+/s)"_s);
            if (progress.match(text).hasMatch())
                ++updates;
        }
        QVERIFY2(updates >= 3, output.constData());
        const QString file = QDir(m_dest).filePath(u"tty.bin"_s);
        static const QRegularExpression saved(u"\r\033\\[Ksaved to (.+) \\(1\\.5 MiB in [0-9.]+ s, [0-9.]+ [^)]+/s\\)\r\n$"_s);
        const QRegularExpressionMatch match = saved.match(QString::fromUtf8(output));
        QVERIFY2(match.hasMatch(), output.constData());
        QCOMPARE(QFileInfo(match.captured(1)).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
        QCOMPARE(TestServer::fileSha256(file), TestServer::generatedSha256(1536 * 1024));
    }

    // Through pipes the output stays what scripts have always read: no progress line, no "saved to".
    void pipesGetTheMachineOutput()
    {
        const Run run = ferry({u"fetch"_s, u"--id"_s, u"piped"_s, u"--dest"_s, m_dest, url(u"/file.bin"_s)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray("Fetching \"piped\"\n"));
        const QJsonObject shown = QJsonDocument::fromJson(ferry({u"show"_s, u"piped"_s, u"--json"_s}).out).object();
        const QString file = shown.value(u"records"_s).toArray().first().toObject().value(u"file"_s).toString();
        const QString size = QLocale().formattedDataSize(3 * 1024 * 1024 + 17, 1, QLocale::DataSizeIecFormat);
        QCOMPARE(run.out, (url(u"/file.bin"_s) + u" -> "_s + file + u" ("_s + size + u")\n"_s).toLocal8Bit());
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
