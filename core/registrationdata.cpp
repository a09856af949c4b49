#include "registrationdata.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ferry {

QString toStorageString(RegistrationState state)
{
    switch (state) {
    case RegistrationState::Active:
        return u"active"_s;
    case RegistrationState::Paused:
        return u"paused"_s;
    case RegistrationState::Finished:
        return u"finished"_s;
    }
    return u"finished"_s;
}

RegistrationState registrationStateFromStorage(QStringView text)
{
    if (text == u"active")
        return RegistrationState::Active;
    if (text == u"paused")
        return RegistrationState::Paused;
    return RegistrationState::Finished;
}

FetchResponse RecordData::response() const
{
    FetchResponse response;
    response.status = status;
    response.statusText = statusText;
    for (const auto &header : responseHeaders) {
        if (header.first.compare("content-range", Qt::CaseInsensitive) != 0
            && header.first.compare("content-length", Qt::CaseInsensitive) != 0)
            response.headers.append(header);
    }
    response.url = QUrl(finalUrl);
    response.filePath = filePath;
    response.size = bytes;
    return response;
}

bool RecordData::isSameVersion(const QByteArray &otherEtag, const QByteArray &otherLastModified) const
{
    const auto differs = [](const QByteArray &mine, const QByteArray &theirs) {
        return !mine.isEmpty() && !theirs.isEmpty() && mine != theirs;
    };
    return !differs(etag, otherEtag) && !differs(lastModified, otherLastModified);
}

bool RegistrationData::allGet() const
{
    return std::all_of(records.cbegin(), records.cend(), [](const RecordData &r) { return r.request.isGet(); });
}

} // namespace Ferry
