#include "fileplacement.h"

#include "contentdisposition.h"
#include "filenames.h"
#include "integrity.h"
#include "transferwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

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

// Links the writer's unnamed file at `planned`, or at the first free numbered form of it. A name with a .part
// file is another download's claim, as in claimPartFile().
QString linkUnderFreeName(TransferWriter &writer, const QString &planned)
{
    const QFileInfo info(planned);
    for (int n = 0; n < maxNameAttempts; ++n) {
        const QString candidate = alternative(info, n);
        if (QFileInfo::exists(candidate + u".part"_s))
            continue;
        const int result = writer.publishAs(candidate);
        if (result == 0)
            return candidate;
        if (result != EEXIST)
            return QString();
    }
    return QString();
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

QString placeWhole(TransferWriter &writer, const QString &planned, QByteArrayView body)
{
    const QFileInfo info(planned);
    if (writer.createUnnamed(info.path())) {
        if (!writeDurably(writer, body))
            return QString();
        const QString placed = linkUnderFreeName(writer, planned);
        writer.close();
        if (!placed.isEmpty() || writer.errorNumber() == EEXIST)
            return placed;
        // Linking goes through /proc; where that is missing, the .part way below still works.
    } else if (!TransferWriter::isUnsupported(writer.errorNumber())) {
        return QString();
    }
    const QString claimed = claimPartFile(writer, info.path(), info.fileName());
    if (claimed.isEmpty())
        return QString();
    const QString part = writer.path();
    const bool written = writeDurably(writer, body);
    writer.close();
    const QString placed = written ? moveIntoPlace(part, claimed) : QString();
    if (placed.isEmpty())
        QFile::remove(part);
    return placed;
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

} // namespace Ferry::FilePlacement
