#pragma once

#include <QObject>

namespace Ferry {

class BackgroundFetchEvent;
class BackgroundFetchManager;
class DesktopOpener;

// The default backgroundfetchclick handler (DESIGN.md section 5), whoever raised the click (a notification, the
// tray, D-Bus). A completed registration opens its result: one file with its application, several in their folder
// with the files selected. Anything else - running, failed, aborted, or completed with its files gone - is shown in
// the window instead.
class ClickHandler final : public QObject
{
    Q_OBJECT

public:
    // `manager` and `opener` must outlive the handler.
    ClickHandler(BackgroundFetchManager &manager, DesktopOpener &opener, QObject *parent = nullptr);

Q_SIGNALS:
    void showRequested(const QString &uuid);

private:
    void clicked(BackgroundFetchEvent *event);

    BackgroundFetchManager &m_manager;
    DesktopOpener &m_opener;
};

} // namespace Ferry
