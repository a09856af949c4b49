#include "handover.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

HostFailure invalid(const QString &why)
{
    return HostFailure{HostError::InvalidMessage, why};
}

} // namespace

std::variant<HandOver, HostFailure> HandOver::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return HostFailure{HostError::InvalidJson, parseError.errorString()};
    if (!document.isObject())
        return HostFailure{HostError::InvalidJson, u"the message is not a JSON object"_s};
    const QJsonObject object = document.object();

    const bool hasUrl = object.contains(u"url"_s);
    const bool hasUrls = object.contains(u"urls"_s);
    if (hasUrl == hasUrls)
        return invalid(u"exactly one of \"url\" and \"urls\" is needed"_s);

    HandOver handOver;
    if (hasUrl) {
        const QJsonValue url = object.value(u"url"_s);
        if (!url.isString() || url.toString().isEmpty())
            return invalid(u"\"url\" must be a non-empty string"_s);
        handOver.urls.append(url.toString());
    } else {
        const QJsonValue urls = object.value(u"urls"_s);
        if (!urls.isArray() || urls.toArray().isEmpty())
            return invalid(u"\"urls\" must be a non-empty array of strings"_s);
        const QJsonArray array = urls.toArray();
        for (const QJsonValue &url : array) {
            if (!url.isString() || url.toString().isEmpty())
                return invalid(u"\"urls\" must be a non-empty array of strings"_s);
            handOver.urls.append(url.toString());
        }
    }

    // A missing title and null are the same: extensions often send the page title as it is, which may be null.
    const QJsonValue title = object.value(u"title"_s);
    if (!title.isUndefined() && !title.isNull()) {
        if (!title.isString())
            return invalid(u"\"title\" must be a string"_s);
        handOver.title = title.toString();
    }
    return handOver;
}

} // namespace Ferry
