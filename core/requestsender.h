#pragma once

#include "registrationdata.h"
#include "transfertypes.h"

#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

// Puts one hop of a transfer on the wire: the QNetworkRequest with the caller's headers, Ferry's own policy
// (manual redirects, the stall timeout) and, for a resume, Range with If-Range; plus the upload body.
namespace RequestSender {

// Sends `method` to `url` for `record`, continuing from `rangeStart` when it is above 0, up to `rangeEnd`
// (exclusive) when that is set. Returns the reply, or null when the upload body cannot be opened.
QNetworkReply *send(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method,
                    const RecordData &record, qint64 rangeStart, const EngineConfig &config, qint64 rangeEnd = -1);

} // namespace RequestSender
} // namespace Ferry
