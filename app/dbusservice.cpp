#include "dbusservice.h"

#include "clicommands.h"
#include "ferrymanageradaptor.h"
#include "registrationcommands.h"
#include "texts.h"

#include <QDBusConnectionInterface>
#include <QDBusMetaType>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

const QString errorPrefix = u"org.ferry.Ferry.Error."_s;

// An option of the wrong type is a TypeError like any other bad input.
FetchException badOption(const QString &name)
{
    return FetchException(ErrorCode::TypeError, FetchIssue::InvalidOption, name);
}

std::optional<FetchOptions> fetchOptionsFrom(const QVariantMap &map, QString *id, std::optional<FetchException> &error)
{
    FetchOptions options;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        bool ok = true;
        if (key == u"id" && value.typeId() == QMetaType::QString) {
            *id = value.toString();
        } else if (key == u"title" && value.typeId() == QMetaType::QString) {
            options.title = value.toString();
        } else if (key == u"destination" && value.typeId() == QMetaType::QString) {
            options.destination = value.toString();
        } else if (key == u"connections") {
            const int connections = value.toInt(&ok);
            ok = ok && connections >= 1 && connections <= 16;
            options.connections = connections;
        } else if (key == u"downloadTotal") {
            options.downloadTotal = value.toULongLong(&ok);
        } else if (key == u"limitRate") {
            options.speedLimit = qint64(value.toULongLong(&ok));
        } else {
            ok = false;
        }
        if (!ok) {
            error = badOption(key);
            return std::nullopt;
        }
    }
    return options;
}

QString stateOf(const RegistrationData &data, const RegistrationPtr &live)
{
    if (!data.isActive())
        return u"finished"_s;
    if (!live)
        return data.state == RegistrationState::Paused ? u"paused"_s : u"stopped"_s;
    if (live->isPaused())
        return u"paused"_s;
    return live->isQueued() ? u"queued"_s : u"running"_s;
}

} // namespace

DBusService::DBusService(BackgroundFetchManager &manager, std::function<void()> show, QObject *parent)
    : QObject(parent), m_manager(manager), m_show(std::move(show))
{
    // Owned by this object, as QtDBus expects of adaptors; it relays the signals by itself.
    new FerryManagerAdaptor(this);
    connect(&manager, &BackgroundFetchManager::registrationAdded, this, &DBusService::follow);
    connect(&manager, &BackgroundFetchManager::backgroundFetchSuccess, this, &DBusService::finished);
    connect(&manager, &BackgroundFetchManager::backgroundFetchFail, this, &DBusService::finished);
    connect(&manager, &BackgroundFetchManager::backgroundFetchAbort, this, &DBusService::finished);
    const QList<RegistrationPtr> active = manager.activeRegistrations();
    for (const RegistrationPtr &registration : active)
        follow(registration);
}

DBusService::~DBusService() = default;

bool DBusService::registerOn(QDBusConnection bus)
{
    if (!bus.isConnected())
        return false;
    if (!bus.registerObject(objectPath.toString(), this))
        return false;
    if (!bus.registerService(serviceName.toString())) {
        bus.unregisterObject(objectPath.toString());
        return false;
    }
    return true;
}

void DBusService::follow(const RegistrationPtr &registration)
{
    const QString uuid = registration->uniqueId();
    BackgroundFetchRegistration *raw = registration.data();
    connect(raw, &BackgroundFetchRegistration::progress, this, [this, raw, uuid] {
        QElapsedTimer &last = m_lastProgress[uuid];
        if (last.isValid() && last.elapsed() < progressIntervalMs && raw->result() == FetchResult::Unset)
            return;
        last.start();
        Q_EMIT Progress(raw->id(), raw->downloaded(), raw->downloadTotal(), raw->uploaded(), raw->uploadTotal());
    });
}

