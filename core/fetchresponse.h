#pragma once

#include "fetchrequest.h"

#include <QString>
#include <QUrl>

namespace Ferry {

// The response half of a record, once it has settled. The body lives on disk at `filePath`: the final file in the
// destination folder for a 2xx, or a copy in the data dir for an error page (bad-status keeps the response, E2).
struct FetchResponse
{
    int status = 0;
    QByteArray statusText;
    HeaderList headers;     // Content-Range and Content-Length are removed: the body is a stitched whole (I3)
    QUrl url;               // the final URL, after redirects
    QString filePath;
    qint64 size = 0;        // decoded body bytes (E19)

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    // Reads the whole body from disk; meant for tests and small responses.
    QByteArray readBody() const;

    friend bool operator==(const FetchResponse &, const FetchResponse &) = default;
};

} // namespace Ferry
