#pragma once

#include <QString>

namespace Ferry::PrivateFiles {

// The store holds request headers (Authorization, Cookie) and URLs that may carry secrets: other local users must
// not read it. A folder Ferry creates is 0700; a folder that exists keeps its mode (it may be one the user chose
// for other things too), but the store's files in it are made 0600.
bool makeFolder(const QString &path);
// Creates `path` empty with mode 0600 if it does not exist; an existing file, and the SQLite journal files beside
// it (`-wal`, `-shm`, which SQLite creates with the database file's mode), lose any group and other permissions.
bool makeStoreFile(const QString &path);

} // namespace Ferry::PrivateFiles
