#pragma once

#include "backgroundfetchrecord.h"
#include "fetchexception.h"
#include "fetchoptions.h"
#include "fetchtypes.h"
#include "registrationdata.h"
#include "transfertypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace Ferry {

class FetchJob;

// BackgroundFetchRegistration: the caller's view of one background fetch, with exactly the spec's eight read-only
// properties (A4) plus the desktop's pause and resume. Made by the BackgroundFetchManager, which keeps it while the
// fetch is active and hands out the same object from fetch() and get() (D2); callers may keep their QSharedPointer
// for as long as they like. Lives on the GUI thread.
class BackgroundFetchRegistration final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString id READ id CONSTANT)
    Q_PROPERTY(quint64 uploadTotal READ uploadTotal CONSTANT)
    Q_PROPERTY(quint64 uploaded READ uploaded NOTIFY progress)
    Q_PROPERTY(quint64 downloadTotal READ downloadTotal CONSTANT)
    Q_PROPERTY(quint64 downloaded READ downloaded NOTIFY progress)
    Q_PROPERTY(Ferry::FetchResult result READ result NOTIFY progress)
    Q_PROPERTY(Ferry::FailureReason failureReason READ failureReason NOTIFY progress)
    Q_PROPERTY(bool recordsAvailable READ recordsAvailable)

public:
    BackgroundFetchRegistration(FetchJob *job, QUrl baseUrl);
    // A settled registration as the store has it: its final counters and result, no records (H11), no job.
    explicit BackgroundFetchRegistration(const RegistrationData &stored);
    ~BackgroundFetchRegistration() override;

    QString id() const { return m_id; }
    quint64 uploadTotal() const { return m_uploadTotal; }
    quint64 uploaded() const { return m_uploaded; }
    quint64 downloadTotal() const { return m_downloadTotal; }
    quint64 downloaded() const { return m_downloaded; }
    FetchResult result() const { return m_result; }
    FailureReason failureReason() const { return m_failureReason; }
    bool recordsAvailable() const { return m_recordsAvailable; }

    // Resolves true if this call aborted an active fetch, false otherwise (G1, G4).
    QFuture<bool> abort();
    // The first matching record, or nothing (H2). Fails with InvalidStateError once records are gone (H11) and
    // with TypeError for an unparsable URL (H8).
    QFuture<std::optional<BackgroundFetchRecord>> match(const FetchRequest &request,
                                                        const CacheQueryOptions &options = {});
    // Every matching record in request order; every record when `request` is empty (H1).
    QFuture<QList<BackgroundFetchRecord>> matchAll(const std::optional<FetchRequest> &request = std::nullopt,
                                                   const CacheQueryOptions &options = {});

    // Desktop additions (DESIGN.md section 2): refused when a request is not a GET (E20, M3) or when settled.
    bool pause();
    bool resume();
    bool isPaused() const;
    bool canPause() const;
    // Waiting for a free slot (the manager runs a limited number of registrations at once).
    bool isQueued() const;
    // Where a started registration is: waiting for a connection to its server, connecting, receiving, or waiting
    // to try again at retryAt(). Meaningful while it is neither queued, paused nor settled.
    TransferPhase phase() const;
    QDateTime retryAt() const;

    // The internal unique id (L2), which tells apart registrations that reused a developer id.
    QString uniqueId() const { return m_uuid; }

Q_SIGNALS:
    // Fires, at most about ten times a second, when uploaded, downloaded, result or failureReason changed since the
    // last emission (F1). Never again once a non-empty result has been seen (F3).
    void progress();
    void pausedChanged(bool paused);
    // phase() or retryAt() changed.
    void phaseChanged();

private:
    friend class BackgroundFetchManager;
    // Copies the job's counters; `immediately` skips the coalescing (the final update before a completion event).
    void refresh(bool immediately = false);
    void emitProgress();
    // The manager calls this once the completion event is over (J3); it does not fire progress (F4).
    void releaseRecords();
    std::optional<QList<BackgroundFetchRecord>> matching(const std::optional<FetchRequest> &request,
                                                         const CacheQueryOptions &options,
                                                         std::optional<FetchException> &error) const;

    QPointer<FetchJob> m_job;
    QUrl m_baseUrl;
    QString m_id;
    QString m_uuid;
    quint64 m_uploadTotal = 0;
    quint64 m_downloadTotal = 0;
    quint64 m_uploaded = 0;
    quint64 m_downloaded = 0;
    FetchResult m_result = FetchResult::Unset;
    FailureReason m_failureReason = FailureReason::None;
    bool m_recordsAvailable = true;
    bool m_sawResult = false;
    TransferPhase m_phase = TransferPhase::Receiving;
    qint64 m_retryAtMs = 0;
    QTimer m_coalesce;
    QElapsedTimer m_sinceEmit;
};

} // namespace Ferry
