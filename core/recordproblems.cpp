#include "recordproblems.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Ferry::RecordProblems {

QString hostOf(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded);
    return url.port() >= 0 ? host + u':' + QString::number(url.port()) : host;
}

RecordProblem certificate(const QUrl &url, const QList<QSslError> &errors, const QString &replyError)
{
    QStringList reasons;
    for (const QSslError &error : errors) {
        // "No certificates could be verified" follows any other reason and adds nothing to it.
        if (error.error() == QSslError::UnableToVerifyFirstCertificate && errors.size() > 1)
            continue;
        const QString reason = error.errorString();
        if (!reason.isEmpty() && !reasons.contains(reason))
            reasons.append(reason);
    }
    return {RecordProblem::Kind::Certificate, hostOf(url), reasons.isEmpty() ? replyError : reasons.join(u"; "_s)};
}

RecordProblem network(const QUrl &url, const QString &replyError)
{
    return {RecordProblem::Kind::Network, hostOf(url), replyError};
}

} // namespace Ferry::RecordProblems
