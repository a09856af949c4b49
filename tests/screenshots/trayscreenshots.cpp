// Screenshot helper for take-tray-screenshots.sh: Ferry's tray menu and a completion notification, on a real X
// server with a real tray host (trayer) and notification daemon (dunst), which the script starts.
//
//   ferry_trayscreenshots OUT_DIR DATA_DIR
//
// It serves the downloads itself (the loopback TestServer, trickling), runs the real core and the real DesktopShell
// (tray, notifications through org.freedesktop.Notifications), and saves the top right corner of the screen as
// tray-menu.png (the menu open on the tray icon with two downloads, one submenu open) and notification.png (dunst
// showing a completion).

#include "backgroundfetchmanager.h"
#include "desktopshell.h"
#include "enginehost.h"
#include "fetchstore.h"
#include "freedesktopnotifier.h"
#include "notifier.h"
#include "screenshotwait.h"
#include "testserver.h"
#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMenu>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryScreenshots;

namespace {

Route trickling(qint64 size, int bytes)
{
    Route route;
    route.generatedSize = size;
    route.trickleBytes = bytes;
    route.trickleIntervalMs = 10;
    return route;
}

// The top right corner of the screen, where the tray and the notifications are.
bool grabCorner(const QString &path, int width, int height)
{
    const QRect screenArea = QGuiApplication::primaryScreen()->geometry();
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0, screenArea.width() - width, 0, width, height);
    const bool saved = !screen.isNull() && screen.save(path);
    std::printf("%s %s\n", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ferry"_s);
    QApplication::setApplicationDisplayName(u"Ferry"_s);
    QApplication::setDesktopFileName(u"org.ferry.Ferry"_s);
    if (argc < 3) {
        std::fprintf(stderr, "usage: ferry_trayscreenshots OUT_DIR DATA_DIR\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const QString dataDir = QString::fromLocal8Bit(argv[2]);
    const QString downloads = QDir(dataDir).filePath(u"downloads"_s);
    QDir().mkpath(outDir);
    QDir().mkpath(downloads);
    // The script starts the tray host and the notification daemon just before this program.
    if (!waitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000)) {
        std::fprintf(stderr, "no system tray: start trayer first\n");
        return 1;
    }
    if (!waitFor([] { return FreedesktopNotifier::isAvailable(QDBusConnection::sessionBus()); }, 10000)) {
        std::fprintf(stderr, "no notification server: start dunst first\n");
        return 1;
    }

    TestServer server;
    if (!server.listen())
        return 1;
    server.setRoute(u"/releases/debian-12.8.0-amd64-DVD-1.iso"_s, trickling(3'900'000'000, 90'000));
    server.setRoute(u"/media/keynote-2026-1080p.mp4"_s, trickling(1'450'000'000, 30'000));
    Route notes;
    notes.generatedSize = 2'400'000;
    server.setRoute(u"/docs/release-notes.pdf"_s, notes);

    FetchStore store;
    if (!store.open(QDir(dataDir).filePath(u"ferry.sqlite"_s)))
        return 1;
    EngineHost engine{EngineConfig()};
    ManagerConfig config;
    config.dataDir = dataDir;
    config.defaultDestination = downloads;
    BackgroundFetchManager manager(store, engine, config);

    QSettings settings(QDir(dataDir).filePath(u"ferry.conf"_s), QSettings::IniFormat);
    Preferences preferences;
    preferences.downloadFolder = downloads;
    preferences.startHidden = true;
    DesktopShell::Options options;
    DesktopShell shell(manager, settings, preferences, options);
    shell.start();
    if (!shell.tray() || !shell.notifier()) {
        std::fprintf(stderr, "the shell has no tray or no notifier\n");
        return 1;
    }
    std::printf("notifications through %s\n", qPrintable(shell.notifier()->backendName()));

    auto add = [&](const QString &id, const QString &path, const QString &title) -> RegistrationPtr {
        FetchOptions fetchOptions;
        fetchOptions.title = title;
        try {
            return manager.fetch(id, {FetchRequest(server.url(path).toString())}, fetchOptions).result();
        } catch (const FetchException &) {
            std::fprintf(stderr, "fetch %s refused\n", qPrintable(id));
            return {};
        }
    };
    const RegistrationPtr debian = add(u"debian"_s, u"/releases/debian-12.8.0-amd64-DVD-1.iso"_s,
                                       u"Debian 12.8 DVD"_s);
    const RegistrationPtr keynote = add(u"keynote"_s, u"/media/keynote-2026-1080p.mp4"_s, u"Keynote 2026 (1080p)"_s);
    if (!debian || !keynote)
        return 1;
    waitFor([&] { return keynote->downloaded() > 40'000'000; });
    keynote->pause();
    wait(2500); // a couple of tray ticks, so the speed in the tooltip and the percentages settle

    // The menu where a click on the icon opens it, with the first download's submenu open.
    shell.tray()->refresh();
    QMenu *menu = shell.tray()->menu();
    const QRect icon = shell.tray()->trayIcon()->geometry();
    menu->popup(icon.isValid() ? icon.bottomLeft() + QPoint(-menu->sizeHint().width() + icon.width(), 4)
                               : QPoint(900, 40));
    wait(400);
    if (QMenu *submenu = shell.tray()->submenuFor(debian->uniqueId()))
        menu->setActiveAction(submenu->menuAction());
    wait(800);
    bool ok = grabCorner(QDir(outDir).filePath(u"tray-menu.png"_s), 560, 200);
    menu->hide();

    // A download that finishes: dunst shows the completion notification with its actions.
    const RegistrationPtr release = add(u"notes"_s, u"/docs/release-notes.pdf"_s, u"Release notes"_s);
    ok = release && waitFor([&] { return release->result() == FetchResult::Success; }) && ok;
    wait(1500);
    ok = grabCorner(QDir(outDir).filePath(u"notification.png"_s), 420, 130) && ok;
    debian->abort();
    keynote->abort();
    return ok ? 0 : 1;
}
