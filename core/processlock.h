#pragma once

#include <QString>

namespace Ferry {

// An exclusive lock between processes on a file (flock(2)): the kernel drops it when its holder dies, however it
// dies, so a kill never leaves a lock behind that blocks the next start. (QLockFile judges staleness from the
// holder's PID written into the file, and a kill between its steps left files that held a download for 30 s.)
class ProcessLock
{
public:
    ProcessLock() = default;
    ~ProcessLock();
    ProcessLock(const ProcessLock &) = delete;
    ProcessLock &operator=(const ProcessLock &) = delete;

    // False if another process holds it, or the file cannot be made.
    bool tryLock(const QString &path);
    // Deletes the file while still holding it: a waiting process notices that its file is gone and makes a new one.
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace Ferry
