#pragma once

#include "coreharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <optional>

// Helpers shared by the transfer tests (tst_transferengine, tst_transferresume, tst_transferfaults,
// tst_transfernaming), which drive the engine through the manager API against the loopback TestServer.
// Header-only; each test executable includes it once.
namespace FerryTest::TransferTestUtil {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

inline QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}


inline QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// Files that are not unfinished .part files: what a user would take for a finished download.
inline QStringList finalFiles(const QString &dir)
{
    QStringList names = entries(dir);
    names.removeIf([](const QString &name) { return name.endsWith(u".part"_s); });
    return names;
}

inline Route generated(qint64 size, quint32 seed = 0)
{
    Route route;
    route.generatedSize = size;
    route.seed = seed;
    return route;
}

inline Route literal(const QByteArray &body, int status = 200)
{
    Route route;
    route.body = body;
    route.status = status;
    return route;
}

inline Ferry::FetchRequest requestFor(CoreHarness &h, const QString &path, const QByteArray &method = "GET"_ba,
                                      const QByteArray &body = {})
{
    Ferry::FetchRequest request(h.server().url(path).toString());
    request.method = method;
    request.body = body;
    return request;
}

// The records of a registration, taken while they are available (they go once the completion event is over).
inline QList<Ferry::BackgroundFetchRecord> recordsOf(const Ferry::RegistrationPtr &registration)
{
    const QFuture<QList<Ferry::BackgroundFetchRecord>> all = registration->matchAll();
    if (!all.isFinished() || CoreHarness::errorOf(all))
        return {};
    return all.result();
}

// The exposed response of a settled record, or nothing when the record is pending or has none.
inline std::optional<Ferry::FetchResponse> responseOf(const Ferry::BackgroundFetchRecord &record)
{
    const QFuture<Ferry::FetchResponse> future = record.responseReady();
    if (!future.isFinished() || CoreHarness::errorOf(future) || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

inline Ferry::RecordResult recordResult(CoreHarness &h, const Ferry::RegistrationPtr &registration, int index)
{
    const std::optional<Ferry::RegistrationData> data = h.manager().details(registration->uniqueId());
    if (!data || index >= data->records.size())
        return Ferry::RecordResult::Pending;
    return data->records.at(index).result;
}

// The completion events one manager delivers.
struct Events
{
    explicit Events(Ferry::BackgroundFetchManager &manager)
        : success(&manager, &Ferry::BackgroundFetchManager::backgroundFetchSuccess),
          fail(&manager, &Ferry::BackgroundFetchManager::backgroundFetchFail),
          abort(&manager, &Ferry::BackgroundFetchManager::backgroundFetchAbort)
    {
    }
    qsizetype count() const { return success.size() + fail.size() + abort.size(); }

    QSignalSpy success;
    QSignalSpy fail;
    QSignalSpy abort;
};

// An engine whose stall timeout is short, so that stalls that never end fail within a second or two per attempt.
inline Ferry::EngineConfig quickStallEngine()
{
    Ferry::EngineConfig config = CoreHarness::fastEngine();
    config.stallTimeout = 600ms;
    return config;
}

inline const QByteArray lastModified1 = "Wed, 21 Oct 2015 07:28:00 GMT"_ba;
inline const QByteArray lastModified2 = "Thu, 22 Oct 2015 09:00:00 GMT"_ba;

} // namespace FerryTest::TransferTestUtil
