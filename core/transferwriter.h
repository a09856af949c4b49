#pragma once

#include <QString>
#include <QtGlobal>

namespace Ferry {

// Writes one download's bytes into its .part file and makes them durable. Plain POSIX I/O, because the engine
// needs errno (ENOSPC means quota-exceeded, not a generic failure), positional writes and fdatasync.
// Lives on the engine thread, owned by one Transfer.
class TransferWriter final
{
public:
    enum class Status { Ok, NoSpace, Failed };

    TransferWriter() = default;
    ~TransferWriter();
    Q_DISABLE_COPY_MOVE(TransferWriter)

    // Creates `path` exclusively: fails with EEXIST semantics (returns false, errorNumber()==EEXIST) if it is there.
    bool create(const QString &path);
    // Opens an existing .part file and cuts it to `offset`: bytes past the last committed count were never
    // promised to be durable, so they are not trusted.
    bool openAt(const QString &path, qint64 offset);
    // Opens an existing file to write from `offset` on, leaving the rest of it alone: one segment of a file that
    // several connections fill at once.
    bool openRange(const QString &path, qint64 offset);
    // Gives the file its full size up front (fallocate where the file system can), so segments write in place
    // and a full disk shows at once.
    bool preallocate(qint64 size);
    Status write(const char *data, qint64 size);
    bool truncate(qint64 size);
    // Flushes to stable storage; afterwards durableBytes() == position().
    bool sync();
    void close();

    bool isOpen() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    qint64 position() const { return m_position; }
    qint64 durableBytes() const { return m_durable; }
    qint64 unsyncedBytes() const { return m_position - m_durable; }
    int errorNumber() const { return m_errno; }

    // Renames without ever replacing an existing file (renameat2 RENAME_NOREPLACE, or link+unlink where the
    // file system lacks it). Returns 0 or an errno value; EEXIST means the target is taken.
    static int renameNoReplace(const QString &from, const QString &to);
    static qint64 fileSize(const QString &path);

private:
    int m_fd = -1;
    QString m_path;
    qint64 m_position = 0;
    qint64 m_durable = 0;
    int m_errno = 0;
};

} // namespace Ferry
