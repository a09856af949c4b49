#include "backgroundfetchmanager.h"

#include "enginehost.h"
#include "fetchjob.h"
#include "fetchstore.h"
#include "futures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Ferry {

BackgroundFetchManager::BackgroundFetchManager(FetchStore &store, EngineHost &engine, ManagerConfig config,
                                               QObject *parent)
    : QObject(parent), m_store(store), m_engine(engine), m_config(std::move(config)), m_validator(m_config)
{
    if (m_config.bootId.isEmpty()) {
        QFile bootId(u"/proc/sys/kernel/random/boot_id"_s);
        if (bootId.open(QIODevice::ReadOnly))
            m_config.bootId = bootId.readAll().trimmed();
    }
    connect(&m_engine, &EngineHost::progressed, this, [this](const QList<TransferProgress> &batch) {
        for (const TransferProgress &progress : batch) {
            if (FetchJob *job = jobFor(progress.uuid))
                job->applyProgress(progress);
        }
    });
    connect(&m_engine, &EngineHost::headReceived, this, [this](const QString &uuid, const RecordData &record) {
        if (FetchJob *job = jobFor(uuid))
            job->applyHead(record);
    });
    connect(&m_engine, &EngineHost::placing, this, [this](const QString &uuid, const RecordData &record) {
        if (FetchJob *job = jobFor(uuid))
            job->applyPlacing(record);
    });
    connect(&m_engine, &EngineHost::transferFinished, this, [this](const QString &uuid, const RecordData &record) {
        if (FetchJob *job = jobFor(uuid))
            job->applyFinished(record);
    });
    connect(&m_engine, &EngineHost::iconFetched, this, [this](const QString &uuid, const QString &, const QString &path) {
        if (path.isEmpty())
            return;
        if (FetchJob *job = jobFor(uuid))
            job->setIconPath(path);
        else
            m_store.saveIconPath(uuid, path);
        Q_EMIT uiChanged(uuid);
    });
}

BackgroundFetchManager::~BackgroundFetchManager()
{
    suspendAll();
}

FetchJob *BackgroundFetchManager::jobFor(const QString &uuid) const
{
    return m_jobs.value(uuid);
}

QString BackgroundFetchManager::iconCacheDir() const
{
    return QDir(m_config.dataDir).filePath(u"icons"_s);
}

QFuture<RegistrationPtr> BackgroundFetchManager::fetch(const QString &id, const FetchRequest &request,
                                                       const FetchOptions &options)
{
    return fetch(id, QList<FetchRequest>{request}, options);
}

QFuture<RegistrationPtr> BackgroundFetchManager::fetch(const QString &id, const QList<FetchRequest> &requests,
                                                       const FetchOptions &options)
{
    if (auto error = m_validator.checkId(id))
        return failedFuture<RegistrationPtr>(*error);
    const auto checkedRequests = m_validator.checkRequests(requests);
    if (auto *error = std::get_if<FetchException>(&checkedRequests))
        return failedFuture<RegistrationPtr>(*error);
    // C3: checked after the arguments, as the spec orders it, and again atomically by the store.
    if (m_active.contains(id))
        return failedFuture<RegistrationPtr>(FetchException(ErrorCode::TypeError, FetchIssue::DuplicateId, id));
    const auto &copies = std::get<QList<FetchRequest>>(checkedRequests);
    const auto checkedOptions = m_validator.checkOptions(options, copies);
    if (auto *error = std::get_if<FetchException>(&checkedOptions))
        return failedFuture<RegistrationPtr>(*error);
    const FetchOptions &opts = std::get<FetchOptions>(checkedOptions);

    RegistrationData data;
    data.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    data.id = id;
    data.title = opts.title;
    data.icons = opts.icons;
    data.downloadTotal = opts.downloadTotal;
    data.destination = opts.destination;
    data.connections = opts.connections > 0 ? opts.connections : m_config.defaultConnections;
    data.speedLimit = opts.speedLimit;
    data.state = opts.startPaused && std::all_of(copies.cbegin(), copies.cend(), [](const FetchRequest &r) {
        return r.isGet();
    }) ? RegistrationState::Paused : RegistrationState::Active;
    data.created = QDateTime::currentDateTimeUtc();
    data.bootId = m_config.bootId;
    for (int i = 0; i < copies.size(); ++i) {
        RecordData record;
        record.index = i;
        record.request = copies[i];
        data.records.append(record);
        // C8: the sum of the body sizes, known when fetch() resolves.
        data.uploadTotal += quint64(copies[i].bodyFile.isEmpty() ? copies[i].body.size()
                                                                 : QFileInfo(copies[i].bodyFile).size());
    }

    switch (m_store.insert(data)) {
    case FetchStore::InsertResult::Inserted:
        break;
    case FetchStore::InsertResult::DuplicateId:
        return failedFuture<RegistrationPtr>(FetchException(ErrorCode::TypeError, FetchIssue::DuplicateId, id));
    case FetchStore::InsertResult::Failed:
        return failedFuture<RegistrationPtr>(
            FetchException(ErrorCode::TypeError, FetchIssue::StoreFailure, m_store.lastError()));
    }
    FetchJob *job = nullptr;
    RegistrationPtr registration = adopt(data, &job);
    if (!registration) {
        m_store.remove(data.uuid);
        return failedFuture<RegistrationPtr>(
            FetchException(ErrorCode::InvalidStateError, FetchIssue::BusyElsewhere, id));
    }
    fetchIcons(data);
    schedule();
    return readyFuture(registration);
}

