#include "transferwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>

using namespace Qt::StringLiterals;
using namespace Ferry;

namespace {

constexpr qint64 mib = 1024 * 1024;

struct Blocks
{
    qint64 size = -1;
    qint64 allocated = -1; // bytes the file system has given the file
};

Blocks blocksOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {qint64(info.st_size), qint64(info.st_blocks) * 512};
}

bool isInMemory(const QString &path)
{
    struct statfs fs {};
    return ::statfs(QFile::encodeName(path).constData(), &fs) == 0 && fs.f_type == TMPFS_MAGIC;
}

// A folder on a real disk for the preallocation test: the build tree, else /var/tmp or the home folder.
QString diskFolder()
{
    for (const QString &candidate : {QDir::currentPath(), u"/var/tmp"_s, QDir::homePath()}) {
        if (QFileInfo(candidate).isWritable() && !isInMemory(candidate))
            return candidate;
    }
    return {};
}

bool putFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything in a folder, hidden names included: an unnamed file must not show up under any name.
QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

// The engine's file writer: exclusive creation, trusting only committed bytes, preallocation, flushing and renames.
class TestTransferWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createNeverOpensAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.part"_s);
        TransferWriter first;
        QVERIFY(first.create(path));
        TransferWriter second;
        QVERIFY(!second.create(path));
        QCOMPARE(second.errorNumber(), EEXIST);
        QVERIFY(!second.isOpen());
    }

    void openAtCutsWhatWasNeverCommittedAndNeverExtends()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.part"_s);
        QVERIFY(putFile(path, "0123456789"_ba));
        TransferWriter writer;
        QVERIFY(writer.openAt(path, 4));
        QCOMPARE(writer.position(), 4);
        QCOMPARE(writer.durableBytes(), 4);
        QCOMPARE(contentsOf(path), "0123"_ba);
        // A committed count past the end of the file cannot be trusted past the file.
        QVERIFY(writer.openAt(path, 100));
        QCOMPARE(writer.position(), 4);
        QCOMPARE(TransferWriter::fileSize(path), 4);
    }

    void openRangeWritesInPlaceAndKeepsTheRest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.part"_s);
        QVERIFY(putFile(path, "aaaaaaaaaa"_ba));
        TransferWriter writer;
        QVERIFY(writer.openRange(path, 3));
        QCOMPARE(writer.write("BB", 2), TransferWriter::Status::Ok);
        QCOMPARE(writer.position(), 5);
        QCOMPARE(contentsOf(path), "aaaBBaaaaa"_ba);
    }

    // On a disk the blocks are reserved, so a full disk shows before the first byte.
    void preallocateReservesBlocksOnDisk()
    {
        const QString folder = diskFolder();
        QVERIFY2(!folder.isEmpty(), "no writable folder on a disk: the build tree, /var/tmp and $HOME are in memory");
        QTemporaryDir dir(folder + u"/ferry-writer-XXXXXX"_s);
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"big.part"_s);
        TransferWriter writer;
        QVERIFY(writer.create(path));
        QVERIFY(writer.preallocate(64 * mib));
        const Blocks blocks = blocksOf(path);
        QCOMPARE(blocks.size, 64 * mib);
        QVERIFY2(blocks.allocated >= 64 * mib, qPrintable(QString::number(blocks.allocated)));
    }

    // In memory the file only gets its size (no page is zeroed up front), after a check that it fits.
    void preallocateInMemoryIsSparseButChecksTheSpace()
    {
        // /dev/shm is tmpfs on every Linux system (systemd and container runtimes alike mount it so).
        QVERIFY(isInMemory(u"/dev/shm"_s));
        struct statfs fs {};
        QCOMPARE(::statfs("/dev/shm", &fs), 0);
        const qint64 free = qint64(fs.f_bavail) * qint64(fs.f_bsize);
        QTemporaryDir dir(u"/dev/shm/ferry-writer-XXXXXX"_s);
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"big.part"_s);
        // Half of what is free, at most 256 MiB: a container's /dev/shm may be as small as 64 MB.
        const qint64 size = std::min(256 * mib, free / 2);
        TransferWriter writer;
        QVERIFY(writer.create(path));
        QVERIFY(writer.preallocate(size));
        const Blocks blocks = blocksOf(path);
        QCOMPARE(blocks.size, size);
        QVERIFY2(blocks.allocated < mib, qPrintable(QString::number(blocks.allocated)));

        TransferWriter tooBig;
        QVERIFY(tooBig.create(dir.filePath(u"huge.part"_s)));
        QVERIFY(!tooBig.preallocate(free + 1024 * mib));
        QCOMPARE(tooBig.errorNumber(), ENOSPC);
    }

    void backgroundFlushMovesTheDurableCountOnce()
    {
        QTemporaryDir dir;
        TransferWriter writer;
        QVERIFY(writer.create(dir.filePath(u"a.part"_s)));
        const QByteArray chunk(mib, 'x');
        QCOMPARE(writer.write(chunk.constData(), chunk.size()), TransferWriter::Status::Ok);
        QCOMPARE(writer.durableBytes(), 0);
        QVERIFY(writer.syncInBackground());
        QVERIFY(!writer.syncInBackground()); // one flush at a time
        QCOMPARE(writer.write(chunk.constData(), chunk.size()), TransferWriter::Status::Ok);
        // The flush makes durable what was written when it started, not what came after.
        QTRY_COMPARE(writer.durableBytes(), mib);
        QCOMPARE(writer.unsyncedBytes(), mib);
        QVERIFY(writer.collect());
        QVERIFY(writer.sync());
        QCOMPARE(writer.durableBytes(), 2 * mib);
        QVERIFY(!writer.syncInBackground()); // nothing new
    }

    void renameNeverReplaces()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(u"a.part"_s);
        const QString to = dir.filePath(u"a"_s);
        QVERIFY(putFile(from, {}));
        QVERIFY(putFile(to, "mine"_ba));
        QCOMPARE(TransferWriter::renameNoReplace(from, to), EEXIST);
        QCOMPARE(contentsOf(to), "mine"_ba);
        QVERIFY(QFile::remove(to));
        QCOMPARE(TransferWriter::renameNoReplace(from, to), 0);
        QVERIFY(!QFile::exists(from));
        QVERIFY(QFile::exists(to));
    }

    // The held small bodies of the engine: a file without a name until every byte is on disk.
    void unnamedFileGetsItsNameOnlyWhenPublished_data()
    {
        QTest::addColumn<bool>("inMemory");
        QTest::newRow("disk") << false;
        QTest::newRow("tmpfs") << true;
    }
    void unnamedFileGetsItsNameOnlyWhenPublished()
    {
        QFETCH(bool, inMemory);
        const QString parent = inMemory ? u"/dev/shm"_s : diskFolder();
        QVERIFY2(!parent.isEmpty(), "no writable folder on a disk: the build tree, /var/tmp and $HOME are in memory");
        QVERIFY(!inMemory || isInMemory(parent));
        QTemporaryDir dir(parent + u"/ferry-unnamed-XXXXXX"_s);
        QVERIFY(dir.isValid());
        TransferWriter writer;
        QVERIFY(writer.createUnnamed(dir.path()));
        QCOMPARE(writer.write("whole body", 10), TransferWriter::Status::Ok);
        QVERIFY(writer.sync());
        QCOMPARE(namesIn(dir.path()), QStringList());
        const QString target = dir.filePath(u"a.bin"_s);
        QCOMPARE(writer.publishAs(target), 0);
        writer.close();
        QCOMPARE(contentsOf(target), "whole body"_ba);
        QCOMPARE(namesIn(dir.path()), QStringList{u"a.bin"_s});
    }

    void publishNeverReplacesAndUnpublishedLeavesNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"a.bin"_s);
        QVERIFY(putFile(target, "mine"_ba));
        TransferWriter writer;
        QVERIFY(writer.createUnnamed(dir.path()));
        QCOMPARE(writer.write("theirs", 6), TransferWriter::Status::Ok);
        QCOMPARE(writer.publishAs(target), EEXIST);
        QCOMPARE(writer.errorNumber(), EEXIST);
        writer.close();
        QCOMPARE(contentsOf(target), "mine"_ba);
        QCOMPARE(namesIn(dir.path()), QStringList{u"a.bin"_s});
    }

    void unnamedFileInAMissingFolderIsARealError()
    {
        QTemporaryDir dir;
        TransferWriter writer;
        QVERIFY(!writer.createUnnamed(dir.filePath(u"missing"_s)));
        QCOMPARE(writer.errorNumber(), ENOENT);
        QVERIFY(!TransferWriter::isUnsupported(writer.errorNumber()));
    }

    void freeBytesOfAMissingPathIsUnknown()
    {
        QTemporaryDir dir;
        QVERIFY(TransferWriter::freeBytes(dir.path()) > 0);
        QCOMPARE(TransferWriter::freeBytes(dir.filePath(u"missing/dir"_s)), -1);
    }
};

QTEST_GUILESS_MAIN(TestTransferWriter)
#include "tst_transferwriter.moc"
