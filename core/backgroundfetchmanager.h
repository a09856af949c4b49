#pragma once

#include "backgroundfetchevent.h"
#include "backgroundfetchregistration.h"
#include "fetchoptions.h"
#include "fetchrequest.h"
#include "historyquery.h"
#include "managerconfig.h"
#include "proxyrules.h"
#include "registrationdata.h"
#include "requestvalidator.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSharedPointer>
#include <QStringList>

namespace Ferry {

class EngineHost;
class FetchJob;
class FetchStore;

using RegistrationPtr = QSharedPointer<BackgroundFetchRegistration>;

// BackgroundFetchManager: fetch(), get() and getIds() of the spec, plus the desktop's restore, history and remove.
// Owned by the composition root with the store and the engine host it is given (which must outlive it). Lives on
// the GUI thread; every call that changes the set of active registrations runs to completion before the next, which
// is the spec's serial edit queue. Every answer is a QFuture: failures are FetchExceptions inside it, never throws.
class BackgroundFetchManager final : public QObject
{
    Q_OBJECT

public:
    BackgroundFetchManager(FetchStore &store, EngineHost &engine, ManagerConfig config, QObject *parent = nullptr);
    ~BackgroundFetchManager() override;

    QFuture<RegistrationPtr> fetch(const QString &id, const QList<FetchRequest> &requests,
                                   const FetchOptions &options = {});
    // B2: a single request is a one-element list.
    QFuture<RegistrationPtr> fetch(const QString &id, const FetchRequest &request, const FetchOptions &options = {});
    // The active registration with this id, or a null pointer (D3). TypeError for an empty id (D4).
    QFuture<RegistrationPtr> get(const QString &id);
    // Ids of active registrations, in the order they were registered (D6, D7).
    QFuture<QStringList> getIds() const;
    // The active registrations themselves, in the same order: what the tray lists.
    QList<RegistrationPtr> activeRegistrations() const;

    // backgroundfetchclick (K1-K4): the user activated the UI of a registration (a notification, the tray, D-Bus).
    // Fires backgroundFetchClick with the registration as it is now: the running object while it is active or its
    // completion event lasts, else a settled copy from the store with its final result and no records. A click
    // changes nothing about the registration (K2) and may be repeated (K4).
    // By developer id, as automation does (K3): the newest registration with that id, settled ones included;
    // NotFoundError when there is none.
    QFuture<void> click(const QString &id);
    // By unique id, for front ends that show one entry per registration; NotFoundError when it is unknown.
    QFuture<void> activate(const QString &uuid);

    // Restores every registration the store has as active (L1) that no other process is running. Each resumes
    // unless the user had paused it (L4).
    void restoreActive();
    enum class RestoreMode {
        Run,  // start transferring at once (`ferry resume`)
        Idle, // load it without starting, to pause or abort it
    };
    // Restores one by developer id: NotFoundError when no such active registration exists, InvalidStateError
    // (BusyElsewhere) when another process runs it. A registration that ended with quota-exceeded counts as
    // interrupted: it kept its .part files and runs again once there is space.
    QFuture<RegistrationPtr> restore(const QString &id, RestoreMode mode = RestoreMode::Run);
    // Stops every transfer and stores its durable state; the registrations stay active for the next run.
    void suspendAll();
    // Removes a registration for good, active or finished, without any completion event (J10); with
    // `deleteFiles` its downloaded files go too.
    bool remove(const QString &uuid, bool deleteFiles);
    // Finished registrations and active ones, newest first: the desktop's history (not part of the spec).
    QList<RegistrationData> history(int offset, int limit) const;
    QList<RegistrationData> history(const HistoryQuery &query, int offset, int limit) const;
    int historyCount(const HistoryQuery &query = {}) const;
    // Walks the whole matching history, newest first, without holding it in memory (`ferry list`).
    void visitHistory(const HistoryQuery &query, const std::function<void(const RegistrationData &)> &visitor) const;
    // The stored title, icon and records of a registration (active or not), for the front ends.
    std::optional<RegistrationData> details(const QString &uuid) const;
    // The active registration with this developer id, else the newest finished one.
    std::optional<RegistrationData> find(const QString &id) const;

    const ManagerConfig &config() const { return m_config; }

    // Scheduling (DESIGN.md section 3): at most this many registrations transfer at once; the others wait, in the
    // order they were added. Paused ones do not count. Takes effect at once.
    void setMaxActiveRegistrations(int count);
    int maxActiveRegistrations() const { return m_maxActive; }
    // Connections per file for registrations that do not choose their own.
    void setDefaultConnections(int connections);
    // A global speed limit in bytes per second, 0 for none. Takes effect at once.
    void setSpeedLimit(qint64 bytesPerSecond);
    qint64 speedLimit() const { return m_speedLimit; }
    // Open connections per host and overall, for all registrations together (defaults 6 and 32).
    void setConnectionLimits(int perHost, int overall);
    // Which proxies downloads use from now on (the window's setting).
    void setProxy(const ProxyRules &rules);
    // The speed limit of one active registration, 0 for none.
    bool setRegistrationSpeedLimit(const QString &uuid, qint64 bytesPerSecond);

Q_SIGNALS:
    // backgroundfetchsuccess / fail / abort (J1): exactly one per registration, after its final progress signal
    // and after the id has left getIds() (C4). Handlers may call waitUntil() and, for success and fail, updateUI().
    void backgroundFetchSuccess(Ferry::BackgroundFetchUpdateUIEvent *event);
    void backgroundFetchFail(Ferry::BackgroundFetchUpdateUIEvent *event);
    void backgroundFetchAbort(Ferry::BackgroundFetchEvent *event);
    // backgroundfetchclick (A5, K1): click() or activate() was called. The front end's default handler opens the
    // result.
    void backgroundFetchClick(Ferry::BackgroundFetchEvent *event);
    // A registration became active (fetch or restore); for observers such as the list model and the tray.
    void registrationAdded(const Ferry::RegistrationPtr &registration);
    // The title or icon of a registration changed (updateUI, or its icon arrived).
    void uiChanged(const QString &uuid);
    // A registration started transferring, or went back to waiting for a slot.
    void queuedChanged(const QString &uuid, bool queued);

private:
    RegistrationPtr adopt(RegistrationData data, FetchJob **jobOut = nullptr);
    std::optional<RegistrationData> reviveAfterQuota(const QString &id);
    void onSettled(FetchJob *job);
    void dispatch(FetchJob *job, const RegistrationPtr &registration);
    void fetchIcons(const RegistrationData &data);
    FetchJob *jobFor(const QString &uuid) const;
    // Starts queued registrations while there are free slots.
    void schedule();
    QString iconCacheDir() const;

    FetchStore &m_store;
    EngineHost &m_engine;
    ManagerConfig m_config;
    RequestValidator m_validator;
    QStringList m_activeIds;                       // insertion order (D7)
    QHash<QString, RegistrationPtr> m_active;      // developer id -> registration
    QHash<QString, FetchJob *> m_jobs;             // uuid -> job, until its completion event ends
    QHash<QString, RegistrationPtr> m_registrations; // uuid -> registration, for as long as m_jobs has the job
    QList<FetchJob *> m_order;                     // active jobs in the order they were added, for scheduling
    int m_maxActive = 3;
    qint64 m_speedLimit = 0;
};

} // namespace Ferry
