#include "freedesktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

const QString objectPath = u"/org/freedesktop/Notifications"_s;

// The shared hints, and the desktop entry that KNotifications adds by itself.
QVariantMap hintsFor(const Notification &notification)
{
    QVariantMap hints = notification.hints();
    const QString desktopEntry = QGuiApplication::desktopFileName();
    if (!desktopEntry.isEmpty())
        hints.insert(u"desktop-entry"_s, desktopEntry);
    return hints;
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QDBusConnection bus, QObject *parent) : Notifier(parent), m_bus(std::move(bus))
{
    // Signals from any sender: the server's unique name changes when it is restarted.
    m_bus.connect(QString(), objectPath, service.toString(), u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), objectPath, service.toString(), u"NotificationClosed"_s, this,
                  SLOT(onClosed(uint, uint)));
}

bool FreedesktopNotifier::isAvailable(QDBusConnection bus)
{
    QDBusConnectionInterface *daemon = bus.isConnected() ? bus.interface() : nullptr;
    if (!daemon)
        return false;
    const QString name = service.toString();
    return daemon->isServiceRegistered(name).value() || daemon->activatableServiceNames().value().contains(name);
}

QString FreedesktopNotifier::backendName() const
{
    return u"freedesktop"_s;
}

void FreedesktopNotifier::show(const Notification &notification)
{
    auto waiting = m_waiting.find(notification.key);
    if (waiting != m_waiting.end()) {
        // The server has not told us the id to replace yet; only the newest notification is worth showing.
        *waiting = notification;
        return;
    }
    send(notification);
}

void FreedesktopNotifier::send(const Notification &notification)
{
    QStringList actions;
    for (const Notification::Action &action : notification.actions)
        actions << action.key << action.label;
    const QString appIcon = QGuiApplication::desktopFileName();
    QDBusMessage call = QDBusMessage::createMethodCall(service.toString(), objectPath, service.toString(), u"Notify"_s);
    call << QGuiApplication::applicationDisplayName() << m_idByKey.value(notification.key, 0u) << appIcon
         << notification.summary << notification.body << actions << hintsFor(notification) << qint32(-1);
    m_waiting.insert(notification.key, std::nullopt);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString key = notification.key;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *self) {
        self->deleteLater();
        const QDBusPendingReply<uint> reply = *self;
        if (reply.isError()) {
            qWarning("ferry: the notification server refused a notification: %s",
                     qPrintable(reply.error().message()));
            sent(key, 0);
        } else {
            sent(key, reply.value());
        }
    });
}

void FreedesktopNotifier::sent(const QString &key, uint id)
{
    if (id != 0) {
        const uint previous = m_idByKey.value(key, 0u);
        if (previous != id)
            m_keyById.remove(previous);
        m_idByKey.insert(key, id);
        m_keyById.insert(id, key);
    }
    const std::optional<Notification> next = m_waiting.take(key);
    if (next)
        send(*next);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto key = m_keyById.constFind(id);
    if (key != m_keyById.cend())
        Q_EMIT actionInvoked(*key, action);
}

void FreedesktopNotifier::onClosed(uint id, uint)
{
    const QString key = m_keyById.take(id);
    if (!key.isEmpty() && m_idByKey.value(key) == id)
        m_idByKey.remove(key);
}

} // namespace Ferry
