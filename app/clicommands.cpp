#include "clicommands.h"

#include "backgroundfetchmanager.h"
#include "jsonreport.h"
#include "texts.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr int exitUsage = 2;

void print(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = (u"ferry: "_s + text + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QString statusWord(const RegistrationData &data)
{
    if (data.state == RegistrationState::Paused)
        return CliCommands::tr("paused");
    if (data.result == FetchResult::Unset)
        return CliCommands::tr("active");
    if (data.result == FetchResult::Success)
        return CliCommands::tr("completed");
    return CliCommands::tr("failed: %1").arg(toSpecString(data.failureReason));
}

// Rows go from the store's streaming query straight into one reused buffer that is written out in large blocks.
int listJson(BackgroundFetchManager &manager)
{
    constexpr qsizetype blockSize = 64 * 1024;
    QByteArray out;
    out.reserve(blockSize + 4096);
    out.append('[');
    bool first = true;
    manager.visitHistory({}, [&](const RegistrationData &data) {
        out.append(first ? "\n" : ",\n");
        first = false;
        JsonReport::appendRegistration(out, data);
        if (out.size() >= blockSize) {
            print(out);
            out.truncate(0);
        }
    });
    out.append("\n]\n");
    print(out);
    return 0;
}

} // namespace

int CliCommands::list(BackgroundFetchManager &manager, bool json)
{
    // Streamed from one query and printed as it goes: 100,000 registrations never sit in memory at once.
    if (json)
        return listJson(manager);
    HistoryQuery named;
    named.withNames = true;
    manager.visitHistory(named, [&](const RegistrationData &data) {
        // The fourth column names it as the window does: its title, else its file.
        print(u"%1\t%2\t%3\t%4\n"_s
                  .arg(data.id, statusWord(data), Texts::bytes(qint64(data.downloaded)), data.displayTitle())
                  .toLocal8Bit());
    });
    return 0;
}

int CliCommands::show(BackgroundFetchManager &manager, const QString &id, bool json)
{
    const std::optional<RegistrationData> found = manager.find(id);
    if (!found) {
        printError(tr("no registration has the id \"%1\"").arg(id));
        return exitUsage;
    }
    const RegistrationData &data = *found;
    if (json) {
        print(JsonReport::line(JsonReport::registration(data, true)));
        return 0;
    }
    QString text = tr("id: %1\ntitle: %2\nstatus: %3\ndownloaded: %4 of %5\nuploaded: %6 of %7\n")
                       .arg(data.id, data.title, statusWord(data), QString::number(data.downloaded),
                            data.downloadTotal ? QString::number(data.downloadTotal) : tr("unknown"),
                            QString::number(data.uploaded), QString::number(data.uploadTotal));
    for (const RecordData &record : data.records) {
        text += tr("[%1] %2 %3 -> HTTP %4, %5 bytes, %6, %7\n")
                    .arg(QString::number(record.index + 1), QString::fromLatin1(record.request.method),
                         record.request.url, QString::number(record.status), QString::number(record.bytes),
                         toSpecString(record.result).isEmpty() ? tr("pending") : toSpecString(record.result),
                         record.filePath.isEmpty() ? tr("no file") : record.filePath);
    }
    print(text.toLocal8Bit());
    return 0;
}

int CliCommands::pauseOrAbort(BackgroundFetchManager &manager, const QString &id, bool abort)
{
    const QFuture<RegistrationPtr> pending = manager.restore(id, BackgroundFetchManager::RestoreMode::Idle);
    RegistrationPtr registration;
    try {
        registration = pending.result();
    } catch (const FetchException &error) {
        printError(Texts::error(error));
        return exitUsage;
    }
    if (abort) {
        registration->abort();
        return 0;
    }
    if (!registration->pause() && !registration->isPaused()) {
        printError(Texts::error(FetchException(ErrorCode::InvalidStateError, FetchIssue::NotPausable, id)));
        return exitUsage;
    }
    return 0;
}

QString CliCommands::generateId()
{
    return u"%1-%2"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s))
        .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

QFuture<RegistrationPtr> CliCommands::fetch(BackgroundFetchManager &manager, const CliOptions &options)
{
    QList<FetchRequest> requests;
    for (int i = 0; i < options.urls.size(); ++i) {
        FetchRequest request(options.urls.at(i));
        request.method = options.method;
        request.headers = options.headers;
        request.bodyFile = options.bodyFile;
        if (i < options.integrity.size())
            request.integrity = options.integrity.at(i);
        requests.append(request);
    }
    FetchOptions fetchOptions;
    fetchOptions.title = options.title;
    if (!options.icon.isEmpty())
        fetchOptions.icons.append(ImageResource{options.icon, QString(), QString()});
    fetchOptions.downloadTotal = options.downloadTotal;
    fetchOptions.destination = options.destination.isEmpty() ? QDir::currentPath() : options.destination;
    fetchOptions.connections = options.connections;
    fetchOptions.speedLimit = options.limitRate;
    return manager.fetch(options.id.isEmpty() ? generateId() : options.id, requests, fetchOptions);
}

} // namespace Ferry
