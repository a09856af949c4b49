#include "coreharness.h"
#include "transferwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

namespace {

constexpr int processTimeoutMs = 120000;
// Under a loaded CI machine a connection can go silent; a short stall timeout lets Ferry's own retry recover it
// well within the process timeout instead of after the 30 s default.
const QString stallTimeout = QStringLiteral("5");
constexpr qint64 allowancePerConnection = 4 * 1024 * 1024;

QJsonObject lastJsonLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

// Environment-dependent checks may skip on a developer machine, but never in CI (FERRY_CI=1).
bool mustRunEverything()
{
    return !qEnvironmentVariableIsEmpty("FERRY_CI");
}

} // namespace

// Durability (DESIGN.md sections 3 and 4): what survives a crash, a reboot, a lost file and a full disk.
class TestCrashRecovery final : public QObject
{
    Q_OBJECT

private:
    QProcess *startFerry(const QStringList &arguments, const QString &dataDir)
    {
        auto *process = new QProcess(this);
        process->setProgram(QStringLiteral(FERRY_BINARY));
        process->setArguments(QStringList{arguments.first(), u"--data-dir"_s, dataDir} + arguments.mid(1));
        process->start();
        return process;
    }

    int finish(QProcess *process, QByteArray *out = nullptr)
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, processTimeoutMs); }();
        // A hung ferry has failed the test above; it must not outlive it and disturb the tests after it.
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished();
        }
        if (out)
            *out = process->readAllStandardOutput();
        process->deleteLater();
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }

    // Waits until the server has sent `bytes` more of `path`, then kills the process without warning.
    void killAfter(QProcess *process, TestServer &server, const QString &path, qint64 bytes)
    {
        QTRY_VERIFY_WITH_TIMEOUT(server.bodyBytesSent(path) >= bytes || process->state() == QProcess::NotRunning,
                                 processTimeoutMs);
        if (process->state() != QProcess::NotRunning)
            ::kill(pid_t(process->processId()), SIGKILL);
    }

