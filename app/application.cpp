#include "application.h"

#include "backgroundfetchmanager.h"
#include "enginehost.h"
#include "fetchstore.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Ferry {

Application::Application(const QString &dataDir, const QString &defaultDestination, const EngineConfig &engine,
                         QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_defaultDestination(defaultDestination), m_engineConfig(engine),
      m_store(std::make_unique<FetchStore>())
{
}

Application::~Application() = default;

QString Application::resolveDataDir(const QString &option)
{
    if (!option.isEmpty())
        return QDir(option).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("FERRY_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool Application::open(QString *error)
{
    if (!m_store->open(QDir(m_dataDir).filePath(u"ferry.sqlite"_s))) {
        *error = m_store->lastError();
        return false;
    }
    m_engine = std::make_unique<EngineHost>(m_engineConfig);
    ManagerConfig config;
    config.dataDir = m_dataDir;
    config.defaultDestination = m_defaultDestination;
    m_manager = std::make_unique<BackgroundFetchManager>(*m_store, *m_engine, config);
    return true;
}

} // namespace Ferry
