#pragma once

#include "registrationrow.h"

#include <QIcon>

namespace Ferry {

// The window's icons: the desktop theme's when it has them, else the SVGs bundled in the ui resources, so the
// window looks complete on any desktop (and under Xvfb, which has no theme).
class Icons final
{
public:
    enum Name {
        Add,
        Pause,
        Resume,
        Abort,
        Retry,
        Open,
        ShowInFolder,
        Remove,
        Copy,
        SelectAll,
        Settings,
        Quit,
        Search,
        Download, // a registration without an icon of its own
        Application,
    };

    static QIcon icon(Name name);
    // The small sign of a row's state beside its words; Download (nothing special) for a running one.
    static Name forStatus(RowStatus status);
};

} // namespace Ferry
