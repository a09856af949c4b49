#include "jsonreport.h"

#include "backgroundfetchregistration.h"
#include "jsonbytes.h"
#include "storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>


using namespace Qt::StringLiterals;

namespace Ferry::JsonReport {

QJsonObject record(const RecordData &rec)
{
    QJsonObject object{
        {u"index"_s, rec.index},
        {u"url"_s, rec.request.url},
        {u"method"_s, QString::fromLatin1(rec.request.method)},
        {u"status"_s, rec.status},
        {u"file"_s, rec.filePath},
        {u"size"_s, rec.bytes},
        {u"result"_s, toSpecString(rec.result)},
        {u"tries"_s, rec.tries},
    };
    // Why a fetch-error happened, for scripts to tell a bad certificate from a dead link: kind, host, detail.
    if (!rec.problem.isEmpty()) {
        object.insert(u"problem"_s, QJsonObject{{u"kind"_s, StoreCodec::toStorageString(rec.problem.kind)},
                                                {u"host"_s, rec.problem.host},
                                                {u"detail"_s, rec.problem.detail}});
    }
    return object;
}

QJsonObject registration(const RegistrationData &data, bool withRecords)
{
    QJsonObject object{
        {u"id"_s, data.id},
        {u"title"_s, data.title},
        {u"uploadTotal"_s, qint64(data.uploadTotal)},
        {u"uploaded"_s, qint64(data.uploaded)},
        {u"downloadTotal"_s, qint64(data.downloadTotal)},
        {u"downloaded"_s, qint64(data.downloaded)},
        {u"result"_s, toSpecString(data.result)},
        {u"failureReason"_s, toSpecString(data.failureReason)},
        {u"state"_s, toStorageString(data.state)},
        {u"created"_s, data.created.toString(Qt::ISODateWithMs)},
    };
    if (data.finished.isValid())
        object.insert(u"finished"_s, data.finished.toString(Qt::ISODateWithMs));
    if (!data.icons.isEmpty())
        object.insert(u"icons"_s, StoreCodec::iconsToJson(data.icons));
    if (withRecords) {
        QJsonArray records;
        for (const RecordData &rec : data.records)
            records.append(record(rec));
        object.insert(u"records"_s, records);
    }
    return object;
}

QJsonObject event(const QString &name, const RegistrationData &data, const BackgroundFetchRegistration *live)
{
    QJsonObject object = registration(data, name != u"progress");
    if (live) {
        // The live attributes are ahead of the stored (durable) counts.
        object.insert(u"uploaded"_s, qint64(live->uploaded()));
        object.insert(u"downloaded"_s, qint64(live->downloaded()));
        object.insert(u"result"_s, toSpecString(live->result()));
        object.insert(u"failureReason"_s, toSpecString(live->failureReason()));
    }
    QJsonObject withEvent{{u"event"_s, name}};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        withEvent.insert(it.key(), it.value());
    return withEvent;
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

void appendRegistration(QByteArray &out, const RegistrationData &data)
{
    // The keys of registration(data, false), in the order QJsonObject keeps them: sorted by code unit.
    JsonBytes json(out);
    json.raw("{");
    json.member("created", data.created);
    json.member("downloadTotal", qint64(data.downloadTotal));
    json.member("downloaded", qint64(data.downloaded));
    json.member("failureReason", toSpecString(data.failureReason));
    if (data.finished.isValid())
        json.member("finished", data.finished);
    if (!data.icons.isEmpty()) {
        json.key("icons");
        json.raw("[");
        for (qsizetype i = 0; i < data.icons.size(); ++i) {
            const ImageResource &icon = data.icons.at(i);
            if (i > 0)
                json.raw(",");
            json.raw("{");
            json.member("sizes", icon.sizes);
            json.member("src", icon.src);
            json.member("type", icon.type);
            json.raw("}");
        }
        json.raw("]");
    }
    json.member("id", data.id);
    json.member("result", toSpecString(data.result));
    json.member("state", toStorageString(data.state));
    json.member("title", data.title);
    json.member("uploadTotal", qint64(data.uploadTotal));
    json.member("uploaded", qint64(data.uploaded));
    json.raw("}");
}

} // namespace Ferry::JsonReport
