#include "registrationdata.h"

#include <QUrl>

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

QString RegistrationData::naming() const
{
    QString target = firstTarget;
    int count = recordCount;
    if (!records.isEmpty()) {
        const RecordData &first = records.constFirst();
        // A failed record's file is the server's error page, kept aside under a name of Ferry's: not a name to show.
        const bool landed = first.result == RecordResult::Success && !first.filePath.isEmpty();
        target = landed ? first.filePath : !first.partPath.isEmpty() ? first.partPath : first.request.url;
        count = int(records.size());
    }
    if (target.isEmpty())
        return QString();
    QString name;
    if (target.startsWith(u'/')) {
        name = target.section(u'/', -1);
        if (name.endsWith(u".part"))
            name.chop(5);
    } else {
        const QUrl url(target);
        name = url.fileName();
        if (name.isEmpty())
            name = url.host();
    }
    if (count > 1)
        name += u" +"_s + QString::number(count - 1);
    return name;
}

QString RegistrationData::displayTitle() const
{
    if (!title.isEmpty())
        return title;
    const QString name = naming();
    return name.isEmpty() ? id : name;
}

RecordProblem::Kind RegistrationData::problemKind() const
{
    if (records.isEmpty())
        return listedProblem;
    for (const RecordData &record : records) {
        if (!record.problem.isEmpty())
            return record.problem.kind;
    }
    return RecordProblem::Kind::None;
}

int RegistrationData::errorStatus() const
{
    if (records.isEmpty())
        return listedErrorStatus;
    for (const RecordData &record : records) {
        if (record.result == RecordResult::BadStatus)
            return record.status;
    }
    return 0;
}

bool RegistrationData::allGet() const
{
    return std::all_of(records.cbegin(), records.cend(), [](const RecordData &r) { return r.request.isGet(); });
}

} // namespace Ferry
