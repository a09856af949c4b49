// Benchmark helper for case (e) of tests/bench/run.sh: a store of many finished registrations.
//
//   bench_store --create COUNT DATA_DIR   writes COUNT finished registrations (one record each) into
//                                         DATA_DIR/ferry.sqlite through FetchStore::insert
//   bench_store DATA_DIR                  times FetchStore::open plus list(0, 100) on that store
//
// The two steps run as separate processes so that the peak RSS of the timed step is not inflated by the
// insertion. Output is one line of key=value pairs for the script to parse.

#include "fetchstore.h"
#include "registrationdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Ferry;

namespace {

RegistrationData finishedRegistration(int n, const QDateTime &when)
{
    RegistrationData r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.id = u"bench-%1"_s.arg(n);
    r.title = u"Benchmark download %1"_s.arg(n);
    r.downloadTotal = 0;
    r.downloaded = 65536;
    r.result = FetchResult::Success;
    r.failureReason = FailureReason::None;
    r.state = RegistrationState::Finished;
    r.destination = u"/var/tmp/ferry-bench"_s;
    r.connections = 1;
    r.created = when;
    r.finished = when.addSecs(1);
    r.bootId = "00000000-0000-0000-0000-000000000000";

    RecordData record;
    record.index = 0;
    record.request.url = u"http://127.0.0.1:8080/files/f%1.bin"_s.arg(n);
    record.result = RecordResult::Success;
    record.status = 200;
    record.statusText = "OK";
    record.responseHeaders = {{"Content-Type", "application/octet-stream"}, {"Content-Length", "65536"}};
    record.finalUrl = record.request.url;
    record.etag = "\"65f1c2a4-10000\"";
    record.totalLength = 65536;
    record.filePath = u"/var/tmp/ferry-bench/f%1.bin"_s.arg(n);
    record.bytes = 65536;
    r.records.append(record);
    return r;
}

int create(int count, const QString &dataDir)
{
    if (!QDir().mkpath(dataDir)) {
        std::fprintf(stderr, "bench_store: cannot create %s\n", qPrintable(dataDir));
        return 1;
    }
    FetchStore store;
    if (!store.open(QDir(dataDir).filePath(u"ferry.sqlite"_s))) {
        std::fprintf(stderr, "bench_store: %s\n", qPrintable(store.lastError()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int n = 0; n < count; ++n) {
        RegistrationData r = finishedRegistration(n, start.addSecs(n));
        if (store.insert(r) != FetchStore::InsertResult::Inserted) {
            std::fprintf(stderr, "bench_store: insert %d failed: %s\n", n, qPrintable(store.lastError()));
            return 1;
        }
    }
    std::printf("created=%d insert_s=%.2f\n", count, double(timer.nsecsElapsed()) / 1e9);
    return 0;
}

int openAndList(const QString &dataDir)
{
    QElapsedTimer timer;
    timer.start();
    FetchStore store;
    if (!store.open(QDir(dataDir).filePath(u"ferry.sqlite"_s))) {
        std::fprintf(stderr, "bench_store: %s\n", qPrintable(store.lastError()));
        return 1;
    }
    const qint64 opened = timer.nsecsElapsed();
    const QList<RegistrationData> page = store.list(0, 100);
    const qint64 listed = timer.nsecsElapsed();
    const int total = store.count();
    const qint64 counted = timer.nsecsElapsed();
    if (page.size() != std::min(100, total)) {
        std::fprintf(stderr, "bench_store: first page has %lld rows of %d\n", qlonglong(page.size()), total);
        return 1;
    }
    std::printf("rows=%d open_ms=%.2f first_page_ms=%.2f open_and_page_ms=%.2f count_ms=%.2f\n", total,
                double(opened) / 1e6, double(listed - opened) / 1e6, double(listed) / 1e6,
                double(counted - listed) / 1e6);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args.at(0) == u"--create") {
        bool ok = false;
        const int count = args.at(1).toInt(&ok);
        if (ok && count > 0)
            return create(count, args.at(2));
    } else if (args.size() == 1 && !args.at(0).startsWith(u'-')) {
        return openAndList(args.at(0));
    }
    std::fprintf(stderr, "usage: bench_store --create COUNT DATA_DIR | bench_store DATA_DIR\n");
    return 2;
}
