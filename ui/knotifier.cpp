#include "knotifier.h"

#include <KNotification>

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

// The event ids of resources/ferry.notifyrc.
QString eventFor(Notification::Kind kind)
{
    switch (kind) {
    case Notification::Kind::Completed:
        return u"transferCompleted"_s;
    case Notification::Kind::Failed:
        return u"transferFailed"_s;
    case Notification::Kind::Quiet:
        return u"transferAborted"_s;
    }
    return u"transferCompleted"_s;
}

// The same hints the freedesktop back-end sends, so that a desktop files and shows Ferry's notifications alike
// whichever back-end Ferry was built with. The urgency is given here too: KNotifications sends it as an int, and the
// specification's byte is all that some servers read (dunst showed an abort at normal urgency).
QVariantMap hintsFor(const Notification &notification)
{
    QVariantMap hints;
    const bool quiet = notification.kind == Notification::Kind::Quiet;
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(quiet ? 0 : 1)));
    if (!notification.iconPath.isEmpty())
        hints.insert(u"image-path"_s, QUrl::fromLocalFile(notification.iconPath).toString());
    switch (notification.kind) {
    case Notification::Kind::Completed:
        hints.insert(u"category"_s, u"transfer.complete"_s);
        break;
    case Notification::Kind::Failed:
        hints.insert(u"category"_s, u"transfer.error"_s);
        break;
    case Notification::Kind::Quiet:
        hints.insert(u"category"_s, u"transfer"_s);
        hints.insert(u"transient"_s, true);
        break;
    }
    return hints;
}

} // namespace

KNotifier::KNotifier(QObject *parent) : Notifier(parent) { }

KNotifier::~KNotifier() = default;

void KNotifier::show(const Notification &notification)
{
    // A notification still on screen is changed in place (KNotification sends it again with its id, so the server
    // replaces the bubble); once it has closed, KNotification has deleted it and a new one is made.
    QPointer<KNotification> &shown = m_shown[notification.key];
    const bool sent = !shown.isNull();
    const QString key = notification.key;
    if (!sent) {
        shown = new KNotification(eventFor(notification.kind), KNotification::CloseOnTimeout);
        shown->setComponentName(u"ferry"_s);
        // Once closed (by the user, the server's timeout or a newer notification) it cannot be updated any more.
        KNotification *made = shown;
        connect(made, &KNotification::closed, this, [this, key, made] {
            const auto entry = m_shown.constFind(key);
            if (entry != m_shown.cend() && (entry->isNull() || entry->data() == made))
                m_shown.erase(entry);
        });
    } else {
        shown->setEventId(eventFor(notification.kind));
        shown->clearActions();
    }
    shown->setTitle(notification.summary);
    shown->setText(notification.body);
    shown->setHints(hintsFor(notification));
    shown->setUrgency(notification.kind == Notification::Kind::Quiet ? KNotification::LowUrgency
                                                                      : KNotification::NormalUrgency);
    for (const Notification::Action &action : notification.actions) {
        // KNotification numbers its actions on the wire; the mapping back to Ferry's keys lives in these lambdas.
        KNotificationAction *added = action.key == Notification::defaultAction ? shown->addDefaultAction(action.label)
                                                                               : shown->addAction(action.label);
        connect(added, &KNotificationAction::activated, this,
                [this, key, name = action.key] { Q_EMIT actionInvoked(key, name); });
    }
    if (!sent)
        shown->sendEvent();
}

QString KNotifier::backendName() const
{
    return u"knotifications"_s;
}

} // namespace Ferry
