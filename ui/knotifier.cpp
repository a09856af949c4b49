#include "knotifier.h"

#include <KNotification>
#include <KNotificationAction>

#include <QPixmap>

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
    if (const QPointer<KNotification> previous = m_shown.take(notification.key))
        previous->close();
    auto *shown = new KNotification(eventFor(notification.kind), KNotification::CloseOnTimeout);
    shown->setComponentName(u"ferry"_s);
    shown->setTitle(notification.summary);
    shown->setText(notification.body);
    if (!notification.iconPath.isEmpty())
        shown->setPixmap(QPixmap(notification.iconPath));
    if (notification.kind == Notification::Kind::Quiet)
        shown->setUrgency(KNotification::LowUrgency);
    const QString key = notification.key;
    for (const Notification::Action &action : notification.actions) {
        KNotificationAction *added = action.key == Notification::defaultAction ? shown->addDefaultAction(action.label)
                                                                               : shown->addAction(action.label);
        connect(added, &KNotificationAction::activated, this,
                [this, key, name = action.key] { Q_EMIT actionInvoked(key, name); });
    }
    m_shown.insert(key, shown);
    shown->sendEvent();
}

QString KNotifier::backendName() const
{
    return u"knotifications"_s;
}

} // namespace Ferry
