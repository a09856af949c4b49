#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Ferry {

// Counts the connections the engine has open, per host and overall, and makes new ones wait for a free slot in
// the order they asked (DESIGN.md section 3: a limit per host, default 6, and an overall one). Lives on the engine
// thread; a transfer holds one slot for as long as it runs, each extra segment connection one more.
class ConnectionPool final
{
public:
    ConnectionPool(int perHost = 6, int overall = 32) : m_perHost(perHost), m_overall(overall) { }

    void setLimits(int perHost, int overall);
    // The per-host limit is raised to `perHostAtLeast` for a caller that explicitly asked for that many
    // connections to one file: the limit is a politeness default, not a veto on what the user chose.
    // Whether tryAcquire() would succeed now.
    bool canAcquire(const QString &host, int perHostAtLeast = 0) const;
    // Takes a slot now if one is free.
    bool tryAcquire(const QString &host, int perHostAtLeast = 0);
    // Takes a slot now or as soon as one frees, then calls `granted` (unless `owner` is gone by then).
    void acquire(const QString &host, QObject *owner, std::function<void()> granted, int perHostAtLeast = 0);
    void release(const QString &host);
    // Forgets the waits of `owner`, which no longer wants a slot.
    void cancel(QObject *owner);

    int inUse() const { return m_total; }
    int inUse(const QString &host) const { return m_byHost.value(host); }

private:
    struct Waiter
    {
        QString host;
        int perHostAtLeast = 0;
        QPointer<QObject> owner;
        std::function<void()> granted;
    };
    bool hasRoom(const QString &host, int perHostAtLeast) const;
    void grantWaiting();

    int m_perHost;
    int m_overall;
    int m_total = 0;
    QHash<QString, int> m_byHost;
    QList<Waiter> m_waiting;
};

} // namespace Ferry
