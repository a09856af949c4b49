#include "connectionpool.h"

#include <algorithm>

namespace Ferry {

void ConnectionPool::setLimits(int perHost, int overall)
{
    m_perHost = std::max(1, perHost);
    m_overall = std::max(1, overall);
    grantWaiting();
}

bool ConnectionPool::hasRoom(const QString &host, int perHostAtLeast) const
{
    return m_total < m_overall && m_byHost.value(host) < std::max(m_perHost, perHostAtLeast);
}

bool ConnectionPool::canAcquire(const QString &host, int perHostAtLeast) const
{
    // Waiters come first: a newcomer may not overtake the queue for the same host.
    const bool queued = std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                                    [&](const Waiter &waiter) { return waiter.host == host && waiter.owner; });
    return !queued && hasRoom(host, perHostAtLeast);
}

bool ConnectionPool::tryAcquire(const QString &host, int perHostAtLeast)
{
    if (!canAcquire(host, perHostAtLeast))
        return false;
    ++m_total;
    ++m_byHost[host];
    return true;
}

void ConnectionPool::acquire(const QString &host, QObject *owner, std::function<void()> granted, int perHostAtLeast)
{
    if (tryAcquire(host, perHostAtLeast)) {
        granted();
        return;
    }
    m_waiting.append({host, perHostAtLeast, owner, std::move(granted)});
}

void ConnectionPool::release(const QString &host)
{
    m_total = std::max(0, m_total - 1);
    if (int &count = m_byHost[host]; --count <= 0)
        m_byHost.remove(host);
    grantWaiting();
}

void ConnectionPool::cancel(QObject *owner)
{
    m_waiting.removeIf([owner](const Waiter &waiter) { return waiter.owner == owner || !waiter.owner; });
}

void ConnectionPool::grantWaiting()
{
    // Decide first, call back afterwards: a callback may itself take or give back slots.
    QList<std::function<void()>> granted;
    for (qsizetype i = 0; i < m_waiting.size();) {
        Waiter &waiter = m_waiting[i];
        if (!waiter.owner) {
            m_waiting.removeAt(i);
            continue;
        }
        if (!hasRoom(waiter.host, waiter.perHostAtLeast)) {
            ++i;
            continue;
        }
        ++m_total;
        ++m_byHost[waiter.host];
        granted.append(std::move(waiter.granted));
        m_waiting.removeAt(i);
    }
    for (const auto &callback : granted)
        callback();
}

} // namespace Ferry
