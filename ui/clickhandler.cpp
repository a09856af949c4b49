#include "clickhandler.h"

#include "backgroundfetchmanager.h"
#include "desktopopener.h"
#include "registrationcommands.h"

namespace Ferry {

ClickHandler::ClickHandler(BackgroundFetchManager &manager, DesktopOpener &opener, QObject *parent)
    : QObject(parent), m_manager(manager), m_opener(opener)
{
    connect(&manager, &BackgroundFetchManager::backgroundFetchClick, this, &ClickHandler::clicked);
}

void ClickHandler::clicked(BackgroundFetchEvent *event)
{
    const RegistrationPtr registration = event->registration();
    const QString uuid = registration->uniqueId();
    if (registration->result() == FetchResult::Success) {
        if (const std::optional<RegistrationData> data = m_manager.details(uuid)) {
            const QStringList files = RegistrationCommands::filesOf(*data);
            if (!files.isEmpty()) {
                m_opener.open(files);
                return;
            }
        }
    }
    Q_EMIT showRequested(uuid);
}

} // namespace Ferry
