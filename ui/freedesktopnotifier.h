#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QHash>

#include <optional>

namespace Ferry {

// Notifications through org.freedesktop.Notifications over QtDBus, with actions. Every call is asynchronous, so a
// slow or missing notification server never blocks the window. A notification replaces the earlier one with the
// same key through replaces_id; while the server has not yet answered with the id of the earlier one, the newer
// notification waits, so two never end up side by side.
class FreedesktopNotifier final : public Notifier
{
    Q_OBJECT

public:
    static constexpr QStringView service = u"org.freedesktop.Notifications";

    explicit FreedesktopNotifier(QDBusConnection bus, QObject *parent = nullptr);

    // Whether a notification server runs on `bus` or can be started by it.
    static bool isAvailable(QDBusConnection bus);

    void show(const Notification &notification) override;
    QString backendName() const override;
    // Whether a notification with this key is on screen, as far as the server told us.
    bool isShowing(const QString &key) const { return m_idByKey.contains(key); }

private:
    void send(const Notification &notification);
    void sent(const QString &key, uint id);

private Q_SLOTS:
    // Connected by name through QDBusConnection::connect(), which needs slots.
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:

    QDBusConnection m_bus;
    QHash<QString, uint> m_idByKey;  // notifications on screen, by key
    QHash<uint, QString> m_keyById;
    QHash<QString, std::optional<Notification>> m_waiting; // keys with a Notify call in flight, and what comes next
};

} // namespace Ferry
