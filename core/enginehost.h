#pragma once

#include "transfertypes.h"

#include <QObject>
#include <QThread>

namespace Ferry {

class TransferEngine;

// The GUI thread's handle on the transfer engine: starts the engine thread, forwards commands to it as queued
// calls, and re-emits the engine's signals on the thread that owns this object. Owned by the composition root.
class EngineHost final : public QObject
{
    Q_OBJECT

public:
    explicit EngineHost(const EngineConfig &config, QObject *parent = nullptr);
    ~EngineHost() override;
    Q_DISABLE_COPY_MOVE(EngineHost)

    void beginRegistration(const QString &uuid, quint64 downloadTotal, quint64 alreadyStored, qint64 speedLimit);
    // Bytes per second for one registration, or for all together when `uuid` is empty; 0 for none.
    void setSpeedLimit(const QString &uuid, qint64 bytesPerSecond);
    void setConnectionLimits(int perHost, int overall);
    void setProxy(const ProxyRules &rules);
    void startTransfer(const TransferOrder &order);
    // Blocks until the engine has stopped the transfers and synced their files, so the caller can persist the
    // returned durable state at once (pause, abort, shutdown).
    QList<RecordData> stopTransfers(const QString &uuid, const QList<int> &indexes, StopMode mode);
    // The store has recorded the last head or placing() of these records: their transfers go on.
    void recorded(const QString &uuid, const QList<Ferry::RecordData> &records);
    void endRegistration(const QString &uuid);
    void fetchIcon(const QString &uuid, const QString &src, const QString &cacheDir);

Q_SIGNALS:
    void progressed(const QList<Ferry::TransferProgress> &batch);
    void headReceived(const QString &uuid, const Ferry::RecordData &record);
    // A complete file waits to take its final name until recorded() says the store knows (Transfer::placing()).
    void placing(const QString &uuid, const Ferry::RecordData &record);
    void transferFinished(const QString &uuid, const Ferry::RecordData &record);
    void iconFetched(const QString &uuid, const QString &src, const QString &path);

private:
    QThread m_thread;
    TransferEngine *m_engine;
};

} // namespace Ferry
