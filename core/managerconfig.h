#pragma once

#include "transfertypes.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace Ferry {

// What the composition root (or a test) decides for a BackgroundFetchManager.
struct ManagerConfig
{
    QString dataDir;              // icon cache and kept error pages live here
    QString defaultDestination;   // used when FetchOptions::destination is empty
    QUrl baseUrl;                 // relative and empty request URLs resolve against it (B11, H8); none by default
    int maxParallelRecords = 8;   // records of one registration fetched at once, in index order (E21, E22);
                                  // the connection limits per host and overall apply on top
    int defaultConnections = 4;
    // B9: a content-policy hook; returning false refuses the URL with TypeError. Allows everything when unset.
    std::function<bool(const QUrl &)> urlAllowed;
    // The kernel's boot id, which tells a crash of Ferry from a reboot (see RegistrationData::bootId). Read from
    // /proc when empty; tests set it to act out a reboot.
    QByteArray bootId;
    // C5/C6: free bytes at a path. QStorageInfo when unset; tests inject a tiny disk.
    std::function<qint64(const QString &path)> freeSpace;
};

} // namespace Ferry