private Q_SLOTS:
    // The crash test of the durability issue: SIGKILL at random points, then resume, many times. A file is never
    // corrupted, a registration never lost, and a resume costs at most 4 MiB per connection of re-sent bytes.
    void sigkillAtRandomPointsThenResume()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dataDir = dir.filePath(u"data"_s);
        const QString dest = dir.filePath(u"dest"_s);
        constexpr qint64 size = 12 * 1024 * 1024 + 5;
        constexpr int rounds = 20;
        QRandomGenerator random(20261121);
        qint64 worstOvershoot = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString path = u"/crash/%1.bin"_s.arg(round);
            Route route;
            route.generatedSize = size;
            route.seed = quint32(round);
            route.etag = "\"crash-" + QByteArray::number(round) + '"';
            route.trickleBytes = 256 * 1024;
            route.trickleIntervalMs = 5;
            server.setRoute(path, route);
            const QString id = u"crash-%1"_s.arg(round);

            QProcess *fetch = startFerry({u"fetch"_s, u"--timeout"_s, stallTimeout, u"--id"_s, id, u"--dest"_s, dest,
                                          server.url(path).toString()},
                                         dataDir);
            killAfter(fetch, server, path, qint64(random.bounded(quint32(size))));
            finish(fetch);
            // Every other round, kill the resume too.
            if (round % 2 == 1) {
                QProcess *resume = startFerry({u"resume"_s, u"--timeout"_s, stallTimeout, id}, dataDir);
                killAfter(resume, server, path, server.bodyBytesSent(path) + qint64(random.bounded(4u * 1024 * 1024)));
                finish(resume);
            }
            QByteArray out;
            QProcess *last = startFerry({u"resume"_s, u"--timeout"_s, stallTimeout, id, u"--json"_s}, dataDir);
            const int code = finish(last, &out);
            QString file = QDir(dest).filePath(u"%1.bin"_s.arg(round));
            if (code == 2) {
                // The kill came after the file was complete: nothing left to resume, and it must be in place.
                QProcess *show = startFerry({u"show"_s, id, u"--json"_s}, dataDir);
                QCOMPARE(finish(show, &out), 0);
                QCOMPARE(QJsonDocument::fromJson(out).object().value(u"result"_s).toString(), u"success"_s);
            } else {
                QCOMPARE(code, 0);
                QCOMPARE(lastJsonLine(out).value(u"result"_s).toString(), u"success"_s);
            }
            QVERIFY2(QFile::exists(file), qPrintable(u"round %1 (exit %2): %3 missing; the folder holds %4; the job: %5"_s
                                                         .arg(round).arg(code).arg(file)
                                                         .arg(QDir(dest).entryList(QDir::Files).join(u", "_s))
                                                         .arg(QString::fromUtf8(out.trimmed().right(600)))));
            QCOMPARE(TestServer::fileSha256(file), TestServer::generatedSha256(size, quint32(round)));
            QVERIFY(!QFile::exists(file + u".part"_s));
            const qint64 sent = server.bodyBytesSent(path);
            const qint64 connections = server.requestCount(path);
            QVERIFY2(sent <= size + allowancePerConnection * connections,
                     qPrintable(u"round %1: %2 bytes sent over %3 connections"_s.arg(round).arg(sent).arg(connections)));
            worstOvershoot = std::max(worstOvershoot, (sent - size) / std::max<qint64>(1, connections - 1));
        }
        qInfo("worst re-sent bytes per interrupted connection over %d rounds: %lld", rounds, worstOvershoot);
        // No registration was lost: all of them are in the history, finished.
        QByteArray out;
        QCOMPARE(finish(startFerry({u"list"_s, u"--json"_s}, dataDir), &out), 0);
        const QJsonArray list = QJsonDocument::fromJson(out).array();
        QCOMPARE(list.size(), rounds);
        for (const QJsonValue &entry : list)
            QCOMPARE(entry.toObject().value(u"result"_s).toString(), u"success"_s);
    }

    // Same boot: the .part file holds every byte Ferry wrote before it died, so the resume starts at its end.
    // After a reboot only the committed count is trusted, and the rest of the file is cut off.
    void reconcilesCountsWithTheFileAtStartup_data()
    {
        QTest::addColumn<bool>("rebooted");
        QTest::newRow("process crash") << false;
        QTest::newRow("reboot") << true;
    }
    void reconcilesCountsWithTheFileAtStartup()
    {
        QFETCH(bool, rebooted);
        ManagerConfig config;
        config.bootId = "boot-a";
        CoreHarness h(config);
        QVERIFY(h.isReady());
        constexpr qint64 size = 2 * 1024 * 1024;
        Route route;
        route.generatedSize = size;
        route.etag = "\"r\"";
        route.stallBodyAfter = 600 * 1024;
        h.server().setRoute(u"/r.bin"_s, route);
        RegistrationPtr registration = h.fetch(u"r"_s, {FetchRequest(h.server().url(u"/r.bin"_s).toString())});
        QVERIFY(registration);
        QTRY_COMPARE(registration->downloaded(), quint64(600 * 1024));
        registration.reset();
        route.stallBodyAfter = -1;
        h.server().setRoute(u"/r.bin"_s, route);
        h.restart(); // commits 600 KiB, the durable count

        // Bytes that reached the file after the last commit: right ones after a crash of the process, junk
        // (never synced) after a reboot.
        const QString part = QDir(h.downloads()).filePath(u"r.bin.part"_s);
        QFile file(part);
        QVERIFY(file.open(QIODevice::Append));
        file.write(rebooted ? QByteArray(100 * 1024, '\xee') : TestServer::generatedBytes(600 * 1024, 100 * 1024));
        file.close();
        h.config().bootId = rebooted ? "boot-b" : "boot-a";
        h.restart();
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        h.manager().restoreActive();
        QTRY_COMPARE(done.size(), 1);
        const QByteArray expectedRange = rebooted ? "bytes=614400-" : "bytes=716800-";
        QCOMPARE(h.server().requestsFor(u"/r.bin"_s).last().header("Range"), expectedRange);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"r.bin"_s)), TestServer::generatedSha256(size));
    }

    // The same for a file split over connections, whose preallocated .part says nothing by its size: each range
    // stores what it wrote (kept by the page cache through a crash of the process) beside what fdatasync made
    // durable (all that survives a reboot), and the resume asks for what comes after the one that holds.
    void reconcilesRangesWithTheBootAtStartup_data()
    {
        QTest::addColumn<bool>("rebooted");
        QTest::newRow("process crash") << false;
        QTest::newRow("reboot") << true;
    }
    void reconcilesRangesWithTheBootAtStartup()
    {
        QFETCH(bool, rebooted);
        ManagerConfig config;
        config.bootId = "boot-a";
        EngineConfig engine = CoreHarness::fastEngine();
        engine.minStealSize = engine.minSegmentSize; // the two first ranges only
        CoreHarness h(config, engine);
        QVERIFY(h.isReady());
        constexpr qint64 size = 16 * 1024 * 1024;
        constexpr qint64 unsynced = 300 * 1024;
        Route route;
        route.generatedSize = size;
        route.etag = "\"s\"";
        route.trickleBytes = 64 * 1024;
        h.server().setRoute(u"/s.bin"_s, route);
        FetchOptions options;
        options.connections = 2;
        RegistrationPtr registration =
            h.fetch(u"s"_s, {FetchRequest(h.server().url(u"/s.bin"_s).toString())}, options);
        QVERIFY(registration);
        QTRY_VERIFY(registration->downloaded() >= quint64(2 * unsynced) * 2);
        const QString uuid = registration->uniqueId();
        registration.reset();
        h.restart(); // a quit: every range synced and committed, done == written

        // Let the last commit before the crash have found each range's last bytes written but not yet synced.
        RegistrationData data = *h.store().load(uuid);
        RecordData &record = data.records[0];
        QCOMPARE(record.segments.size(), 2);
        QList<qint64> expected;
        for (SegmentData &segment : record.segments) {
            QVERIFY(segment.done >= unsynced);
            QCOMPARE(segment.written, segment.done);
            segment.done -= unsynced;
            record.bytes -= unsynced;
            expected.append(segment.start + (rebooted ? segment.done : segment.written));
        }
        QVERIFY(h.store().saveProgress(data));
        const int before = h.server().requestCount(u"/s.bin"_s);
        h.config().bootId = rebooted ? "boot-b" : "boot-a";
        h.restart();
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        h.manager().restoreActive();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QList<qint64> starts;
        for (const Request &request : h.server().requestsFor(u"/s.bin"_s).mid(before, 2))
            starts.append(request.header("Range").mid(6).split('-').first().toLongLong());
        std::sort(starts.begin(), starts.end());
        QCOMPARE(starts, expected);
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"s.bin"_s)), TestServer::generatedSha256(size));
    }

    // A crash while a complete file takes its final name: the store recorded the placing (the file's identity and
    // its final name) before the rename, so the next start finishes it from what is on disk, never fetching the
    // file again and never leaving a numbered copy beside it.
    void placingInterruptedByACrashIsFinishedAtStart_data()
    {
        QTest::addColumn<QString>("crashedAt");
        QTest::newRow("before the rename") << u"part"_s;
        QTest::newRow("after the rename") << u"renamed"_s;
        QTest::newRow("between link and unlink") << u"linked"_s;
        QTest::newRow("held in a file without a name") << u"unnamed"_s;
    }
    void placingInterruptedByACrashIsFinishedAtStart()
    {
        QFETCH(QString, crashedAt);
        CoreHarness h;
        QVERIFY(h.isReady());
        constexpr qint64 size = 2 * 1024 * 1024;
        Route route;
        route.generatedSize = size;
        route.etag = "\"p\"";
        route.stallBodyAfter = 600 * 1024;
        h.server().setRoute(u"/p.bin"_s, route);
        RegistrationPtr registration = h.fetch(u"p"_s, {FetchRequest(h.server().url(u"/p.bin"_s).toString())});
        QVERIFY(registration);
        QTRY_COMPARE(registration->downloaded(), quint64(600 * 1024));
        const QString uuid = registration->uniqueId();
        registration.reset();
        h.restart();

        // The state a crash leaves: the whole body on disk, the placing recorded, no outcome yet.
        std::optional<RegistrationData> stored = h.store().load(uuid);
        QVERIFY(stored);
        RecordData &record = stored->records[0];
        const QString final = QDir(h.downloads()).filePath(u"p.bin"_s);
        QCOMPARE(record.partPath, final + u".part"_s);
        {
            QFile part(record.partPath);
            QVERIFY(part.open(QIODevice::WriteOnly));
            QCOMPARE(part.write(TestServer::generatedBytes(0, size)), size);
        }
        record.bytes = size;
        record.placingFileId = TransferWriter::fileId(record.partPath);
        QVERIFY(record.placingFileId != 0);
        if (crashedAt == u"renamed")
            QVERIFY(QFile::rename(record.partPath, final));
        else if (crashedAt == u"linked")
            QCOMPARE(::link(QFile::encodeName(record.partPath).constData(), QFile::encodeName(final).constData()), 0);
        if (crashedAt == u"unnamed") {
            // A held body's file had no name: a crash took it with it.
            QVERIFY(QFile::remove(record.partPath));
            record.partPath.clear();
            record.filePath = final;
        }
        QVERIFY(h.store().saveRecords(*stored, {0}));

        const int requestsBefore = h.server().requestCount(u"/p.bin"_s);
        route.stallBodyAfter = -1;
        h.server().setRoute(u"/p.bin"_s, route);
        h.restart();
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        h.manager().restoreActive();
        QTRY_COMPARE(done.size(), 1);
        // Only a body that was never named is fetched again, and under the same name.
        QCOMPARE(h.server().requestCount(u"/p.bin"_s) - requestsBefore, crashedAt == u"unnamed" ? 1 : 0);
        QCOMPARE(TestServer::fileSha256(final), TestServer::generatedSha256(size));
        QCOMPARE(QDir(h.downloads()).entryList(QDir::Files), QStringList{u"p.bin"_s});
        const std::optional<RegistrationData> after = h.store().load(uuid);
        QVERIFY(after);
        QCOMPARE(after->records[0].filePath, final);
        QCOMPARE(after->records[0].placingFileId, 0);
        QCOMPARE(after->result, FetchResult::Success);
    }

    void lostPartFileStartsOver()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        Route route;
        route.generatedSize = 1024 * 1024;
        route.stallBodyAfter = 300 * 1024;
        h.server().setRoute(u"/lost.bin"_s, route);
        RegistrationPtr registration = h.fetch(u"lost"_s, {FetchRequest(h.server().url(u"/lost.bin"_s).toString())});
        QVERIFY(registration);
        QTRY_COMPARE(registration->downloaded(), quint64(300 * 1024));
        registration.reset();
        route.stallBodyAfter = -1;
        h.server().setRoute(u"/lost.bin"_s, route);
        h.restart();
        QVERIFY(QFile::remove(QDir(h.downloads()).filePath(u"lost.bin.part"_s)));
        h.restart();
        QSignalSpy done(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        h.manager().restoreActive();
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(h.server().requestsFor(u"/lost.bin"_s).last().header("Range").isNull());
        QCOMPARE(TestServer::fileSha256(QDir(h.downloads()).filePath(u"lost.bin"_s)), TestServer::generatedSha256(1024 * 1024));
    }

    // A real full disk: a small tmpfs in a private mount namespace. The download stops with quota-exceeded and
    // keeps its .part file and what each connection wrote; once the file system has room, `ferry resume` finishes
    // it with Range requests, fetching little of it again.
    void fullDiskKeepsThePartAndResumes_data()
    {
        QTest::addColumn<int>("connections");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("diskMiB");
        QTest::newRow("one connection") << 1 << qint64(10 * 1024 * 1024) << 4;
        QTest::newRow("eight connections") << 8 << qint64(40 * 1024 * 1024) << 16;
    }
    void fullDiskKeepsThePartAndResumes()
    {
        QFETCH(int, connections);
        QFETCH(qint64, size);
        QFETCH(int, diskMiB);
        if (QProcess::execute(u"unshare"_s, {u"-rm"_s, u"true"_s}) != 0) {
            QVERIFY2(!mustRunEverything(), "unshare -rm is needed to mount a small file system");
            QSKIP("this test mounts a small tmpfs and needs user and mount namespaces (unshare -rm)");
        }
        TestServer server;
        QVERIFY(server.listen());
        Route route;
        route.generatedSize = size;
        route.etag = "\"full\"";
        server.setRoute(u"/full.bin"_s, route);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mount = dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mount));
        // One shell in one mount namespace runs the whole story, since the tmpfs lives only as long as it.
        const QString script = uR"(set -u
