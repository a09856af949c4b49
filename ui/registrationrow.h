#pragma once

#include "fetchtypes.h"
#include "registrationdata.h"

#include <QDateTime>
#include <QString>

namespace Ferry {

class BackgroundFetchRegistration;
struct RegistrationData;

// What a row of the list shows. `Stopped` is a registration the store has as active that this window is not running
// (another process has it, or it could not be restored): resuming restores it.
// Queued: waiting for its turn among the registrations. WaitingForConnection: started, but its server already has
// as many connections as allowed. Retrying: waiting to try again after a failure, until `retryAtMs`.
enum class RowStatus {
    Queued, Downloading, Uploading, Paused, Stopped, Completed, Failed, WaitingForConnection, Connecting, Retrying
};

// The list's copy of one registration: small on purpose, because 100,000 of them may be loaded.
struct RegistrationRow
{
    QString uuid;
    QString id;
    QString title;
    QString name; // RegistrationData::naming(): shown while there is no title
    QString iconPath;
    QDateTime created;
    qint64 seq = 0;      // the store's insertion order: newest first
    quint64 downloadTotal = 0; // the registration's own cap (the spec's downloadTotal), 0 when none was given
    quint64 downloaded = 0;
    quint64 contentLength = 0; // the sum of the responses' lengths once every one is known, else 0
    quint64 uploadTotal = 0;
    quint64 uploaded = 0;
    FailureReason failureReason = FailureReason::None;
    RowStatus status = RowStatus::Stopped;
    bool canPause = false;
    int errorStatus = 0;   // RegistrationData::errorStatus()
    RecordProblem::Kind problem = RecordProblem::Kind::None; // RegistrationData::problemKind()
    qint64 retryAtMs = 0;  // while Retrying
    bool namedByServer = false; // `name` comes from the file the server's answer named, not from the URL
    double speed = 0;    // bytes per second, smoothed; 0 unless transferring

    // Lists of history come without records, so `contentLength` stays 0 unless `data` carries them.
    static RegistrationRow fromData(const RegistrationData &data);
    static quint64 contentLengthOf(const RegistrationData &data);
    // Takes the live counters and state of a running registration; true when anything shown changed.
    bool updateFrom(const BackgroundFetchRegistration &registration);

    // The title given, else the file's name, else the id.
    QString displayTitle() const { return !title.isEmpty() ? title : !name.isEmpty() ? name : id; }
    bool isFinished() const { return status == RowStatus::Completed || status == RowStatus::Failed; }
    // What the download counts against: the given total, else what the servers announced, else 0 (unknown).
    quint64 expectedDownload() const { return downloadTotal > 0 ? downloadTotal : contentLength; }
    bool isTransferring() const { return status == RowStatus::Downloading || status == RowStatus::Uploading; }
    // Live and going: queued, waiting, connecting, transferring or about to retry (not paused, not ended).
    bool isRunning() const
    {
        return isTransferring() || status == RowStatus::Queued || status == RowStatus::WaitingForConnection
            || status == RowStatus::Connecting || status == RowStatus::Retrying;
    }
    // Permille done, or -1 while the total is unknown.
    int progressPermille() const;
    // Seconds left at the current speed, or -1 when it cannot be told.
    qint64 secondsLeft() const;
};

} // namespace Ferry
