#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantMap>

namespace Ferry {

// One desktop notification, independent of the back-end that shows it.
struct Notification
{
    enum class Kind {
        Completed, // a normal notification with actions
        Failed,    // the same, marked as an error
        Quiet,     // transient and low urgency: it does not stay in the notification history
    };
    struct Action
    {
        QString key;   // what actionInvoked() reports
        QString label; // the button text
    };
    // The key of the default action, which a plain click on the notification also triggers.
    static constexpr QStringView defaultAction = u"default";

    // A later notification with the same key replaces this one, so they never pile up (the registration's uuid).
    QString key;
    Kind kind = Kind::Completed;
    QString summary;
    QString body;
    QString iconPath; // a local image; empty for the application icon
    QList<Action> actions;

    // The freedesktop hints every back-end sends, so that a desktop files and shows Ferry's notifications alike
    // whichever back-end Ferry was built with: category, urgency, transient, image-path.
    QVariantMap hints() const;
};

// Shows notifications and reports what the user did with them. One implementation per back-end: the freedesktop
// D-Bus protocol, KNotifications, or the tray icon's balloon messages.
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void show(const Notification &notification) = 0;
    // "freedesktop", "knotifications" or "tray": for the log and for tests.
    virtual QString backendName() const = 0;

Q_SIGNALS:
    // The user chose `action` (Notification::defaultAction for a plain click) on the notification with `key`.
    void actionInvoked(const QString &key, const QString &action);
};

} // namespace Ferry
