#include "enginehost.h"

#include "transferengine.h"

namespace Ferry {

EngineHost::EngineHost(const EngineConfig &config, QObject *parent)
    : QObject(parent), m_engine(new TransferEngine(config))
{
    m_thread.setObjectName(QStringLiteral("ferry-engine"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &TransferEngine::progressed, this, &EngineHost::progressed);
    connect(m_engine, &TransferEngine::headReceived, this, &EngineHost::headReceived);
    connect(m_engine, &TransferEngine::placing, this, &EngineHost::placing);
    connect(m_engine, &TransferEngine::transferFinished, this, &EngineHost::transferFinished);
    connect(m_engine, &TransferEngine::iconFetched, this, &EngineHost::iconFetched);
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &TransferEngine::initialize, Qt::QueuedConnection);
}

EngineHost::~EngineHost()
{
    m_thread.quit();
    m_thread.wait();
}

void EngineHost::beginRegistration(const QString &uuid, quint64 downloadTotal, quint64 alreadyStored,
                                   qint64 speedLimit)
{
    QMetaObject::invokeMethod(
        m_engine, [=, this] { m_engine->beginRegistration(uuid, downloadTotal, alreadyStored, speedLimit); },
        Qt::QueuedConnection);
}

void EngineHost::setSpeedLimit(const QString &uuid, qint64 bytesPerSecond)
{
    QMetaObject::invokeMethod(m_engine, [=, this] { m_engine->setSpeedLimit(uuid, bytesPerSecond); },
                              Qt::QueuedConnection);
}

void EngineHost::startTransfer(const TransferOrder &order)
{
    QMetaObject::invokeMethod(m_engine, [=, this] { m_engine->startTransfer(order); }, Qt::QueuedConnection);
}

void EngineHost::setConnectionLimits(int perHost, int overall)
{
    QMetaObject::invokeMethod(m_engine, [=, this] { m_engine->setConnectionLimits(perHost, overall); },
                              Qt::QueuedConnection);
}

void EngineHost::setProxy(const ProxyRules &rules)
{
    QMetaObject::invokeMethod(m_engine, [=, this] { m_engine->setProxy(rules); }, Qt::QueuedConnection);
}

QList<RecordData> EngineHost::stopTransfers(const QString &uuid, const QList<int> &indexes, StopMode mode)
{
    QList<RecordData> stopped;
    QMetaObject::invokeMethod(
        m_engine, [&] { stopped = m_engine->stopTransfers(uuid, indexes, mode); }, Qt::BlockingQueuedConnection);
    return stopped;
}

void EngineHost::recorded(const QString &uuid, const QList<RecordData> &records)
{
    QMetaObject::invokeMethod(m_engine, [=, this] { m_engine->recorded(uuid, records); }, Qt::QueuedConnection);
}

void EngineHost::endRegistration(const QString &uuid)
{
    QMetaObject::invokeMethod(m_engine, [=, this] { m_engine->endRegistration(uuid); }, Qt::QueuedConnection);
}

void EngineHost::fetchIcon(const QString &uuid, const QString &src, const QString &cacheDir)
{
    QMetaObject::invokeMethod(m_engine, [=, this] { m_engine->fetchIcon(uuid, src, cacheDir); },
                              Qt::QueuedConnection);
}

} // namespace Ferry
