#include "jobnotifications.h"

#include "backgroundfetchevent.h"
#include "backgroundfetchmanager.h"
#include "texts.h"

#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

QString titleOf(const RegistrationData &data)
{
    return data.title.isEmpty() ? data.id : data.title;
}

// "report.pdf · 12 MiB" for one file, "3 files · 1.2 GiB" for several.
QString successBody(const RegistrationData &data)
{
    QStringList files;
    for (const RecordData &record : data.records) {
        if (record.result == RecordResult::Success && !record.filePath.isEmpty())
            files.append(record.filePath);
    }
    const QString size = Texts::bytes(qint64(std::max(data.downloaded, data.uploaded)));
    // One file is named; "%n files" is then only ever plural in English, and translations get their plural forms.
    const QString what = files.size() == 1 ? QFileInfo(files.constFirst()).fileName()
                                           : JobNotifications::tr("%n files", nullptr, int(files.size()));
    return JobNotifications::tr("%1 · %2").arg(what, size);
}

// The reason in words; for an error status, the status itself ("The server answered 404 Not Found").
QString failureBody(const RegistrationData &data)
{
    if (data.failureReason == FailureReason::BadStatus) {
        for (const RecordData &record : data.records) {
            if (record.result != RecordResult::BadStatus || record.status == 0)
                continue;
            const QString status = QString::number(record.status) + u' '
                + QString::fromLatin1(record.statusText).trimmed();
            if (data.records.size() == 1)
                return JobNotifications::tr("The server answered %1").arg(status.trimmed());
            const QUrl url(record.finalUrl.isEmpty() ? record.request.url : record.finalUrl);
            const QString name = url.fileName();
            return JobNotifications::tr("The server answered %1 for %2")
                .arg(status.trimmed(), name.isEmpty() ? url.toDisplayString() : name);
        }
    }
    return Texts::failureReason(data.failureReason);
}

} // namespace

JobNotifications::JobNotifications(BackgroundFetchManager &manager, Notifier &notifier, QObject *parent)
    : QObject(parent), m_manager(manager), m_notifier(notifier)
{
    connect(&manager, &BackgroundFetchManager::backgroundFetchSuccess, this, &JobNotifications::ended);
    connect(&manager, &BackgroundFetchManager::backgroundFetchFail, this, &JobNotifications::ended);
    connect(&manager, &BackgroundFetchManager::backgroundFetchAbort, this, &JobNotifications::ended);
    connect(&notifier, &Notifier::actionInvoked, this, &JobNotifications::answered);
}

Notification JobNotifications::notificationFor(const RegistrationData &data)
{
    Notification notification;
    notification.key = data.uuid;
    if (QFileInfo::exists(data.iconPath))
        notification.iconPath = data.iconPath;
    const QString title = titleOf(data);
    if (data.result == FetchResult::Success) {
        notification.kind = Notification::Kind::Completed;
        notification.summary = title;
        notification.body = successBody(data);
        notification.actions = {{Notification::defaultAction.toString(), tr("Open")},
                                {showInFolderAction.toString(), tr("Show in Folder")}};
    } else if (data.failureReason == FailureReason::Aborted) {
        notification.kind = Notification::Kind::Quiet;
        notification.summary = tr("Aborted: %1").arg(title);
        notification.body = tr("Stopped after %1.").arg(Texts::bytes(qint64(data.downloaded)));
        notification.actions = {{Notification::defaultAction.toString(), tr("Show")}};
    } else {
        notification.kind = Notification::Kind::Failed;
        notification.summary = tr("Failed: %1").arg(title);
        notification.body = failureBody(data);
        notification.actions = {{Notification::defaultAction.toString(), tr("Show")},
                                {retryAction.toString(), tr("Retry")}};
    }
    return notification;
}

void JobNotifications::ended(BackgroundFetchEvent *event)
{
    if (!m_enabled)
        return;
    const std::optional<RegistrationData> data = m_manager.details(event->registration()->uniqueId());
    if (data)
        m_notifier.show(notificationFor(*data));
}

void JobNotifications::answered(const QString &key, const QString &action)
{
    if (action == Notification::defaultAction)
        Q_EMIT openRequested(key);
    else if (action == showInFolderAction)
        Q_EMIT showInFolderRequested(key);
    else if (action == retryAction)
        Q_EMIT retryRequested(key);
}

} // namespace Ferry
