// Screenshot helper for take-screenshots.sh: Ferry's window on a data dir holding every kind of registration.
//
//   ferry_screenshots OUT_DIR DATA_DIR
//
// It serves the downloads itself (the loopback TestServer, trickling so that transfers are caught mid-way), drives
// the real core to make active, queued, paused, completed, failed, aborted and upload registrations with icons,
// then shows the real MainWindow and dialogs and saves them as PNGs. Run it on a real X server (Xvfb), so fonts and
// styles are what a desktop shows.

#include "adddialog.h"
#include "backgroundfetchmanager.h"
#include "enginehost.h"
#include "fetchstore.h"
#include "localization.h"
#include "mainwindow.h"
#include "registrationmodel.h"
#include "registrationview.h"
#include "settingsdialog.h"
#include "screenshotwait.h"
#include "testserver.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryScreenshots;

namespace {

// A 64 px app-style icon: a rounded square in `color` with a white glyph.
QString makeIcon(const QString &dir, const QString &name, const QColor &color, const QString &glyph)
{
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(0, 0, 0, 64);
    gradient.setColorAt(0, color.lighter(125));
    gradient.setColorAt(1, color);
    painter.setBrush(gradient);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(4, 4, 56, 56), 13, 13);
    QFont font = painter.font();
    font.setPixelSize(30);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(4, 4, 56, 56), Qt::AlignCenter, glyph);
    painter.end();
    const QString path = QDir(dir).filePath(name + u".png"_s);
    image.save(path);
    return path;
}

Route trickling(qint64 size, int bytes, int intervalMs = 10)
{
    Route route;
    route.generatedSize = size;
    route.trickleBytes = bytes;
    route.trickleIntervalMs = intervalMs;
    route.etag = "\"screenshot\""_ba;
    return route;
}

