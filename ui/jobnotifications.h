#pragma once

#include "notifier.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace Ferry {

class BackgroundFetchEvent;
class BackgroundFetchManager;
struct RegistrationData;

// Turns the end of each registration into one desktop notification, and the user's answer into a request
// (DESIGN.md section 5). Success: "ubuntu.iso finished", "ubuntu.iso · 4.7 GiB", the registration's icon, Open
// (the default) and Show in folder. Failure: "… failed", the reason in words, and Retry. Abort: a quiet notice.
// Every notification of a registration has its uuid as key, so a newer one replaces the older. Ends that come in a
// burst (a batch of small files) become one notification that counts them, with Show and Retry Failed.
class JobNotifications final : public QObject
{
    Q_OBJECT

public:
    // Action keys, as the back-ends report them.
    static constexpr QStringView showInFolderAction = u"show-in-folder";
    static constexpr QStringView retryAction = u"retry";

    // `manager` and `notifier` must outlive this object.
    JobNotifications(BackgroundFetchManager &manager, Notifier &notifier, QObject *parent = nullptr);

    // Off: registrations still end, nothing is shown (the "notifications" setting).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // What is shown for a registration that ended like `data`; public for the tests of the wording.
    static Notification notificationFor(const RegistrationData &data);

Q_SIGNALS:
    // A plain click or Open: the backgroundfetchclick of the registration.
    void openRequested(const QString &uuid);
    void showInFolderRequested(const QString &uuid);
    void retryRequested(const QString &uuid);
    // A batch's notification was clicked: show the window, where its downloads are.
    void windowRequested();

private:
    struct Ended
    {
        QString uuid;
        QString title;
        bool succeeded = false;
    };

    void ended(BackgroundFetchEvent *event);
    void answered(const QString &key, const QString &action);
    Notification batchNotification();

    BackgroundFetchManager &m_manager;
    Notifier &m_notifier;
    bool m_enabled = true;
    QTimer m_batchTimer;                  // runs while ends come in a burst
    QList<Ended> m_batch;                 // the current burst, first one first
    QHash<QString, QList<Ended>> m_batches; // by the key of their notification, for its actions
    QStringList m_batchOrder;             // the keys of m_batches, oldest first
};

} // namespace Ferry
