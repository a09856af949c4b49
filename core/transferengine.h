#pragma once

#include "connectionpool.h"
#include "downloadbudget.h"
#include "namereservations.h"
#include "tokenbucket.h"
#include "transfertypes.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

class QNetworkAccessManager;

namespace Ferry {

class IconFetcher;
class Transfer;

// Runs every transfer. Lives on the engine thread (see EngineHost), with its own QNetworkAccessManager; the GUI
// thread never touches a reply or a body byte. Progress leaves in batches on a timer, never per chunk.
class TransferEngine final : public QObject
{
    Q_OBJECT

public:
    explicit TransferEngine(EngineConfig config, QObject *parent = nullptr);
    ~TransferEngine() override;

    // Called on the engine thread once it runs: objects made here belong to it.
    void initialize();
    void beginRegistration(const QString &uuid, quint64 downloadTotal, quint64 alreadyStored, qint64 speedLimit);
    // Bytes per second for one registration, or for all of them together when `uuid` is empty; 0 for none.
    void setSpeedLimit(const QString &uuid, qint64 bytesPerSecond);
    void setConnectionLimits(int perHost, int overall);
    // The proxies for requests from now on.
    void setProxy(const ProxyRules &rules);
    void startTransfer(const Ferry::TransferOrder &order);
    // Stops the given records (all of the registration's when `indexes` is empty) and returns their durable state.
    QList<RecordData> stopTransfers(const QString &uuid, const QList<int> &indexes, Ferry::StopMode mode);
    // The store has written these records as they are here: a transfer that waits for its head or placing() to
    // be stored goes on once it finds them in these (Transfer::recorded()).
    void recorded(const QString &uuid, const QList<Ferry::RecordData> &records);
    void endRegistration(const QString &uuid);
    void fetchIcon(const QString &uuid, const QString &src, const QString &cacheDir);
    // Sends whatever progress is pending now, ahead of the timer.
    void flushProgress();

Q_SIGNALS:
    void progressed(const QList<Ferry::TransferProgress> &batch);
    void headReceived(const QString &uuid, const Ferry::RecordData &record);
    void placing(const QString &uuid, const Ferry::RecordData &record);
    void transferFinished(const QString &uuid, const Ferry::RecordData &record);
    void iconFetched(const QString &uuid, const QString &src, const QString &path);

private:
    using Key = std::pair<QString, int>;

    QNetworkAccessManager &nextNetwork();
    void onProgressTick();
    void applyProxy();
    void onTransferFinished(Transfer *transfer, const RecordData &record);

    EngineConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    // QNetworkAccessManager opens at most six connections to a host; segment connections are spread over these
    // further managers so that a file asked to use more connections gets them.
    QList<QNetworkAccessManager *> m_segmentNetworks;
    qsizetype m_nextNetwork = 0; // whose turn it is to carry the next transfer (see nextNetwork())
    IconFetcher *m_icons = nullptr;
    QTimer *m_progressTimer = nullptr; // made in initialize(), on the engine thread
    std::map<Key, Transfer *> m_transfers;
    // What the transfers of one registration share: its downloadTotal cap and its speed limit.
    struct Limits
    {
        DownloadBudget budget;
        TokenBucket rate;
    };
    std::shared_ptr<Limits> limitsFor(const QString &uuid);

    QHash<QString, std::shared_ptr<Limits>> m_limits;
    TokenBucket m_globalRate;
    ConnectionPool m_pool;
    NameReservations m_names; // final names of the small bodies held in memory
};

} // namespace Ferry
