// Benchmark helper for case (d) of tests/bench/run.sh: how responsive the GUI thread stays during a download.
//
//   bench_guiprobe URL DEST_DIR [CONNECTIONS]
//
// Builds the core the way app/application.cpp does (FetchStore, EngineHost, BackgroundFetchManager) on a temporary
// data dir, downloads URL into DEST_DIR, and meanwhile arms a 10 ms single-shot timer on the main thread again and
// again. Each tick records how much later than asked it fired: anything the core does on the GUI thread (progress
// batches, store writes, signal handling) shows up as lateness. Prints one line of key=value pairs.

#include "backgroundfetchmanager.h"
#include "enginehost.h"
#include "fetchstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Ferry;

namespace {

constexpr auto probeInterval = 10ms;
constexpr auto giveUpAfter = 900s;

// Re-arms a precise single-shot timer after every tick, so a late tick never hides behind a catching-up one.
class LatenessProbe final : public QObject
{
public:
    explicit LatenessProbe(QObject *parent = nullptr) : QObject(parent)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &LatenessProbe::tick);
    }

    void start()
    {
        m_clock.start();
        arm();
    }
    void stop() { m_timer.stop(); }

    // Lateness in milliseconds at quantile q (0..1) of the recorded ticks.
    double quantile(double q) const
    {
        if (m_samples.empty())
            return 0.0;
        std::vector<qint64> sorted = m_samples;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = std::min(sorted.size() - 1, size_t(q * double(sorted.size() - 1) + 0.5));
        return double(sorted[rank]) / 1e6;
    }
    double maximum() const
    {
        return m_samples.empty() ? 0.0 : double(*std::max_element(m_samples.cbegin(), m_samples.cend())) / 1e6;
    }
    size_t ticks() const { return m_samples.size(); }

private:
    void arm()
    {
        m_due = m_clock.nsecsElapsed() + std::chrono::nanoseconds(probeInterval).count();
        m_timer.start(probeInterval);
    }
    void tick()
    {
        m_samples.push_back(std::max<qint64>(0, m_clock.nsecsElapsed() - m_due));
        arm();
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_due = 0;
    std::vector<qint64> m_samples;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: bench_guiprobe URL DEST_DIR [CONNECTIONS]\n");
        return 2;
    }
    const int connections = args.size() == 3 ? args.at(2).toInt() : 1;

    QTemporaryDir dataDir;
    if (!dataDir.isValid() || !QDir().mkpath(args.at(1))) {
        std::fprintf(stderr, "bench_guiprobe: cannot create the data or destination dir\n");
        return 1;
    }
    // The composition root of app/application.cpp, with default engine settings.
    FetchStore store;
    if (!store.open(QDir(dataDir.path()).filePath(u"ferry.sqlite"_s))) {
        std::fprintf(stderr, "bench_guiprobe: %s\n", qPrintable(store.lastError()));
        return 1;
    }
    EngineHost engine{EngineConfig()};
    ManagerConfig config;
    config.dataDir = dataDir.path();
    config.defaultDestination = args.at(1);
    BackgroundFetchManager manager(store, engine, config);

    LatenessProbe probe;
    QElapsedTimer clock;
    int exitCode = 1;
    const auto settle = [&](BackgroundFetchEvent *event, int code) {
        probe.stop();
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const quint64 bytes = event->registration()->downloaded();
        std::printf("p50_ms=%.2f p99_ms=%.2f max_ms=%.2f ticks=%zu bytes=%llu seconds=%.3f mibps=%.1f\n",
                    probe.quantile(0.50), probe.quantile(0.99), probe.maximum(), probe.ticks(),
                    static_cast<unsigned long long>(bytes), seconds, double(bytes) / 1048576.0 / seconds);
        exitCode = code;
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    };
    QObject::connect(&manager, &BackgroundFetchManager::backgroundFetchSuccess, &app,
                     [&](BackgroundFetchUpdateUIEvent *event) { settle(event, 0); });
    QObject::connect(&manager, &BackgroundFetchManager::backgroundFetchFail, &app,
                     [&](BackgroundFetchUpdateUIEvent *event) {
                         std::fprintf(stderr, "bench_guiprobe: the download failed (%s)\n",
                                      qPrintable(toSpecString(event->registration()->failureReason())));
                         settle(event, 1);
                     });
    QTimer::singleShot(giveUpAfter, &app, [&] {
        std::fprintf(stderr, "bench_guiprobe: gave up after %lld s\n", qlonglong(giveUpAfter.count()));
        app.exit(1);
    });

    FetchOptions options;
    options.destination = args.at(1);
    options.connections = connections;
    clock.start();
    probe.start();
    const QFuture<RegistrationPtr> pending = manager.fetch(u"guiprobe"_s, FetchRequest(args.at(0)), options);
    try {
        pending.result();
    } catch (const FetchException &error) {
        std::fprintf(stderr, "bench_guiprobe: fetch refused: %s %s\n", qPrintable(toSpecString(error.code())),
                     qPrintable(error.subject()));
        return 1;
    }
    app.exec();
    return exitCode;
}
