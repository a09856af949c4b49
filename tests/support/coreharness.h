#pragma once

#include "backgroundfetchmanager.h"
#include "enginehost.h"
#include "fetchstore.h"
#include "testserver.h"

#include <QTemporaryDir>

#include <memory>

namespace FerryTest {

// The core as the composition root builds it (store, engine thread, manager), on a temporary data dir, next to a
// loopback TestServer. Timeouts and retry delays are shortened so fault tests finish quickly.
class CoreHarness final
{
public:
    explicit CoreHarness(Ferry::ManagerConfig config = {}, Ferry::EngineConfig engine = fastEngine());
    ~CoreHarness();
    Q_DISABLE_COPY_MOVE(CoreHarness)

    static Ferry::EngineConfig fastEngine();

    bool isReady() const { return m_ready; }
    TestServer &server() { return m_server; }
    // Changes take effect at the next restart().
    Ferry::ManagerConfig &config() { return m_config; }
    Ferry::BackgroundFetchManager &manager() { return *m_manager; }
    Ferry::FetchStore &store() { return *m_store; }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString downloads() const { return m_dir.filePath(QStringLiteral("downloads")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // fetch() that must succeed; returns the registration or null (after a failed QVERIFY in the caller's test).
    Ferry::RegistrationPtr fetch(const QString &id, const QList<Ferry::FetchRequest> &requests,
                                 const Ferry::FetchOptions &options = {});
    // The exception a failed future carries, or nothing when it did not fail.
    template<typename T>
    static std::optional<Ferry::FetchException> errorOf(QFuture<T> future)
    {
        try {
            future.waitForFinished();
            return std::nullopt;
        } catch (const Ferry::FetchException &error) {
            return error;
        }
    }

    // Throws away the manager and engine (suspending the jobs, as a quit would) and builds new ones on the same
    // data dir, as a restart of the program does (L1).
    void restart();

private:
    void build();

    QTemporaryDir m_dir;
    TestServer m_server;
    Ferry::ManagerConfig m_config;
    Ferry::EngineConfig m_engineConfig;
    std::unique_ptr<Ferry::FetchStore> m_store;
    std::unique_ptr<Ferry::EngineHost> m_engine;
    std::unique_ptr<Ferry::BackgroundFetchManager> m_manager;
    bool m_ready = false;
};

} // namespace FerryTest
