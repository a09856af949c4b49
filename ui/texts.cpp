#include "texts.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Ferry {

QString Texts::failureReason(FailureReason reason)
{
    switch (reason) {
    case FailureReason::None:
        return QString();
    case FailureReason::Aborted:
        return tr("Aborted");
    case FailureReason::BadStatus:
        return tr("The server answered with an error");
    case FailureReason::FetchError:
        return tr("The download failed (network error, redirect problem or checksum mismatch)");
    case FailureReason::QuotaExceeded:
        return tr("Not enough disk space");
    case FailureReason::DownloadTotalExceeded:
        return tr("The download was larger than its size limit");
    }
    return QString();
}

QString Texts::recordResult(RecordResult result)
{
    switch (result) {
    case RecordResult::Pending:
        return tr("Pending");
    case RecordResult::Success:
        return tr("Done");
    default:
        return failureReason(failureReasonFor(result));
    }
}

QString Texts::recordFailure(const RecordData &record)
{
    const RecordProblem &problem = record.problem;
    switch (problem.kind) {
    case RecordProblem::Kind::Certificate:
        return tr("The certificate of %1 is not trusted: %2").arg(problem.host, problem.detail);
    case RecordProblem::Kind::Network:
        return problem.detail.isEmpty() ? tr("The connection to %1 broke off before the file was complete").arg(problem.host)
                                        : tr("The download from %1 failed: %2").arg(problem.host, problem.detail);
    case RecordProblem::Kind::Integrity:
        return tr("The file from %1 does not match its checksum").arg(problem.host);
    case RecordProblem::Kind::None:
        break;
    }
    if (record.result == RecordResult::BadStatus && record.status > 0)
        return httpStatus(record.status);
    return recordResult(record.result);
}

QString Texts::registrationFailure(const RegistrationData &registration)
{
    for (const RecordData &record : registration.records) {
        if (!record.problem.isEmpty())
            return recordFailure(record);
    }
    return failure(registration.failureReason, registration.errorStatus());
}

QString Texts::error(const FetchException &e)
{
    const QString subject = e.subject();
    QString text;
    switch (e.issue()) {
    case FetchIssue::None:
        text = tr("Unknown error");
        break;
    case FetchIssue::EmptyId:
        text = tr("The id must not be empty");
        break;
    case FetchIssue::IdTooLong:
        text = tr("The id is longer than 1 MiB");
        break;
    case FetchIssue::DuplicateId:
        text = tr("A registration with the id \"%1\" is already active").arg(subject);
        break;
    case FetchIssue::NoRequests:
        text = tr("At least one URL is needed");
        break;
    case FetchIssue::InvalidUrl:
        text = tr("\"%1\" is not a valid URL").arg(subject);
        break;
    case FetchIssue::CredentialsInUrl:
        text = tr("\"%1\" contains a user name or password; Ferry does not store credentials in URLs").arg(subject);
        break;
    case FetchIssue::UnsupportedScheme:
        text = tr("\"%1\" is not an http or https URL").arg(subject);
        break;
    case FetchIssue::BadPort:
        text = tr("\"%1\" uses a port that is blocked for safety").arg(subject);
        break;
    case FetchIssue::DanglingMarkup:
        text = tr("\"%1\" contains a line break and '<', which looks like injected markup").arg(subject);
        break;
    case FetchIssue::BlockedByPolicy:
        text = tr("\"%1\" is blocked by policy").arg(subject);
        break;
    case FetchIssue::NoCorsMode:
        text = tr("Requests in no-cors mode cannot be fetched in the background");
        break;
    case FetchIssue::InvalidMethod:
        text = tr("\"%1\" is not an allowed HTTP method").arg(subject);
        break;
    case FetchIssue::InvalidHeader:
        text = tr("The header \"%1\" is invalid or managed by Ferry itself").arg(subject);
        break;
    case FetchIssue::UnreadableBody:
        text = tr("Cannot read the body file \"%1\"").arg(subject);
        break;
    case FetchIssue::BodyNotAllowed:
        text = tr("GET and HEAD requests cannot have a body");
        break;
    case FetchIssue::InvalidIntegrity:
        text = tr("\"%1\" is not a valid checksum (expected sha256-, sha384- or sha512- followed by base64, or "
                  "64 hex digits)")
                   .arg(subject);
        break;
    case FetchIssue::InvalidDestination:
        text = tr("Cannot write to the folder \"%1\"").arg(subject);
        break;
    case FetchIssue::InvalidOption:
        text = tr("An option has an invalid value");
        break;
    case FetchIssue::InsufficientSpace:
        text = tr("Not enough free space in \"%1\"").arg(subject);
        break;
    case FetchIssue::StoreFailure:
        text = tr("The database could not be written: %1").arg(subject);
        break;
    case FetchIssue::NotActive:
        text = tr("The registration is not active");
        break;
    case FetchIssue::EventNotActive:
        text = tr("The event is no longer active");
        break;
    case FetchIssue::UiAlreadyUpdated:
        text = tr("updateUI() was already called for this event");
        break;
    case FetchIssue::UntrustedEvent:
        text = tr("The event was not created by Ferry");
        break;
    case FetchIssue::RecordsUnavailable:
        text = tr("The records of this registration are no longer available");
        break;
    case FetchIssue::ResponseUnavailable:
        text = tr("The response is not available");
        break;
    case FetchIssue::Aborted:
        text = tr("Aborted");
        break;
    case FetchIssue::NotPausable:
        text = tr("Only registrations made of GET requests can be paused");
        break;
    case FetchIssue::BusyElsewhere:
        text = tr("The registration \"%1\" is being run by another Ferry process").arg(subject);
        break;
    case FetchIssue::UnknownId:
        text = tr("No active registration has the id \"%1\"").arg(subject);
        break;
    }
    if (e.requestIndex() >= 0)
        return tr("URL %1: %2").arg(e.requestIndex() + 1).arg(text);
    return text;
}

