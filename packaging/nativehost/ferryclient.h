#pragma once

#include "hosterror.h"

#include <QDBusConnection>
#include <QString>

#include <chrono>
#include <variant>

namespace Ferry {

struct HandOver;

// Hands a HandOver to Ferry's D-Bus service (org.ferry.Ferry.Manager.Fetch on org.ferry.Ferry /org/ferry/Ferry).
// The call lets the bus start Ferry through its activation file when it is not running. Calls block for at most
// the timeout, so a Ferry that hangs cannot hang the browser's helper.
class FerryClient final
{
public:
    FerryClient(const QDBusConnection &bus, std::chrono::milliseconds timeout);

    // The new registration's id, or why there is none.
    std::variant<QString, HostFailure> fetch(const HandOver &handOver) const;

private:
    QDBusConnection m_bus;
    std::chrono::milliseconds m_timeout;
};

} // namespace Ferry