RegistrationPtr BackgroundFetchManager::adopt(RegistrationData data, FetchJob **jobOut)
{
    auto *job = new FetchJob(std::move(data), m_store, m_engine, m_config.maxParallelRecords,
                             QDir(m_config.dataDir).filePath(u"responses"_s), m_config.bootId, this);
    if (!job->lock(QDir(m_config.dataDir).filePath(u"locks"_s))) {
        delete job;
        return {};
    }
    job->reconcileWithDisk();
    RegistrationPtr registration(new BackgroundFetchRegistration(job, m_config.baseUrl), &QObject::deleteLater);
    const QString id = job->data().id;
    m_jobs.insert(job->uuid(), job);
    m_registrations.insert(job->uuid(), registration);
    m_order.append(job);
    m_active.insert(id, registration);
    m_activeIds.append(id);
    connect(job, &FetchJob::settled, this, [this, job] { onSettled(job); });
    connect(job, &FetchJob::pausedChanged, this, [this] { schedule(); });
    if (jobOut)
        *jobOut = job;
    Q_EMIT registrationAdded(registration);
    return registration;
}

void BackgroundFetchManager::fetchIcons(const RegistrationData &data)
{
    for (const ImageResource &icon : data.icons)
        m_engine.fetchIcon(data.uuid, icon.src, iconCacheDir());
}

QFuture<RegistrationPtr> BackgroundFetchManager::get(const QString &id)
{
    if (id.isEmpty())
        return failedFuture<RegistrationPtr>(FetchException(ErrorCode::TypeError, FetchIssue::EmptyId));
    return readyFuture(m_active.value(id));
}

QFuture<QStringList> BackgroundFetchManager::getIds() const
{
    return readyFuture(m_activeIds);
}

QList<RegistrationPtr> BackgroundFetchManager::activeRegistrations() const
{
    QList<RegistrationPtr> registrations;
    registrations.reserve(m_activeIds.size());
    for (const QString &id : m_activeIds)
        registrations.append(m_active.value(id));
    return registrations;
}

QFuture<void> BackgroundFetchManager::click(const QString &id)
{
    if (const RegistrationPtr registration = m_active.value(id))
        return activate(registration->uniqueId());
    if (const std::optional<RegistrationData> newest = m_store.findNewest(id))
        return activate(newest->uuid);
    return failedFuture<void>(FetchException(ErrorCode::NotFoundError, FetchIssue::UnknownId, id));
}

