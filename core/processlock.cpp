#include "processlock.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ferry {

ProcessLock::~ProcessLock()
{
    unlock();
}

bool ProcessLock::tryLock(const QString &path)
{
    unlock();
    const QByteArray name = QFile::encodeName(path);
    for (;;) {
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            return false;
        }
        // The holder before us may have deleted the file between our open() and flock(): then we hold a lock on a
        // file nobody else can find, and must take the one at the path now.
        struct stat held {};
        struct stat named {};
        const bool gone = ::stat(name.constData(), &named) != 0;
        if (gone && errno != ENOENT) {
            ::close(fd);
            return false;
        }
        if (::fstat(fd, &held) != 0) {
            ::close(fd);
            return false;
        }
        if (!gone && held.st_dev == named.st_dev && held.st_ino == named.st_ino) {
            m_fd = fd;
            m_path = path;
            return true;
        }
        ::close(fd); // deleted or replaced meanwhile: take the file at the path now
    }
}

void ProcessLock::unlock()
{
    if (m_fd < 0)
        return;
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

} // namespace Ferry
