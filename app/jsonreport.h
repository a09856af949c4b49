#pragma once

#include "registrationdata.h"

#include <QJsonObject>

namespace Ferry {

class BackgroundFetchRegistration;

// The JSON of the command line: the spec's attribute names and exact enum strings (DESIGN.md section 6).
namespace JsonReport {

QJsonObject registration(const RegistrationData &data, bool withRecords);
QJsonObject record(const RecordData &record);
// {"event": name, ...the registration's attributes}: one line of `ferry fetch --json`.
QJsonObject event(const QString &name, const RegistrationData &data, const BackgroundFetchRegistration *live);
QByteArray line(const QJsonObject &object);

} // namespace JsonReport
} // namespace Ferry
