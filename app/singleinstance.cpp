#include "singleinstance.h"

#include "dbusservice.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QVariantMap>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

// Long enough for a busy instance, short enough that a hung one does not hang scripts.
constexpr int callTimeoutMs = 10000;

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = (text + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

QDBusMessage methodCall(const QString &method, const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(DBusService::serviceName.toString(),
                                                       DBusService::objectPath.toString(),
                                                       DBusService::interfaceName.toString(), method);
    call.setArguments(arguments);
    return call;
}

} // namespace

bool SingleInstance::isRunning() const
{
    QDBusConnectionInterface *daemon = m_bus.isConnected() ? m_bus.interface() : nullptr;
    return daemon && daemon->isServiceRegistered(DBusService::serviceName.toString()).value();
}

int SingleInstance::handOver(const QStringList &urls) const
{
    const QDBusMessage reply = urls.isEmpty()
        ? m_bus.call(methodCall(u"Show"_s, {}), QDBus::Block, callTimeoutMs)
        : m_bus.call(methodCall(u"Fetch"_s, {urls, QVariantMap()}), QDBus::Block, callTimeoutMs);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        print(stderr, u"ferry: "_s + reply.errorMessage());
        return 2;
    }
    if (!urls.isEmpty() && !reply.arguments().isEmpty())
        print(stdout, reply.arguments().constFirst().toString());
    return 0;
}

std::optional<int> SingleInstance::pauseOrAbort(const QString &id, bool abort) const
{
    const QDBusMessage reply = m_bus.call(methodCall(abort ? u"Abort"_s : u"Pause"_s, {id}), QDBus::Block,
                                          callTimeoutMs);
    if (reply.type() != QDBusMessage::ErrorMessage)
        return 0;
    if (reply.errorName().endsWith(u".NotFoundError"))
        return std::nullopt;
    print(stderr, u"ferry: "_s + reply.errorMessage());
    return 2;
}

} // namespace Ferry
