#include "jobnotifications.h"

#include "backgroundfetchevent.h"
#include "backgroundfetchmanager.h"
#include "texts.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

// Ends that come closer together than this are one batch: the first is shown at once, and the rest turn it into
// one notification that counts them ("12 downloads finished") instead of a pile of them.
constexpr int batchWindowMs = 2000;
// How many names a batch's notification lists before "and N more".
constexpr int namesInBatch = 3;
constexpr int maxBatchesKept = 16;

// "report.pdf · 12 MiB" for one file, "3 files · 1.2 GiB" for several.
QString successBody(const RegistrationData &data)
{
    QStringList files;
    for (const RecordData &record : data.records) {
        if (record.result == RecordResult::Success && !record.filePath.isEmpty())
            files.append(record.filePath);
    }
    const QString size = Texts::bytes(qint64(std::max(data.downloaded, data.uploaded)));
    // One file is named, unless the summary names it already: then where it went ("200 MiB in Downloads").
    if (files.size() == 1) {
        const QFileInfo file(files.constFirst());
        if (file.fileName() == data.displayTitle())
            return JobNotifications::tr("%1 in %2").arg(size, file.absoluteDir().dirName());
        return JobNotifications::tr("%1 · %2").arg(file.fileName(), size);
    }
    // "%n files" is then only ever plural in English, and translations get their plural forms.
    return JobNotifications::tr("%1 · %2").arg(JobNotifications::tr("%n files", nullptr, int(files.size())), size);
}

// The reason in words; for an error status, what it means ("The server has no such file (404)"), with the file's
// name when the registration has several.
QString failureBody(const RegistrationData &data)
{
    if (data.failureReason == FailureReason::BadStatus) {
        for (const RecordData &record : data.records) {
            if (record.result != RecordResult::BadStatus || record.status == 0)
                continue;
            if (data.records.size() == 1)
                return Texts::httpStatus(record.status);
            const QUrl url(record.finalUrl.isEmpty() ? record.request.url : record.finalUrl);
            const QString name = url.fileName();
            return JobNotifications::tr("%1: %2")
                .arg(name.isEmpty() ? url.toDisplayString() : name, Texts::httpStatus(record.status));
        }
    }
    return Texts::registrationFailure(data);
}

} // namespace

JobNotifications::JobNotifications(BackgroundFetchManager &manager, Notifier &notifier, QObject *parent)
    : QObject(parent), m_manager(manager), m_notifier(notifier)
{
    connect(&manager, &BackgroundFetchManager::backgroundFetchSuccess, this, &JobNotifications::ended);
    connect(&manager, &BackgroundFetchManager::backgroundFetchFail, this, &JobNotifications::ended);
    connect(&manager, &BackgroundFetchManager::backgroundFetchAbort, this, &JobNotifications::ended);
    connect(&notifier, &Notifier::actionInvoked, this, &JobNotifications::answered);
    m_batchTimer.setSingleShot(true);
}

Notification JobNotifications::notificationFor(const RegistrationData &data)
{
    Notification notification;
    notification.key = data.uuid;
    if (QFileInfo::exists(data.iconPath))
        notification.iconPath = data.iconPath;
    const QString title = data.displayTitle();
    if (data.result == FetchResult::Success) {
        notification.kind = Notification::Kind::Completed;
        notification.summary = tr("%1 finished").arg(title);
        notification.body = successBody(data);
        notification.actions = {{Notification::defaultAction.toString(), tr("Open")},
                                {showInFolderAction.toString(), tr("Show in Folder")}};
    } else if (data.failureReason == FailureReason::Aborted) {
        notification.kind = Notification::Kind::Quiet;
        notification.summary = tr("%1 aborted").arg(title);
        notification.body = tr("Stopped after %1.").arg(Texts::bytes(qint64(data.downloaded)));
        notification.actions = {{Notification::defaultAction.toString(), tr("Show")}};
    } else {
        notification.kind = Notification::Kind::Failed;
        notification.summary = tr("%1 failed").arg(title);
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
    if (!data)
        return;
    // An abort is the user's own doing: a quiet notice of its own, never part of a batch.
    if (data->failureReason == FailureReason::Aborted) {
        m_notifier.show(notificationFor(*data));
        return;
    }
    const Ended ended{data->uuid, data->displayTitle(), data->result == FetchResult::Success};
    const bool batching = m_batchTimer.isActive();
    m_batchTimer.start(batchWindowMs);
    if (!batching) {
        m_batch = {ended};
        m_notifier.show(notificationFor(*data));
        return;
    }
    m_batch.append(ended);
    // The batch's notification takes the place of its first one (same key), and grows while ends keep coming.
    m_notifier.show(batchNotification());
}

Notification JobNotifications::batchNotification()
{
    const QString key = m_batch.constFirst().uuid;
    QStringList names;
    QStringList failed;
    for (const Ended &ended : std::as_const(m_batch)) {
        names.append(ended.title);
        if (!ended.succeeded)
            failed.append(ended.uuid);
    }
    // Only the newest batches' notifications can still be on screen to answer.
    if (!m_batches.contains(key))
        m_batchOrder.append(key);
    m_batches.insert(key, m_batch);
    while (m_batchOrder.size() > maxBatchesKept)
        m_batches.remove(m_batchOrder.takeFirst());
    Notification notification;
    notification.key = key;
    const int count = int(m_batch.size());
    if (failed.isEmpty()) {
        notification.kind = Notification::Kind::Completed;
        notification.summary = tr("%n downloads finished", nullptr, count);
    } else {
        notification.kind = Notification::Kind::Failed;
        notification.summary = tr("%n downloads ended, %1 failed", nullptr, count).arg(failed.size());
        notification.actions.append({retryAction.toString(), tr("Retry Failed")});
    }
    notification.actions.prepend({Notification::defaultAction.toString(), tr("Show")});
    const QStringList shown = names.mid(0, namesInBatch);
    notification.body = names.size() > namesInBatch
        ? tr("%1 and %n more", nullptr, int(names.size() - shown.size())).arg(QLocale().createSeparatedList(shown))
        : QLocale().createSeparatedList(shown);
    return notification;
}

void JobNotifications::answered(const QString &key, const QString &action)
{
    // The person has answered: what ends next (a retry failing again, say) is news of its own, not more of a batch.
    m_batchTimer.stop();
    if (const auto batch = m_batches.constFind(key); batch != m_batches.cend()) {
        if (action == Notification::defaultAction) {
            Q_EMIT windowRequested();
        } else if (action == retryAction) {
            for (const Ended &ended : *batch) {
                if (!ended.succeeded)
                    Q_EMIT retryRequested(ended.uuid);
            }
        }
        return;
    }
    if (action == Notification::defaultAction)
        Q_EMIT openRequested(key);
    else if (action == showInFolderAction)
        Q_EMIT showInFolderRequested(key);
    else if (action == retryAction)
        Q_EMIT retryRequested(key);
}

} // namespace Ferry