mount -t tmpfs -o size=$6m tmpfs "$1" || exit 90
"$2" fetch --data-dir "$3" --json --id full --min-free 0 --connections $7 --dest "$1" "$4" > "$5/fetch.json"; echo $? > "$5/fetch.code"
ls "$1" > "$5/listing"
read -r go
mount -o remount,size=64m "$1" || exit 91
"$2" resume --data-dir "$3" --json full > "$5/resume.json"; echo $? > "$5/resume.code"
sha256sum "$1/full.bin" > "$5/sha"
)"_s;
        QProcess shell;
        shell.start(u"unshare"_s, {u"-rm"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, mount, QStringLiteral(FERRY_BINARY),
                                   dir.filePath(u"data"_s), server.url(u"/full.bin"_s).toString(), dir.path(),
                                   QString::number(diskMiB), QString::number(connections)});
        // The test notes what the server has sent by the time the disk is full, then lets the resume begin.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"listing"_s)) || shell.state() == QProcess::NotRunning,
                                 processTimeoutMs);
        QTest::qWait(100);
        const qint64 sentBeforeResume = server.bodyBytesSent(u"/full.bin"_s);
        const int requestsBeforeResume = server.requestCount(u"/full.bin"_s);
        // Where each connection's range stood when the disk filled, as the store has it.
        QList<qint64> resumeAt;
        QList<std::pair<qint64, qint64>> keptRanges;
        qint64 stored = 0;
        {
            FetchStore store;
            QVERIFY(store.open(QDir(dir.filePath(u"data"_s)).filePath(u"ferry.sqlite"_s)));
            const RecordData record = store.findNewest(u"full"_s)->records.first();
            stored = record.bytes;
            for (const SegmentData &segment : record.segments) {
                stored += segment.written - segment.done; // the same boot counts what was written
                keptRanges.append({segment.start, segment.start + segment.written});
                if (segment.start + segment.written < segment.end)
                    resumeAt.append(segment.start + segment.written);
            }
        }
        shell.write("go\n");
        QTRY_COMPARE_WITH_TIMEOUT(shell.state(), QProcess::NotRunning, processTimeoutMs);
        QCOMPARE(shell.exitCode(), 0);
        auto read = [&](const QString &name) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QCOMPARE(read(u"fetch.code"_s).trimmed(), QByteArray("1"));
        const QJsonObject failed = lastJsonLine(read(u"fetch.json"_s));
        QCOMPARE(failed.value(u"failureReason"_s).toString(), u"quota-exceeded"_s);
        // What fitted is kept: all but the last few chunks of the disk.
        const qint64 kept = failed.value(u"downloaded"_s).toInteger();
        QVERIFY2(kept >= (diskMiB - 2) * 1024 * 1024, qPrintable(u"%1 bytes kept"_s.arg(kept)));
        QCOMPARE(read(u"listing"_s).trimmed(), QByteArray("full.bin.part"));
        QCOMPARE(read(u"resume.code"_s).trimmed(), QByteArray("0"));
        QCOMPARE(lastJsonLine(read(u"resume.json"_s)).value(u"result"_s).toString(), u"success"_s);
        QCOMPARE(read(u"sha"_s).left(64), TestServer::generatedSha256(size).toHex());
        QVERIFY(server.requestsFor(u"/full.bin"_s).last().header("Range").startsWith("bytes="));
        // The resume asks for exactly what was not kept. (What was on its way in the sockets when the disk filled
        // is lost, as with any client; on loopback that is the kernels' buffers, a few MiB per connection.)
        const qint64 resumed = server.bodyBytesSent(u"/full.bin"_s) - sentBeforeResume;
        qInfo("%d connection(s): %lld bytes kept at the full disk, %lld in flight lost, the resume fetched %lld",
              connections, kept, sentBeforeResume - kept, resumed);
        if (connections == 1)
            resumeAt = {kept}; // the .part file's size, which only the namespace sees
        else
            QCOMPARE(stored, kept);
        // Each range is asked for from where it was written, and no request starts inside what was kept. (Which
        // connection goes first, and the work stealing near the end, depend on timing.)
        QList<qint64> starts;
        for (const Request &request : server.requestsFor(u"/full.bin"_s).mid(requestsBeforeResume))
            starts.append(request.header("Range").mid(6).split('-').first().toLongLong());
        for (qint64 position : std::as_const(resumeAt))
            QVERIFY2(starts.contains(position), qPrintable(u"no request from %1"_s.arg(position)));
        for (qint64 start : std::as_const(starts)) {
            for (const auto &[from, to] : std::as_const(keptRanges))
                QVERIFY2(start < from || start >= to, qPrintable(u"a request from %1 inside kept bytes"_s.arg(start)));
        }
        if (connections == 1)
            QCOMPARE(resumed, size - kept);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
