#pragma once

#include "proxyrules.h"

#include <QString>

class QSettings;

namespace Ferry {

class BackgroundFetchManager;

// The user's settings (DESIGN.md section 5), as a value: the settings dialog edits a copy, QSettings keeps it, and
// applyTo() hands the scheduling and speed parts to the core at once, without a restart.
struct Preferences
{
    static constexpr int maxActiveLimit = 20;
    static constexpr int connectionsLimit = 16;
    // The most BackgroundFetchManager::setConnectionLimits() accepts.
    static constexpr int connectionsPerHostLimit = 64;
    static constexpr int connectionsOverallLimit = 256;

    QString downloadFolder;
    int maxActive = 3;
    int connections = 4;
    qint64 speedLimit = 0; // bytes per second, 0 for none
    // Open connections to one host, and in all (DESIGN.md section 3; the engine's defaults). An overall limit
    // below the one per host would silently lower it, so load() and the dialog refuse that pair.
    int connectionsPerHost = 6;
    int connectionsOverall = 32;
    bool notifications = true;
    // Both need a tray; without one the window ignores them, so it can always be reached (DESIGN.md section 5).
    bool closeToTray = true;
    bool startHidden = false;
    // The proxy for downloads: empty for the environment's (http_proxy, https_proxy, all_proxy, no_proxy), "none"
    // for none, else a proxy URL (ProxyRules::manual()).
    QString proxy;

    // Values out of range fall back to the defaults; `defaultFolder` is the XDG download folder.
    static Preferences load(const QSettings &settings, const QString &defaultFolder);
    void save(QSettings &settings) const;
    void applyTo(BackgroundFetchManager &manager) const;
    // The rules `proxy` stands for; the environment's when it is empty or no longer valid.
    ProxyRules proxyRules() const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace Ferry
