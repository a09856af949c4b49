#pragma once

#include "backgroundfetchrecord.h"
#include "fetchoptions.h"
#include "processlock.h"
#include "registrationdata.h"
#include "transfertypes.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSet>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace Ferry {

class EngineHost;
class FetchStore;

// The life of one active registration on the GUI thread, like a KJob: starts its records on the engine in index
// order, applies the engine's reports, persists every state change, and settles exactly once. Owned by the
// BackgroundFetchManager until its completion event is over. Emits changed() when counters or state move and
// settled() once, after the outcome has been stored.
class FetchJob final : public QObject
{
    Q_OBJECT

public:
    FetchJob(RegistrationData data, FetchStore &store, EngineHost &engine, int maxParallel, QString errorBodyDir,
             QByteArray bootId, QObject *parent = nullptr);
    ~FetchJob() override;

    // Takes the per-registration lock that keeps two processes from running the same job. False if another
    // live process holds it.
    bool lock(const QString &lockDir);
    // At start-up: matches the byte counts of a restored registration with its .part files. Within the boot that
    // committed them, every byte in the file was written by Ferry and survives a crash of the process, so the
    // file wins; after a reboot only the committed count is trusted (and the file is cut to it on resume).
    void reconcileWithDisk();
    void start();

    const RegistrationData &data() const { return m_data; }
    QString uuid() const { return m_data.uuid; }
    quint64 downloaded() const;
    quint64 uploaded() const;
    bool isSettled() const { return m_data.result != FetchResult::Unset; }
    bool isPaused() const { return m_data.state == RegistrationState::Paused; }
    bool isStarted() const { return m_started; }
    // Waiting for a free slot: neither started, paused nor settled.
    bool isQueued() const { return !m_started && !isPaused() && !isSettled(); }
    // The furthest phase any running record has reached (Receiving when nothing runs), and when the next retry
    // is due while every running record waits for one.
    TransferPhase phase() const;
    qint64 retryAtMs() const { return m_retryAtMs; }

    bool pause();
    bool resume();
    // False when already settled (G1, G4). Settles at once with aborted, even when paused or not started (G7).
    bool abort();
    // Stops the transfers and stores their durable state, leaving the registration active for a later run.
    void suspend();
    // Stops everything and deletes the .part files without settling or any event (J10).
    void discard();

    void setUi(const FetchUiOptions &options);
    void setIconPath(const QString &path);
    void setSpeedLimit(qint64 bytesPerSecond);

    QList<BackgroundFetchRecord> records() const;
    QFuture<FetchResponse> responseFuture(int index) const;

    void applyProgress(const TransferProgress &progress);
    void applyHead(const RecordData &record);
    // A complete file waits for its final name until the store has recorded that (Transfer::placing()); a new
    // .part file waits for its head the same way.
    void applyPlacing(const RecordData &record);
    void applyFinished(const RecordData &record);

Q_SIGNALS:
    void changed();
    void pausedChanged(bool paused);
    void settled();

private:
    struct Live
    {
        qint64 bytes = 0;
        qint64 uploaded = 0;
        bool running = false;
        bool settled = false;
        bool unsaved = false;    // listed in m_unsaved
        bool progressed = false; // listed in m_progressed
        TransferPhase phase = TransferPhase::WaitingForConnection; // counted in m_phases while running
        std::shared_ptr<QPromise<FetchResponse>> promise;
        QFuture<FetchResponse> future;
    };

    void startMore();
    // Every report passes here: the counters of a registration of 100,000 files must not be summed per report.
    void setLiveBytes(int index, qint64 bytes, qint64 uploaded);
    void setRunning(int index, bool running);
    void stopRunning(StopMode mode);
    void settleRecord(int index, RecordResult result);
    void finishIfDone();
    void settle(FailureReason reason);
    // Writes the registration and all its records in one transaction; persist() fails the job if that fails.
    void persist();
    bool store();
    // Head and end of a record are written at the end of the current batch of engine reports, together with the
    // others in it: a thousand small files would otherwise cost two transactions each.
    void markUnsaved(int index);
    void saveUnsaved();
    QList<int> takeUnsaved();
    // A transfer waits until the store has its head or its placing (Transfer::recorded()).
    void awaitRecording(int index);
    // After a write that recorded them: the transfers of m_awaiting go on.
    void tellRecorded();
    // A record stored while its file was being placed (a crash, or a pause, came in between) is finished from
    // what is on disk; true when that settled it.
    bool completePlacement(int index);
    void failOnStore();
    // Stores the counters once a second, or at once when the engine says they ran far ahead (commitNow).
    void persistProgressThrottled(bool now);
    void resolvePromise(int index);

    RegistrationData m_data;
    FetchStore &m_store;
    EngineHost &m_engine;
    int m_maxParallel;
    QString m_errorBodyDir;
    QByteArray m_bootId;
    std::vector<Live> m_live;
    qint64 m_liveBytes = 0;     // the sums of m_live's bytes and uploaded
    qint64 m_liveUploaded = 0;
    int m_running = 0;          // records handed to the engine
    int m_unsettled = 0;
    int m_scanFrom = 0;         // every record before this one is running or settled (see startMore())
    ProcessLock m_lock;
    QElapsedTimer m_sincePersist;
    QList<int> m_progressed; // records whose counters moved since they were last written
    QList<int> m_unsaved;    // records with a new head or end that is not written yet
    QList<int> m_awaiting;   // records whose transfers wait for their head or placing to be written
    FailureReason m_firstFailure = FailureReason::None;
    std::array<int, 4> m_phases{}; // running records by TransferPhase
    qint64 m_retryAtMs = 0;
    bool m_started = false;
};

} // namespace Ferry
