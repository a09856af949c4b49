#include "icons.h"

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

// The freedesktop icon-naming name, which is also the name of the bundled fallback.
QString nameOf(Icons::Name name)
{
    switch (name) {
    case Icons::Add:
        return u"list-add"_s;
    case Icons::Pause:
        return u"media-playback-pause"_s;
    case Icons::Resume:
        return u"media-playback-start"_s;
    case Icons::Abort:
        return u"process-stop"_s;
    case Icons::Retry:
        return u"view-refresh"_s;
    case Icons::Open:
        return u"document-open"_s;
    case Icons::ShowInFolder:
        return u"folder-open"_s;
    case Icons::Remove:
        return u"edit-delete"_s;
    case Icons::Copy:
        return u"edit-copy"_s;
    case Icons::SelectAll:
        return u"edit-select-all"_s;
    case Icons::Settings:
        return u"configure"_s;
    case Icons::Quit:
        return u"application-exit"_s;
    case Icons::Search:
        return u"edit-find"_s;
    case Icons::Download:
        return u"download"_s;
    case Icons::Application:
        return u"org.ferry.Ferry"_s;
    }
    return QString();
}

} // namespace

Icons::Name Icons::forStatus(RowStatus status)
{
    switch (status) {
    case RowStatus::Paused:
    case RowStatus::Stopped:
        return Pause;
    case RowStatus::Retrying:
        return Retry;
    case RowStatus::Failed:
        return Abort;
    default:
        return Download;
    }
}

QIcon Icons::icon(Name name)
{
    const QString themeName = nameOf(name);
    const QIcon bundled(u":/ferry/icons/"_s + themeName + u".svg"_s);
    // Rows without an icon of their own always use the bundled one, so every such row looks the same.
    if (name == Download)
        return bundled;
    return QIcon::fromTheme(themeName, bundled);
}

} // namespace Ferry
