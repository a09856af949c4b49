#include "notifier.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ferry {

QVariantMap Notification::hints() const
{
    // The urgency is the specification's byte: some servers (dunst) read nothing else.
    constexpr uchar lowUrgency = 0;
    constexpr uchar normalUrgency = 1;
    QVariantMap hints;
    if (!iconPath.isEmpty())
        hints.insert(u"image-path"_s, QUrl::fromLocalFile(iconPath).toString());
    switch (kind) {
    case Kind::Completed:
        hints.insert(u"category"_s, u"transfer.complete"_s);
        hints.insert(u"urgency"_s, QVariant::fromValue(normalUrgency));
        break;
    case Kind::Failed:
        hints.insert(u"category"_s, u"transfer.error"_s);
        hints.insert(u"urgency"_s, QVariant::fromValue(normalUrgency));
        break;
    case Kind::Quiet:
        hints.insert(u"category"_s, u"transfer"_s);
        hints.insert(u"urgency"_s, QVariant::fromValue(lowUrgency));
        hints.insert(u"transient"_s, true);
        break;
    }
    return hints;
}

} // namespace Ferry
