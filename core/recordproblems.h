#pragma once

#include "registrationdata.h"

#include <QList>
#include <QSslError>
#include <QUrl>

class QNetworkReply;

// What to tell the user when a hop fails: the kind of fault, the host it happened with (never its user info) and
// the network library's own words for it.
namespace Ferry::RecordProblems {

// host, or host:port when the URL names a port: where a fault happened, without any credentials in the URL.
QString hostOf(const QUrl &url);
// A certificate the handshake refused: each distinct reason Qt gave, else the reply's own error text.
RecordProblem certificate(const QUrl &url, const QList<QSslError> &errors, const QString &replyError);
// A transport fault (refused, reset, timed out, cut short); `replyError` is empty when the reply ended without one,
// as a body cut short by the server's close does.
RecordProblem network(const QUrl &url, const QString &replyError);

} // namespace Ferry::RecordProblems