QFuture<void> BackgroundFetchManager::activate(const QString &uuid)
{
    RegistrationPtr registration = m_registrations.value(uuid);
    if (!registration) {
        const std::optional<RegistrationData> stored = m_store.load(uuid);
        if (!stored)
            return failedFuture<void>(FetchException(ErrorCode::NotFoundError, FetchIssue::UnknownId, uuid));
        registration = RegistrationPtr(new BackgroundFetchRegistration(*stored), &QObject::deleteLater);
    }
    auto *event = new BackgroundFetchEvent(registration, this);
    connect(event, &BackgroundFetchEvent::ended, event, &QObject::deleteLater);
    event->beginDispatch();
    Q_EMIT backgroundFetchClick(event);
    event->endDispatch();
    return readyFuture();
}

void BackgroundFetchManager::restoreActive()
{
    const QList<RegistrationData> stored = m_store.loadActive();
    for (const RegistrationData &data : stored) {
        if (m_active.contains(data.id))
            continue;
        adopt(data);
    }
    schedule();
}

QFuture<RegistrationPtr> BackgroundFetchManager::restore(const QString &id, RestoreMode mode)
{
    if (id.isEmpty())
        return failedFuture<RegistrationPtr>(FetchException(ErrorCode::TypeError, FetchIssue::EmptyId));
    if (RegistrationPtr running = m_active.value(id))
        return readyFuture(running);
    auto data = m_store.findActive(id);
    if (!data)
        data = reviveAfterQuota(id);
    if (!data)
        return failedFuture<RegistrationPtr>(FetchException(ErrorCode::NotFoundError, FetchIssue::UnknownId, id));
    // Resuming is what the user asked for, so a registration they had paused runs too.
    if (mode == RestoreMode::Run)
        data->state = RegistrationState::Active;
    FetchJob *job = nullptr;
    RegistrationPtr registration = adopt(*data, &job);
    if (!registration)
        return failedFuture<RegistrationPtr>(
            FetchException(ErrorCode::InvalidStateError, FetchIssue::BusyElsewhere, id));
    if (mode == RestoreMode::Run) {
        if (data->iconPath.isEmpty())
            fetchIcons(*data);
        // `ferry resume` asked for this one registration to run now.
        job->start();
        Q_EMIT queuedChanged(job->uuid(), false);
    }
    return readyFuture(registration);
}

std::optional<RegistrationData> BackgroundFetchManager::reviveAfterQuota(const QString &id)
{
    // A registration stopped by a full disk kept its .part files; once space is free it may run again, with
    // every record the disk stopped picking up where its file ends.
    std::optional<RegistrationData> data = m_store.findNewest(id);
    if (!data || data->failureReason != FailureReason::QuotaExceeded)
        return std::nullopt;
    data->result = FetchResult::Unset;
    data->failureReason = FailureReason::None;
    data->state = RegistrationState::Active;
    data->finished = QDateTime();
    for (RecordData &record : data->records) {
        if (record.result == RecordResult::QuotaExceeded || record.result == RecordResult::Aborted)
            record.result = RecordResult::Pending;
    }
    // The store's unique index refuses this if the id became active meanwhile.
    if (!m_store.save(*data))
        return std::nullopt;
    return data;
}

void BackgroundFetchManager::suspendAll()
{
    for (FetchJob *job : std::as_const(m_jobs))
        job->suspend();
}

bool BackgroundFetchManager::remove(const QString &uuid, bool deleteFiles)
{
    const std::optional<RegistrationData> stored = m_store.load(uuid);
    m_registrations.remove(uuid);
    if (FetchJob *job = m_jobs.take(uuid)) {
        m_order.removeOne(job);
        job->disconnect(this);
        job->discard();
        const QString id = job->data().id;
        if (RegistrationPtr registration = m_active.take(id)) {
            m_activeIds.removeOne(id);
            registration->releaseRecords();
        }
        job->deleteLater();
    }
    if (!stored)
        return false;
    if (deleteFiles) {
        for (const RecordData &record : stored->records) {
            if (!record.filePath.isEmpty())
                QFile::remove(record.filePath);
            if (!record.partPath.isEmpty())
                QFile::remove(record.partPath);
        }
    }
    return m_store.remove(uuid);
}

QList<RegistrationData> BackgroundFetchManager::history(int offset, int limit) const
{
    return m_store.list(offset, limit);
}

QList<RegistrationData> BackgroundFetchManager::history(const HistoryQuery &query, int offset, int limit) const
{
    return m_store.list(query, offset, limit);
}

