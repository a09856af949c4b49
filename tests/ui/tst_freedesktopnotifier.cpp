#include "fakenotificationserver.h"
#include "notificationsample.h"
#include "freedesktopnotifier.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using FerryUiTest::sampleNotification;

// The org.freedesktop.Notifications back-end against a fake server on a private session bus: what Notify carries,
// replacing through replaces_id (also while the server is slow to answer), and actions mapped back to keys.
class TestFreedesktopNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QGuiApplication::setDesktopFileName(u"org.ferry.Ferry"_s);
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
    }

    void unavailableWithoutAServer()
    {
        QVERIFY(!FreedesktopNotifier::isAvailable(QDBusConnection::sessionBus()));
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        QVERIFY(FreedesktopNotifier::isAvailable(QDBusConnection::sessionBus()));
    }

    void notifyCarriesEverything()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        FreedesktopNotifier notifier(QDBusConnection::sessionBus());
        Notification notification = sampleNotification(u"a"_s, u"Ubuntu ISO"_s);
        notification.iconPath = u"/tmp/icon.png"_s;
        notifier.show(notification);
        QTRY_COMPARE(server.calls().size(), 1);
        const FakeNotificationServer::Call &call = server.calls().constFirst();
        QCOMPARE(call.summary, u"Ubuntu ISO"_s);
        QCOMPARE(call.body, u"3 files · 1.2 GiB"_s);
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.appIcon, u"org.ferry.Ferry"_s);
        QCOMPARE(call.actions, QStringList({u"default"_s, u"Open"_s, u"show-in-folder"_s, u"Show in Folder"_s}));
        QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"org.ferry.Ferry"_s);
        QCOMPARE(call.hints.value(u"image-path"_s).toString(), u"file:///tmp/icon.png"_s);
        QCOMPARE(call.hints.value(u"category"_s).toString(), u"transfer.complete"_s);
        QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 1);
        QCOMPARE(call.timeout, -1);
    }

    void quietNoticeIsTransientAndLowUrgency()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        FreedesktopNotifier notifier(QDBusConnection::sessionBus());
        notifier.show(sampleNotification(u"q"_s, u"Aborted: x"_s, Notification::Kind::Quiet));
        notifier.show(sampleNotification(u"f"_s, u"Failed: y"_s, Notification::Kind::Failed));
        QTRY_COMPARE(server.calls().size(), 2);
        QCOMPARE(server.calls().at(0).hints.value(u"urgency"_s).toInt(), 0);
        QCOMPARE(server.calls().at(0).hints.value(u"urgency"_s).metaType(), QMetaType::fromType<uchar>());
        QVERIFY(server.calls().at(0).hints.value(u"transient"_s).toBool());
        QCOMPARE(server.calls().at(1).hints.value(u"category"_s).toString(), u"transfer.error"_s);
        QVERIFY(!server.calls().at(1).hints.contains(u"transient"_s));
    }

    void sameKeyReplacesTheEarlierNotification()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        FreedesktopNotifier notifier(QDBusConnection::sessionBus());
        notifier.show(sampleNotification(u"job"_s, u"first"_s));
        QTRY_COMPARE(server.calls().size(), 1);
        const uint firstId = server.calls().at(0).id;
        QTRY_VERIFY(notifier.isShowing(u"job"_s));
        notifier.show(sampleNotification(u"other"_s, u"another job"_s));
        notifier.show(sampleNotification(u"job"_s, u"second"_s));
        QTRY_COMPARE(server.calls().size(), 3);
        QCOMPARE(server.calls().at(1).replacesId, 0u);
        QCOMPARE(server.calls().at(2).summary, u"second"_s);
        QCOMPARE(server.calls().at(2).replacesId, firstId);
    }

    // A notification shown while the server has not yet answered the previous one for the same key waits for that
    // answer, then replaces it; of several waiting, only the newest is sent.
    void slowServerStillReplaces()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        server.holdReplies(true);
        FreedesktopNotifier notifier(QDBusConnection::sessionBus());
        notifier.show(sampleNotification(u"job"_s, u"first"_s));
        QTRY_COMPARE(server.calls().size(), 1);
        notifier.show(sampleNotification(u"job"_s, u"second"_s));
        notifier.show(sampleNotification(u"job"_s, u"third"_s));
        QCoreApplication::processEvents();
        QCOMPARE(server.calls().size(), 1);
        server.releaseReplies();
        QTRY_COMPARE(server.calls().size(), 2);
        QCOMPARE(server.calls().at(1).summary, u"third"_s);
        QCOMPARE(server.calls().at(1).replacesId, server.calls().at(0).id);
    }

    void actionsComeBackByKey()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        FreedesktopNotifier notifier(QDBusConnection::sessionBus());
        QSignalSpy invoked(&notifier, &Notifier::actionInvoked);
        notifier.show(sampleNotification(u"job-a"_s, u"a"_s));
        notifier.show(sampleNotification(u"job-b"_s, u"b"_s));
        QTRY_COMPARE(server.calls().size(), 2);
        server.invokeAction(server.calls().at(1).id, u"show-in-folder"_s);
        QTRY_COMPARE(invoked.size(), 1);
        QCOMPARE(invoked.at(0).at(0).toString(), u"job-b"_s);
        QCOMPARE(invoked.at(0).at(1).toString(), u"show-in-folder"_s);
        // Another program's notification ids mean nothing to us.
        server.invokeAction(999, u"default"_s);
        server.invokeAction(server.calls().at(0).id, u"default"_s);
        QTRY_COMPARE(invoked.size(), 2);
        QCOMPARE(invoked.at(1).at(0).toString(), u"job-a"_s);
        QCOMPARE(invoked.at(1).at(1).toString(), u"default"_s);
    }

    // Once the user closed it, a new notification for the key is a new one, not a replacement.
    void closedNotificationIsNotReplaced()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        FreedesktopNotifier notifier(QDBusConnection::sessionBus());
        QSignalSpy invoked(&notifier, &Notifier::actionInvoked);
        notifier.show(sampleNotification(u"job"_s, u"first"_s));
        QTRY_COMPARE(server.calls().size(), 1);
        const uint id = server.calls().at(0).id;
        QTRY_VERIFY(notifier.isShowing(u"job"_s));
        server.close(id);
        QTRY_VERIFY(!notifier.isShowing(u"job"_s));
        // A late action for the closed notification is ignored.
        server.invokeAction(id, u"default"_s);
        notifier.show(sampleNotification(u"job"_s, u"again"_s));
        QTRY_COMPARE(server.calls().size(), 2);
        QCOMPARE(server.calls().at(1).replacesId, 0u);
        // The server sent the action before its answer to the new Notify, and one connection keeps its order.
        QTRY_VERIFY(notifier.isShowing(u"job"_s));
        QCOMPARE(invoked.size(), 0);
    }
};

QTEST_MAIN(TestFreedesktopNotifier)
#include "tst_freedesktopnotifier.moc"
