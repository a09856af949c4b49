#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Ferry {

class TransferWriter;

// Where a download's bytes go on disk, and how they get to their final name: the file-system half of a transfer,
// kept apart from the HTTP exchange. Nothing here ever replaces an existing file or leaves the destination folder.
namespace FilePlacement {

// The name a response suggests: its Content-Disposition, else the last segment of the URL; always sanitised.
QString suggestedName(const QByteArray &contentDisposition, const QUrl &url);
// Creates `<name>.part` in `folder` exclusively, numbering the name ("a (1).bin") until neither it nor its .part
// file exists. Returns the final path the .part stands for, or an empty string (see writer.errorNumber()).
QString claimPartFile(TransferWriter &writer, const QString &folder, const QString &name);
// Puts a whole body held in memory into a new file at `planned` (numbered further if that was taken meanwhile),
// durably and in one step: the name appears only once every byte is on disk, so a crash leaves neither a torn
// file nor a stray .part. Returns the final path, or an empty string (see writer.errorNumber(); ENOSPC for a full
// disk).
QString placeWhole(TransferWriter &writer, const QString &planned, QByteArrayView body);
// True when the file's bytes match the SRI metadata.
bool matchesIntegrity(const QString &path, const QString &integrity);
// True when the body, held in memory, matches the SRI metadata.
bool bodyMatchesIntegrity(QByteArrayView body, const QString &integrity);
// Renames the .part file to `planned`, or to the next free numbered name if that appeared meanwhile. Returns the
// final path, or an empty string when it could not be moved.
QString moveIntoPlace(const QString &partPath, const QString &planned);

} // namespace FilePlacement
} // namespace Ferry
