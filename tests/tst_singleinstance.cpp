#include "testserver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace FerryTest;

namespace {

const QString service = u"org.ferry.Ferry"_s;
const QString path = u"/org/ferry/Ferry"_s;
const QString interfaceName = u"org.ferry.Ferry.Manager"_s;
// The ASan build starts slowly on a busy machine; the hand-over itself is held to its own limit below.
constexpr int startTimeoutMs = 30000;

// Records the service's signals (a test class's private slots would be taken for test functions).
class SignalRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QStringList> progress;
    QList<QStringList> finished;

public Q_SLOTS:
    void onProgress(const QString &id, qulonglong downloaded, qulonglong downloadTotal, qulonglong, qulonglong)
    {
        progress.append({id, QString::number(downloaded), QString::number(downloadTotal)});
    }
    void onFinished(const QString &id, const QString &result, const QString &reason)
    {
        finished.append({id, result, reason});
    }
};

} // namespace

// The single instance and the D-Bus service (issue 7 item 1), with the real `ferry` window (offscreen) on a private
// session bus: a second `ferry URL` hands over and returns at once, `ferry pause|abort` reach the running instance,
// and the interface's methods, errors and signals.
class TestSingleInstance final : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"FERRY_DATA_DIR"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return env;
    }

    QProcess *ferry(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        process->setProgram(QStringLiteral(FERRY_BINARY));
        process->setArguments(arguments);
        process->setProcessEnvironment(environment());
        process->start();
        return process;
    }

    static bool instanceRunning()
    {
        return QDBusConnection::sessionBus().interface()->isServiceRegistered(service).value();
    }

    QDBusInterface &manager()
    {
        if (!m_interface)
            m_interface = std::make_unique<QDBusInterface>(service, path, interfaceName, QDBusConnection::sessionBus());
        return *m_interface;
    }

    QString downloads() const { return m_dir.filePath(u"home/Downloads"_s); }

    QTemporaryDir m_dir;
    TestServer m_server;
    QProcess *m_instance = nullptr;
    std::unique_ptr<QDBusInterface> m_interface;
    SignalRecorder m_signals;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
        QVERIFY(QFile::exists(QStringLiteral(FERRY_BINARY)));
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(downloads()));
        QVERIFY(m_server.listen());
        Route small;
        small.body = "handed over"_ba;
        m_server.setRoute(u"/handed.txt"_s, small);
        Route slow;
        slow.generatedSize = 64 * 1024 * 1024;
        slow.trickleBytes = 4096;
        slow.trickleIntervalMs = 20;
        slow.etag = "\"slow\""_ba;
        m_server.setRoute(u"/slow.bin"_s, slow);
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.connect(service, path, interfaceName, u"Progress"_s, &m_signals,
                            SLOT(onProgress(QString, qulonglong, qulonglong, qulonglong, qulonglong))));
        QVERIFY(bus.connect(service, path, interfaceName, u"Finished"_s, &m_signals,
                            SLOT(onFinished(QString, QString, QString))));

        QVERIFY(!instanceRunning());
        m_instance = ferry({});
        QTRY_VERIFY_WITH_TIMEOUT(instanceRunning(), startTimeoutMs);
    }

    // Done when: a second `ferry URL` hands the URL over; one process, one new registration, back within a second.
    void secondFerryHandsOverItsUrls()
    {
        const QStringList before = QDBusReply<QStringList>(manager().call(u"GetIds"_s)).value();
        QElapsedTimer timer;
        timer.start();
        QProcess *second = ferry({m_server.url(u"/handed.txt"_s).toString()});
        QVERIFY(second->waitForFinished(10000));
        const qint64 elapsed = timer.elapsed();
        qInfo("the hand-over took %lld ms", elapsed);
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY(elapsed < 1000);
        const QString id = QString::fromUtf8(second->readAllStandardOutput()).trimmed();
        QVERIFY(!id.isEmpty());
        QVERIFY(!before.contains(id));
        // The registration runs in the first instance, which is still the only one.
        QCOMPARE(m_instance->state(), QProcess::Running);
        QTRY_VERIFY(!m_signals.finished.isEmpty());
        QCOMPARE(m_signals.finished.constLast(), QStringList({id, u"success"_s, QString()}));
        const QVariantMap got = QDBusReply<QVariantMap>(manager().call(u"Get"_s, id)).value();
        QCOMPARE(got.value(u"result"_s).toString(), u"success"_s);
        QCOMPARE(got.value(u"state"_s).toString(), u"finished"_s);
        const QString file = QDir(downloads()).filePath(u"handed.txt"_s);
        QCOMPARE(got.value(u"files"_s).toStringList(), QStringList{file});
        QFile downloaded(file);
        QVERIFY(downloaded.open(QIODevice::ReadOnly));
        QCOMPARE(downloaded.readAll(), "handed over"_ba);
    }

    // `ferry` without URLs only raises the running window.
    void secondFerryWithoutUrlsShowsTheWindow()
    {
        const QStringList before = QDBusReply<QStringList>(manager().call(u"GetIds"_s)).value();
        QProcess *second = ferry({});
        QVERIFY(second->waitForFinished(10000));
        QCOMPARE(second->exitCode(), 0);
        QVERIFY(second->readAllStandardOutput().isEmpty());
        QCOMPARE(QDBusReply<QStringList>(manager().call(u"GetIds"_s)).value(), before);
        QCOMPARE(m_instance->state(), QProcess::Running);
    }

    void pauseAndAbortReachTheRunningInstance()
    {
        QVariantMap options;
        options.insert(u"id"_s, u"slow"_s);
        options.insert(u"title"_s, u"A slow one"_s);
        const QDBusReply<QString> fetched =
            manager().call(u"Fetch"_s, QStringList{m_server.url(u"/slow.bin"_s).toString()}, options);
        QVERIFY2(fetched.isValid(), qPrintable(fetched.error().message()));
        QCOMPARE(fetched.value(), u"slow"_s);
        QCOMPARE(QDBusReply<QStringList>(manager().call(u"GetIds"_s)).value(), QStringList{u"slow"_s});
        QTRY_VERIFY(std::any_of(m_signals.progress.cbegin(), m_signals.progress.cend(),
                                [](const QStringList &p) { return p.at(0) == u"slow" && p.at(1).toULongLong() > 0; }));

        QProcess *pause = ferry({u"pause"_s, u"slow"_s});
        QVERIFY(pause->waitForFinished(10000));
        QCOMPARE(pause->exitCode(), 0);
        QVariantMap got = QDBusReply<QVariantMap>(manager().call(u"Get"_s, u"slow"_s)).value();
        QCOMPARE(got.value(u"state"_s).toString(), u"paused"_s);
        QCOMPARE(got.value(u"title"_s).toString(), u"A slow one"_s);

        const QDBusReply<bool> resumed = manager().call(u"Resume"_s, u"slow"_s);
        QVERIFY(resumed.isValid() && resumed.value());
        got = QDBusReply<QVariantMap>(manager().call(u"Get"_s, u"slow"_s)).value();
        QCOMPARE(got.value(u"state"_s).toString(), u"running"_s);

        QProcess *abort = ferry({u"abort"_s, u"slow"_s});
        QVERIFY(abort->waitForFinished(10000));
        QCOMPARE(abort->exitCode(), 0);
        QTRY_COMPARE(m_signals.finished.constLast(), QStringList({u"slow"_s, u"failure"_s, u"aborted"_s}));
        QVERIFY(QDBusReply<QStringList>(manager().call(u"GetIds"_s)).value().isEmpty());
    }

    void badInputIsADBusError_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QVariantList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("Fetch, not a URL") << u"Fetch"_s << QVariantList{QStringList{u"not a url"_s}, QVariantMap()}
                                          << u"org.ferry.Ferry.Error.TypeError"_s;
        QTest::newRow("Fetch, no URLs") << u"Fetch"_s << QVariantList{QStringList(), QVariantMap()}
                                        << u"org.ferry.Ferry.Error.TypeError"_s;
        QTest::newRow("Fetch, unknown option")
            << u"Fetch"_s
            << QVariantList{QStringList{m_server.url(u"/handed.txt"_s).toString()},
                            QVariantMap{{u"colour"_s, u"blue"_s}}}
            << u"org.ferry.Ferry.Error.TypeError"_s;
        QTest::newRow("Fetch, 99 connections")
            << u"Fetch"_s
            << QVariantList{QStringList{m_server.url(u"/handed.txt"_s).toString()},
                            QVariantMap{{u"connections"_s, 99}}}
            << u"org.ferry.Ferry.Error.TypeError"_s;
        QTest::newRow("Get, unknown id") << u"Get"_s << QVariantList{u"never"_s}
                                         << u"org.ferry.Ferry.Error.NotFoundError"_s;
        QTest::newRow("Pause, unknown id") << u"Pause"_s << QVariantList{u"never"_s}
                                           << u"org.ferry.Ferry.Error.NotFoundError"_s;
        QTest::newRow("Click, unknown id") << u"Click"_s << QVariantList{u"never"_s}
                                           << u"org.ferry.Ferry.Error.NotFoundError"_s;
    }

    void badInputIsADBusError()
    {
        QFETCH(QString, method);
        QFETCH(QVariantList, arguments);
        QFETCH(QString, error);
        const QDBusMessage reply = manager().callWithArgumentList(QDBus::Block, method, arguments);
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(reply.errorName(), error);
        QVERIFY(!reply.errorMessage().isEmpty());
        QVERIFY(QDBusReply<QStringList>(manager().call(u"GetIds"_s)).value().isEmpty());
    }

    // Issue 14, item 2: SIGTERM (a logout) and SIGINT end the window like Quit, within two seconds, with the
    // shell's status for the signal (143, 130), the name released, and the download resumed by the next start
    // from where it was.
    void signalsQuitAndTheNextStartResumes()
    {
        QProcess *handed = ferry({m_server.url(u"/slow.bin"_s).toString()});
        QVERIFY(handed->waitForFinished(startTimeoutMs));
        const QString id = QString::fromUtf8(handed->readAllStandardOutput()).trimmed();
        QVERIFY(!id.isEmpty());
        const auto downloadedOf = [this](const QString &wanted) {
            qulonglong most = 0;
            for (const QStringList &entry : std::as_const(m_signals.progress)) {
                if (entry.at(0) == wanted)
                    most = std::max(most, entry.at(1).toULongLong());
            }
            return most;
        };
        QTRY_VERIFY_WITH_TIMEOUT(downloadedOf(id) > 256 * 1024, startTimeoutMs);

        QElapsedTimer clock;
        clock.start();
        m_instance->terminate();
        QVERIFY(m_instance->waitForFinished(startTimeoutMs));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_instance->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_instance->exitCode(), 143);
        QTRY_VERIFY(!instanceRunning());

        const int asked = m_server.requestCount(u"/slow.bin"_s);
        m_instance = ferry({});
        QTRY_VERIFY_WITH_TIMEOUT(instanceRunning(), startTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(u"/slow.bin"_s) > asked, startTimeoutMs);
        // Every request of the new run asks for a range, and none starts the file over from byte 0.
        QList<QByteArray> ranges;
        const QList<Request> requests = m_server.requests();
        for (const Request &request : requests) {
            if (request.path == u"/slow.bin"_s)
                ranges.append(request.header("Range"));
        }
        ranges = ranges.mid(asked);
        QVERIFY(!ranges.isEmpty());
        for (const QByteArray &range : std::as_const(ranges))
            QVERIFY2(range.startsWith("bytes=") && !range.startsWith("bytes=0-"), range.constData());

        clock.restart();
        QVERIFY(::kill(pid_t(m_instance->processId()), SIGINT) == 0);
        QVERIFY(m_instance->waitForFinished(startTimeoutMs));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_instance->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_instance->exitCode(), 130);
        QTRY_VERIFY(!instanceRunning());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
