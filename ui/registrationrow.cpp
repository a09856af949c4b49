#include "registrationrow.h"

#include "backgroundfetchregistration.h"
#include "registrationdata.h"

namespace Ferry {
namespace {

RowStatus statusFor(FetchResult result, RegistrationState state)
{
    if (result == FetchResult::Success)
        return RowStatus::Completed;
    if (result == FetchResult::Failure)
        return RowStatus::Failed;
    if (state == RegistrationState::Paused)
        return RowStatus::Paused;
    return RowStatus::Stopped;
}

} // namespace

RegistrationRow RegistrationRow::fromData(const RegistrationData &data)
{
    RegistrationRow row;
    row.uuid = data.uuid;
    row.id = data.id;
    row.title = data.title;
    row.name = data.naming();
    row.iconPath = data.iconPath;
    row.created = data.created;
    row.seq = data.seq;
    row.downloadTotal = data.downloadTotal;
    row.downloaded = data.downloaded;
    row.uploadTotal = data.uploadTotal;
    row.uploaded = data.uploaded;
    row.failureReason = data.failureReason;
    row.errorStatus = data.errorStatus();
    row.problem = data.problemKind();
    row.status = statusFor(data.result, data.state);
    row.contentLength = contentLengthOf(data);
    return row;
}

quint64 RegistrationRow::contentLengthOf(const RegistrationData &data)
{
    quint64 sum = 0;
    for (const RecordData &record : data.records) {
        if (record.totalLength < 0)
            return 0;
        sum += quint64(record.totalLength);
    }
    return sum;
}

bool RegistrationRow::updateFrom(const BackgroundFetchRegistration &registration)
{
    RowStatus next;
    if (registration.result() != FetchResult::Unset)
        next = statusFor(registration.result(), RegistrationState::Finished);
    else if (registration.isPaused())
        next = RowStatus::Paused;
    else if (registration.isQueued())
        next = RowStatus::Queued;
    else if (registration.phase() == TransferPhase::WaitingForConnection)
        next = RowStatus::WaitingForConnection;
    else if (registration.phase() == TransferPhase::Connecting)
        next = RowStatus::Connecting;
    else if (registration.phase() == TransferPhase::WaitingToRetry)
        next = RowStatus::Retrying;
    // An upload shows as one until its body is sent; the response then downloads.
    else if (registration.uploaded() < registration.uploadTotal())
        next = RowStatus::Uploading;
    else
        next = RowStatus::Downloading;
    const bool pausable = registration.canPause();
    const qint64 retryAt = next == RowStatus::Retrying ? registration.retryAt().toMSecsSinceEpoch() : 0;
    const bool changed = next != status || retryAt != retryAtMs || pausable != canPause
        || downloaded != registration.downloaded()
        || uploaded != registration.uploaded() || failureReason != registration.failureReason();
    status = next;
    retryAtMs = retryAt;
    canPause = pausable;
    downloaded = registration.downloaded();
    uploaded = registration.uploaded();
    downloadTotal = registration.downloadTotal();
    uploadTotal = registration.uploadTotal();
    failureReason = registration.failureReason();
    return changed;
}

int RegistrationRow::progressPermille() const
{
    if (status == RowStatus::Completed)
        return 1000;
    if (status == RowStatus::Uploading && uploadTotal > 0)
        return int(std::min<quint64>(1000, uploaded * 1000 / uploadTotal));
    const quint64 total = expectedDownload();
    if (total == 0)
        return -1;
    return int(std::min<quint64>(1000, downloaded * 1000 / total));
}

qint64 RegistrationRow::secondsLeft() const
{
    if (speed < 1 || !isTransferring())
        return -1;
    const quint64 total = status == RowStatus::Uploading ? uploadTotal : expectedDownload();
    const quint64 done = status == RowStatus::Uploading ? uploaded : downloaded;
    if (total == 0 || done >= total)
        return -1;
    return qint64(double(total - done) / speed + 0.5);
}

} // namespace Ferry
