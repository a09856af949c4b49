#include "coreharness.h"
#include "desktopopener.h"
#include "desktopshell.h"
#include "fakenotificationserver.h"
#include "jobnotifications.h"
#include "mainwindow.h"
#include "registrationmodel.h"
#include "registrationview.h"
#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

namespace {

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
        QCOMPARE(f.shell->notifier()->backendName(), u"freedesktop"_s);
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
        QCOMPARE(call.summary, u"Quarterly report"_s);
        QCOMPARE(call.body, u"report.pdf · 25 bytes"_s);
        QCOMPARE(call.actionKeys(), QStringList({u"default"_s, u"show-in-folder"_s}));
        QCOMPARE(call.labelOf(u"default"_s), u"Open"_s);
        QCOMPARE(call.labelOf(u"show-in-folder"_s), u"Show in Folder"_s);
        QCOMPARE(call.replacesId, 0u);

        f.server.invokeAction(call.id, u"default"_s);
        const QString file = QDir(f.h.downloads()).filePath(u"report.pdf"_s);
        QTRY_COMPARE(f.opener.opened.size(), 1);
        QCOMPARE(f.opener.opened.constFirst(), QStringList{file});
        // Opening neither changes the registration nor notifies again.
        QCOMPARE(registration->result(), FetchResult::Success);
        QCOMPARE(f.server.calls().size(), 1);
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

        f.server.invokeAction(f.server.calls().at(0).id, u"show-in-folder"_s);
        QTRY_COMPARE(f.opener.shown.size(), 1);
        QCOMPARE(f.opener.shown.constFirst(), f.opener.opened.constFirst());
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
        QCOMPARE(call.summary, u"Failed: missing"_s);
        QCOMPARE(call.body, u"The server answered 404 Not Found"_s);
        QCOMPARE(call.hints.value(u"category"_s).toString(), u"transfer.error"_s);
        QVERIFY(call.actionKeys().contains(u"retry"_s));
        QCOMPARE(call.labelOf(u"retry"_s), u"Retry"_s);

        f.server.invokeAction(call.id, u"retry"_s);
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
        QCOMPARE(call.summary, u"Aborted: big"_s);
        QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 0);
        QVERIFY(call.hints.value(u"transient"_s).toBool());
        QVERIFY(!call.actionKeys().contains(u"retry"_s));
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
        QCOMPARE(f.server.calls().at(0).summary, u"loud"_s);
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
