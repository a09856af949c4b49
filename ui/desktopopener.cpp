#include "desktopopener.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDesktopServices>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ferry {

DesktopOpener::DesktopOpener(QObject *parent) : QObject(parent) { }

void DesktopOpener::open(const QStringList &files)
{
    if (files.isEmpty())
        return;
    if (files.size() > 1) {
        showInFolder(files);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(files.constFirst())))
        Q_EMIT failed(tr("No application could open \"%1\".").arg(files.constFirst()));
}

void DesktopOpener::showInFolder(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QString service = u"org.freedesktop.FileManager1"_s;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(service).value()) {
        openFolders(paths);
        return;
    }
    QStringList uris;
    for (const QString &path : paths)
        uris.append(QUrl::fromLocalFile(path).toString());
    QDBusMessage call = QDBusMessage::createMethodCall(service, u"/org/freedesktop/FileManager1"_s, service,
                                                       u"ShowItems"_s);
    call.setArguments({uris, QString()});
    // Asynchronous: a slow file manager must not freeze the window.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, paths](QDBusPendingCallWatcher *self) {
        if (self->isError())
            openFolders(paths);
        self->deleteLater();
    });
}

void DesktopOpener::openFolders(const QStringList &paths)
{
    QSet<QString> seen;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        if (seen.contains(folder))
            continue;
        seen.insert(folder);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            Q_EMIT failed(tr("The folder \"%1\" could not be opened.").arg(folder));
    }
}

} // namespace Ferry