bool save(QWidget *widget, const QString &path)
{
    const QPixmap pixmap = widget->grab();
    const bool ok = pixmap.save(path);
    std::printf("%s %s (%dx%d)\n", ok ? "wrote" : "FAILED", qPrintable(path), pixmap.width(), pixmap.height());
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Ferry"_s);
    // In the session's language, as the ferry binary would be: LANG=de_DE.UTF-8 take-screenshots.sh shows German.
    Localization::install(app);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: ferry_screenshots OUT_DIR DATA_DIR\n");
        return 2;
    }
    const QString outDir = args.at(1);
    const QString dataDir = args.at(2);
    const QString downloads = QDir(dataDir).filePath(u"Downloads"_s);
    const QString iconDir = QDir(dataDir).filePath(u"icon-sources"_s);
    for (const QString &dir : {outDir, dataDir, downloads, iconDir})
        QDir().mkpath(dir);

    TestServer server;
    if (!server.listen())
        return 1;
    server.setRoute(u"/releases/debian-12.8.0-amd64-DVD-1.iso"_s, trickling(3'900'000'000, 60'000));
    server.setRoute(u"/media/keynote-2026-1080p.mp4"_s, trickling(1'450'000'000, 14'000));
    server.setRoute(u"/sdk/android-sdk-tools.zip"_s, trickling(400'000'000, 8'000));
    server.setRoute(u"/flatpak/org.kde.krita.flatpak"_s, trickling(380'000'000, 8'000));
    server.setRoute(u"/books/rust-book.epub"_s, trickling(25'000'000, 200'000));
    Route small;
    small.generatedSize = 3'400'000;
    for (const QString &name : {u"IMG_2041.jpg"_s, u"IMG_2042.jpg"_s, u"IMG_2043.jpg"_s})
        server.setRoute(u"/photos/"_s + name, small);
    Route stream;
    stream.generatedSize = 620'000'000;
    server.setRoute(u"/podcasts/episode-142.mp3"_s, stream);
    Route missing;
    missing.status = 404;
    missing.body = "not found"_ba;
    server.setRoute(u"/nightly/build-latest.tar.zst"_s, missing);
    Route echo;
    echo.echoBody = true;
    server.setRoute(u"/upload/backup"_s, echo);

    FetchStore store;
    if (!store.open(QDir(dataDir).filePath(u"ferry.sqlite"_s)))
        return 1;
    EngineHost engine{EngineConfig()};
    ManagerConfig config;
    config.dataDir = dataDir;
    config.defaultDestination = downloads;
    BackgroundFetchManager manager(store, engine, config);
    manager.setMaxActiveRegistrations(3);

    auto add = [&](const QString &id, const QStringList &paths, const QString &title, const QString &icon,
                   std::function<void(FetchOptions &, QList<FetchRequest> &)> adjust = {}) -> RegistrationPtr {
        QList<FetchRequest> requests;
        for (const QString &path : paths)
            requests.append(FetchRequest(server.url(path).toString()));
        FetchOptions options;
        options.title = title;
        if (!icon.isEmpty())
            options.icons.append(ImageResource{icon, u"64x64"_s, u"image/png"_s});
        if (adjust)
            adjust(options, requests);
        QFuture<RegistrationPtr> future = manager.fetch(id, requests, options);
        try {
            return future.result();
        } catch (const FetchException &) {
            std::fprintf(stderr, "fetch %s refused\n", qPrintable(id));
            return {};
        }
    };

    // Finished ones first, so the running ones sit at the top of the list, newest first.
    RegistrationPtr photos = add(u"photos"_s, {u"/photos/IMG_2041.jpg"_s, u"/photos/IMG_2042.jpg"_s,
                                               u"/photos/IMG_2043.jpg"_s},
                                 u"Holiday photos"_s, makeIcon(iconDir, u"photos"_s, QColor(0x8e, 0x44, 0xad), u"P"_s));
    RegistrationPtr podcast = add(u"podcast"_s, {u"/podcasts/episode-142.mp3"_s}, u"Podcast episode 142"_s,
                                  makeIcon(iconDir, u"podcast"_s, QColor(0xd3, 0x54, 0x00), u"♪"_s));
    RegistrationPtr nightly = add(u"nightly"_s, {u"/nightly/build-latest.tar.zst"_s}, u"Nightly build"_s,
                                  makeIcon(iconDir, u"nightly"_s, QColor(0x34, 0x49, 0x5e), u"N"_s));
    RegistrationPtr upload = add(u"backup"_s, {u"/upload/backup"_s}, u"Upload: notes backup"_s,
                                 makeIcon(iconDir, u"backup"_s, QColor(0x16, 0xa0, 0x85), u"↑"_s),
                                 [](FetchOptions &, QList<FetchRequest> &requests) {
                                     requests.first().method = "POST"_ba;
                                     requests.first().body = QByteArray(2'500'000, 'x');
                                 });
    if (!waitFor([&] {
            return photos->result() != FetchResult::Unset && podcast->result() != FetchResult::Unset
                && nightly->result() != FetchResult::Unset && upload->result() != FetchResult::Unset;
        }))
        return 1;
    RegistrationPtr book = add(u"book"_s, {u"/books/rust-book.epub"_s}, u"The Rust book (aborted)"_s, QString());
    waitFor([&] { return book->downloaded() > 2'000'000; });
    book->abort();

    RegistrationPtr paused = add(u"flatpak"_s, {u"/flatpak/org.kde.krita.flatpak"_s}, u"Krita Flatpak bundle"_s,
                                 makeIcon(iconDir, u"krita"_s, QColor(0xc0, 0x39, 0x2b), u"K"_s));
    waitFor([&] { return paused->downloaded() > 90'000'000; }, 60000);
    paused->pause();
    RegistrationPtr iso = add(u"debian"_s, {u"/releases/debian-12.8.0-amd64-DVD-1.iso"_s}, u"Debian 12.8 DVD"_s,
                              makeIcon(iconDir, u"debian"_s, QColor(0xa8, 0x00, 0x30), u"D"_s));
    RegistrationPtr video = add(u"keynote"_s, {u"/media/keynote-2026-1080p.mp4"_s}, u"Conference keynote (1080p)"_s,
                                makeIcon(iconDir, u"keynote"_s, QColor(0x29, 0x80, 0xb9), u"▶"_s));
    RegistrationPtr sdk = add(u"sdk"_s, {u"/sdk/android-sdk-tools.zip"_s}, u"Android SDK tools"_s,
                              makeIcon(iconDir, u"sdk"_s, QColor(0x27, 0xae, 0x60), u"A"_s));
    RegistrationPtr queued = add(u"queued"_s, {u"/flatpak/org.kde.krita.flatpak"_s}, u"Krita (second copy, queued)"_s,
                                 QString());
    if (!iso || !video || !sdk || !queued)
        return 1;
    waitFor([&] { return iso->downloaded() > 1'200'000'000 / 100; });

    QSettings settings(QDir(dataDir).filePath(u"ferry.conf"_s), QSettings::IniFormat);
    Preferences preferences;
    preferences.downloadFolder = downloads;
    preferences.maxActive = 3;
    MainWindow window(manager, settings, preferences);
    window.resize(1040, 760);
    window.show();
    // Select the photos, so the details pane lists three records.
    const int photosRow = window.model()->rowOf(photos->uniqueId());
    window.view()->setCurrentIndex(window.model()->index(photosRow));
    window.view()->scrollToTop();
    wait(2500); // speeds settle over a couple of seconds
    bool ok = save(&window, QDir(outDir).filePath(u"main-window.png"_s));

    window.showAddDialog({server.url(u"/releases/debian-12.8.0-amd64-netinst.iso"_s).toString(),
                          server.url(u"/releases/SHA256SUMS"_s).toString()});
    auto *dialog = window.findChild<AddDialog *>();
    const auto lines = dialog->findChildren<QLineEdit *>();
    for (QLineEdit *line : lines) {
        if (line->accessibleName() == AddDialog::tr("Icon file"))
            line->setText(QDir(iconDir).filePath(u"debian.png"_s));
    }
    const auto boxes = dialog->findChildren<QPlainTextEdit *>();
    for (QPlainTextEdit *box : boxes) {
        if (box->accessibleName() == AddDialog::tr("Checksums, one per URL"))
            box->setPlainText(u"b0f6b6b6a6d4d5c2e5a0b1f1c3d2e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1\nnot-a-checksum"_s);
    }
    wait(300);
    ok = save(dialog, QDir(outDir).filePath(u"add-dialog.png"_s)) && ok;
    dialog->reject();

    window.showSettingsDialog();
    auto *settingsDialog = window.findChild<SettingsDialog *>();
    wait(300);
    ok = save(settingsDialog, QDir(outDir).filePath(u"settings-dialog.png"_s)) && ok;
    settingsDialog->reject();

    // Leave the store with the running ones paused, so `ferry` started on this data dir shows them as such.
    for (const RegistrationPtr &registration : {iso, video, sdk, queued})
        registration->pause();
    return ok ? 0 : 1;
}
