#include "transferwriter.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace Ferry {

TransferWriter::~TransferWriter()
{
    close();
}

bool TransferWriter::create(const QString &path)
{
    close();
    const QByteArray native = QFile::encodeName(path);
    m_fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        m_errno = errno;
        return false;
    }
    m_path = path;
    m_position = m_durable = 0;
    return true;
}

bool TransferWriter::createUnnamed(const QString &folder)
{
    close();
    const QByteArray native = QFile::encodeName(folder);
    m_fd = ::open(native.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        m_errno = errno;
        return false;
    }
    m_path.clear();
    m_position = m_durable = 0;
    return true;
}

int TransferWriter::publishAs(const QString &path)
{
    // linkat() with AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH; the descriptor's /proc link needs nothing, and
    // linkat() fails with EEXIST rather than replace a file.
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(m_fd);
    if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, QFile::encodeName(path).constData(), AT_SYMLINK_FOLLOW) != 0) {
        m_errno = errno;
        return m_errno;
    }
    m_path = path;
    return 0;
}

bool TransferWriter::isUnsupported(int errorNumber)
{
    return errorNumber == EOPNOTSUPP || errorNumber == EISDIR || errorNumber == EINVAL;
}

bool TransferWriter::openAt(const QString &path, qint64 offset)
{
    close();
    const QByteArray native = QFile::encodeName(path);
    m_fd = ::open(native.constData(), O_WRONLY | O_CLOEXEC);
    if (m_fd < 0) {
        m_errno = errno;
        return false;
    }
    m_path = path;
    struct stat info {};
    if (::fstat(m_fd, &info) != 0) {
        m_errno = errno;
        close();
        return false;
    }
    // Never extend: a shorter file than the committed count means the count cannot be trusted past the file.
    m_position = std::min<qint64>(offset, info.st_size);
    if (::ftruncate(m_fd, m_position) != 0) {
        m_errno = errno;
        close();
        return false;
    }
    m_durable = m_position;
    return true;
}

bool TransferWriter::openRange(const QString &path, qint64 offset)
{
    close();
    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (m_fd < 0) {
        m_errno = errno;
        return false;
    }
    m_path = path;
    m_position = m_durable = offset;
    return true;
}

bool TransferWriter::preallocate(qint64 size)
{
    // A file in memory (tmpfs, ramfs) gains nothing from reserved blocks, and reserving them there means zeroing
    // every page before the first byte lands: 0.37 s of CPU per GiB in /dev/shm, during which no connection
    // starts. A sparse file of the right size, once it is known to fit, shows a full disk just as early.
    struct statfs fs {};
    if (::fstatfs(m_fd, &fs) == 0 && (fs.f_type == TMPFS_MAGIC || fs.f_type == RAMFS_MAGIC)) {
        // ramfs has no limit and reports no free blocks.
        if (fs.f_type == TMPFS_MAGIC && qint64(fs.f_bavail) * qint64(fs.f_bsize) < size) {
            m_errno = ENOSPC;
            return false;
        }
        return extendTo(size);
    }
    // fallocate() rather than posix_fallocate(): where the file system has no fallocate, glibc emulates it by
    // writing a zero into each block, which is slow and would race with segments already writing.
    int result = 0;
    do
        result = ::fallocate(m_fd, 0, 0, off_t(size));
    while (result != 0 && errno == EINTR);
    if (result == 0)
        return true;
    if (errno != EOPNOTSUPP && errno != ENOSYS) {
        m_errno = errno;
        return false;
    }
    // No fallocate here (some network and FUSE file systems): a sparse file of the right size.
    return extendTo(size);
}

bool TransferWriter::extendTo(qint64 size)
{
    if (::ftruncate(m_fd, off_t(size)) != 0) {
        m_errno = errno;
        return false;
    }
    return true;
}

TransferWriter::Status TransferWriter::write(const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::pwrite(m_fd, data, size_t(size), m_position);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            m_errno = errno;
            return (errno == ENOSPC || errno == EDQUOT) ? Status::NoSpace : Status::Failed;
        }
        data += written;
        size -= written;
        m_position += written;
    }
    return Status::Ok;
}

bool TransferWriter::truncate(qint64 size)
{
    reap(true);
    if (::ftruncate(m_fd, size) != 0) {
        m_errno = errno;
        return false;
    }
    m_position = size;
    m_durable = std::min(m_durable, size);
    return true;
}

bool TransferWriter::sync()
{
    if (m_fd < 0)
        return false;
    reap(true);
    if (!collect())
        return false;
    if (::fdatasync(m_fd) != 0) {
        m_errno = errno;
        return false;
    }
    m_durable = m_position;
    return true;
}

bool TransferWriter::syncInBackground()
{
    reap(false);
    if (m_fd < 0 || m_flush.valid() || m_position == m_durable)
        return false;
    m_flushing = m_position;
    const int fd = m_fd;
    // The descriptor stays open until the flush is reaped: close() and truncate() wait for it.
    m_flush = std::async(std::launch::async, [fd] { return ::fdatasync(fd) == 0 ? 0 : errno; });
    return true;
}

bool TransferWriter::collect()
{
    reap(false);
    if (!m_flushFailed)
        return true;
    m_flushFailed = false;
    return false;
}

qint64 TransferWriter::durableBytes() const
{
    reap(false);
    return m_durable;
}

void TransferWriter::reap(bool wait) const
{
    if (!m_flush.valid())
        return;
    if (!wait && m_flush.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    const int error = m_flush.get();
    if (error == 0) {
        m_durable = std::max(m_durable, m_flushing);
    } else {
        m_errno = error;
        m_flushFailed = true;
    }
}

void TransferWriter::close()
{
    reap(true);
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

int TransferWriter::renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    // link() fails with EEXIST instead of replacing, which gives the same guarantee on older file systems.
    if (::link(source.constData(), target.constData()) != 0)
        return errno;
    ::unlink(source.constData());
    return 0;
}

qint64 TransferWriter::fileSize(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return info.st_size;
}

bool TransferWriter::syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fdatasync(fd) == 0;
    ::close(fd);
    return synced;
}

qint64 TransferWriter::fileId() const
{
    struct stat info {};
    return m_fd >= 0 && ::fstat(m_fd, &info) == 0 ? qint64(info.st_ino) : 0;
}

qint64 TransferWriter::fileId(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? qint64(info.st_ino) : 0;
}

qint64 TransferWriter::freeBytes(const QString &path)
{
    struct statvfs info {};
    if (::statvfs(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

} // namespace Ferry
