#include "traynotifier.h"

#include <QIcon>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr int messageMs = 8000;

} // namespace

TrayNotifier::TrayNotifier(QSystemTrayIcon &tray, QObject *parent) : Notifier(parent), m_tray(&tray)
{
    connect(&tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastKey.isEmpty())
            Q_EMIT actionInvoked(m_lastKey, Notification::defaultAction.toString());
    });
}

void TrayNotifier::show(const Notification &notification)
{
    if (!m_tray || !m_tray->isVisible())
        return;
    m_lastKey = notification.key;
    const QIcon icon = notification.iconPath.isEmpty() ? QIcon() : QIcon(notification.iconPath);
    if (!icon.isNull()) {
        m_tray->showMessage(notification.summary, notification.body, icon, messageMs);
        return;
    }
    m_tray->showMessage(notification.summary, notification.body,
                        notification.kind == Notification::Kind::Failed ? QSystemTrayIcon::Warning
                                                                        : QSystemTrayIcon::Information,
                        messageMs);
}

QString TrayNotifier::backendName() const
{
    return u"tray"_s;
}

} // namespace Ferry
