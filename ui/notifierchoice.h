#pragma once

#include "notifier.h"

#include <memory>

class QSystemTrayIcon;

namespace Ferry {

// Picks the notification back-end at run time. When the session bus has a notification service: KNotifications
// where it was built in, else Ferry's own freedesktop client. Without one: the tray icon's messages when there is a
// tray; null when nothing can show a notification.
std::unique_ptr<Notifier> chooseNotifier(QSystemTrayIcon *tray);

} // namespace Ferry
