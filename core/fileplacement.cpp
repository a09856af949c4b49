#include "fileplacement.h"

#include "contentdisposition.h"
#include "filenames.h"
#include "integrity.h"
#include "transferwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <utility>

using namespace Qt::StringLiterals;

namespace Ferry::FilePlacement {
namespace {

constexpr int maxNameAttempts = 10000;
constexpr qint64 hashChunk = 1024 * 1024;

bool writeDurably(TransferWriter &writer, QByteArrayView body)
{
    return writer.write(body.data(), body.size()) == TransferWriter::Status::Ok && writer.sync();
}

// The n-th name to try for a file planned at `planned`: itself, then its numbered forms, as moveIntoPlace() does.
QString alternative(const QFileInfo &planned, int n)
{
    return n == 0 ? planned.filePath() : planned.dir().filePath(FileNames::numbered(planned.fileName(), n));
}

} // namespace

QString suggestedName(const QByteArray &contentDisposition, const QUrl &url)
{
    QString name = ContentDisposition::fileName(contentDisposition);
    if (name.isEmpty())
        name = FileNames::fromUrl(url);
    return FileNames::sanitize(name);
}

QString claimPartFile(TransferWriter &writer, const QString &folder, const QString &name)
{
    const QDir dir(folder);
    // O_EXCL on the .part file claims the name atomically, against other transfers and other processes alike.
    for (int n = 0; n < maxNameAttempts; ++n) {
        const QString candidate = dir.filePath(FileNames::numbered(name, n));
        if (QFileInfo::exists(candidate))
            continue;
        if (writer.create(candidate + u".part"_s))
            return candidate;
        if (writer.errorNumber() != EEXIST)
            return QString();
    }
    return QString();
}

QString writeWhole(TransferWriter &writer, const QString &planned, QByteArrayView body)
{
    const QFileInfo info(planned);
    if (writer.createUnnamed(info.path()))
        return writeDurably(writer, body) ? planned : QString();
    if (!TransferWriter::isUnsupported(writer.errorNumber()))
        return QString();
    const QString claimed = claimPartFile(writer, info.path(), info.fileName());
    if (claimed.isEmpty())
        return QString();
    const bool written = writeDurably(writer, body);
    writer.close();
    if (written)
        return claimed;
    QFile::remove(writer.path());
    return QString();
}

bool matchesIntegrity(const QString &path, const QString &integrity)
{
    const auto hashes = parseIntegrity(integrity);
    QFile file(path);
    if (!hashes || !file.open(QIODevice::ReadOnly))
        return false;
    IntegrityVerifier verifier(*hashes);
    while (!file.atEnd())
        verifier.addData(file.read(hashChunk));
    return file.error() == QFileDevice::NoError && verifier.matches();
}

bool bodyMatchesIntegrity(QByteArrayView body, const QString &integrity)
{
    const auto hashes = parseIntegrity(integrity);
    if (!hashes)
        return false;
    IntegrityVerifier verifier(*hashes);
    verifier.addData(body);
    return verifier.matches();
}

QString moveIntoPlace(const QString &partPath, const QString &planned)
{
    const QFileInfo info(planned);
    for (int n = 0; n < maxNameAttempts; ++n) {
        const QString target = alternative(info, n);
        const int result = TransferWriter::renameNoReplace(partPath, target);
        if (result == 0)
            return target;
        if (result != EEXIST)
            break;
    }
    return QString();
}

QString freeName(const QString &planned)
{
    const QFileInfo info(planned);
    for (int n = 1; n < maxNameAttempts; ++n) {
        const QString candidate = alternative(info, n);
        if (!QFileInfo::exists(candidate) && !QFileInfo::exists(candidate + u".part"_s))
            return candidate;
    }
    return QString();
}

bool completePlacement(RecordData &record)
{
    const qint64 id = std::exchange(record.placingFileId, 0);
    const auto isOurs = [id](const QString &path) { return !path.isEmpty() && TransferWriter::fileId(path) == id; };
    if (isOurs(record.filePath)) {
        // Renamed before the crash; a link without its unlink (file systems without RENAME_NOREPLACE) leaves the
        // .part name on the same file.
        if (isOurs(record.partPath))
            QFile::remove(record.partPath);
        record.partPath.clear();
        return true;
    }
    if (isOurs(record.partPath)) {
        const QString placed = moveIntoPlace(record.partPath, record.filePath);
        if (!placed.isEmpty()) {
            record.filePath = placed;
            record.partPath.clear();
            return true;
        }
        QFile::remove(record.partPath);
    }
    record.partPath.clear();
    record.filePath.clear();
    record.segments.clear();
    record.bytes = 0;
    return false;
}

} // namespace Ferry::FilePlacement
