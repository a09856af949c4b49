#include "preferences.h"

#include "backgroundfetchmanager.h"

#include <QProcessEnvironment>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

int boundedInt(const QSettings &settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

} // namespace

Preferences Preferences::load(const QSettings &settings, const QString &defaultFolder)
{
    Preferences p;
    p.downloadFolder = settings.value(u"downloads/folder"_s).toString();
    if (p.downloadFolder.isEmpty())
        p.downloadFolder = defaultFolder;
    p.maxActive = boundedInt(settings, u"downloads/maxActive"_s, p.maxActive, 1, maxActiveLimit);
    p.connections = boundedInt(settings, u"downloads/connections"_s, p.connections, 1, connectionsLimit);
    const int perHost = boundedInt(settings, u"downloads/connectionsPerHost"_s, p.connectionsPerHost, 1,
                                   connectionsPerHostLimit);
    const int overall = boundedInt(settings, u"downloads/connectionsOverall"_s, p.connectionsOverall, 1,
                                   connectionsOverallLimit);
    if (overall >= perHost) {
        p.connectionsPerHost = perHost;
        p.connectionsOverall = overall;
    }
    p.speedLimit = std::max<qint64>(0, settings.value(u"downloads/speedLimit"_s, 0).toLongLong());
    p.notifications = settings.value(u"desktop/notifications"_s, p.notifications).toBool();
    p.closeToTray = settings.value(u"desktop/closeToTray"_s, p.closeToTray).toBool();
    p.startHidden = settings.value(u"desktop/startHidden"_s, p.startHidden).toBool();
    p.proxy = settings.value(u"network/proxy"_s).toString().trimmed();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(u"downloads/folder"_s, downloadFolder);
    settings.setValue(u"downloads/maxActive"_s, maxActive);
    settings.setValue(u"downloads/connections"_s, connections);
    settings.setValue(u"downloads/connectionsPerHost"_s, connectionsPerHost);
    settings.setValue(u"downloads/connectionsOverall"_s, connectionsOverall);
    settings.setValue(u"downloads/speedLimit"_s, speedLimit);
    settings.setValue(u"desktop/notifications"_s, notifications);
    settings.setValue(u"desktop/closeToTray"_s, closeToTray);
    settings.setValue(u"desktop/startHidden"_s, startHidden);
    settings.setValue(u"network/proxy"_s, proxy);
}

void Preferences::applyTo(BackgroundFetchManager &manager) const
{
    manager.setMaxActiveRegistrations(maxActive);
    manager.setDefaultConnections(connections);
    manager.setConnectionLimits(connectionsPerHost, connectionsOverall);
    manager.setSpeedLimit(speedLimit);
    manager.setProxy(proxyRules());
}

ProxyRules Preferences::proxyRules() const
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString error;
    if (!proxy.isEmpty()) {
        if (const std::optional<ProxyRules> rules = ProxyRules::manual(proxy, environment, &error))
            return *rules;
    }
    return ProxyRules::fromEnvironment(environment);
}

} // namespace Ferry
