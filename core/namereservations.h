#pragma once

#include <QSet>
#include <QString>

namespace Ferry {

// The final names that small bodies held in memory are going to take (see Transfer::shouldHoldBody()). A streamed
// download claims its name at its head with an O_EXCL .part file; a held one has no file until it is complete, so
// it claims its name here instead, and downloads of the same name are numbered in the order their heads came, not
// in the order they finished. Lives on the engine thread, owned by the TransferEngine; other processes still see
// only the files, and a name taken meanwhile is numbered again when the file lands.
class NameReservations final
{
public:
    // Reserves and returns the path of the first numbered form of `name` in `folder` ("a.bin", "a (1).bin", ...)
    // that has no file, no .part file and no reservation; an empty string when none of the first 10000 is free.
    QString reserve(const QString &folder, const QString &name);
    void release(const QString &path);
    bool isReserved(const QString &path) const { return m_paths.contains(path); }

private:
    QSet<QString> m_paths;
};

} // namespace Ferry
