#include "knotifier.h"

#include <KNotification>

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
    // KNotifications sends its urgency as an int, which some servers ignore; the hints' byte replaces it.
    shown->setHints(notification.hints());
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
