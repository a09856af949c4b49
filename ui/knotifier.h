#pragma once

#include "notifier.h"

#include <QHash>
#include <QPointer>

class KNotification;

namespace Ferry {

// Notifications through KDE Frameworks 6 (KNotifications), with the events described in ferry.notifyrc so users can
// tune them in System Settings. Only built when CMake finds KF6Notifications, which Debian 12 does not package:
// this back-end is not tested on the platform Ferry is developed on.
class KNotifier final : public Notifier
{
    Q_OBJECT

public:
    explicit KNotifier(QObject *parent = nullptr);
    ~KNotifier() override;

    void show(const Notification &notification) override;
    QString backendName() const override;

private:
    QHash<QString, QPointer<KNotification>> m_shown; // by key, so a new one replaces the old
};

} // namespace Ferry
