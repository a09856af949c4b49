#include "backgroundfetchregistration.h"

#include "fetchexception.h"
#include "fetchjob.h"
#include "futures.h"
#include "recordmatcher.h"
#include "requestvalidator.h"

namespace Ferry {
namespace {

constexpr int minProgressIntervalMs = 100; // about ten progress signals a second at most

} // namespace

BackgroundFetchRegistration::BackgroundFetchRegistration(FetchJob *job, QUrl baseUrl)
    : m_job(job), m_baseUrl(std::move(baseUrl)), m_id(job->data().id), m_uuid(job->uuid()),
      m_uploadTotal(job->data().uploadTotal), m_downloadTotal(job->data().downloadTotal)
{
    m_uploaded = job->uploaded();
    m_downloaded = job->downloaded();
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &BackgroundFetchRegistration::emitProgress);
    connect(job, &FetchJob::pausedChanged, this, &BackgroundFetchRegistration::pausedChanged);
    connect(job, &FetchJob::changed, this, [this] { refresh(); });
}

BackgroundFetchRegistration::BackgroundFetchRegistration(const RegistrationData &stored)
    : m_id(stored.id), m_uuid(stored.uuid), m_uploadTotal(stored.uploadTotal), m_downloadTotal(stored.downloadTotal),
      m_uploaded(stored.uploaded), m_downloaded(stored.downloaded), m_result(stored.result),
      m_failureReason(stored.failureReason), m_recordsAvailable(false), m_sawResult(true)
{
}

BackgroundFetchRegistration::~BackgroundFetchRegistration() = default;

void BackgroundFetchRegistration::refresh(bool immediately)
{
    if (!m_job || m_sawResult)
        return;
    // Not a spec attribute: its own signal, so progress still fires only when the spec says (F2).
    const TransferPhase phase = m_job->phase();
    const qint64 retryAt = m_job->retryAtMs();
    if (phase != m_phase || (phase == TransferPhase::WaitingToRetry && retryAt != m_retryAtMs)) {
        m_phase = phase;
        m_retryAtMs = retryAt;
        Q_EMIT phaseChanged();
    }
    const quint64 uploaded = m_job->uploaded();
    const quint64 downloaded = m_job->downloaded();
    const FetchResult result = m_job->data().result;
    const FailureReason reason = m_job->data().failureReason;
    if (uploaded == m_uploaded && downloaded == m_downloaded && result == m_result && reason == m_failureReason)
        return;
    m_uploaded = uploaded;
    m_downloaded = downloaded;
    m_result = result;
    m_failureReason = reason;
    if (immediately || result != FetchResult::Unset) {
        m_coalesce.stop();
        emitProgress();
    } else if (!m_coalesce.isActive()) {
        const qint64 wait = m_sinceEmit.isValid() ? minProgressIntervalMs - m_sinceEmit.elapsed() : 0;
        m_coalesce.start(int(std::max<qint64>(0, wait)));
    }
}

void BackgroundFetchRegistration::emitProgress()
{
    if (m_sawResult)
        return;
    m_sawResult = m_result != FetchResult::Unset;
    m_sinceEmit.start();
    Q_EMIT progress();
}

void BackgroundFetchRegistration::releaseRecords()
{
    m_recordsAvailable = false;
    m_job = nullptr;
}

QFuture<bool> BackgroundFetchRegistration::abort()
{
    return readyFuture(m_job ? m_job->abort() : false);
}

std::optional<QList<BackgroundFetchRecord>>
BackgroundFetchRegistration::matching(const std::optional<FetchRequest> &request, const CacheQueryOptions &options,
                                      std::optional<FetchException> &error) const
{
    // H11: once the records are gone no lookup is made at all.
    if (!m_recordsAvailable || !m_job) {
        error = FetchException(ErrorCode::InvalidStateError, FetchIssue::RecordsUnavailable);
        return std::nullopt;
    }
    const QList<BackgroundFetchRecord> all = m_job->records();
    if (!request)
        return all;
    const auto url = RequestValidator::resolve(request->url, m_baseUrl);
    if (!url) {
        error = FetchException(ErrorCode::TypeError, FetchIssue::InvalidUrl, request->url);
        return std::nullopt;
    }
    QList<BackgroundFetchRecord> found;
    const QList<RecordData> &records = m_job->data().records;
    for (int i = 0; i < records.size(); ++i) {
        if (requestMatchesRecord(*url, request->headers, records[i], options))
            found.append(all[i]);
    }
    return found;
}

QFuture<std::optional<BackgroundFetchRecord>> BackgroundFetchRegistration::match(const FetchRequest &request,
                                                                                 const CacheQueryOptions &options)
{
    std::optional<FetchException> error;
    const auto found = matching(request, options, error);
    if (!found)
        return failedFuture<std::optional<BackgroundFetchRecord>>(*error);
    return readyFuture(found->isEmpty() ? std::nullopt : std::optional(found->first()));
}

QFuture<QList<BackgroundFetchRecord>> BackgroundFetchRegistration::matchAll(const std::optional<FetchRequest> &request,
                                                                            const CacheQueryOptions &options)
{
    std::optional<FetchException> error;
    const auto found = matching(request, options, error);
    if (!found)
        return failedFuture<QList<BackgroundFetchRecord>>(*error);
    return readyFuture(*found);
}

bool BackgroundFetchRegistration::pause()
{
    return m_job && m_job->pause();
}

bool BackgroundFetchRegistration::resume()
{
    return m_job && m_job->resume();
}

bool BackgroundFetchRegistration::isPaused() const
{
    return m_job && m_job->isPaused();
}

bool BackgroundFetchRegistration::isQueued() const
{
    return m_job && m_job->isQueued();
}

TransferPhase BackgroundFetchRegistration::phase() const
{
    return m_job ? m_job->phase() : TransferPhase::Receiving;
}

QDateTime BackgroundFetchRegistration::retryAt() const
{
    return phase() == TransferPhase::WaitingToRetry ? QDateTime::fromMSecsSinceEpoch(m_job->retryAtMs()) : QDateTime();
}

bool BackgroundFetchRegistration::canPause() const
{
    return m_job && !m_job->isSettled() && m_job->data().allGet();
}

} // namespace Ferry
