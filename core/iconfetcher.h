#pragma once

#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

struct EngineConfig;

// Brings a registration's icon into the data dir's cache, from a local file or over http(s). Lives on the engine
// thread. An icon that cannot be loaded is reported with an empty path and never fails a fetch (C13).
class IconFetcher final : public QObject
{
    Q_OBJECT

public:
    IconFetcher(QNetworkAccessManager &network, const EngineConfig &config, QObject *parent = nullptr);

    void fetch(const QString &uuid, const QString &src, const QString &cacheDir);
    // Where the cached copy of `src` lives (whether or not it is there yet).
    static QString cachePath(const QString &cacheDir, const QString &src);

Q_SIGNALS:
    void fetched(const QString &uuid, const QString &src, const QString &path);

private:
    void onReply(QNetworkReply *reply, const QString &uuid, const QString &src, const QString &target);

    QNetworkAccessManager &m_network;
    const EngineConfig &m_config;
};

} // namespace Ferry
