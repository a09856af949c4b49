#include "registrationcommands.h"

#include "backgroundfetchmanager.h"
#include "registrationmodel.h"
#include "texts.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

template<typename T>
std::optional<FetchException> errorOf(QFuture<T> future)
{
    try {
        future.waitForFinished();
    } catch (const FetchException &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

RegistrationCommands::RegistrationCommands(BackgroundFetchManager &manager, RegistrationModel &model,
                                           QObject *parent)
    : QObject(parent), m_manager(manager), m_model(model)
{
}

QString RegistrationCommands::generateId()
{
    return QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u'-'
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0');
}

bool RegistrationCommands::add(const AddDialog::Submission &submission)
{
    // Ids made in the same second differ only in their random tail; a clash just takes another.
    constexpr int attempts = 4;
    std::optional<FetchException> error;
    for (int i = 0; i < attempts; ++i) {
        error = errorOf(m_manager.fetch(generateId(), submission.requests, submission.options));
        if (!error || error->issue() != FetchIssue::DuplicateId)
            break;
    }
    if (error) {
        Q_EMIT failed(tr("Could not add the download: %1").arg(Texts::error(*error)));
        return false;
    }
    return true;
}

void RegistrationCommands::pause(const QStringList &uuids)
{
    for (const QString &uuid : uuids) {
        if (const RegistrationPtr registration = m_model.registrationOf(uuid); registration && registration->canPause())
            registration->pause();
    }
}

void RegistrationCommands::resume(const QStringList &uuids)
{
    for (const QString &uuid : uuids) {
        if (const RegistrationPtr registration = m_model.registrationOf(uuid)) {
            registration->resume();
            continue;
        }
        const RegistrationRow *row = m_model.rowAt(m_model.rowOf(uuid));
        if (!row || (row->status != RowStatus::Paused && row->status != RowStatus::Stopped))
            continue;
        if (const auto error = errorOf(m_manager.restore(row->id)))
            Q_EMIT failed(tr("Could not resume \"%1\": %2").arg(row->displayTitle(), Texts::error(*error)));
    }
}

void RegistrationCommands::abort(const QStringList &uuids)
{
    for (const QString &uuid : uuids) {
        if (const RegistrationPtr registration = m_model.registrationOf(uuid)) {
            registration->abort();
            continue;
        }
        // A stopped one from an earlier run is loaded without starting it, so that it can end as aborted.
        const RegistrationRow *row = m_model.rowAt(m_model.rowOf(uuid));
        if (!row || (row->status != RowStatus::Paused && row->status != RowStatus::Stopped))
            continue;
        QFuture<RegistrationPtr> restored = m_manager.restore(row->id, BackgroundFetchManager::RestoreMode::Idle);
        const QString title = row->displayTitle();
        if (const auto error = errorOf(restored))
            Q_EMIT failed(tr("Could not abort \"%1\": %2").arg(title, Texts::error(*error)));
        else if (const RegistrationPtr registration = restored.result())
            registration->abort();
    }
}

void RegistrationCommands::retry(const QStringList &uuids)
{
    for (const QString &uuid : uuids) {
        const std::optional<RegistrationData> data = m_manager.details(uuid);
        if (!data || data->isActive())
            continue;
        QList<FetchRequest> requests;
        for (const RecordData &record : data->records)
            requests.append(record.request);
        FetchOptions options;
        options.title = data->title;
        options.icons = data->icons;
        options.downloadTotal = data->downloadTotal;
        options.destination = data->destination;
        options.connections = data->connections;
        options.speedLimit = data->speedLimit;
        // The same id when it is free, so scripts that follow it find the retry; a fresh one otherwise.
        QString id = data->id;
        if (m_manager.get(id).result())
            id = generateId();
        if (const auto error = errorOf(m_manager.fetch(id, requests, options)))
            Q_EMIT failed(tr("Could not retry \"%1\": %2")
                              .arg(data->title.isEmpty() ? data->id : data->title, Texts::error(*error)));
    }
}

void RegistrationCommands::remove(const QStringList &uuids, bool deleteFiles)
{
    for (const QString &uuid : uuids) {
        m_manager.remove(uuid, deleteFiles);
        m_model.forget(uuid);
    }
}

QStringList RegistrationCommands::files(const QStringList &uuids) const
{
    QStringList result;
    for (const QString &uuid : uuids) {
        if (const std::optional<RegistrationData> data = m_manager.details(uuid))
            result.append(filesOf(*data));
    }
    return result;
}

QStringList RegistrationCommands::filesOf(const RegistrationData &data)
{
    QStringList result;
    for (const RecordData &record : data.records) {
        if (record.result == RecordResult::Success && !record.filePath.isEmpty() && QFileInfo::exists(record.filePath))
            result.append(record.filePath);
    }
    return result;
}

QStringList RegistrationCommands::locations(const QStringList &uuids) const
{
    QStringList result;
    for (const QString &uuid : uuids) {
        const std::optional<RegistrationData> data = m_manager.details(uuid);
        if (!data)
            continue;
        const qsizetype before = result.size();
        for (const RecordData &record : data->records) {
            if (!record.filePath.isEmpty() && QFileInfo::exists(record.filePath))
                result.append(record.filePath);
            else if (!record.partPath.isEmpty() && QFileInfo::exists(record.partPath))
                result.append(record.partPath);
        }
        if (result.size() == before)
            result.append(data->destination.isEmpty() ? m_manager.config().defaultDestination : data->destination);
    }
    return result;
}

QStringList RegistrationCommands::urls(const QStringList &uuids) const
{
    QStringList result;
    for (const QString &uuid : uuids) {
        if (const std::optional<RegistrationData> data = m_manager.details(uuid)) {
            for (const RecordData &record : data->records)
                result.append(record.request.url);
        }
    }
    return result;
}

} // namespace Ferry
