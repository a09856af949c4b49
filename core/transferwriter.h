#pragma once

#include <QString>
#include <QtGlobal>

#include <future>

namespace Ferry {

// Writes one download's bytes into its .part file (or, for a small body written whole, into a file that gets its
// name only at the end) and makes them durable. Plain POSIX I/O, because the engine needs errno (ENOSPC means
// quota-exceeded, not a generic failure), positional writes and fdatasync. Lives on the engine thread, owned by
// one Transfer.
class TransferWriter final
{
public:
    enum class Status { Ok, NoSpace, Failed };

    TransferWriter() = default;
    ~TransferWriter();
    Q_DISABLE_COPY_MOVE(TransferWriter)

    // Creates `path` exclusively: fails with EEXIST semantics (returns false, errorNumber()==EEXIST) if it is there.
    bool create(const QString &path);
    // Creates a file without a name in `folder` (O_TMPFILE): until publishAs() links it, a crash leaves nothing
    // behind. False where the file system cannot (errorNumber() is then EOPNOTSUPP, EISDIR or EINVAL).
    bool createUnnamed(const QString &folder);
    // Gives the unnamed file the name `path`, never replacing a file that is there. Returns 0 or an errno value;
    // EEXIST means the name is taken.
    int publishAs(const QString &path);
    // Opens an existing .part file and cuts it to `offset`: bytes past the last committed count were never
    // promised to be durable, so they are not trusted.
    bool openAt(const QString &path, qint64 offset);
    // Opens an existing file to write from `offset` on, leaving the rest of it alone: one segment of a file that
    // several connections fill at once.
    bool openRange(const QString &path, qint64 offset);
    // Gives the file its full size up front (fallocate where the file system can; a sparse file in memory-backed
    // file systems), so segments write in place and a full disk shows at once.
    bool preallocate(qint64 size);
    // Gives the file its size without reserving blocks (a sparse file).
    bool extendTo(qint64 size);
    Status write(const char *data, qint64 size);
    bool truncate(qint64 size);
    // Flushes to stable storage and waits; afterwards durableBytes() == position().
    bool sync();
    // Starts flushing what is written so far on a thread of its own and returns at once, so the engine thread
    // goes on reading the network while the disk catches up; durableBytes() moves up once the flush is done. One
    // flush at a time: false when one is still running or nothing is new. A failure shows at the next collect().
    bool syncInBackground();
    // False once when a background flush failed (errorNumber() says why, ENOSPC for a full disk).
    bool collect();
    // Waits for a background flush, then closes.
    void close();

    bool isOpen() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    qint64 position() const { return m_position; }
    qint64 durableBytes() const;
    qint64 unsyncedBytes() const { return m_position - durableBytes(); }
    int errorNumber() const { return m_errno; }
    // The open file's identity on its file system (its inode number), or 0: it survives the rename or link that
    // gives the file its final name, which is how a recovery recognises a file it was putting in place.
    qint64 fileId() const;

    // Renames without ever replacing an existing file (renameat2 RENAME_NOREPLACE, or link+unlink where the
    // file system lacks it). Returns 0 or an errno value; EEXIST means the target is taken.
    static int renameNoReplace(const QString &from, const QString &to);
    // Whether createUnnamed() failed because the file system has no unnamed files, rather than for a real error.
    static bool isUnsupported(int errorNumber);
    static qint64 fileSize(const QString &path);
    // fdatasync of the file at `path`: makes bytes a crashed process left in the page cache durable before a
    // restart counts them as such.
    static bool syncFile(const QString &path);
    // The identity of the file at `path` (see fileId()), or 0 when there is none.
    static qint64 fileId(const QString &path);
    // Bytes an unprivileged writer may still put on the file system holding `path` (statvfs), or -1. Called for
    // every file and every flush: QStorageInfo would parse /proc/self/mountinfo each time.
    static qint64 freeBytes(const QString &path);

private:
    // Takes the outcome of a finished background flush; with `wait`, of a running one too.
    void reap(bool wait) const;

    int m_fd = -1;
    QString m_path;
    qint64 m_position = 0;
    // Updated from const accessors when a background flush is found done: the durable count is a fact about the
    // disk that only becomes known later.
    mutable qint64 m_durable = 0;
    mutable int m_errno = 0;
    mutable std::future<int> m_flush; // the errno of a background fdatasync, 0 when it worked
    mutable qint64 m_flushing = 0;    // the position that flush makes durable
    mutable bool m_flushFailed = false;
};

} // namespace Ferry
