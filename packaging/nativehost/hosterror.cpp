#include "hosterror.h"

using namespace Qt::StringLiterals;

namespace Ferry {

QString errorCode(HostError error)
{
    switch (error) {
    case HostError::TooLarge:
        return u"too-large"_s;
    case HostError::Truncated:
        return u"truncated"_s;
    case HostError::Stalled:
        return u"stalled"_s;
    case HostError::InvalidJson:
        return u"invalid-json"_s;
    case HostError::InvalidMessage:
        return u"invalid-message"_s;
    case HostError::NoSessionBus:
        return u"no-session-bus"_s;
    case HostError::NotRunning:
        return u"not-running"_s;
    case HostError::Timeout:
        return u"timeout"_s;
    case HostError::Rejected:
        return u"rejected"_s;
    }
    return u"rejected"_s;
}

QJsonObject errorReply(const HostFailure &failure)
{
    QJsonObject reply{{u"error"_s, errorCode(failure.error)}};
    if (!failure.detail.isEmpty())
        reply.insert(u"detail"_s, failure.detail);
    return reply;
}

} // namespace Ferry
