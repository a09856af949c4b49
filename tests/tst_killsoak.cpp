#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace FerryTest;

namespace {

constexpr qint64 mib = 1024 * 1024;
constexpr qint64 bigSize = 256 * mib;
constexpr int bigConnections = 8;
constexpr int smallFiles = 200;
constexpr qint64 uploadSize = 3 * mib + 17;
constexpr qint64 pausedSize = 8 * mib;
constexpr int kills = 50;
constexpr int lastRunTimeoutMs = 240000;

// One download of the mix: how it is started the first time, and whether a run of it has ended.
struct Job
{
    QString id;
    QStringList fetchArguments;
    bool recorded = false; // the store has it: later runs resume it (a kill can come before the fetch stored it)
    bool ended = false;
    int exitCode = -1;
    QProcess *process = nullptr;
};

} // namespace

// The kill soak of the durability issue: the real ferry, on a mix of downloads at once (a 256 MiB file over eight
// connections, 200 small files, an upload and a paused download), killed with SIGKILL at 50 random moments (some of
// them the very moment a file takes its final name) and started again each time. At the end every file is whole,
// nothing is left half-done or doubled, and the bytes fetched again per kill and connection are reported.
class TestKillSoak final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QRandomGenerator m_random{20261206};

    QString dataDir() const { return m_dir.filePath(u"data"_s); }
    QString dest() const { return m_dir.filePath(u"dest"_s); }

    QProcess *startFerry(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        process->setProgram(QStringLiteral(FERRY_BINARY));
        process->setArguments(QStringList{arguments.first(), u"--data-dir"_s, dataDir()} + arguments.mid(1));
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardErrorFile(m_dir.filePath(u"stderr.log"_s), QIODevice::Append);
        process->start();
        return process;
    }

    // Runs a short command (list, show, pause) to its end and returns its output.
    QByteArray run(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess process;
        process.setProgram(QStringLiteral(FERRY_BINARY));
        process.setArguments(QStringList{arguments.first(), u"--data-dir"_s, dataDir()} + arguments.mid(1));
        process.start();
        waitUntil([&] { return process.state() == QProcess::NotRunning; }, 60000);
        if (exitCode)
            *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return process.readAllStandardOutput();
    }

    // Runs the event loop (the server lives in it) until `done` holds or the time is up.
    template<typename Predicate>
    bool waitUntil(Predicate done, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.hasExpired(timeoutMs))
                return false;
            QTest::qWait(1);
        }
        return true;
    }

    void startRuns(std::vector<Job> &jobs)
    {
        for (Job &job : jobs) {
            if (job.ended)
                continue;
            job.process = startFerry(job.recorded ? QStringList{u"resume"_s, u"--timeout"_s, u"10"_s, job.id}
                                                  : job.fetchArguments);
        }
    }

    // Notes the runs that ended by themselves; true while any still runs.
    bool collectEnded(std::vector<Job> &jobs)
    {
        bool running = false;
        for (Job &job : jobs) {
            if (!job.process)
                continue;
            if (job.process->state() != QProcess::NotRunning) {
                running = true;
                continue;
            }
            job.ended = job.process->exitStatus() == QProcess::NormalExit;
            job.exitCode = job.process->exitCode();
            // A kill that came after the job had finished, before its process exited: nothing left to resume.
            if (job.ended && job.exitCode == 2 && job.recorded) {
                const QJsonObject shown = QJsonDocument::fromJson(run({u"show"_s, job.id, u"--json"_s})).object();
                job.exitCode = shown.value(u"result"_s).toString() == u"success"_s ? 0 : 1;
            }
            job.process->deleteLater();
            job.process = nullptr;
        }
        return running;
    }

    void killAll(std::vector<Job> &jobs)
    {
        for (Job &job : jobs) {
            if (job.process && job.process->state() != QProcess::NotRunning)
                ::kill(pid_t(job.process->processId()), SIGKILL);
        }
        for (Job &job : jobs) {
            if (job.process)
                job.process->waitForFinished(10000);
        }
        collectEnded(jobs);
        for (Job &job : jobs) {
            int code = -1;
            if (!job.recorded && !job.ended)
                run({u"show"_s, job.id}, &code);
            job.recorded = job.recorded || code == 0;
        }
    }

    QStringList finishedNames() const
    {
        QStringList names = QDir(dest()).entryList(QDir::Files);
        names.removeIf([](const QString &name) { return name.endsWith(u".part"_s); });
        return names;
    }

    static QByteArray fileSha256(const QString &path)
    {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // For a look at the data and the files after a failure.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("FERRY_KEEP_SOAK"));
        QVERIFY(m_server.listen());
        QVERIFY(QDir().mkpath(dest()));
    }

    void fiftyKillsLoseNothing()
    {
        // Rates of a good home line, so the kills fall all over the big file's life.
        Route big;
        big.generatedSize = bigSize;
        big.seed = 1;
        big.etag = "\"big\"";
        big.trickleBytes = 24 * 1024;
        m_server.setRoute(u"/big.bin"_s, big);
        QStringList smallUrls;
        std::map<QString, std::pair<qint64, quint32>> smallSpecs; // name -> size, seed
        for (int i = 0; i < smallFiles; ++i) {
            Route small;
            // Both kinds: bodies held in memory until complete (up to 256 KiB) and ones streamed to a .part.
            small.generatedSize = 1 + qint64(m_random.bounded(600u * 1024));
            small.seed = quint32(100 + i);
            small.etag = "\"s" + QByteArray::number(i) + '"';
            small.trickleBytes = 16 * 1024;
            const QString name = u"f%1.bin"_s.arg(i, 3, 10, QLatin1Char('0'));
            m_server.setRoute(u"/small/"_s + name, small);
            smallUrls.append(m_server.url(u"/small/"_s + name).toString());
            smallSpecs[name] = {small.generatedSize, small.seed};
        }
        Route echo;
        echo.echoBody = true;
        m_server.setRoute(u"/upload"_s, echo);
        const QString body = m_dir.filePath(u"upload-body"_s);
        {
            QFile file(body);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(TestServer::generatedBytes(0, uploadSize, 7));
        }
        Route paused;
        paused.generatedSize = pausedSize;
        paused.seed = 2;
        paused.etag = "\"paused\"";
        paused.trickleBytes = 64 * 1024;
        m_server.setRoute(u"/paused.bin"_s, paused);

        // The paused one: started, cut off by a kill, then paused; no kill or restart of the others may touch it.
        QProcess *first = startFerry({u"fetch"_s, u"--id"_s, u"paused"_s, u"--dest"_s, dest(),
                                      m_server.url(u"/paused.bin"_s).toString()});
        QVERIFY(waitUntil([&] { return m_server.bodyBytesSent(u"/paused.bin"_s) >= mib; }, 60000));
        ::kill(pid_t(first->processId()), SIGKILL);
        first->waitForFinished();
        int code = -1;
        run({u"pause"_s, u"paused"_s}, &code);
        QCOMPARE(code, 0);
        const qint64 pausedSentBefore = m_server.bodyBytesSent(u"/paused.bin"_s);

        const QStringList common{u"fetch"_s, u"--timeout"_s, u"10"_s, u"--dest"_s, dest(), u"--id"_s};
        std::vector<Job> jobs{
            {u"big"_s, common + QStringList{u"big"_s, u"--connections"_s, QString::number(bigConnections),
                                            m_server.url(u"/big.bin"_s).toString()}},
            {u"small"_s, common + QStringList{u"small"_s} + smallUrls},
            {u"upload"_s, common + QStringList{u"upload"_s, u"--method"_s, u"POST"_s, u"--body-file"_s, body,
                                               m_server.url(u"/upload"_s).toString()}},
        };

        int killed = 0;
        int killsOnBig = 0;      // kills that cut the big file off while its bytes flowed
        int killsAtFinish = 0;   // kills the moment a file took its final name
        for (int round = 0; round < kills; ++round) {
            startRuns(jobs);
            const qint64 bigBefore = m_server.bodyBytesSent(u"/big.bin"_s);
            // Each round lets the big file move on by at most twice its share, so it is still under way at the
            // last kill whatever the machine's speed.
            const qint64 share = qint64(m_random.bounded(quint32(2 * bigSize / kills)));
            const auto bigMovedOn = [&] { return m_server.bodyBytesSent(u"/big.bin"_s) - bigBefore >= share; };
            if (round % 4 == 1) {
                const QStringList before = finishedNames();
                waitUntil([&] { return finishedNames() != before || bigMovedOn() || !collectEnded(jobs); }, 5000);
                killsAtFinish += finishedNames() != before ? 1 : 0;
            } else {
                // A loaded machine can take longer than the delay to start Ferry: all but every fourth of these
                // rounds wait for the big file's bytes to flow first, so enough kills cut it off mid-stream for
                // the figure; the others may still fall during start-up and resume.
                if (round % 4 != 3) {
                    waitUntil([&] { return m_server.bodyBytesSent(u"/big.bin"_s) > bigBefore || !collectEnded(jobs); },
                              10000);
                }
                const int delay = 30 + int(m_random.bounded(900u));
                waitUntil([&] { return bigMovedOn() || !collectEnded(jobs); }, delay);
            }
            const bool bigRunning = jobs[0].process != nullptr;
            killAll(jobs);
            ++killed;
            // Bytes that were on the way when it died are counted once the server has written them.
            if (bigRunning && m_server.bodyBytesSent(u"/big.bin"_s) > bigBefore)
                ++killsOnBig;
            if (std::all_of(jobs.cbegin(), jobs.cend(), [](const Job &job) { return job.ended; }))
                break;
        }
        // The last runs go to their end.
        startRuns(jobs);
        QVERIFY(waitUntil([&] { return !collectEnded(jobs); }, lastRunTimeoutMs));
        QFile log(m_dir.filePath(u"stderr.log"_s));
        const QString errors = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(2000)) : QString();
        for (const Job &job : jobs)
            QVERIFY2(job.ended, qPrintable(job.id + u": "_s + errors));
        QVERIFY2(jobs[0].exitCode == 0 && jobs[1].exitCode == 0,
                 qPrintable(u"exit %1 and %2: %3"_s.arg(jobs[0].exitCode).arg(jobs[1].exitCode).arg(errors)));

        // Every file whole, in its own name only: no .part left, no numbered copy.
        QCOMPARE(fileSha256(QDir(dest()).filePath(u"big.bin"_s)), TestServer::generatedSha256(bigSize, 1));
        for (const auto &[name, spec] : smallSpecs) {
            QVERIFY2(fileSha256(QDir(dest()).filePath(name)) == TestServer::generatedSha256(spec.first, spec.second),
                     qPrintable(name));
        }
        QStringList expectedNames{u"big.bin"_s};
        for (const auto &[name, spec] : smallSpecs)
            expectedNames.append(name);
        // The upload ends with its answer when it got one; a kill while it was under way may end it as a failure,
        // since a request with a body is never sent twice.
        const QList<Request> uploads = m_server.requestsFor(u"/upload"_s);
        QVERIFY2(uploads.size() <= 1, qPrintable(u"the upload was sent %1 times"_s.arg(uploads.size())));
        if (jobs[2].exitCode == 0) {
            QCOMPARE(fileSha256(QDir(dest()).filePath(u"upload"_s)), TestServer::generatedSha256(uploadSize, 7));
            expectedNames.append(u"upload"_s);
        } else {
            QCOMPARE(jobs[2].exitCode, 1);
        }

        // The paused one was left alone through it all, and resumes where it stopped.
        QByteArray out = run({u"show"_s, u"paused"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"state"_s).toString(), u"paused"_s);
        QCOMPARE(m_server.bodyBytesSent(u"/paused.bin"_s), pausedSentBefore);
        run({u"resume"_s, u"paused"_s}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(fileSha256(QDir(dest()).filePath(u"paused.bin"_s)), TestServer::generatedSha256(pausedSize, 2));
        expectedNames.append(u"paused.bin"_s);
        expectedNames.sort();
        QStringList names = QDir(dest()).entryList(QDir::Files);
        names.sort();
        QStringList extra = names;
        extra.removeIf([&](const QString &name) { return expectedNames.contains(name); });
        QStringList missing = expectedNames;
        missing.removeIf([&](const QString &name) { return names.contains(name); });
        for (const QString &name : std::as_const(extra)) {
            const QString original = QString(name).remove(u" (1)"_s);
            for (const Request &request : m_server.requestsFor(u"/small/"_s + original))
                qWarning("%s: Range %s on connection %llu", qPrintable(original), request.header("Range").constData(),
                         request.connectionId);
        }
        QVERIFY2(extra.isEmpty() && missing.isEmpty(),
                 qPrintable(u"extra: %1; missing: %2"_s.arg(extra.join(u", "_s), missing.join(u", "_s))));

        // No registration lost or doubled, and each one's records as many as its URLs.
        out = run({u"list"_s, u"--json"_s});
        const QJsonArray list = QJsonDocument::fromJson(out).array();
        QCOMPARE(list.size(), 4);
        out = run({u"show"_s, u"small"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"records"_s).toArray().size(), smallFiles);

        const qint64 bigRefetched = m_server.bodyBytesSent(u"/big.bin"_s) - bigSize;
        qint64 smallTotal = 0;
        qint64 smallSent = 0;
        for (const auto &[name, spec] : smallSpecs) {
            smallTotal += spec.first;
            smallSent += m_server.bodyBytesSent(u"/small/"_s + name);
        }
        const double perKillPerConnection =
            double(bigRefetched) / double(std::max(1, killsOnBig) * bigConnections) / double(mib);
        qInfo("%d kills (%d while the big file's bytes flowed, %d as a file took its name); big file: %.1f MiB "
              "fetched again, %.3f MiB per kill per connection; small files: %.1f MiB fetched again; upload: %s",
              killed, killsOnBig, killsAtFinish, double(bigRefetched) / mib, perKillPerConnection,
              double(smallSent - smallTotal) / mib, jobs[2].exitCode == 0 ? "answered" : "failed after a kill");
        QCOMPARE(killed, kills);
        QVERIFY2(killsOnBig >= 10, "too few kills fell on the big file for a figure");
        QVERIFY2(perKillPerConnection <= 1.0, qPrintable(u"%1 MiB per kill per connection"_s.arg(perKillPerConnection)));
    }
};

QTEST_GUILESS_MAIN(TestKillSoak)
#include "tst_killsoak.moc"
