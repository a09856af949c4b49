#pragma once

#include <QStringList>

class QMimeData;

namespace Ferry {

// The http(s) links in what is dropped on the window or pasted into it: links themselves, text that holds links,
// or local text files of links (`.txt` or `.list`, one per line, as browsers and wget lists write them).
namespace DroppedLinks {

QStringList urlsIn(const QMimeData *mime);

} // namespace DroppedLinks
} // namespace Ferry
