#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusError>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 maxMessageSize = 1024 * 1024; // NativeMessageChannel::maxMessageSize
// Generous for a host built with ASan on a busy machine; the host's own timeouts are set far below it.
constexpr int processTimeoutMs = 20000;

bool ciRun()
{
    return !qEnvironmentVariableIsEmpty("FERRY_CI");
}

QByteArray lengthPrefix(quint32 length)
{
    QByteArray prefix(qsizetype(sizeof length), Qt::Uninitialized);
    std::memcpy(prefix.data(), &length, sizeof length); // native byte order, as browsers write it
    return prefix;
}

QByteArray frame(const QByteArray &json)
{
    return lengthPrefix(quint32(json.size())) + json;
}

QByteArray frame(const QJsonObject &object)
{
    return frame(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The host's output as one line per reply: "id X" for {"id": X}, "error CODE" for {"error": CODE, ...}, and
// anything else as its JSON. Output that is not a sequence of whole frames ends with "unframed output".
QStringList outcomes(const QByteArray &output, QList<QJsonObject> &replies)
{
    QStringList lines;
    qsizetype at = 0;
    while (at < output.size()) {
        quint32 length = 0;
        if (output.size() - at < qsizetype(sizeof length))
            return lines << u"unframed output"_s;
        std::memcpy(&length, output.constData() + at, sizeof length);
        at += qsizetype(sizeof length);
        if (output.size() - at < qsizetype(length))
            return lines << u"unframed output"_s;
        const QByteArray json = output.mid(at, qsizetype(length));
        at += qsizetype(length);
        const QJsonObject reply = QJsonDocument::fromJson(json).object();
        replies.append(reply);
        if (reply.keys() == QStringList{u"id"_s})
            lines << u"id "_s + reply.value(u"id"_s).toString();
        else if (reply.value(u"error"_s).isString())
            lines << u"error "_s + reply.value(u"error"_s).toString();
        else
            lines << QString::fromUtf8(json);
    }
    return lines;
}

QJsonObject urlMessage(const QString &url)
{
    return QJsonObject{{u"url"_s, url}};
}

} // namespace

// Stands in for Ferry's org.ferry.Ferry.Manager on the private session bus: records every Fetch, and answers with
// an id, refuses, or never answers.
class FakeFerry final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.ferry.Ferry.Manager")

public:
    enum class Mode { Answer, Refuse, Ignore };
    struct Call {
        QStringList urls;
        QVariantMap options;
    };

    using QObject::QObject;

    Mode mode = Mode::Answer;
    QList<Call> calls;

public Q_SLOTS:
    // Named as the D-Bus method it serves: Fetch(in as urls, in a{sv} options, out s id).
    QString Fetch(const QStringList &urls, const QVariantMap &options)
    {
        calls.append(Call{urls, options});
        switch (mode) {
        case Mode::Answer:
            break;
        case Mode::Refuse:
            sendErrorReply(QDBusError::InvalidArgs, u"TypeError: file: URLs are not downloaded"_s);
            return {};
        case Mode::Ignore:
            // The reply is never sent: the host's call must time out rather than wait for ever.
            setDelayedReply(true);
            return {};
        }
        return u"fake-%1"_s.arg(calls.size());
    }
};

class TestNativeHost final : public QObject
{
    Q_OBJECT

private:
    struct Run {
        bool finished = false;
        int exitCode = -1;
        qint64 elapsedMs = 0;
        QStringList outcomes;
        QList<QJsonObject> replies;
    };

