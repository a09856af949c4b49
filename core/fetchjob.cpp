#include "fetchjob.h"

#include "enginehost.h"
#include "fetchexception.h"
#include "fetchstore.h"
#include "fileplacement.h"
#include "transferwriter.h"

#include <QDir>
#include <QFile>

#include <utility>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr qint64 progressPersistMs = 1000;

} // namespace

FetchJob::FetchJob(RegistrationData data, FetchStore &store, EngineHost &engine, int maxParallel,
                   QString errorBodyDir, QByteArray bootId, QObject *parent)
    : QObject(parent), m_data(std::move(data)), m_store(store), m_engine(engine), m_maxParallel(std::max(1, maxParallel)),
      m_errorBodyDir(std::move(errorBodyDir)), m_bootId(std::move(bootId)), m_live(m_data.records.size())
{
    for (int i = 0; i < m_data.records.size(); ++i) {
        Live &live = m_live[i];
        setLiveBytes(i, m_data.records[i].bytes, m_data.records[i].uploaded);
        live.promise = std::make_shared<QPromise<FetchResponse>>();
        live.future = live.promise->future();
        live.promise->start();
        live.settled = m_data.records[i].isSettled();
        if (live.settled)
            resolvePromise(i);
        else
            ++m_unsettled;
    }
    m_sincePersist.start();
}

FetchJob::~FetchJob()
{
    // A record still pending when the job goes away (suspend, discard) never answers: cancel its future.
    for (Live &live : m_live) {
        if (!live.future.isFinished())
            live.promise->finish();
    }
}

bool FetchJob::lock(const QString &lockDir)
{
    QDir().mkpath(lockDir);
    return m_lock.tryLock(QDir(lockDir).filePath(m_data.uuid + u".lock"_s));
}

void FetchJob::reconcileWithDisk()
{
    const bool sameBoot = !m_data.bootId.isEmpty() && m_data.bootId == m_bootId;
    bool changed = false;
    for (RecordData &record : m_data.records) {
        if (!record.isSettled() && record.placingFileId != 0) {
            completePlacement(record.index);
            changed = true;
            continue;
        }
        if (record.isSettled() || record.partPath.isEmpty())
            continue;
        const qint64 size = TransferWriter::fileSize(record.partPath);
        if (size < 0) {
            // The .part file is gone: the record starts over, under a newly claimed name.
            record.partPath.clear();
            record.filePath.clear();
            record.segments.clear();
        }
        // A segmented file is preallocated, so its size says nothing: its ranges count what they wrote within
        // the boot that wrote it, and what fdatasync made durable after a reboot.
        const bool trustFile = sameBoot && record.segments.isEmpty();
        qint64 trusted = size < 0 ? 0 : trustFile ? size : std::min(record.bytes, size);
        QList<SegmentData> segments = record.segments;
        if (!segments.isEmpty()) {
            trusted = 0;
            for (SegmentData &segment : segments) {
                if (sameBoot)
                    segment.done = std::max(segment.done, std::min(segment.written, segment.end - segment.start));
                segment.written = segment.done;
                trusted += segment.done;
            }
        }
        // What is trusted beyond the committed count is only in the page cache: made durable before it is
        // committed as such, or a power cut after the next commit would leave a hole the store says is filled.
        if (trusted > record.bytes && !TransferWriter::syncFile(record.partPath)) {
            trusted = std::min(record.bytes, std::max<qint64>(size, 0));
            segments = record.segments;
        }
        if (trusted != record.bytes || segments != record.segments) {
            record.bytes = trusted;
            record.segments = segments;
            setLiveBytes(record.index, trusted, m_live[record.index].uploaded);
            changed = true;
        }
    }
    if (changed)
        persist();
}

void FetchJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Non-GET requests that were under way when the last process died cannot be retried (DESIGN.md section 2).
    for (RecordData &record : m_data.records) {
        if (!record.isSettled() && !record.request.isGet()
            && (record.tries > 0 || record.uploaded > 0 || record.hasResponse())) {
            // A failed record exposes no body, so the start of one it was receiving goes too.
            if (!record.partPath.isEmpty())
                QFile::remove(std::exchange(record.partPath, QString()));
            record.filePath.clear();
            record.segments.clear();
            settleRecord(record.index, RecordResult::FetchError);
        }
    }
    quint64 stored = 0;
    for (const RecordData &record : std::as_const(m_data.records))
        stored += quint64(record.bytes);
    m_engine.beginRegistration(m_data.uuid, m_data.downloadTotal, stored, m_data.speedLimit);
    finishIfDone();
    if (!isSettled())
        startMore();
}

quint64 FetchJob::downloaded() const
{
    return quint64(m_liveBytes);
}

quint64 FetchJob::uploaded() const
{
    return std::min(quint64(m_liveUploaded), m_data.uploadTotal);
}

void FetchJob::setLiveBytes(int index, qint64 bytes, qint64 uploaded)
{
    Live &live = m_live[index];
    m_liveBytes += bytes - live.bytes;
    m_liveUploaded += uploaded - live.uploaded;
    live.bytes = bytes;
    live.uploaded = uploaded;
}

void FetchJob::setRunning(int index, bool running)
{
    Live &live = m_live[index];
    if (live.running != running) {
        m_running += running ? 1 : -1;
        // A record handed to the engine waits for a connection until its first report says otherwise.
        if (running)
            live.phase = TransferPhase::WaitingForConnection;
        m_phases[size_t(live.phase)] += running ? 1 : -1;
    }
    live.running = running;
}

TransferPhase FetchJob::phase() const
{
    // The furthest along wins: one receiving record makes the registration a download in progress.
    constexpr std::array order{TransferPhase::Receiving, TransferPhase::Connecting, TransferPhase::WaitingToRetry,
                               TransferPhase::WaitingForConnection};
    for (const TransferPhase phase : order) {
        if (m_phases[size_t(phase)] > 0)
            return phase;
    }
    return TransferPhase::Receiving;
}

void FetchJob::startMore()
{
    if (isPaused() || isSettled())
        return;
    // E22: strictly in index order, up to the parallel limit. The scan resumes where the last one stopped, so a
    // registration of many files costs the same per started file at its end as at its start.
    int i = m_scanFrom;
    bool placed = false;
    for (; i < m_data.records.size() && m_running < m_maxParallel; ++i) {
        if (m_data.records[i].isSettled() || m_live[i].running)
            continue;
        if (m_data.records[i].placingFileId != 0 && completePlacement(i)) {
            placed = true;
            continue;
        }
        const RecordData order = m_data.records[i];
        if (!order.request.isGet()) {
            // A request with a body may act on the server: its try is stored before it can go out, so a crash
            // after that never sends it again (start()). The engine counts the same try once it is sent.
            ++m_data.records[i].tries;
            if (!m_store.saveRecord(m_data.uuid, m_data.records[i])) {
                failOnStore();
                return;
            }
        }
        setRunning(i, true);
        m_engine.startTransfer(
            TransferOrder{m_data.uuid, order, m_data.destination, m_errorBodyDir, std::max(1, m_data.connections)});
    }
    m_scanFrom = i;
    if (placed && m_unsettled == 0)
        finishIfDone();
    else if (placed)
        persist();
}

void FetchJob::stopRunning(StopMode mode)
{
    const QList<RecordData> stopped = m_engine.stopTransfers(m_data.uuid, {}, mode);
    for (const RecordData &record : stopped) {
        RecordData &mine = m_data.records[record.index];
        mine = record;
        setRunning(record.index, false);
        setLiveBytes(record.index, record.bytes, record.uploaded);
    }
    // A file that was waiting for its name keeps waiting until the next start (completePlacement()).
    m_awaiting.clear();
    // The stopped records are not running any more: the next start looks at every record again.
    m_scanFrom = 0;
}

