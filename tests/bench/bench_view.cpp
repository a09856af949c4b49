// The window's list on a store of 100,000 finished registrations (issue 5: "opens in at most 1 s, and scrolling
// stays smooth"). Not a timed test: it prints the figures for a person or a script to read.
//
//   bench_view [DATA_DIR] [COUNT]
//
// DATA_DIR is reused when it already holds COUNT (default 100000) registrations, so only the first run pays for
// seeding it through FetchStore::insert. Without DATA_DIR a temporary one is used. Runs offscreen unless a display
// is set. Prints one key=value line per measurement:
//   open_ms        store, engine, manager and main window built, shown and painted once
//   page_ms        the slowest single page (fetchMore) on the way down
//   to_end_ms      scrolling to the bottom again and again until the last page has loaded
//   frame_avg_ms / frame_max_ms   repaints at 1000 scroll positions spread over the whole list, top to bottom
//   rss_kib / peak_rss_kib        memory with every row loaded

#include "backgroundfetchmanager.h"
#include "enginehost.h"
#include "fetchstore.h"
#include "mainwindow.h"
#include "preferences.h"
#include "registrationmodel.h"
#include "registrationview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Ferry;

namespace {

qint64 statusKib(const QByteArray &key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void print(const char *key, double value)
{
    std::printf("%s=%.1f\n", key, value);
    std::fflush(stdout);
}

bool seed(const QString &dataDir, int count)
{
    FetchStore store;
    if (!store.open(QDir(dataDir).filePath(u"ferry.sqlite"_s)))
        return false;
    const int existing = store.count();
    if (existing >= count)
        return true;
    QElapsedTimer timer;
    timer.start();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    for (int i = existing; i < count; ++i) {
        RegistrationData data;
        data.uuid = u"bench-view-%1"_s.arg(i, 7, 10, QChar(u'0'));
        data.id = u"view-%1"_s.arg(i);
        data.title = u"Registration number %1 of the view benchmark"_s.arg(i);
        data.downloaded = quint64(i) * 4096 + 1;
        data.downloadTotal = i % 2 ? data.downloaded : 0;
        data.result = i % 7 == 3 ? FetchResult::Failure : FetchResult::Success;
        data.failureReason = i % 7 == 3 ? FailureReason::FetchError : FailureReason::None;
        data.state = RegistrationState::Finished;
        data.created = start.addSecs(i * 300);
        data.finished = data.created.addSecs(20);
        RecordData record;
        record.request = FetchRequest(u"https://example.org/files/%1.bin"_s.arg(i));
        record.result = data.result == FetchResult::Success ? RecordResult::Success : RecordResult::FetchError;
        data.records.append(record);
        if (store.insert(data) != FetchStore::InsertResult::Inserted)
            return false;
    }
    print("seed_ms", double(timer.elapsed()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTemporaryDir temporary;
    const QString dataDir = args.size() > 1 ? args.at(1) : temporary.path();
    const int count = args.size() > 2 ? args.at(2).toInt() : 100'000;
    QDir().mkpath(dataDir);
    if (!seed(dataDir, count)) {
        std::fprintf(stderr, "bench_view: cannot seed %s\n", qPrintable(dataDir));
        return 1;
    }
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(u"ferry.conf"_s), QSettings::IniFormat);

    QElapsedTimer timer;
    timer.start();
    FetchStore store;
    if (!store.open(QDir(dataDir).filePath(u"ferry.sqlite"_s)))
        return 1;
    EngineHost engine{EngineConfig()};
    ManagerConfig config;
    config.dataDir = dataDir;
    config.defaultDestination = dataDir;
    BackgroundFetchManager manager(store, engine, config);
    Preferences preferences;
    preferences.downloadFolder = dataDir;
    MainWindow window(manager, settings, preferences);
    window.resize(1000, 700);
    window.show();
    window.repaint();
    QCoreApplication::processEvents();
    print("rows", double(window.model()->matchingCount()));
    print("open_ms", double(timer.elapsed()));

    RegistrationView *view = window.view();
    RegistrationModel *model = window.model();
    QScrollBar *bar = view->verticalScrollBar();
    timer.restart();
    QElapsedTimer pageTimer;
    qint64 slowestPage = 0;
    while (model->canFetchMore({})) {
        pageTimer.start();
        bar->setValue(bar->maximum()); // the view asks for the next page when it reaches the bottom
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        slowestPage = std::max(slowestPage, pageTimer.elapsed());
    }
    print("to_end_ms", double(timer.elapsed()));
    print("page_ms", double(slowestPage));
    print("loaded_rows", double(model->rowCount()));

    constexpr int frames = 1000;
    qint64 totalNs = 0;
    qint64 worstNs = 0;
    QElapsedTimer frame;
    for (int i = 0; i <= frames; ++i) {
        frame.start();
        bar->setValue(int(qint64(bar->maximum()) * i / frames));
        view->viewport()->repaint();
        const qint64 ns = frame.nsecsElapsed();
        totalNs += ns;
        worstNs = std::max(worstNs, ns);
    }
    print("frame_avg_ms", double(totalNs) / (frames + 1) / 1e6);
    print("frame_max_ms", double(worstNs) / 1e6);
    print("rss_kib", double(statusKib("VmRSS:")));
    print("peak_rss_kib", double(statusKib("VmHWM:")));
    return 0;
}
