#pragma once

#include "notifier.h"

#include <QObject>

namespace Ferry {

class BackgroundFetchEvent;
class BackgroundFetchManager;
struct RegistrationData;

// Turns the end of each registration into one desktop notification, and the user's answer into a request
// (DESIGN.md section 5). Success: the title, "3 files · 1.2 GiB", the registration's icon, Open (the default) and
// Show in folder. Failure: the reason in words and Retry. Abort: a quiet notice. Every notification of a
// registration has its uuid as key, so a newer one replaces the older.
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

private:
    void ended(BackgroundFetchEvent *event);
    void answered(const QString &key, const QString &action);

    BackgroundFetchManager &m_manager;
    Notifier &m_notifier;
    bool m_enabled = true;
};

} // namespace Ferry