bool FetchJob::pause()
{
    // E20/M3: pausing is offered only when every request is a GET, which can resume with Range.
    if (isSettled() || isPaused() || !m_data.allGet())
        return false;
    m_data.state = RegistrationState::Paused;
    stopRunning(StopMode::Pause);
    // A paused job gives its place among the running ones up: resumed, it waits in the queue again, so resuming
    // many never runs more than the manager's maximum at once.
    m_started = false;
    persist();
    Q_EMIT pausedChanged(true);
    Q_EMIT changed();
    return true;
}

bool FetchJob::resume()
{
    if (isSettled() || !isPaused())
        return false;
    m_data.state = RegistrationState::Active;
    persist();
    // Queued again: the manager's scheduler, which follows pausedChanged(), starts it when there is room.
    Q_EMIT pausedChanged(false);
    Q_EMIT changed();
    return true;
}

bool FetchJob::abort()
{
    if (isSettled())
        return false;
    stopRunning(StopMode::Abort);
    for (RecordData &record : m_data.records) {
        if (!record.isSettled()) {
            if (!record.partPath.isEmpty())
                QFile::remove(record.partPath);
            record.partPath.clear();
            settleRecord(record.index, RecordResult::Aborted);
        }
    }
    settle(FailureReason::Aborted);
    return true;
}

void FetchJob::suspend()
{
    if (isSettled())
        return;
    stopRunning(StopMode::Pause);
    persist();
}

void FetchJob::discard()
{
    if (!isSettled())
        stopRunning(StopMode::Abort);
    for (const RecordData &record : std::as_const(m_data.records)) {
        if (!record.partPath.isEmpty())
            QFile::remove(record.partPath);
    }
    m_engine.endRegistration(m_data.uuid);
}

void FetchJob::setUi(const FetchUiOptions &options)
{
    if (options.title)
        m_data.title = *options.title;
    if (options.icons) {
        m_data.icons = *options.icons;
        m_data.iconPath.clear();
    }
    persist();
    Q_EMIT changed();
}

void FetchJob::setSpeedLimit(qint64 bytesPerSecond)
{
    m_data.speedLimit = bytesPerSecond;
    persist();
    if (m_started && !isSettled())
        m_engine.setSpeedLimit(m_data.uuid, bytesPerSecond);
}

void FetchJob::setIconPath(const QString &path)
{
    if (path.isEmpty() || !m_data.iconPath.isEmpty())
        return;
    m_data.iconPath = path;
    persist();
    Q_EMIT changed();
}

void FetchJob::applyProgress(const TransferProgress &progress)
{
    if (progress.index < 0 || progress.index >= m_data.records.size() || !m_live[progress.index].running)
        return;
    setLiveBytes(progress.index, progress.bytes, progress.uploaded);
    Live &live = m_live[progress.index];
    if (live.phase != progress.phase) {
        --m_phases[size_t(live.phase)];
        ++m_phases[size_t(progress.phase)];
        live.phase = progress.phase;
    }
    if (progress.phase == TransferPhase::WaitingToRetry)
        m_retryAtMs = progress.retryAtMs;
    // Only bytes that fdatasync made durable may be committed to the store.
    m_data.records[progress.index].bytes = progress.durableBytes;
    m_data.records[progress.index].uploaded = progress.uploaded;
    m_data.records[progress.index].tries = progress.tries;
    m_data.records[progress.index].segments = progress.segments;
    if (!std::exchange(m_live[progress.index].progressed, true))
        m_progressed.append(progress.index);
    persistProgressThrottled(progress.commitNow);
    Q_EMIT changed();
}

void FetchJob::applyHead(const RecordData &record)
{
    if (record.index < 0 || record.index >= m_data.records.size() || !m_live[record.index].running)
        return;
    // Validators and the .part path are what a resume after a crash needs: stored with this batch of reports,
    // and always before any byte count of the record.
    RecordData &mine = m_data.records[record.index];
    const qint64 durable = mine.bytes;
    mine = record;
    mine.bytes = std::min(durable, record.bytes);
    markUnsaved(record.index);
    awaitRecording(record.index);
}

