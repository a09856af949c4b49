#pragma once

#include "notifier.h"

#include <QHash>
#include <QPointer>

class KNotification;

namespace Ferry {

// Notifications through KDE Frameworks 6 (KNotifications), with the events described in ferry.notifyrc so users can
// tune them in System Settings. Built wherever CMake finds KF6Notifications (not on Debian 12); tested on Debian 13
// against a fake notification server, by tst_knotifier and tst_desktopshell.
class KNotifier final : public Notifier
{
    Q_OBJECT

public:
    explicit KNotifier(QObject *parent = nullptr);
    ~KNotifier() override;

    void show(const Notification &notification) override;
    QString backendName() const override;

private:
    QHash<QString, QPointer<KNotification>> m_shown; // by key, so a new one replaces the old; null once closed
};

} // namespace Ferry
