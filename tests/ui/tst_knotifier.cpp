#include "fakenotificationserver.h"
#include "notificationsample.h"
#include "knotifier.h"

#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using FerryUiTest::sampleNotification;

// The KNotifications back-end (built where KF6 is found: Debian 13) against a fake notification server on a private
// session bus. KNotifications only shows an event that ferry.notifyrc describes, so every notification that arrives
// also proves the built-in events file is found without an installation.
class TestKNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QGuiApplication::setDesktopFileName(u"org.ferry.Ferry"_s);
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run inside dbus-run-session");
    }

    void eventsFileIsBuiltIn()
    {
        QFile events(u":/knotifications6/ferry.notifyrc"_s);
        QVERIFY(events.open(QIODevice::ReadOnly));
        const QByteArray text = events.readAll();
        for (const char *event : {"[Event/transferCompleted]", "[Event/transferFailed]", "[Event/transferAborted]"})
            QVERIFY2(text.contains(event), event);
    }

    void notifyCarriesEverything()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        KNotifier notifier;
        QCOMPARE(notifier.backendName(), u"knotifications"_s);
        Notification notification = sampleNotification(u"a"_s, u"Ubuntu ISO"_s);
        notification.iconPath = u"/tmp/icon.png"_s;
        notifier.show(notification);
        QTRY_COMPARE(server.calls().size(), 1);
        const FakeNotificationServer::Call &call = server.calls().constFirst();
        // The application's name and icon come from the events file's [Global] group.
        QCOMPARE(call.appName, u"Ferry"_s);
        QCOMPARE(call.appIcon, u"org.ferry.Ferry"_s);
        QCOMPARE(call.summary, u"Ubuntu ISO"_s);
        QCOMPARE(call.body, u"3 files · 1.2 GiB"_s);
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.actionLabels(), QStringList({u"Open"_s, u"Show in Folder"_s}));
        QCOMPARE(call.labelOf(u"default"_s), u"Open"_s);
        QCOMPARE(call.hints.value(u"x-kde-eventId"_s).toString(), u"transferCompleted"_s);
        QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"org.ferry.Ferry"_s);
        QCOMPARE(call.hints.value(u"image-path"_s).toString(), u"file:///tmp/icon.png"_s);
        QCOMPARE(call.hints.value(u"category"_s).toString(), u"transfer.complete"_s);
        QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 1);
        QVERIFY(!call.hints.contains(u"transient"_s));
    }

    void quietNoticeIsTransientAndLowUrgency()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        KNotifier notifier;
        notifier.show(sampleNotification(u"q"_s, u"Aborted: x"_s, Notification::Kind::Quiet));
        QTRY_COMPARE(server.calls().size(), 1);
        notifier.show(sampleNotification(u"f"_s, u"Failed: y"_s, Notification::Kind::Failed));
        QTRY_COMPARE(server.calls().size(), 2);
        const FakeNotificationServer::Call &quiet = server.calls().at(0);
        QCOMPARE(quiet.hints.value(u"x-kde-eventId"_s).toString(), u"transferAborted"_s);
        QCOMPARE(quiet.hints.value(u"urgency"_s).toInt(), 0);
        // A byte, as the specification says: dunst ignores an int and shows the notice at normal urgency.
        QCOMPARE(quiet.hints.value(u"urgency"_s).metaType(), QMetaType::fromType<uchar>());
        QVERIFY(quiet.hints.value(u"transient"_s).toBool());
        const FakeNotificationServer::Call &failed = server.calls().at(1);
        QCOMPARE(failed.hints.value(u"x-kde-eventId"_s).toString(), u"transferFailed"_s);
        QCOMPARE(failed.hints.value(u"category"_s).toString(), u"transfer.error"_s);
        QCOMPARE(failed.hints.value(u"urgency"_s).toInt(), 1);
        QVERIFY(!failed.hints.contains(u"transient"_s));
    }

    // A notification still on screen is replaced in place, with its new words, event and actions.
    void sameKeyReplacesTheEarlierNotification()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        KNotifier notifier;
        QSignalSpy invoked(&notifier, &Notifier::actionInvoked);
        notifier.show(sampleNotification(u"job"_s, u"first"_s));
        QTRY_COMPARE(server.calls().size(), 1);
        const uint firstId = server.calls().at(0).id;
        notifier.show(sampleNotification(u"other"_s, u"another job"_s));
        QTRY_COMPARE(server.calls().size(), 2);
        Notification failed = sampleNotification(u"job"_s, u"second"_s, Notification::Kind::Failed);
        failed.actions = {{u"default"_s, u"Show"_s}, {u"retry"_s, u"Retry"_s}};
        notifier.show(failed);
        QTRY_COMPARE(server.calls().size(), 3);
        const FakeNotificationServer::Call replaced = server.calls().at(2);
        QCOMPARE(server.calls().at(1).replacesId, 0u);
        QCOMPARE(replaced.summary, u"second"_s);
        QCOMPARE(replaced.replacesId, firstId);
        QCOMPARE(replaced.id, firstId);
        QCOMPARE(replaced.hints.value(u"category"_s).toString(), u"transfer.error"_s);
        QCOMPARE(replaced.actionLabels(), QStringList({u"Show"_s, u"Retry"_s}));
        // The replaced notification's actions report the new keys, once each.
        server.invokeAction(firstId, replaced.keyOf(u"Retry"_s));
        QTRY_COMPARE(invoked.size(), 1);
        QCOMPARE(invoked.at(0).at(0).toString(), u"job"_s);
        QCOMPARE(invoked.at(0).at(1).toString(), u"retry"_s);
        QTest::qWait(100);
        QCOMPARE(invoked.size(), 1);
    }

    void actionsComeBackByKey()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        KNotifier notifier;
        QSignalSpy invoked(&notifier, &Notifier::actionInvoked);
        notifier.show(sampleNotification(u"job-a"_s, u"a"_s));
        notifier.show(sampleNotification(u"job-b"_s, u"b"_s));
        QTRY_COMPARE(server.calls().size(), 2);
        const FakeNotificationServer::Call b =
            server.calls().at(0).summary == u"b"_s ? server.calls().at(0) : server.calls().at(1);
        const FakeNotificationServer::Call a =
            server.calls().at(0).summary == u"a"_s ? server.calls().at(0) : server.calls().at(1);
        server.invokeAction(b.id, b.keyOf(u"Show in Folder"_s));
        QTRY_COMPARE(invoked.size(), 1);
        QCOMPARE(invoked.at(0).at(0).toString(), u"job-b"_s);
        QCOMPARE(invoked.at(0).at(1).toString(), u"show-in-folder"_s);
        // Another program's notification ids mean nothing to us.
        server.invokeAction(999, u"default"_s);
        server.invokeAction(a.id, u"default"_s);
        QTRY_COMPARE(invoked.size(), 2);
        QCOMPARE(invoked.at(1).at(0).toString(), u"job-a"_s);
        QCOMPARE(invoked.at(1).at(1).toString(), u"default"_s);
    }

    // Once the user closed it, a new notification for the key is a new one, not a replacement.
    void closedNotificationIsNotReplaced()
    {
        FakeNotificationServer server;
        QVERIFY(server.isReady());
        KNotifier notifier;
        notifier.show(sampleNotification(u"job"_s, u"first"_s));
        QTRY_COMPARE(server.calls().size(), 1);
        // KNotifications learns the id from the server's answer; closing before that would go unnoticed.
        QTest::qWait(50);
        server.close(server.calls().at(0).id);
        QTest::qWait(50);
        notifier.show(sampleNotification(u"job"_s, u"again"_s));
        QTRY_COMPARE(server.calls().size(), 2);
        QCOMPARE(server.calls().at(1).summary, u"again"_s);
        QCOMPARE(server.calls().at(1).replacesId, 0u);
    }
};

QTEST_MAIN(TestKNotifier)
#include "tst_knotifier.moc"