void FetchJob::applyFinished(const RecordData &record)
{
    if (record.index < 0 || record.index >= m_data.records.size() || !m_live[record.index].running)
        return;
    setRunning(record.index, false);
    setLiveBytes(record.index, record.bytes, record.uploaded);
    m_data.records[record.index] = record;
    settleRecord(record.index, record.result);
    // E12/E14: going over downloadTotal, or running out of disk, ends the whole registration at once.
    if (record.result == RecordResult::DownloadTotalExceeded || record.result == RecordResult::QuotaExceeded) {
        stopRunning(record.result == RecordResult::QuotaExceeded ? StopMode::Pause : StopMode::Abort);
        for (RecordData &other : m_data.records) {
            if (!other.isSettled())
                settleRecord(other.index, RecordResult::Aborted);
        }
        settle(failureReasonFor(record.result));
        return;
    }
    // On the last record the job settles, and settle() writes this record together with the outcome.
    finishIfDone();
    startMore();
    Q_EMIT changed();
}

void FetchJob::applyPlacing(const RecordData &record)
{
    if (record.index < 0 || record.index >= m_data.records.size() || !m_live[record.index].running)
        return;
    m_data.records[record.index] = record;
    markUnsaved(record.index);
    awaitRecording(record.index);
}

void FetchJob::awaitRecording(int index)
{
    if (!m_awaiting.contains(index))
        m_awaiting.append(index);
}

bool FetchJob::completePlacement(int index)
{
    RecordData &record = m_data.records[index];
    const bool placed = FilePlacement::completePlacement(record);
    setLiveBytes(index, record.bytes, m_live[index].uploaded);
    if (placed)
        settleRecord(index, RecordResult::Success);
    return placed;
}

void FetchJob::tellRecorded()
{
    if (m_awaiting.isEmpty())
        return;
    QList<RecordData> stored;
    for (int index : std::exchange(m_awaiting, {}))
        stored.append(m_data.records.at(index));
    m_engine.recorded(m_data.uuid, stored);
}

void FetchJob::markUnsaved(int index)
{
    if (m_live[index].unsaved)
        return;
    // Queued behind the reports that have already arrived, so they all go into one transaction.
    if (m_unsaved.isEmpty())
        QMetaObject::invokeMethod(this, &FetchJob::saveUnsaved, Qt::QueuedConnection);
    m_live[index].unsaved = true;
    m_unsaved.append(index);
}

QList<int> FetchJob::takeUnsaved()
{
    for (int index : std::as_const(m_unsaved))
        m_live[index].unsaved = false;
    return std::exchange(m_unsaved, {});
}

void FetchJob::saveUnsaved()
{
    if (m_unsaved.isEmpty() || isSettled())
        return;
    if (!m_store.saveRecords(m_data, takeUnsaved())) {
        failOnStore();
        return;
    }
    tellRecorded();
}

void FetchJob::settleRecord(int index, RecordResult result)
{
    m_data.records[index].result = result;
    if (!std::exchange(m_live[index].settled, true))
        --m_unsettled;
    // Every settled record passes here, so settle() has to write only these and the registration's row.
    markUnsaved(index);
    const FailureReason reason = failureReasonFor(result);
    // F7: the first failure to settle names the registration's failure, unless a job-level reason overrides it.
    if (m_firstFailure == FailureReason::None && reason != FailureReason::None && reason != FailureReason::Aborted)
        m_firstFailure = reason;
    resolvePromise(index);
}

void FetchJob::resolvePromise(int index)
{
    Live &live = m_live[index];
    if (live.future.isFinished())
        return;
    const RecordData &record = m_data.records[index];
    switch (record.result) {
    case RecordResult::Pending:
        return;
    case RecordResult::Success:
    case RecordResult::BadStatus:
        live.promise->addResult(record.response());
        break;
    case RecordResult::Aborted:
        live.promise->setException(FetchException(ErrorCode::AbortError, FetchIssue::Aborted, record.request.url,
                                                  index));
        break;
    default:
        live.promise->setException(FetchException(ErrorCode::TypeError, FetchIssue::ResponseUnavailable,
                                                  record.request.url, index));
        break;
    }
    live.promise->finish();
}

