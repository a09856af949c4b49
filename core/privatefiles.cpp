#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ferry::PrivateFiles {
namespace {

bool ownerOnly(const QByteArray &path)
{
    struct stat info {};
    if (::stat(path.constData(), &info) != 0)
        return errno == ENOENT;
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        return true;
    return ::chmod(path.constData(), info.st_mode & ~(S_IRWXG | S_IRWXO) & 07777) == 0;
}

} // namespace

bool makeFolder(const QString &path)
{
    const QString absolute = QDir(path).absolutePath();
    if (QFileInfo::exists(absolute))
        return QFileInfo(absolute).isDir();
    // Parents as usual; the folder itself without access for anyone else from the first moment.
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return false;
    return ::mkdir(QFile::encodeName(absolute).constData(), 0700) == 0 || errno == EEXIST;
}

bool makeStoreFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
    else if (errno != EEXIST)
        return false;
    return ownerOnly(name) && ownerOnly(name + "-wal") && ownerOnly(name + "-shm");
}

} // namespace Ferry::PrivateFiles
