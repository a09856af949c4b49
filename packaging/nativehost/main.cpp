// ferry-native-host: the helper browsers start (through the native-messaging manifests) to hand links to Ferry.
// It reads framed JSON messages on stdin, passes each to Ferry over D-Bus, and answers each with {"id": ...} or
// {"error": ...}. See packaging/nativehost/README.md for the protocol.

#include "ferryclient.h"
#include "handover.h"
#include "nativemessagechannel.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusSignature>
#include <QDBusVariant>
#include <QDBusUnixFileDescriptor>
#include <QJsonObject>

#include <chrono>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Ferry;

namespace {

// How long the host waits for the rest of a started message, and for Ferry's answer. Ferry may have to be started
// first, so the default is generous; tests make it short. Always bounded: the host must never hang the browser.
std::chrono::milliseconds timeoutFromEnvironment()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("FERRY_NATIVE_HOST_TIMEOUT_MS", &ok);
    if (ok && ms > 0 && ms <= 600'000)
        return std::chrono::milliseconds(ms);
    return std::chrono::seconds(30);
}

QJsonObject answer(const QByteArray &message, const FerryClient &ferry)
{
    const auto parsed = HandOver::fromJson(message);
    if (const auto *failure = std::get_if<HostFailure>(&parsed))
        return errorReply(*failure);
    const auto fetched = ferry.fetch(std::get<HandOver>(parsed));
    if (const auto *failure = std::get_if<HostFailure>(&fetched))
        return errorReply(*failure);
    return QJsonObject{{u"id"_s, std::get<QString>(fetched)}};
}

} // namespace

int main(int argc, char **argv)
{
    // A browser that goes away closes the pipe: a failed write must be an error to handle, not a fatal signal.
    std::signal(SIGPIPE, SIG_IGN);
    // QtDBus needs an application object. No event loop runs: every call blocks with a timeout instead.
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"ferry-native-host"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));

    // Qt 6.4 registers its D-Bus types lazily. When the bus connection's own thread meets one first (the bus's
    // signals while it starts Ferry), it warns "Trying to construct an instance of an invalid type" (in about one
    // run in ten here). Registering them here, before any connection exists, removes the race.
    qMetaTypeId<QDBusArgument>();
    qMetaTypeId<QDBusObjectPath>();
    qMetaTypeId<QDBusSignature>();
    qMetaTypeId<QDBusVariant>();
    qMetaTypeId<QDBusUnixFileDescriptor>();

    const std::chrono::milliseconds timeout = timeoutFromEnvironment();
    NativeMessageChannel channel(STDIN_FILENO, STDOUT_FILENO, timeout);
    const FerryClient ferry(QDBusConnection::sessionBus(), timeout);
    for (;;) {
        const NativeMessageChannel::ReadResult read = channel.read();
        if (std::holds_alternative<NativeMessageChannel::EndOfInput>(read))
            return 0;
        if (const auto *error = std::get_if<HostError>(&read)) {
            // The framing is lost, so nothing after this can be read: say why once and stop.
            channel.write(errorReply(HostFailure{*error, {}}));
            return 1;
        }
        if (!channel.write(answer(std::get<QByteArray>(read), ferry)))
            return 1;
    }
}
