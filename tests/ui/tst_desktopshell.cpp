#include "coreharness.h"
#include "desktopopener.h"
#include "desktopshell.h"
#include "fakenotificationserver.h"
#include "jobnotifications.h"
#include "mainwindow.h"
#include "registrationmodel.h"
#include "registrationview.h"
#include "traycontroller.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QTimer>

#include <csignal>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

namespace {

// What `ferry` picks when the session bus has a notification server.
#ifdef FERRY_HAVE_KNOTIFICATIONS
const QString expectedBackend = u"knotifications"_s;
#else
const QString expectedBackend = u"freedesktop"_s;
#endif

// Records what would be opened instead of starting applications.
class RecordingOpener final : public DesktopOpener
{
public:
    void open(const QStringList &files) override { opened.append(files); }
    void showInFolder(const QStringList &paths) override { shown.append(paths); }

    QList<QStringList> opened;
    QList<QStringList> shown;
};

} // namespace

// The front end put together, as `ferry` builds it, under a private D-Bus session with a fake notification server
// (issue 6's "done when"): one notification per finished registration, its actions, the default click handler,
// Retry, and the tray's Open.
class TestDesktopShell final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const QString &settingsPath, bool notifications = true, bool useTray = true)
            : settings(settingsPath, QSettings::IniFormat)
        {
            preferences.downloadFolder = h.downloads();
            preferences.notifications = notifications;
            DesktopShell::Options options;
            options.opener = &opener;
            options.useTray = useTray;
            shell = std::make_unique<DesktopShell>(h.manager(), settings, preferences, options);
        }

        FakeNotificationServer server;
        CoreHarness h;
        QSettings settings;
        Preferences preferences;
        RecordingOpener opener;
        std::unique_ptr<DesktopShell> shell;
    };

    static Route literal(const QByteArray &body)
    {
        Route route;
        route.body = body;
        return route;
    }

    // Runs the application's event loop, as ferry's main() does, with `act` as its first step; returns the exit
    // code, or -1 when the loop did not end within two seconds (a Quit that does not quit).
    static int runEventLoop(const std::function<void()> &act)
    {
        bool timedOut = false;
        QTimer watchdog;
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, qApp, [&timedOut] {
            timedOut = true;
            QCoreApplication::exit(-1);
        });
        watchdog.start(2000);
        QTimer::singleShot(0, qApp, act);
        const int code = QCoreApplication::exec();
        return timedOut ? -1 : code;
    }

    QString settingsPath(const QString &name) const { return m_dir.filePath(name + u".conf"_s); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
        QVERIFY(m_dir.isValid());
    }

    // Done when: exactly one notification with Open and Show in folder, and its default action opens the file.
    void finishedRegistrationNotifiesOnceAndOpensTheFile()
    {
        Fixture f(settingsPath(u"once"_s));
        QVERIFY(f.server.isReady() && f.h.isReady());
        QCOMPARE(f.shell->notifier()->backendName(), expectedBackend);
        f.h.server().setRoute(u"/report.pdf"_s, literal("%PDF-1.7 Background Fetch"));
        QSignalSpy success(&f.h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        FetchOptions options;
        options.title = u"Quarterly report"_s;
        const RegistrationPtr registration =
            f.h.fetch(u"report"_s, {FetchRequest(f.h.server().url(u"/report.pdf"_s).toString())}, options);
        QVERIFY(registration);
        QTRY_COMPARE(success.size(), 1);
        QTRY_COMPARE(f.server.calls().size(), 1);

        const FakeNotificationServer::Call call = f.server.calls().constFirst();
        QCOMPARE(call.summary, u"Quarterly report finished"_s);
        QCOMPARE(call.body, u"report.pdf · 25 bytes"_s);
        QCOMPARE(call.actionLabels(), QStringList({u"Open"_s, u"Show in Folder"_s}));
        QCOMPARE(call.labelOf(u"default"_s), u"Open"_s);
        QCOMPARE(call.replacesId, 0u);

        f.server.invokeAction(call.id, u"default"_s);
        const QString file = QDir(f.h.downloads()).filePath(u"report.pdf"_s);
        QTRY_COMPARE(f.opener.opened.size(), 1);
        QCOMPARE(f.opener.opened.constFirst(), QStringList{file});
        // Opening neither changes the registration nor notifies again.
        QCOMPARE(registration->result(), FetchResult::Success);
        QCOMPARE(f.server.calls().size(), 1);
    }

    // Issue 14, item 9: a batch of downloads that end together is one notification that counts them (it takes the
    // place of the first one), never a pile; its Show raises the window and Retry Failed retries only the failures.
    void aBatchIsOneNotification()
    {
        Fixture f(settingsPath(u"batch"_s));
        QVERIFY(f.server.isReady() && f.h.isReady());
        QSignalSpy ended(&f.h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QSignalSpy failed(&f.h.manager(), &BackgroundFetchManager::backgroundFetchFail);
        Route missing;
        missing.status = 404;
        missing.body = "no such file";
        f.h.server().setRoute(u"/missing.bin"_s, missing);
        for (int i = 0; i < 6; ++i) {
            const QString path = u"/file%1.txt"_s.arg(i);
            f.h.server().setRoute(path, literal("batch member"));
            QVERIFY(f.h.fetch(u"b%1"_s.arg(i), {FetchRequest(f.h.server().url(path).toString())}));
        }
        QVERIFY(f.h.fetch(u"gone"_s, {FetchRequest(f.h.server().url(u"/missing.bin"_s).toString())}));
        QTRY_COMPARE(ended.size() + failed.size(), 7);
        QTRY_VERIFY(!f.server.calls().isEmpty());
        QTest::qWait(300);
        const QList<FakeNotificationServer::Call> calls = f.server.calls();
        // Every call after the first replaces the first: one notification on screen.
        const uint first = calls.constFirst().id;
        for (qsizetype i = 1; i < calls.size(); ++i)
            QCOMPARE(calls.at(i).replacesId, first);
        QCOMPARE(calls.constLast().summary, u"7 downloads ended, 1 failed"_s);
        QVERIFY2(calls.constLast().body.contains(u"and 4 more"_s), qPrintable(calls.constLast().body));
        QCOMPARE(calls.constLast().actionLabels(), QStringList({u"Show"_s, u"Retry Failed"_s}));
        QCOMPARE(calls.constLast().labelOf(u"default"_s), u"Show"_s);

        // Only the failure runs again (and fails again: the file is still missing). The action closed the batch's
        // notification, so the new failure has one of its own, whose click raises the window.
        f.server.invokeAction(first, calls.constLast().keyOf(u"Retry Failed"_s));
        QTRY_COMPARE(failed.size(), 2);
        QTRY_COMPARE(f.server.calls().size(), calls.size() + 1);
        QCOMPARE(ended.size(), 6);
        const FakeNotificationServer::Call again = f.server.calls().constLast();
        QCOMPARE(again.replacesId, 0u);
        QCOMPARE(again.summary, u"missing.bin failed"_s);
        f.shell->window()->hide();
        f.server.invokeAction(again.id, u"default"_s);
        QTRY_VERIFY(f.shell->window()->isVisible());
    }

    // Several files open their folder with the files selected: the opener gets every file.
    void severalFilesOpenTogether()
    {
        Fixture f(settingsPath(u"several"_s));
        QVERIFY(f.server.isReady() && f.h.isReady());
        f.h.server().setRoute(u"/a.txt"_s, literal("first file"));
        f.h.server().setRoute(u"/b.txt"_s, literal("second file"));
        const RegistrationPtr registration = f.h.fetch(
            u"pair"_s, {FetchRequest(f.h.server().url(u"/a.txt"_s).toString()),
                        FetchRequest(f.h.server().url(u"/b.txt"_s).toString())});
        QVERIFY(registration);
        QTRY_COMPARE(f.server.calls().size(), 1);
        QCOMPARE(f.server.calls().at(0).body, u"2 files · 21 bytes"_s);
        f.server.invokeAction(f.server.calls().at(0).id, u"default"_s);
        QTRY_COMPARE(f.opener.opened.size(), 1);
        const QDir downloads(f.h.downloads());
        QCOMPARE(f.opener.opened.constFirst(),
                 QStringList({downloads.filePath(u"a.txt"_s), downloads.filePath(u"b.txt"_s)}));

        // Open ended that notification; the same pair again shows its folder with both files selected.
        QVERIFY(f.h.fetch(u"pair"_s, {FetchRequest(f.h.server().url(u"/a.txt"_s).toString()),
                                      FetchRequest(f.h.server().url(u"/b.txt"_s).toString())}));
        QTRY_COMPARE(f.server.calls().size(), 2);
        const FakeNotificationServer::Call second = f.server.calls().at(1);
        f.server.invokeAction(second.id, second.keyOf(u"Show in Folder"_s));
        QTRY_COMPARE(f.opener.shown.size(), 1);
        QCOMPARE(f.opener.shown.constFirst(),
                 QStringList({downloads.filePath(u"a (1).txt"_s), downloads.filePath(u"b (1).txt"_s)}));
    }

    // A failure says why in words and offers Retry, which starts a new registration of the same requests.
    void failureOffersRetry()
    {
        Fixture f(settingsPath(u"retry"_s));
        QVERIFY(f.server.isReady() && f.h.isReady());
        QSignalSpy fail(&f.h.manager(), &BackgroundFetchManager::backgroundFetchFail);
        QSignalSpy added(&f.h.manager(), &BackgroundFetchManager::registrationAdded);
        const RegistrationPtr first =
            f.h.fetch(u"missing"_s, {FetchRequest(f.h.server().url(u"/missing.iso"_s).toString())});
        QVERIFY(first);
        QTRY_COMPARE(fail.size(), 1);
        QTRY_COMPARE(f.server.calls().size(), 1);
        const FakeNotificationServer::Call call = f.server.calls().constFirst();
        QCOMPARE(call.summary, u"missing.iso failed"_s);
        QCOMPARE(call.body, u"The server has no such file (404)"_s);
        QCOMPARE(call.hints.value(u"category"_s).toString(), u"transfer.error"_s);
        QVERIFY(call.actionLabels().contains(u"Retry"_s));

        f.server.invokeAction(call.id, call.keyOf(u"Retry"_s));
        QTRY_COMPARE(added.size(), 2);
        const RegistrationPtr retried = added.at(1).at(0).value<RegistrationPtr>();
        QVERIFY(retried);
        QVERIFY(retried->uniqueId() != first->uniqueId());
        QCOMPARE(f.h.manager().historyCount(), 2);
        // The retry fails too (the file is still missing): its notification is its own, not a replacement.
        QTRY_COMPARE(f.server.calls().size(), 2);
        QCOMPARE(f.server.calls().at(1).replacesId, 0u);
    }

    // A plain click on a failure shows the registration in the window instead of opening anything.
    void clickOnAFailureShowsItInTheWindow()
    {
        Fixture f(settingsPath(u"show"_s));
        QVERIFY(f.server.isReady() && f.h.isReady());
        const RegistrationPtr registration =
            f.h.fetch(u"gone"_s, {FetchRequest(f.h.server().url(u"/gone.bin"_s).toString())});
        QVERIFY(registration);
        QTRY_COMPARE(f.server.calls().size(), 1);
        QVERIFY(!f.shell->window()->isVisible());
        f.server.invokeAction(f.server.calls().at(0).id, u"default"_s);
        QTRY_VERIFY(f.shell->window()->isVisible());
        const QModelIndex current = f.shell->window()->view()->currentIndex();
        QCOMPARE(current.data(RegistrationModel::UuidRole).toString(), registration->uniqueId());
        QVERIFY(f.opener.opened.isEmpty());
    }

    void abortIsAQuietNotice()
    {
        Fixture f(settingsPath(u"abort"_s));
        QVERIFY(f.server.isReady() && f.h.isReady());
        Route slow;
        slow.generatedSize = 8 * 1024 * 1024;
        slow.trickleBytes = 4096;
        slow.trickleIntervalMs = 20;
        f.h.server().setRoute(u"/big.iso"_s, slow);
        const RegistrationPtr registration =
            f.h.fetch(u"big"_s, {FetchRequest(f.h.server().url(u"/big.iso"_s).toString())});
        QVERIFY(registration);
        QTRY_VERIFY(registration->downloaded() > 0);
        QVERIFY(registration->abort().result());
        QTRY_COMPARE(f.server.calls().size(), 1);
        const FakeNotificationServer::Call call = f.server.calls().constFirst();
        // Untitled: named after its file (issue 14, item 5).
        QCOMPARE(call.summary, u"big.iso aborted"_s);
        QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 0);
        QVERIFY(call.hints.value(u"transient"_s).toBool());
        QVERIFY(!call.actionLabels().contains(u"Retry"_s));
    }

    void notificationsCanBeTurnedOff()
    {
        Fixture f(settingsPath(u"off"_s), false);
        QVERIFY(f.server.isReady() && f.h.isReady());
        f.h.server().setRoute(u"/quiet.txt"_s, literal("shh"));
        QSignalSpy success(&f.h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QVERIFY(f.h.fetch(u"quiet"_s, {FetchRequest(f.h.server().url(u"/quiet.txt"_s).toString())}));
        QTRY_COMPARE(success.size(), 1);
        // A second, notified registration proves the first one's notification was not merely late.
        f.shell->notifications()->setEnabled(true);
        QVERIFY(f.h.fetch(u"loud"_s, {FetchRequest(f.h.server().url(u"/quiet.txt?2"_s).toString())}));
        QTRY_COMPARE(f.server.calls().size(), 1);
        QCOMPARE(f.server.calls().at(0).summary, u"quiet (1).txt finished"_s);
    }

    // With a tray, closing the window hides it and Ferry runs on; the hint about it comes once.
    void closingHidesToTheTray()
    {
        Fixture f(settingsPath(u"close"_s));
        QVERIFY(f.h.isReady());
        f.shell->start();
        QVERIFY(f.shell->window()->isVisible());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QVERIFY(!f.settings.value(u"tray/closeHintShown"_s).toBool());
        QVERIFY(!f.shell->window()->close());
        QVERIFY(!f.shell->window()->isVisible());
        QVERIFY(f.settings.value(u"tray/closeHintShown"_s).toBool());
        f.shell->raiseWindow();
        QVERIFY(f.shell->window()->isVisible());
    }

    // Without a tray the window is the program: it closes, and closing the last window quits.
    void withoutATrayClosingQuits()
    {
        Fixture f(settingsPath(u"notray"_s), true, false);
        QVERIFY(f.h.isReady());
        QVERIFY(!f.shell->tray());
        f.shell->start();
        QVERIFY(f.shell->window()->isVisible());
        QVERIFY(QApplication::quitOnLastWindowClosed());
        QVERIFY(f.shell->window()->close());
        QVERIFY(!f.shell->window()->isVisible());
    }

    // Issue 14, item 2: File → Quit and the tray's Quit end the program although closing the window only hides it
    // (Qt's own quit() asks the window to close, which it refuses with a tray), also with a dialog open.
    void quitEndsFerryWithATray()
    {
        Fixture f(settingsPath(u"quit"_s));
        QVERIFY(f.h.isReady());
        f.shell->start();
        QVERIFY(f.shell->window()->hidesOnClose());
        QCOMPARE(runEventLoop([&f] { f.shell->window()->actions()->quit->trigger(); }), 0);
        QVERIFY(!f.shell->window()->isVisible());
        QVERIFY(f.settings.contains(u"window/geometry"_s));

        f.shell->start();
        QAction *trayQuit = nullptr;
        const QList<QAction *> actions = f.shell->tray()->menu()->actions();
        for (QAction *action : actions) {
            if (action->text() == u"&Quit"_s)
                trayQuit = action;
        }
        QVERIFY(trayQuit);
        QCOMPARE(runEventLoop([trayQuit] { trayQuit->trigger(); }), 0);
        QVERIFY(!f.shell->window()->isVisible());

        // With the settings dialog open (its own event loop), Quit from the tray still ends both loops.
        f.shell->start();
        const int code = runEventLoop([&f, trayQuit] {
            QTimer::singleShot(100, trayQuit, &QAction::trigger);
            f.shell->window()->showSettingsDialog();
        });
        QCOMPARE(code, 0);
        // A signal's exit status is the shell's: 128 + its number.
        f.shell->start();
        QCOMPARE(runEventLoop([&f] { f.shell->quit(128 + SIGTERM); }), 143);
    }

    // Without a tray, closing the last window ends the program.
    void withoutATrayClosingTheWindowEndsFerry()
    {
        Fixture f(settingsPath(u"notrayloop"_s), true, false);
        QVERIFY(f.h.isReady());
        f.shell->start();
        QCOMPARE(runEventLoop([&f] { f.shell->window()->close(); }), 0);
        QVERIFY(!f.shell->window()->isVisible());
    }

    // The tray's Open on a finished registration is the same click: the file opens.
    void trayOpenIsAClick()
    {
        Fixture f(settingsPath(u"tray"_s));
        QVERIFY(f.server.isReady() && f.h.isReady());
        QVERIFY(f.shell->tray());
        f.h.server().setRoute(u"/song.ogg"_s, literal("OggS"));
        QSignalSpy clicks(&f.h.manager(), &BackgroundFetchManager::backgroundFetchClick);
        const RegistrationPtr registration =
            f.h.fetch(u"song"_s, {FetchRequest(f.h.server().url(u"/song.ogg"_s).toString())});
        QVERIFY(registration);
        QTRY_COMPARE(registration->result(), FetchResult::Success);
        QMenu *submenu = f.shell->tray()->submenuFor(registration->uniqueId());
        QVERIFY(submenu);
        QAction *open = nullptr;
        const QList<QAction *> actions = submenu->actions();
        for (QAction *action : actions) {
            if (action->isVisible() && action->text() == u"&Open"_s)
                open = action;
        }
        QVERIFY(open);
        open->trigger();
        QCOMPARE(clicks.size(), 1);
        QCOMPARE(f.opener.opened.size(), 1);
        QCOMPARE(f.opener.opened.constFirst(), QStringList{QDir(f.h.downloads()).filePath(u"song.ogg"_s)});
    }
};

QTEST_MAIN(TestDesktopShell)
#include "tst_desktopshell.moc"
