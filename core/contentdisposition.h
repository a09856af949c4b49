#pragma once

#include <QByteArrayView>
#include <QString>

// Content-Disposition (RFC 6266, with RFC 5987 extended parameters), read the way real servers write it.
// Pure functions, safe on any thread. The parser sees untrusted bytes from the network and is fuzzed: it never
// crashes, never loops without consuming input, and gives up quietly on anything it cannot make sense of.
namespace Ferry::ContentDisposition {

// The file name the header suggests, or an empty string when it suggests none, or one of which sanitising
// would leave nothing ("..."), so that the caller falls back to the URL's name. The first `filename*` that
// decodes wins; otherwise `filename` is used, with any RFC 2047 encoded words in it decoded. The result is NOT
// safe to put on disk: pass it through FileNames::sanitize() first.
QString fileName(QByteArrayView headerValue);

} // namespace Ferry::ContentDisposition
