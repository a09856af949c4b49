#include "transferengine.h"

#include "iconfetcher.h"
#include "transfer.h"

#include <QNetworkAccessManager>

namespace Ferry {

TransferEngine::TransferEngine(EngineConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_pool(m_config.connectionsPerHost, m_config.connectionsOverall)
{
}

void TransferEngine::setConnectionLimits(int perHost, int overall)
{
    m_pool.setLimits(perHost, overall);
}

TransferEngine::~TransferEngine() = default;

void TransferEngine::setProxy(const ProxyRules &rules)
{
    m_config.proxy = rules;
    applyProxy();
}

void TransferEngine::applyProxy()
{
    if (!m_config.proxy)
        return;
    // Each manager owns its factory; connections already open keep their route, new ones take the new rules.
    m_network->setProxyFactory(new ProxyRulesFactory(*m_config.proxy));
    for (QNetworkAccessManager *network : std::as_const(m_segmentNetworks))
        network->setProxyFactory(new ProxyRulesFactory(*m_config.proxy));
}

void TransferEngine::initialize()
{
    m_network = new QNetworkAccessManager(this);
    // Downloads are big and mostly unique: the disk cache and cookie jar would only cost memory and time.
    m_network->setCookieJar(nullptr);
    for (int i = 0; i < 2; ++i) {
        auto *network = new QNetworkAccessManager(this);
        network->setCookieJar(nullptr);
        m_segmentNetworks.append(network);
    }
    applyProxy();
    m_icons = new IconFetcher(*m_network, m_config, this);
    connect(m_icons, &IconFetcher::fetched, this, &TransferEngine::iconFetched);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(m_config.progressInterval);
    connect(m_progressTimer, &QTimer::timeout, this, &TransferEngine::onProgressTick);
}

void TransferEngine::beginRegistration(const QString &uuid, quint64 downloadTotal, quint64 alreadyStored,
                                       qint64 speedLimit)
{
    auto limits = std::make_shared<Limits>();
    limits->budget = DownloadBudget(downloadTotal, alreadyStored);
    limits->rate.setRate(speedLimit);
    m_limits.insert(uuid, limits);
}

std::shared_ptr<TransferEngine::Limits> TransferEngine::limitsFor(const QString &uuid)
{
    auto limits = m_limits.value(uuid);
    if (!limits) {
        limits = std::make_shared<Limits>();
        m_limits.insert(uuid, limits);
    }
    return limits;
}

void TransferEngine::setSpeedLimit(const QString &uuid, qint64 bytesPerSecond)
{
    if (uuid.isEmpty())
        m_globalRate.setRate(bytesPerSecond);
    else
        limitsFor(uuid)->rate.setRate(bytesPerSecond);
    for (const auto &[key, transfer] : m_transfers) {
        if (uuid.isEmpty() || key.first == uuid)
            transfer->rateChanged();
    }
}

void TransferEngine::startTransfer(const TransferOrder &order)
{
    const std::shared_ptr<Limits> limits = limitsFor(order.uuid);
    const Key key{order.uuid, order.record.index};
    if (m_transfers.count(key))
        return;
    auto *transfer =
        new Transfer(order, nextNetwork(), m_segmentNetworks, m_config, limits->budget, limits->rate, m_globalRate, m_pool,
                     m_names, this);
    m_transfers.emplace(key, transfer);
    connect(transfer, &Transfer::headReceived, this,
            [this, uuid = order.uuid](const RecordData &record) { Q_EMIT headReceived(uuid, record); });
    connect(transfer, &Transfer::placing, this,
            [this, uuid = order.uuid](const RecordData &record) { Q_EMIT placing(uuid, record); });
    connect(transfer, &Transfer::progressDue, this, [this, transfer] {
        if (auto progress = transfer->takeProgress())
            Q_EMIT progressed({*progress});
    });
    connect(transfer, &Transfer::finished, this,
            [this, transfer](const RecordData &record) { onTransferFinished(transfer, record); });
    if (!m_progressTimer->isActive())
        m_progressTimer->start();
    transfer->start();
}

QNetworkAccessManager &TransferEngine::nextNetwork()
{
    // Each QNetworkAccessManager reads its replies on a thread of its own, and Qt's HTTP/1.1 parser makes a system
    // call per byte of every response head: a run of small files would keep one such thread busy while the others
    // wait, so files take turns over all of them (case c of tests/bench: 0.31-0.38 s -> 0.28-0.31 s).
    const qsizetype turn = m_nextNetwork++ % (m_segmentNetworks.size() + 1);
    return turn == 0 ? *m_network : *m_segmentNetworks.at(turn - 1);
}

void TransferEngine::onTransferFinished(Transfer *transfer, const RecordData &record)
{
    // The finished record carries its own last counts. The other transfers' progress waits for the tick: flushing
    // it here would send a batch of every running transfer for each small file that ends.
    m_transfers.erase({transfer->uuid(), transfer->index()});
    transfer->deleteLater();
    Q_EMIT transferFinished(transfer->uuid(), record);
    if (m_transfers.empty())
        m_progressTimer->stop();
}

QList<RecordData> TransferEngine::stopTransfers(const QString &uuid, const QList<int> &indexes, StopMode mode)
{
    QList<RecordData> stopped;
    for (auto it = m_transfers.lower_bound({uuid, 0}); it != m_transfers.end() && it->first.first == uuid;) {
        if (!indexes.isEmpty() && !indexes.contains(it->first.second)) {
            ++it;
            continue;
        }
        stopped.append(it->second->stop(mode));
        it->second->deleteLater();
        it = m_transfers.erase(it);
    }
    return stopped;
}

void TransferEngine::recorded(const QString &uuid, const QList<RecordData> &records)
{
    // A record stopped meanwhile is gone from the map; its .part file is finished at the next start instead.
    for (const RecordData &record : records) {
        const auto it = m_transfers.find({uuid, record.index});
        if (it != m_transfers.end())
            it->second->recorded(record);
    }
}

void TransferEngine::endRegistration(const QString &uuid)
{
    stopTransfers(uuid, {}, StopMode::Pause);
    m_limits.remove(uuid);
}

void TransferEngine::fetchIcon(const QString &uuid, const QString &src, const QString &cacheDir)
{
    m_icons->fetch(uuid, src, cacheDir);
}

void TransferEngine::onProgressTick()
{
    // Only on the tick: a small file that starts and ends between two ticks costs no report of its head at all.
    for (const auto &[key, transfer] : m_transfers)
        transfer->reportHeldHead();
    flushProgress();
}

void TransferEngine::flushProgress()
{
    QList<TransferProgress> batch;
    for (const auto &[key, transfer] : m_transfers) {
        if (auto progress = transfer->takeProgress())
            batch.append(*progress);
    }
    if (!batch.isEmpty())
        Q_EMIT progressed(batch);
}

} // namespace Ferry
