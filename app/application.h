#pragma once

#include "managerconfig.h"
#include "transfertypes.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Ferry {

class BackgroundFetchManager;
class EngineHost;
class FetchStore;

// The composition root (DESIGN.md section 1): builds the store, the engine and the manager and wires them
// together. The front ends (command line, window) are built on top by main(). Destruction runs in reverse: the
// manager stores its jobs' state before the engine and the store go.
class Application final : public QObject
{
    Q_OBJECT

public:
    Application(const QString &dataDir, const QString &defaultDestination, const EngineConfig &engine = {},
                QObject *parent = nullptr);
    ~Application() override;

    // Opens the store; false with `error` set when the database cannot be used.
    bool open(QString *error);
    BackgroundFetchManager &manager() { return *m_manager; }

    // --data-dir, else FERRY_DATA_DIR, else the XDG data location.
    static QString resolveDataDir(const QString &option);

private:
    QString m_dataDir;
    QString m_defaultDestination;
    EngineConfig m_engineConfig;
    std::unique_ptr<FetchStore> m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<BackgroundFetchManager> m_manager;
};

} // namespace Ferry
