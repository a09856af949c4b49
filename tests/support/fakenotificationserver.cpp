#include "fakenotificationserver.h"

#include <QDBusConnectionInterface>

using namespace Qt::StringLiterals;

namespace FerryTest {
namespace {

const QString serviceName = u"org.freedesktop.Notifications"_s;
const QString objectPath = u"/org/freedesktop/Notifications"_s;
const QString connectionName = u"ferry-fake-notification-server"_s;

} // namespace

QString FakeNotificationServer::Call::labelOf(const QString &key) const
{
    for (qsizetype i = 0; i + 1 < actions.size(); i += 2) {
        if (actions.at(i) == key)
            return actions.at(i + 1);
    }
    return QString();
}

QStringList FakeNotificationServer::Call::actionKeys() const
{
    QStringList keys;
    for (qsizetype i = 0; i < actions.size(); i += 2)
        keys.append(actions.at(i));
    return keys;
}

QStringList FakeNotificationServer::Call::actionLabels() const
{
    QStringList labels;
    for (qsizetype i = 1; i < actions.size(); i += 2)
        labels.append(actions.at(i));
    return labels;
}

QString FakeNotificationServer::Call::keyOf(const QString &label) const
{
    for (qsizetype i = 0; i + 1 < actions.size(); i += 2) {
        if (actions.at(i + 1) == label)
            return actions.at(i);
    }
    return QString();
}

FakeNotificationServer::FakeNotificationServer()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName))
{
    m_ready = m_bus.isConnected() && m_bus.registerObject(objectPath, this, QDBusConnection::ExportAllSlots)
        && m_bus.registerService(serviceName);
}

FakeNotificationServer::~FakeNotificationServer()
{
    m_bus.unregisterService(serviceName);
    m_bus.unregisterObject(objectPath);
    QDBusConnection::disconnectFromBus(connectionName);
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                    const QString &summary, const QString &body, const QStringList &actions,
                                    const QVariantMap &hints, int timeout)
{
    // As the specification asks: a replaced notification keeps its id, a new one gets the next.
    const uint id = replacesId != 0 ? replacesId : m_nextId++;
    m_calls.append(Call{appName, replacesId, appIcon, summary, body, actions, hints, timeout, id});
    if (hints.value(u"resident"_s).toBool())
        m_resident.insert(id);
    else
        m_resident.remove(id);
    m_open.insert(id);
    if (m_holding) {
        setDelayedReply(true);
        m_held.append({message(), id});
    }
    return id;
}

void FakeNotificationServer::releaseReplies()
{
    m_holding = false;
    const auto held = std::exchange(m_held, {});
    for (const auto &[call, id] : held)
        m_bus.send(call.createReply(QVariant::fromValue(id)));
}

QStringList FakeNotificationServer::GetCapabilities() const
{
    return {u"actions"_s, u"body"_s, u"icon-static"_s, u"persistence"_s};
}

QString FakeNotificationServer::GetServerInformation(QString &vendor, QString &version, QString &specVersion) const
{
    vendor = u"Ferry tests"_s;
    version = u"1"_s;
    specVersion = u"1.2"_s;
    return u"fake-notification-server"_s;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    close(id, 3);
}

void FakeNotificationServer::invokeAction(uint id, const QString &key)
{
    emitSignal(u"ActionInvoked"_s, {QVariant::fromValue(id), key});
    // As servers do (the specification's "resident" hint): an action ends the notification unless it asked to stay.
    if (m_open.contains(id) && !m_resident.contains(id))
        close(id, 2);
}

void FakeNotificationServer::close(uint id, uint reason)
{
    m_open.remove(id);
    emitSignal(u"NotificationClosed"_s, {QVariant::fromValue(id), QVariant::fromValue(reason)});
}

void FakeNotificationServer::emitSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage signal = QDBusMessage::createSignal(objectPath, serviceName, name);
    signal.setArguments(arguments);
    m_bus.send(signal);
}

} // namespace FerryTest
