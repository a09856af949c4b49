#include "namereservations.h"

#include "filenames.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Ferry {

namespace {

constexpr int maxNameAttempts = 10000; // as FilePlacement gives up

} // namespace

QString NameReservations::reserve(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    for (int n = 0; n < maxNameAttempts; ++n) {
        const QString candidate = dir.filePath(FileNames::numbered(name, n));
        if (m_paths.contains(candidate) || QFileInfo::exists(candidate) || QFileInfo::exists(candidate + u".part"_s))
            continue;
        m_paths.insert(candidate);
        return candidate;
    }
    return QString();
}

void NameReservations::release(const QString &path)
{
    m_paths.remove(path);
}

} // namespace Ferry
