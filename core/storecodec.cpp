#include "storecodec.h"

#include "jsonbytes.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ferry::StoreCodec {

QByteArray encodeHeaders(const HeaderList &headers)
{
    // Written directly: each small file stores its response headers, and QJsonDocument was a quarter of the GUI
    // thread's time in a run of 1000 of them (case c of tests/bench). The bytes are the same.
    QByteArray out;
    {
        JsonBytes json(out);
        json.raw("[");
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (i > 0)
                json.raw(",");
            json.raw("[");
            json.latin1(headers.at(i).first);
            json.raw(",");
            json.latin1(headers.at(i).second);
            json.raw("]");
        }
        json.raw("]");
    }
    return out;
}

HeaderList decodeHeaders(const QByteArray &json)
{
    HeaderList headers;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const auto &entry : array) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() == 2)
            headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return headers;
}

QJsonArray iconsToJson(const QList<ImageResource> &icons)
{
    QJsonArray array;
    for (const auto &icon : icons)
        array.append(QJsonObject{{u"src"_s, icon.src}, {u"sizes"_s, icon.sizes}, {u"type"_s, icon.type}});
    return array;
}

QByteArray encodeIcons(const QList<ImageResource> &icons)
{
    return QJsonDocument(iconsToJson(icons)).toJson(QJsonDocument::Compact);
}

QList<ImageResource> decodeIcons(const QByteArray &json)
{
    QList<ImageResource> icons;
    // Most registrations have no icon: skip the parser for the empty array that encodeIcons() wrote.
    if (json.isEmpty() || json == "[]")
        return icons;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const auto &entry : array) {
        const QJsonObject object = entry.toObject();
        icons.append({object.value(u"src"_s).toString(), object.value(u"sizes"_s).toString(),
                      object.value(u"type"_s).toString()});
    }
    return icons;
}

QString toStorageString(RecordProblem::Kind kind)
{
    switch (kind) {
    case RecordProblem::Kind::None:
        return QString();
    case RecordProblem::Kind::Certificate:
        return u"certificate"_s;
    case RecordProblem::Kind::Network:
        return u"network"_s;
    case RecordProblem::Kind::Integrity:
        return u"integrity"_s;
    }
    return QString();
}

RecordProblem::Kind problemKindFromStorage(QStringView text)
{
    for (const auto kind : {RecordProblem::Kind::Certificate, RecordProblem::Kind::Network, RecordProblem::Kind::Integrity}) {
        if (text == toStorageString(kind))
            return kind;
    }
    return RecordProblem::Kind::None;
}

QByteArray encodeProblem(const RecordProblem &problem)
{
    if (problem.isEmpty())
        return QByteArray();
    const QJsonObject object{{u"kind"_s, toStorageString(problem.kind)},
                             {u"host"_s, problem.host},
                             {u"detail"_s, problem.detail}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RecordProblem decodeProblem(const QByteArray &json)
{
    if (json.isEmpty())
        return {};
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    RecordProblem problem;
    problem.kind = problemKindFromStorage(object.value(u"kind"_s).toString());
    if (problem.isEmpty())
        return {};
    problem.host = object.value(u"host"_s).toString();
    problem.detail = object.value(u"detail"_s).toString();
    return problem;
}

} // namespace Ferry::StoreCodec