void BackgroundFetchManager::visitHistory(const HistoryQuery &query,
                                          const std::function<void(const RegistrationData &)> &visitor) const
{
    m_store.visit(query, visitor);
}

int BackgroundFetchManager::historyCount(const HistoryQuery &query) const
{
    return m_store.count(query);
}

std::optional<RegistrationData> BackgroundFetchManager::details(const QString &uuid) const
{
    if (FetchJob *job = jobFor(uuid))
        return job->data();
    return m_store.load(uuid);
}

std::optional<RegistrationData> BackgroundFetchManager::find(const QString &id) const
{
    if (const RegistrationPtr registration = m_active.value(id))
        return details(registration->uniqueId());
    return m_store.findNewest(id);
}

void BackgroundFetchManager::schedule()
{
    int running = 0;
    for (const FetchJob *job : std::as_const(m_order))
        running += job->isStarted() && !job->isPaused() && !job->isSettled() ? 1 : 0;
    for (FetchJob *job : std::as_const(m_order)) {
        if (running >= m_maxActive)
            break;
        if (!job->isQueued())
            continue;
        job->start();
        ++running;
        Q_EMIT queuedChanged(job->uuid(), false);
    }
}

void BackgroundFetchManager::setMaxActiveRegistrations(int count)
{
    m_maxActive = std::max(1, count);
    schedule();
}

void BackgroundFetchManager::setDefaultConnections(int connections)
{
    m_config.defaultConnections = std::clamp(connections, 1, 16);
}

void BackgroundFetchManager::setSpeedLimit(qint64 bytesPerSecond)
{
    m_speedLimit = std::max<qint64>(0, bytesPerSecond);
    m_engine.setSpeedLimit(QString(), m_speedLimit);
}

void BackgroundFetchManager::setProxy(const ProxyRules &rules)
{
    m_engine.setProxy(rules);
}

void BackgroundFetchManager::setConnectionLimits(int perHost, int overall)
{
    m_engine.setConnectionLimits(std::clamp(perHost, 1, 64), std::clamp(overall, 1, 256));
}

bool BackgroundFetchManager::setRegistrationSpeedLimit(const QString &uuid, qint64 bytesPerSecond)
{
    FetchJob *job = jobFor(uuid);
    if (!job)
        return false;
    job->setSpeedLimit(std::max<qint64>(0, bytesPerSecond));
    return true;
}

void BackgroundFetchManager::onSettled(FetchJob *job)
{
    m_order.removeOne(job);
    // C4: the id is free before the completion event runs.
    const QString id = job->data().id;
    RegistrationPtr registration = m_active.take(id);
    m_activeIds.removeOne(id);
    if (!registration)
        return;
    dispatch(job, registration);
    schedule();
}

void BackgroundFetchManager::dispatch(FetchJob *job, const RegistrationPtr &registration)
{
    const RegistrationData &data = job->data();
    BackgroundFetchEvent *event = nullptr;
    const QString uuid = job->uuid();
    auto finish = [this, job, registration, uuid] {
        registration->releaseRecords();
        m_jobs.remove(uuid);
        m_registrations.remove(uuid);
        job->deleteLater();
    };
    if (data.failureReason == FailureReason::Aborted) {
        event = new BackgroundFetchEvent(registration, this);
        connect(event, &BackgroundFetchEvent::ended, this, finish);
        event->beginDispatch();
        Q_EMIT backgroundFetchAbort(event);
    } else {
        auto *uiEvent = new BackgroundFetchUpdateUIEvent(registration, this);
        uiEvent->m_apply = [this, job, uuid](const FetchUiOptions &options) {
            job->setUi(options);
            if (options.icons)
                fetchIcons(job->data());
            Q_EMIT uiChanged(uuid);
        };
        event = uiEvent;
        connect(event, &BackgroundFetchEvent::ended, this, finish);
        event->beginDispatch();
        if (data.result == FetchResult::Success)
            Q_EMIT backgroundFetchSuccess(uiEvent);
        else
            Q_EMIT backgroundFetchFail(uiEvent);
    }
    connect(event, &BackgroundFetchEvent::ended, event, &QObject::deleteLater);
    event->endDispatch();
}

} // namespace Ferry
