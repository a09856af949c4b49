#include "coreharness.h"

#include <QDir>

using namespace std::chrono_literals;

namespace FerryTest {

Ferry::EngineConfig CoreHarness::fastEngine()
{
    Ferry::EngineConfig config;
    config.stallTimeout = 1500ms;
    config.progressInterval = 50ms;
    config.retry.baseDelay = 20ms;
    config.retry.maxDelay = 200ms;
    config.retry.maxRetries = 3;
    config.diskReserve = 0;
    return config;
}

CoreHarness::CoreHarness(Ferry::ManagerConfig config, Ferry::EngineConfig engine)
    : m_config(std::move(config)), m_engineConfig(std::move(engine))
{
    if (!m_dir.isValid() || !m_server.listen())
        return;
    if (m_config.dataDir.isEmpty())
        m_config.dataDir = dataDir();
    if (m_config.defaultDestination.isEmpty())
        m_config.defaultDestination = downloads();
    QDir().mkpath(m_config.defaultDestination);
    build();
}

CoreHarness::~CoreHarness()
{
    m_manager.reset();
    m_engine.reset();
    m_store.reset();
}

void CoreHarness::build()
{
    m_store = std::make_unique<Ferry::FetchStore>();
    m_ready = m_store->open(QDir(m_config.dataDir).filePath(QStringLiteral("ferry.sqlite")));
    m_engine = std::make_unique<Ferry::EngineHost>(m_engineConfig);
    m_manager = std::make_unique<Ferry::BackgroundFetchManager>(*m_store, *m_engine, m_config);
}

Ferry::RegistrationPtr CoreHarness::fetch(const QString &id, const QList<Ferry::FetchRequest> &requests,
                                          const Ferry::FetchOptions &options)
{
    const QFuture<Ferry::RegistrationPtr> future = m_manager->fetch(id, requests, options);
    if (errorOf(future))
        return {};
    return future.result();
}

void CoreHarness::restart()
{
    m_manager.reset();
    m_engine.reset();
    m_store.reset();
    build();
}

} // namespace FerryTest
