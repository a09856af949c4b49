#include "iconfetcher.h"

#include "tlstrust.h"
#include "transfertypes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr qint64 maxIconBytes = 4 * 1024 * 1024;
constexpr int iconTimeoutMs = 20000;

} // namespace

IconFetcher::IconFetcher(QNetworkAccessManager &network, const EngineConfig &config, QObject *parent)
    : QObject(parent), m_network(network), m_config(config)
{
}

QString IconFetcher::cachePath(const QString &cacheDir, const QString &src)
{
    const QByteArray key = QCryptographicHash::hash(src.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    QString suffix = QFileInfo(QUrl(src).path()).suffix().toLower();
    // The suffix only helps image readers guess the format; anything odd is dropped.
    if (suffix.size() > 5 || !std::all_of(suffix.cbegin(), suffix.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        suffix.clear();
    return QDir(cacheDir).filePath(QString::fromLatin1(key) + (suffix.isEmpty() ? QString() : u'.' + suffix));
}

void IconFetcher::fetch(const QString &uuid, const QString &src, const QString &cacheDir)
{
    const QString target = cachePath(cacheDir, src);
    if (QFileInfo::exists(target) || !QDir().mkpath(cacheDir)) {
        Q_EMIT fetched(uuid, src, QFileInfo::exists(target) ? target : QString());
        return;
    }
    const QUrl url = QUrl::fromUserInput(src, QDir::currentPath(), QUrl::AssumeLocalFile);
    if (url.isLocalFile()) {
        const bool copied = QFileInfo(url.toLocalFile()).size() <= maxIconBytes && QFile::copy(url.toLocalFile(), target);
        Q_EMIT fetched(uuid, src, copied ? target : QString());
        return;
    }
    if (url.scheme() != u"http" && url.scheme() != u"https") {
        Q_EMIT fetched(uuid, src, QString());
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(iconTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    TlsTrust::apply(request, m_config);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxIconBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, uuid, src, target] { onReply(reply, uuid, src, target); });
}

void IconFetcher::onReply(QNetworkReply *reply, const QString &uuid, const QString &src, const QString &target)
{
    reply->deleteLater();
    const QByteArray data = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    QSaveFile file(target);
    const bool saved = !data.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(data) == data.size()
        && file.commit();
    Q_EMIT fetched(uuid, src, saved ? target : QString());
}

} // namespace Ferry