void DBusService::finished(BackgroundFetchEvent *event)
{
    const RegistrationPtr registration = event->registration();
    m_lastProgress.remove(registration->uniqueId());
    const QString reason =
        registration->failureReason() == FailureReason::None ? QString() : toSpecString(registration->failureReason());
    Q_EMIT Finished(registration->id(), toSpecString(registration->result()), reason);
}

void DBusService::fail(const FetchException &error)
{
    if (calledFromDBus())
        sendErrorReply(errorPrefix + toSpecString(error.code()), Texts::error(error));
}

QString DBusService::Fetch(const QStringList &urls, const QVariantMap &options)
{
    QString id;
    std::optional<FetchException> error;
    const std::optional<FetchOptions> fetchOptions = fetchOptionsFrom(options, &id, error);
    if (!fetchOptions) {
        fail(*error);
        return QString();
    }
    if (id.isEmpty())
        id = CliCommands::generateId();
    QList<FetchRequest> requests;
    for (const QString &url : urls)
        requests.append(FetchRequest(url));
    QFuture<RegistrationPtr> pending = m_manager.fetch(id, requests, *fetchOptions);
    try {
        return pending.result()->id();
    } catch (const FetchException &refused) {
        fail(refused);
        return QString();
    }
}

QVariantMap DBusService::Get(const QString &id)
{
    const std::optional<RegistrationData> data = m_manager.find(id);
    if (!data) {
        fail(FetchException(ErrorCode::NotFoundError, FetchIssue::UnknownId, id));
        return {};
    }
    QVariantMap result;
    const RegistrationPtr live = data->isActive() ? m_manager.get(id).result() : RegistrationPtr();
    result.insert(u"id"_s, data->id);
    result.insert(u"title"_s, data->title);
    result.insert(u"uploadTotal"_s, qulonglong(data->uploadTotal));
    result.insert(u"downloadTotal"_s, qulonglong(data->downloadTotal));
    result.insert(u"uploaded"_s, qulonglong(live ? live->uploaded() : data->uploaded));
    result.insert(u"downloaded"_s, qulonglong(live ? live->downloaded() : data->downloaded));
    result.insert(u"result"_s, toSpecString(data->result));
    result.insert(u"failureReason"_s,
                  data->failureReason == FailureReason::None ? QString() : toSpecString(data->failureReason));
    result.insert(u"state"_s, stateOf(*data, live));
    result.insert(u"files"_s, RegistrationCommands::filesOf(*data));
    return result;
}

QStringList DBusService::GetIds()
{
    return m_manager.getIds().result();
}

RegistrationPtr DBusService::loaded(const QString &id, bool run)
{
    if (RegistrationPtr live = m_manager.get(id).result())
        return live;
    QFuture<RegistrationPtr> restored =
        m_manager.restore(id, run ? BackgroundFetchManager::RestoreMode::Run : BackgroundFetchManager::RestoreMode::Idle);
    try {
        return restored.result();
    } catch (const FetchException &error) {
        fail(error);
        return {};
    }
}

bool DBusService::Abort(const QString &id)
{
    const RegistrationPtr registration = loaded(id, false);
    return registration && registration->abort().result();
}

bool DBusService::Pause(const QString &id)
{
    const RegistrationPtr registration = loaded(id, false);
    if (!registration)
        return false;
    if (registration->isPaused())
        return false;
    if (!registration->pause()) {
        fail(FetchException(ErrorCode::InvalidStateError, FetchIssue::NotPausable, id));
        return false;
    }
    return true;
}

bool DBusService::Resume(const QString &id)
{
    // A registration left stopped by an earlier run starts when it is loaded; a paused one needs resume().
    const bool wasLoaded = !m_manager.get(id).result().isNull();
    const RegistrationPtr registration = loaded(id, true);
    if (!registration)
        return false;
    if (registration->isPaused())
        return registration->resume();
    return !wasLoaded;
}

void DBusService::Click(const QString &id)
{
    try {
        m_manager.click(id).waitForFinished();
    } catch (const FetchException &error) {
        fail(error);
    }
}

void DBusService::Show()
{
    if (m_show)
        m_show();
}

} // namespace Ferry
