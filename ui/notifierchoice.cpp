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
#ifdef FERRY_HAVE_KNOTIFICATIONS
    return std::make_unique<KNotifier>();
#else
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (FreedesktopNotifier::isAvailable(bus))
        return std::make_unique<FreedesktopNotifier>(bus);
    if (tray && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages())
        return std::make_unique<TrayNotifier>(*tray);
    return nullptr;
#endif
}

} // namespace Ferry
