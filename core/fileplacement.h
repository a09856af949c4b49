#pragma once

#include "registrationdata.h"

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
// Writes a whole body held in memory durably into a file that has no name yet, in the folder of `planned`, and
// leaves `writer` open on it: publishAs() names it once the store knows (see completePlacement()). Where the file
// system has no unnamed files, writes it into a newly claimed .part file instead and closes it; writer.path() is
// then that .part file. Returns the final path the file stands for, or an empty string (see writer.errorNumber();
// ENOSPC for a full disk).
QString writeWhole(TransferWriter &writer, const QString &planned, QByteArrayView body);
// True when the file's bytes match the SRI metadata.
bool matchesIntegrity(const QString &path, const QString &integrity);
// True when the body, held in memory, matches the SRI metadata.
bool bodyMatchesIntegrity(QByteArrayView body, const QString &integrity);
// Renames the .part file to `planned`, or to the next free numbered name if that appeared meanwhile. Returns the
// final path, or an empty string when it could not be moved.
QString moveIntoPlace(const QString &partPath, const QString &planned);
// The first numbered form of `planned` ("a (1).bin", ...) with neither a file nor a .part file, or an empty string.
QString freeName(const QString &planned);
// Finishes what a crash interrupted while a complete body was being given its name (RecordData::placingFileId):
// the file is found by its identity under its final name or its .part name, and moved into place if need be.
// True when the record's file is in place; false when the file is gone (a body that never had a name) and the
// record starts over, its name free again, so nothing is fetched twice and no numbered copy appears.
bool completePlacement(RecordData &record);

} // namespace FilePlacement
} // namespace Ferry
