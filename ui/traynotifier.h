#pragma once

#include "notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace Ferry {

// The last fallback: the tray icon's balloon messages. They have no buttons, so a click on the message is the
// default action of the newest one, and each message replaces the previous one anyway.
class TrayNotifier final : public Notifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(QSystemTrayIcon &tray, QObject *parent = nullptr);

    void show(const Notification &notification) override;
    QString backendName() const override;

private:
    QPointer<QSystemTrayIcon> m_tray;
    QString m_lastKey;
};

} // namespace Ferry
