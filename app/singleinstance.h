#pragma once

#include <QDBusConnection>
#include <QStringList>

#include <optional>

namespace Ferry {

// The caller's side of the single instance (DESIGN.md section 6): when a Ferry window already runs on the session
// bus, `ferry URL...`, `ferry` and `ferry pause|abort ID` hand their work to it over D-Bus instead of starting a
// second one.
class SingleInstance final
{
public:
    explicit SingleInstance(QDBusConnection bus) : m_bus(std::move(bus)) { }

    // Whether another Ferry owns the bus name.
    bool isRunning() const;
    // URLs become one registration there (its id is printed); without URLs its window is raised. The exit code.
    int handOver(const QStringList &urls) const;
    // Pauses or aborts there. Nothing when the running instance does not have that registration, so the caller
    // can act on the store itself.
    std::optional<int> pauseOrAbort(const QString &id, bool abort) const;

private:
    QDBusConnection m_bus;
};

} // namespace Ferry
