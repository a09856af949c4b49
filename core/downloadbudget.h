#pragma once

#include <QtGlobal>

#include <algorithm>

namespace Ferry {

// The downloadTotal cap of one registration, shared by its transfers on the engine thread (E12): a chunk that
// would take the stored total over the cap is refused. A cap of 0 means none (A2).
class DownloadBudget final
{
public:
    explicit DownloadBudget(quint64 cap = 0, quint64 used = 0) : m_cap(cap), m_used(used) { }

    bool tryConsume(qint64 bytes)
    {
        if (m_cap != 0 && m_used + quint64(bytes) > m_cap)
            return false;
        m_used += quint64(bytes);
        return true;
    }
    // Bytes thrown away (a restart from zero) no longer count.
    void release(qint64 bytes) { m_used -= std::min<quint64>(m_used, quint64(bytes)); }
    quint64 used() const { return m_used; }

private:
    quint64 m_cap;
    quint64 m_used;
};

} // namespace Ferry