QString Texts::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString Texts::amount(quint64 done, quint64 total)
{
    if (total == 0)
        return bytes(qint64(done));
    return tr("%1 of %2").arg(bytes(qint64(done)), bytes(qint64(total)));
}

QString Texts::speed(double bytesPerSecond)
{
    return tr("%1/s").arg(bytes(qint64(bytesPerSecond)));
}

QString Texts::timeLeft(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s left", nullptr, int(std::max<qint64>(1, seconds)));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%n min left", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min left").arg(hours).arg(minutes % 60);
    return tr("%n days left", nullptr, int((hours + 12) / 24));
}

QString Texts::status(const RegistrationRow &row)
{
    switch (row.status) {
    case RowStatus::Queued:
        return tr("Queued");
    case RowStatus::WaitingForConnection:
        return tr("Waiting for a connection");
    case RowStatus::Connecting:
        return tr("Connecting");
    case RowStatus::Downloading:
        return tr("Downloading");
    case RowStatus::Uploading:
        return tr("Uploading");
    case RowStatus::Retrying: {
        const qint64 seconds = (row.retryAtMs - QDateTime::currentMSecsSinceEpoch() + 999) / 1000;
        return seconds > 0 ? tr("Retrying in %n s", nullptr, int(seconds)) : tr("Retrying");
    }
    case RowStatus::Paused:
        return tr("Paused");
    case RowStatus::Stopped:
        return tr("Stopped");
    case RowStatus::Completed:
        return tr("Completed");
    case RowStatus::Failed:
        // Short forms: a row has little room; the details pane and tooltips carry failure()'s full words.
        switch (row.failureReason) {
        case FailureReason::Aborted:
            return tr("Aborted");
        case FailureReason::BadStatus:
            return row.errorStatus > 0 ? httpStatus(row.errorStatus) : tr("Failed: server error");
        case FailureReason::FetchError:
            switch (row.problem) {
            case RecordProblem::Kind::Certificate:
                return tr("Failed: certificate not trusted");
            case RecordProblem::Kind::Network:
                return tr("Failed: network error");
            case RecordProblem::Kind::Integrity:
                return tr("Failed: checksum mismatch");
            case RecordProblem::Kind::None:
                break;
            }
            return tr("Failed: network or checksum error");
        case FailureReason::QuotaExceeded:
            // Stopped by the disk reserve with every byte kept (`ferry resume` continues it once there is room).
            return tr("Stopped: disk full");
        case FailureReason::DownloadTotalExceeded:
            return tr("Failed: larger than its limit");
        case FailureReason::None:
            break;
        }
        return tr("Failed");
    }
    return QString();
}

QString Texts::httpStatus(int status)
{
    QString words;
    switch (status) {
    case 400:
        words = tr("The server did not accept the request");
        break;
    case 401:
        words = tr("The server asks for a login");
        break;
    case 403:
        words = tr("The server refuses access to the file");
        break;
    case 404:
        words = tr("The server has no such file");
        break;
    case 407:
        words = tr("The proxy asks for a login");
        break;
    case 408:
    case 504:
        words = tr("The server took too long to answer");
        break;
    case 410:
        words = tr("The file was removed from the server");
        break;
    case 416:
        words = tr("The server cannot send the rest of the file");
        break;
    case 429:
        words = tr("The server is getting too many requests");
        break;
    case 500:
        words = tr("The server had an internal error");
        break;
    case 502:
        words = tr("The server's gateway failed");
        break;
    case 503:
        words = tr("The server is unavailable for now");
        break;
    default:
        words = status >= 500 ? tr("The server failed") : tr("The server refused the download");
        break;
    }
    //: A reason and its HTTP status code: "The server has no such file (404)".
    return tr("%1 (%2)").arg(words).arg(status);
}

QString Texts::failure(FailureReason reason, int errorStatus)
{
    if (reason == FailureReason::BadStatus && errorStatus > 0)
        return httpStatus(errorStatus);
    return failureReason(reason);
}

} // namespace Ferry