    // The host ran to its end, exited with `exitCode`, and gave exactly these answers (see outcomes()).
    static void checkRun(const Run &run, int exitCode, const QStringList &expected)
    {
        QVERIFY2(run.finished, "the host did not exit in time");
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.outcomes, expected);
    }

    // Starts the host, writes `input`, closes its stdin unless told to keep it open (a browser that stays
    // connected), and waits for it to exit while the event loop serves the fake Ferry.
    Run runHost(const QByteArray &input, bool closeInput = true, int hostTimeoutMs = 5000,
                const QString &busAddress = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"FERRY_NATIVE_HOST_TIMEOUT_MS"_s, QString::number(hostTimeoutMs));
        if (!busAddress.isEmpty())
            environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
        process.setProcessEnvironment(environment);
        // What Chromium passes: the calling extension's origin.
        process.start(QStringLiteral(FERRY_NATIVE_HOST), {u"chrome-extension://abcdefghijklmnopabcdefghijklmnop/"_s});
        QElapsedTimer clock;
        clock.start();
        Run run;
        if (!process.waitForStarted())
            return run;
        process.write(input);
        if (closeInput)
            process.closeWriteChannel();
        run.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, processTimeoutMs);
        run.elapsedMs = clock.elapsed();
        if (!run.finished) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.outcomes = outcomes(process.readAllStandardOutput(), run.replies);
        return run;
    }

    bool haveBus() const { return QDBusConnection::sessionBus().isConnected(); }

    FakeFerry m_ferry;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo(QStringLiteral(FERRY_NATIVE_HOST)).isExecutable());
        if (!haveBus()) {
            // CI runs every test inside dbus-run-session, so there a missing bus is a failure.
            QVERIFY2(!ciRun(), "no D-Bus session bus: run the tests inside dbus-run-session");
            return;
        }
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.registerObject(u"/org/ferry/Ferry"_s, &m_ferry, QDBusConnection::ExportAllSlots));
        QVERIFY2(bus.registerService(u"org.ferry.Ferry"_s), qPrintable(bus.lastError().message()));
    }

    void init()
    {
        m_ferry.mode = FakeFerry::Mode::Answer;
        m_ferry.calls.clear();
    }

    void emptyInputEndsQuietly()
    {
        checkRun(runHost({}), 0, {});
    }

    void oneUrlWithTitle()
    {
        if (!haveBus())
            QSKIP("no D-Bus session bus: run the tests inside dbus-run-session");
        const Run run = runHost(frame(QJsonObject{{u"url"_s, u"https://example.org/debian.iso"_s},
                                                  {u"title"_s, u"Debian 12"_s}}));
        checkRun(run, 0, {u"id fake-1"_s});
        QCOMPARE(m_ferry.calls.size(), 1);
        QCOMPARE(m_ferry.calls.first().urls, QStringList{u"https://example.org/debian.iso"_s});
        QCOMPARE(m_ferry.calls.first().options, (QVariantMap{{u"title"_s, u"Debian 12"_s}}));
    }

    void severalUrlsBecomeOneFetch()
    {
        if (!haveBus())
            QSKIP("no D-Bus session bus: run the tests inside dbus-run-session");
        const QStringList urls{u"https://example.org/a.bin"_s, u"https://example.org/b.bin"_s,
                               u"http://mirror.example.net/c.bin"_s};
        // A null title is what an extension sends for a page without one: the same as no title.
        const Run run = runHost(frame(QJsonObject{{u"urls"_s, QJsonArray::fromStringList(urls)},
                                                  {u"title"_s, QJsonValue::Null}}));
        checkRun(run, 0, {u"id fake-1"_s});
        QCOMPARE(m_ferry.calls.size(), 1);
        QCOMPARE(m_ferry.calls.first().urls, urls);
        QVERIFY(m_ferry.calls.first().options.isEmpty());
    }

    // connectNative(): one host, many messages, one reply each, in order.
    void severalMessagesInOneSession()
    {
        if (!haveBus())
            QSKIP("no D-Bus session bus: run the tests inside dbus-run-session");
        const Run run = runHost(frame(urlMessage(u"https://example.org/1"_s))
                                + frame(urlMessage(u"https://example.org/2"_s)));
        checkRun(run, 0, {u"id fake-1"_s, u"id fake-2"_s});
        QCOMPARE(m_ferry.calls.size(), 2);
        QCOMPARE(m_ferry.calls.at(1).urls, QStringList{u"https://example.org/2"_s});
    }

    void malformedMessageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << u"invalid-json"_s;
        QTest::newRow("not json") << QByteArray("{\"url\": ") << u"invalid-json"_s;
        QTest::newRow("trailing junk") << QByteArray("{\"url\": \"https://example.org/\"} x") << u"invalid-json"_s;
        QTest::newRow("array") << QByteArray("[\"https://example.org/\"]") << u"invalid-json"_s;
        QTest::newRow("string") << QByteArray("\"https://example.org/\"") << u"invalid-json"_s;
        QTest::newRow("invalid utf-8") << QByteArray("{\"url\": \"https://example.org/\xff\xfe\"}")
                                       << u"invalid-json"_s;
        QTest::newRow("no url") << QByteArray("{\"title\": \"t\"}") << u"invalid-message"_s;
        QTest::newRow("url and urls") << QByteArray("{\"url\": \"https://a/\", \"urls\": [\"https://b/\"]}")
                                      << u"invalid-message"_s;
        QTest::newRow("url a number") << QByteArray("{\"url\": 5}") << u"invalid-message"_s;
        QTest::newRow("url empty") << QByteArray("{\"url\": \"\"}") << u"invalid-message"_s;
        QTest::newRow("urls empty") << QByteArray("{\"urls\": []}") << u"invalid-message"_s;
        QTest::newRow("urls a string") << QByteArray("{\"urls\": \"https://example.org/\"}") << u"invalid-message"_s;
        QTest::newRow("urls with a number") << QByteArray("{\"urls\": [\"https://example.org/\", 3]}")
                                            << u"invalid-message"_s;
        QTest::newRow("title a number") << QByteArray("{\"url\": \"https://example.org/\", \"title\": 7}")
                                        << u"invalid-message"_s;
    }

    // The framing is intact after a bad message, so the host answers it and goes on with the next one.
    void malformedMessageIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        if (!haveBus())
            QSKIP("no D-Bus session bus: run the tests inside dbus-run-session");
        const Run run = runHost(frame(json) + frame(urlMessage(u"https://example.org/next"_s)));
        checkRun(run, 0, {u"error "_s + error, u"id fake-1"_s});
        QCOMPARE(m_ferry.calls.size(), 1);
        QCOMPARE(m_ferry.calls.first().urls, QStringList{u"https://example.org/next"_s});
    }

    void oversizedLengthIsRefusedUnread_data()
    {
        QTest::addColumn<quint32>("length");
        QTest::newRow("one over the cap") << maxMessageSize + 1;
        QTest::newRow("64 MiB") << quint32(64 * 1024 * 1024);
        QTest::newRow("4 GiB - 1") << quint32(0xffffffffu);
    }

    // The host answers at once, without waiting for (or allocating) the announced bytes, and stops: after a
    // refused length it cannot know where the next message starts. Stdin stays open, as a connected browser's.
    void oversizedLengthIsRefusedUnread()
    {
        QFETCH(quint32, length);
        const int hostTimeoutMs = 60000;
        const Run run = runHost(lengthPrefix(length) + QByteArray(100, 'x'), false, hostTimeoutMs);
        checkRun(run, 1, {u"error too-large"_s});
        QVERIFY(run.elapsedMs < hostTimeoutMs);
        QVERIFY(m_ferry.calls.isEmpty());
    }

    void messageAtTheCapIsRead()
    {
        if (!haveBus())
            QSKIP("no D-Bus session bus: run the tests inside dbus-run-session");
        // Whitespace pads a valid message to exactly the largest accepted size.
        QByteArray json = "{\"url\": \"https://example.org/big\"}";
        json += QByteArray(qsizetype(maxMessageSize) - json.size(), ' ');
        checkRun(runHost(frame(json)), 0, {u"id fake-1"_s});
    }

    void endOfInputInsideAMessage_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        const QByteArray whole = frame(urlMessage(u"https://example.org/cut"_s));
        const QStringList truncated{u"error truncated"_s};
        QTest::newRow("inside the length") << whole.left(2) << truncated;
        QTest::newRow("after the length") << whole.left(4) << truncated;
        QTest::newRow("inside the body") << whole.left(whole.size() - 3) << truncated;
        QTest::newRow("after a whole message") << whole + whole.left(6) << QStringList{u"id fake-1"_s} + truncated;
    }

    void endOfInputInsideAMessage()
    {
        QFETCH(QByteArray, input);
        if (!haveBus())
            QSKIP("no D-Bus session bus: run the tests inside dbus-run-session");
        QFETCH(QStringList, expected);
        checkRun(runHost(input), 1, expected);
        QCOMPARE(m_ferry.calls.size(), expected.size() - 1);
    }

    // A sender that stops half way through a message while keeping the pipe open does not keep the host waiting.
    void stalledMessageTimesOut()
    {
        const QByteArray whole = frame(urlMessage(u"https://example.org/slow"_s));
        const Run run = runHost(whole.left(10), false, 300);
        checkRun(run, 1, {u"error stalled"_s});
        QVERIFY(m_ferry.calls.isEmpty());
    }

    void serviceNotAnsweringTimesOut()
    {
        if (!haveBus())
            QSKIP("no D-Bus session bus: run the tests inside dbus-run-session");
        m_ferry.mode = FakeFerry::Mode::Ignore;
        const Run run = runHost(frame(urlMessage(u"https://example.org/lost"_s)), true, 500);
        checkRun(run, 0, {u"error timeout"_s});
        QCOMPARE(m_ferry.calls.size(), 1); // the call arrived; only the answer never came
    }

    void serviceRefusalIsPassedOn()
    {
        if (!haveBus())
            QSKIP("no D-Bus session bus: run the tests inside dbus-run-session");
        m_ferry.mode = FakeFerry::Mode::Refuse;
        const Run run = runHost(frame(urlMessage(u"file:///etc/passwd"_s)));
        checkRun(run, 0, {u"error rejected"_s});
        if (QTest::currentTestFailed())
            return;
        const QString detail = run.replies.first().value(u"detail"_s).toString();
        QVERIFY2(detail.contains(u"org.freedesktop.DBus.Error.InvalidArgs"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"file: URLs are not downloaded"_s), qPrintable(detail));
    }

    void noSessionBus()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString nowhere = u"unix:path="_s + dir.filePath(u"no-bus-here"_s);
        checkRun(runHost(frame(urlMessage(u"https://example.org/"_s)), true, 5000, nowhere), 0,
                 {u"error no-session-bus"_s});
        QVERIFY(m_ferry.calls.isEmpty());
    }

    void manifests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("allowKey");
        QTest::addColumn<QString>("allowPattern");
        QTest::newRow("chromium") << QStringLiteral(FERRY_CHROMIUM_MANIFEST) << u"allowed_origins"_s
                                  << u"^chrome-extension://[a-p]{32}/$"_s;
        QTest::newRow("firefox") << QStringLiteral(FERRY_FIREFOX_MANIFEST) << u"allowed_extensions"_s
                                 << u"^\\S+$"_s;
    }

    // What the browsers check before they start a host: the file is named after the host, the path is absolute
    // and is where the host is installed, and the allowed list has the browser's own key and form.
    void manifests()
    {
        QFETCH(QString, path);
        QFETCH(QString, allowKey);
        QFETCH(QString, allowPattern);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QJsonParseError error;
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(manifest.value(u"name"_s).toString(), u"org.ferry.ferry"_s);
        QCOMPARE(QFileInfo(path).fileName(), manifest.value(u"name"_s).toString() + u".json"_s);
        QCOMPARE(manifest.value(u"type"_s).toString(), u"stdio"_s);
        QCOMPARE(manifest.value(u"path"_s).toString(), QStringLiteral(FERRY_NATIVE_HOST_INSTALL_PATH));
        QVERIFY(QFileInfo(manifest.value(u"path"_s).toString()).isAbsolute());
        QVERIFY(!manifest.value(u"description"_s).toString().isEmpty());
        const QJsonArray allowed = manifest.value(allowKey).toArray();
        QVERIFY(!allowed.isEmpty());
        const QRegularExpression form(allowPattern);
        for (const QJsonValue &entry : allowed)
            QVERIFY2(form.match(entry.toString()).hasMatch(), qPrintable(entry.toString()));
    }
};

QTEST_GUILESS_MAIN(TestNativeHost)
#include "tst_nativehost.moc"
