#include "notifierchoice.h"

#include "freedesktopnotifier.h"
#include "traynotifier.h"
#ifdef FERRY_HAVE_KNOTIFICATIONS
#include "knotifier.h"
#endif

#include <QSystemTrayIcon>

namespace Ferry {

std::unique_ptr<Notifier> chooseNotifier(QSystemTrayIcon *tray)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (FreedesktopNotifier::isAvailable(bus)) {
#ifdef FERRY_HAVE_KNOTIFICATIONS
        // KNotifications reaches the same service (or the portal, in a sandbox) and adds the user's per-event
        // settings from ferry.notifyrc.
        return std::make_unique<KNotifier>();
#else
        return std::make_unique<FreedesktopNotifier>(bus);
#endif
    }
    if (tray && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages())
        return std::make_unique<TrayNotifier>(*tray);
    return nullptr;
}

} // namespace Ferry
