#include "ferryclient.h"

#include "handover.h"

#include <QDBusError>
#include <QDBusMessage>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

HostFailure failureFor(const QDBusError &error)
{
    const QString detail = error.name() + u": "_s + error.message();
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
        return HostFailure{HostError::NotRunning, detail};
    case QDBusError::NoReply:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
        return HostFailure{HostError::Timeout, detail};
    case QDBusError::Disconnected:
        return HostFailure{HostError::NoSessionBus, detail};
    default:
        break;
    }
    // The bus found an activation file but could not start Ferry from it.
    if (error.name().startsWith(u"org.freedesktop.DBus.Error.Spawn."_s))
        return HostFailure{HostError::NotRunning, detail};
    return HostFailure{HostError::Rejected, detail};
}

} // namespace

FerryClient::FerryClient(const QDBusConnection &bus, std::chrono::milliseconds timeout)
    : m_bus(bus), m_timeout(timeout)
{
}

std::variant<QString, HostFailure> FerryClient::fetch(const HandOver &handOver) const
{
    if (!m_bus.isConnected())
        return HostFailure{HostError::NoSessionBus, m_bus.lastError().message()};
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.ferry.Ferry"_s, u"/org/ferry/Ferry"_s,
                                                       u"org.ferry.Ferry.Manager"_s, u"Fetch"_s);
    QVariantMap options;
    if (!handOver.title.isEmpty())
        options.insert(u"title"_s, handOver.title);
    call << handOver.urls << options;
    // Auto-start is the default for method calls: the bus starts Ferry and holds the call until it owns its name.
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, int(m_timeout.count()));
    if (reply.type() == QDBusMessage::ErrorMessage)
        return failureFor(QDBusError(reply));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.signature() != u"s"_s)
        return HostFailure{HostError::Rejected, u"unexpected reply signature: "_s + reply.signature()};
    return reply.arguments().constFirst().toString();
}

} // namespace Ferry
