#pragma once

#include "notifier.h"

#include <memory>

class QSystemTrayIcon;

namespace Ferry {

// Picks the notification back-end at run time (DESIGN.md section 5): KNotifications when it was built in, else the
// freedesktop service when the session bus has one, else the tray icon's messages when there is a tray; null when
// nothing can show a notification.
std::unique_ptr<Notifier> chooseNotifier(QSystemTrayIcon *tray);

} // namespace Ferry
