#pragma once

#include "fetchtypes.h"

#include <QDateTime>
#include <QString>

namespace Ferry {

class BackgroundFetchRegistration;
struct RegistrationData;

// What a row of the list shows. `Stopped` is a registration the store has as active that this window is not running
// (another process has it, or it could not be restored): resuming restores it.
enum class RowStatus { Queued, Downloading, Uploading, Paused, Stopped, Completed, Failed };

// The list's copy of one registration: small on purpose, because 100,000 of them may be loaded.
struct RegistrationRow
{
    QString uuid;
    QString id;
    QString title;
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
    double speed = 0;    // bytes per second, smoothed; 0 unless transferring

    // Lists of history come without records, so `contentLength` stays 0 unless `data` carries them.
    static RegistrationRow fromData(const RegistrationData &data);
    static quint64 contentLengthOf(const RegistrationData &data);
    // Takes the live counters and state of a running registration; true when anything shown changed.
    bool updateFrom(const BackgroundFetchRegistration &registration);

    QString displayTitle() const { return title.isEmpty() ? id : title; }
    bool isFinished() const { return status == RowStatus::Completed || status == RowStatus::Failed; }
    // What the download counts against: the given total, else what the servers announced, else 0 (unknown).
    quint64 expectedDownload() const { return downloadTotal > 0 ? downloadTotal : contentLength; }
    bool isTransferring() const { return status == RowStatus::Downloading || status == RowStatus::Uploading; }
    // Permille done, or -1 while the total is unknown.
    int progressPermille() const;
    // Seconds left at the current speed, or -1 when it cannot be told.
    qint64 secondsLeft() const;
};

} // namespace Ferry
