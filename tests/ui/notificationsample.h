#pragma once

#include "notifier.h"

// One notification as JobNotifications makes them, for the tests of each notification back-end.
namespace FerryUiTest {

inline Ferry::Notification sampleNotification(const QString &key, const QString &summary,
                                              Ferry::Notification::Kind kind = Ferry::Notification::Kind::Completed)
{
    Ferry::Notification notification;
    notification.key = key;
    notification.kind = kind;
    notification.summary = summary;
    notification.body = QStringLiteral("3 files · 1.2 GiB");
    notification.actions = {{QStringLiteral("default"), QStringLiteral("Open")},
                            {QStringLiteral("show-in-folder"), QStringLiteral("Show in Folder")}};
    return notification;
}

} // namespace FerryUiTest
