#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace FerryTest {

// A stand-in for the desktop's notification daemon: owns org.freedesktop.Notifications on the session bus (a
// private one: tests using it run inside dbus-run-session), records every Notify call, and emits ActionInvoked and
// NotificationClosed on demand. It talks over a connection of its own, so calls from the code under test travel
// through the bus daemon as they would to a real server.
class FakeNotificationServer final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions; // key, label, key, label...
        QVariantMap hints;
        int timeout = 0;
        uint id = 0; // what the server answered

        // The labels by key, for readable assertions.
        QString labelOf(const QString &key) const;
        QStringList actionKeys() const;
        // By label, for tests that hold for every back-end: only "default" is the same key everywhere (KNotifications
        // numbers the other actions).
        QStringList actionLabels() const;
        QString keyOf(const QString &label) const;
    };

    FakeNotificationServer();
    ~FakeNotificationServer() override;

    // Whether the name and the object were registered.
    bool isReady() const { return m_ready; }
    const QList<Call> &calls() const { return m_calls; }

    // While held, Notify calls are recorded but answered only by releaseReplies(): a slow server.
    void holdReplies(bool hold) { m_holding = hold; }
    void releaseReplies();

    // ActionInvoked, then NotificationClosed unless the notification has the "resident" hint, as real servers do.
    void invokeAction(uint id, const QString &key);
    // Reason 2: dismissed by the user.
    void close(uint id, uint reason = 2);

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
    QStringList GetCapabilities() const;
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const;
    void CloseNotification(uint id);

private:
    void emitSignal(const QString &name, const QVariantList &arguments);

    QDBusConnection m_bus;
    QList<Call> m_calls;
    QList<std::pair<QDBusMessage, uint>> m_held;
    QSet<uint> m_open;
    QSet<uint> m_resident;
    uint m_nextId = 1;
    bool m_holding = false;
    bool m_ready = false;
};

} // namespace FerryTest