void FetchJob::finishIfDone()
{
    if (!isSettled() && m_unsettled == 0)
        settle(m_firstFailure);
}

void FetchJob::settle(FailureReason reason)
{
    m_data.result = reason == FailureReason::None ? FetchResult::Success : FetchResult::Failure;
    m_data.failureReason = reason;
    m_data.state = RegistrationState::Finished;
    m_data.finished = QDateTime::currentDateTimeUtc();
    m_data.downloaded = downloaded();
    m_data.uploaded = uploaded();
    m_engine.endRegistration(m_data.uuid);
    // The last records and the outcome in one transaction: written apart, a crash between them would leave an
    // active registration with every record done, which a resume would settle before anyone was listening.
    m_data.bootId = m_bootId;
    const QList<int> unsaved = takeUnsaved();
    if (!m_store.saveRecords(m_data, unsaved, true) && reason == FailureReason::None) {
        // J11: a success that cannot be stored is not reported as one (the second write may fail as well).
        m_data.result = FetchResult::Failure;
        m_data.failureReason = FailureReason::FetchError;
        m_store.saveRecords(m_data, unsaved, true);
    }
    m_lock.unlock();
    Q_EMIT changed();
    Q_EMIT settled();
}

void FetchJob::persist()
{
    if (!store())
        failOnStore();
}

bool FetchJob::store()
{
    quint64 durable = 0;
    for (const RecordData &record : std::as_const(m_data.records))
        durable += quint64(record.bytes);
    if (!isSettled())
        m_data.downloaded = durable;
    m_data.bootId = m_bootId;
    takeUnsaved(); // written now with everything else
    const bool saved = m_store.save(m_data);
    m_sincePersist.restart();
    if (saved)
        tellRecorded();
    return saved;
}

void FetchJob::failOnStore()
{
    // J11: a registration whose state cannot be stored must not go on as if it could; it fails with fetch-error,
    // as Chromium does for storage errors. The final write may fail as well: the outcome is still reported.
    if (isSettled())
        return;
    stopRunning(StopMode::Abort);
    for (RecordData &record : m_data.records) {
        if (!record.isSettled())
            settleRecord(record.index, RecordResult::FetchError);
    }
    settle(FailureReason::FetchError);
}

void FetchJob::persistProgressThrottled(bool now)
{
    if (!now && m_sincePersist.elapsed() < progressPersistMs)
        return;
    // A byte count is never stored ahead of the .part path it counts.
    saveUnsaved();
    if (isSettled())
        return;
    quint64 durable = 0;
    quint64 uploadedBytes = 0;
    for (const RecordData &record : std::as_const(m_data.records)) {
        durable += quint64(record.bytes);
        uploadedBytes += quint64(record.uploaded);
    }
    m_data.downloaded = durable;
    m_data.uploaded = std::min(uploadedBytes, m_data.uploadTotal);
    m_data.bootId = m_bootId;
    // Only what moved: a registration of a thousand small files must not rewrite all of them every second.
    QList<int> progressed;
    for (int index : std::as_const(m_progressed)) {
        m_live[index].progressed = false;
        if (!m_data.records[index].isSettled())
            progressed.append(index);
    }
    m_progressed.clear();
    if (!m_store.saveProgress(m_data, progressed)) {
        failOnStore();
        return;
    }
    m_sincePersist.restart();
}

QList<BackgroundFetchRecord> FetchJob::records() const
{
    QList<BackgroundFetchRecord> result;
    for (int i = 0; i < m_data.records.size(); ++i)
        result.append(BackgroundFetchRecord(m_data.records[i].request, m_live[i].future));
    return result;
}

QFuture<FetchResponse> FetchJob::responseFuture(int index) const
{
    return m_live.at(index).future;
}

} // namespace Ferry
