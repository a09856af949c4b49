#pragma once

#include "coreharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

// Helpers shared by the manager tests (tst_backgroundfetchmanager, tst_fetchvalidation, tst_fetchregistration),
// which drive BackgroundFetchManager end to end through CoreHarness. Header-only; each test executable includes it
// once.
namespace FerryTest::ManagerTestUtil {

using namespace Qt::StringLiterals;

inline const QByteArray featureText = QByteArrayLiteral("Background Fetch");

inline Route literal(const QByteArray &body)
{
    Route route;
    route.body = body;
    return route;
}

inline Route generated(qint64 size, quint32 seed = 0)
{
    Route route;
    route.generatedSize = size;
    route.seed = seed;
    return route;
}

// A body that takes a while: `bytesPerTick` every 10 ms.
inline Route trickled(qint64 size, int bytesPerTick, quint32 seed = 0)
{
    Route route = generated(size, seed);
    route.trickleBytes = bytesPerTick;
    route.trickleIntervalMs = 10;
    return route;
}

// Registered but never started, so URLs that must not be contacted (other hosts) can still be accepted.
inline Ferry::FetchOptions startPaused()
{
    Ferry::FetchOptions options;
    options.startPaused = true;
    return options;
}


inline QList<Ferry::BackgroundFetchRecord> recordsOf(const Ferry::RegistrationPtr &registration)
{
    const auto records = registration->matchAll();
    return CoreHarness::errorOf(records) ? QList<Ferry::BackgroundFetchRecord>{} : records.result();
}

// The response of a record once it has settled (the caller waits for that).
inline Ferry::FetchResponse responseOf(const Ferry::BackgroundFetchRecord &record)
{
    const QFuture<Ferry::FetchResponse> future = record.responseReady();
    return CoreHarness::errorOf(future) ? Ferry::FetchResponse{} : future.result();
}

// B: a rejected fetch() fails its future with `code`, and nothing is registered, stored or downloaded.
inline void expectRejected(CoreHarness &h, const QFuture<Ferry::RegistrationPtr> &future, Ferry::ErrorCode code,
                           Ferry::FetchIssue issue)
{
    QVERIFY(future.isFinished());
    const auto error = CoreHarness::errorOf(future);
    QVERIFY2(error, "fetch() should have failed");
    QCOMPARE(error->code(), code);
    QCOMPARE(error->issue(), issue);
    QCOMPARE(h.manager().getIds().result(), QStringList());
    QVERIFY(h.manager().history(0, 100).isEmpty());
    QVERIFY(QDir(h.downloads()).isEmpty());
}

// The accepted rows of the B tables: registered (paused, so no network), then aborted again.
inline void expectAccepted(CoreHarness &h, const QString &id, const QList<Ferry::FetchRequest> &requests,
                           const Ferry::FetchOptions &options = startPaused())
{
    const QFuture<Ferry::RegistrationPtr> future = h.manager().fetch(id, requests, options);
    const auto error = CoreHarness::errorOf(future);
    QVERIFY2(!error, error ? qPrintable(u"rejected: %1"_s.arg(error->subject())) : "");
    const Ferry::RegistrationPtr registration = future.result();
    QVERIFY(registration);
    QVERIFY(h.manager().getIds().result().contains(id));
    QVERIFY(registration->abort().result());
}

} // namespace FerryTest::ManagerTestUtil
