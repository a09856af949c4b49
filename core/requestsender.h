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

// Sends `method` to `url` for `record`, continuing from `rangeStart` when it is above 0. Returns the reply, or
// null when the upload body cannot be opened.
QNetworkReply *send(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method,
                    const RecordData &record, qint64 rangeStart, const EngineConfig &config);

} // namespace RequestSender
} // namespace Ferry
