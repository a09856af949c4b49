#pragma once

#include "fetchoptions.h"
#include "fetchrequest.h"
#include "registrationdata.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

// Compact JSON encodings for the list-valued columns of the store (headers, icons, a record's problem).
namespace Ferry::StoreCodec {

// Header names and values are bytes; they are kept as Latin-1 strings so any byte survives the round trip.
QByteArray encodeHeaders(const HeaderList &headers);
HeaderList decodeHeaders(const QByteArray &json);
QByteArray encodeIcons(const QList<ImageResource> &icons);
QList<ImageResource> decodeIcons(const QByteArray &json);
QJsonArray iconsToJson(const QList<ImageResource> &icons);
// Empty for no problem, so a successful record stores nothing.
QByteArray encodeProblem(const RecordProblem &problem);
RecordProblem decodeProblem(const QByteArray &json);
QString toStorageString(RecordProblem::Kind kind);
RecordProblem::Kind problemKindFromStorage(QStringView text);

} // namespace Ferry::StoreCodec
