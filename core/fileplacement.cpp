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

// Links the writer's unnamed file under the first free numbered form of `name`. A name with a .part file is
// another download's claim, as in claimPartFile().
QString linkUnderFreeName(TransferWriter &writer, const QDir &dir, const QString &name)
{
    for (int n = 0; n < maxNameAttempts; ++n) {
        const QString candidate = dir.filePath(FileNames::numbered(name, n));
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

QString placeWhole(TransferWriter &writer, const QString &folder, const QString &name, QByteArrayView body)
{
    if (writer.createUnnamed(folder)) {
        if (!writeDurably(writer, body))
            return QString();
        const QString placed = linkUnderFreeName(writer, QDir(folder), name);
        writer.close();
        if (!placed.isEmpty() || writer.errorNumber() == EEXIST)
            return placed;
        // Linking goes through /proc; where that is missing, the .part way below still works.
    } else if (!TransferWriter::isUnsupported(writer.errorNumber())) {
        return QString();
    }
    const QString planned = claimPartFile(writer, folder, name);
    if (planned.isEmpty())
        return QString();
    const QString part = writer.path();
    const bool written = writeDurably(writer, body);
    writer.close();
    const QString placed = written ? moveIntoPlace(part, planned) : QString();
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
        const QString target = n == 0 ? planned : info.dir().filePath(FileNames::numbered(info.fileName(), n));
        const int result = TransferWriter::renameNoReplace(partPath, target);
        if (result == 0)
            return target;
        if (result != EEXIST)
            break;
    }
    return QString();
}

} // namespace Ferry::FilePlacement
