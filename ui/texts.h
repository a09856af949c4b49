#pragma once

#include "fetchexception.h"
#include "fetchtypes.h"
#include "registrationdata.h"
#include "registrationrow.h"

#include <QCoreApplication>
#include <QString>

namespace Ferry {

// Words for what the core reports as enums: the only place results, reasons and errors become user-facing text.
class Texts final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Texts)

public:
    static QString failureReason(FailureReason reason);
    static QString recordResult(RecordResult result);
    // What went wrong with one record, as precisely as known: "The certificate of example.org is not trusted: The
    // certificate has expired", "The server answered with an error (HTTP 404)", else recordResult().
    static QString recordFailure(const RecordData &record);
    // The first failed record's recordFailure() when that says more than the registration's reason, else failure().
    static QString registrationFailure(const RegistrationData &registration);
    static QString error(const FetchException &error);
    // "340 MiB", "1.2 GiB": binary units, as file managers on Linux show them.
    static QString bytes(qint64 bytes);
    // "340 MiB of 1.2 GiB", or just "340 MiB" while the total is unknown.
    static QString amount(quint64 done, quint64 total);
    // "1.5 MiB/s".
    static QString speed(double bytesPerSecond);
    // "45 s left", "3 min left", "2 h 5 min left".
    static QString timeLeft(qint64 seconds);
    // One phrase for a row's state: "Queued", "Waiting for a connection", "Retrying in 12 s", "Paused", "The server
    // has no such file (404)"...
    static QString status(const RegistrationRow &row);
    // What an HTTP error status means for a download, with the code: "The server has no such file (404)".
    static QString httpStatus(int status);
    // Why a registration failed, in words: its HTTP status when that was the cause, else failureReason().
    static QString failure(FailureReason reason, int errorStatus);
};

} // namespace Ferry
