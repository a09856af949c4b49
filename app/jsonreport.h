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
// Appends to `out` exactly the bytes of line(registration(data, false)) without its newline, written directly:
// `ferry list --json` prints 100,000 of these, and building a QJsonObject and a document for each row cost most
// of a second. tst_cli checks that both give the same bytes.
void appendRegistration(QByteArray &out, const RegistrationData &data);

} // namespace JsonReport
} // namespace Ferry
