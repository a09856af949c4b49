#pragma once

#include "cliarguments.h"

#include <QCoreApplication>
#include <QFuture>

namespace Ferry {

class BackgroundFetchManager;
class BackgroundFetchRegistration;

// The commands of `ferry` that end without an event loop (list, show, pause, abort), and the translation of
// `ferry fetch` options into a fetch() call.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::CliCommands)

public:
    static int list(BackgroundFetchManager &manager, bool json);
    static int show(BackgroundFetchManager &manager, const QString &id, bool json);
    static int pauseOrAbort(BackgroundFetchManager &manager, const QString &id, bool abort);
    static QFuture<QSharedPointer<BackgroundFetchRegistration>> fetch(BackgroundFetchManager &manager,
                                                                      const CliOptions &options);
    // A readable id for `ferry fetch` without --id: the time plus a random part.
    static QString generateId();
};

} // namespace Ferry
