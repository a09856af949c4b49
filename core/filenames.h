#pragma once

#include <QString>

class QUrl;

// Turning what a server or URL suggests into a name that is safe to create inside the destination folder.
// Pure functions, safe on any thread. Every name that reaches the disk goes through sanitize(): the inputs are
// chosen by whoever runs the server.
namespace Ferry::FileNames {

// The longest name, in UTF-8 bytes, Ferry gives a download: common Linux file systems (ext4, btrfs, xfs) accept
// 255, and the file first exists as "<name>.part", which needs 5 more.
inline constexpr qsizetype MaximumBytes = 250;

// The name used when nothing better is known.
QString fallbackName();

// A single, harmless path component: the last component after any '/' or '\', without control or bidi
// characters, without leading dots or dashes (no hidden files, nothing that reads as a command-line option),
// without trailing dots or spaces, with Windows reserved device names defused and at most MaximumBytes long in
// UTF-8, keeping the extension when it truncates. Never empty: fallbackName() is the last resort.
QString sanitize(const QString &name);

// sanitize() without the last resort: an empty string when nothing of name survives ("..", "a/..", "---", a
// name of control characters), so that a caller can try another source of names before fallbackName().
QString cleaned(const QString &name);

// The last non-empty path segment of url, percent-decoded, or an empty string when the path has none.
// The result is not sanitised.
QString fromUrl(const QUrl &url);

// The n-th alternative for a name that is taken: "report.pdf", 1 gives "report (1).pdf", and compound archive
// suffixes stay whole ("a.tar.gz" gives "a (1).tar.gz"). n <= 0 gives name unchanged. The stem is shortened
// when needed so that the result stays within MaximumBytes.
QString numbered(const QString &name, int n);

} // namespace Ferry::FileNames
