#pragma once

#include "notifier.h"
#include "preferences.h"

#include <QObject>

#include <functional>
#include <memory>

class QSettings;
class QSystemTrayIcon;

namespace Ferry {

class BackgroundFetchManager;
class ClickHandler;
class DesktopOpener;
class JobNotifications;
class MainWindow;
class TrayController;

// The desktop front end put together (DESIGN.md section 5): the main window, the tray, the notifications and the
// default click handler, wired so that a notification's Open, the tray's Open and a D-Bus click all raise the same
// backgroundfetchclick, and its handler opens the result or shows the registration. With a tray, closing the window
// keeps Ferry running (with a one-time hint); without one, the window is the program.
class DesktopShell final : public QObject
{
    Q_OBJECT

public:
    // Builds the notification back-end once the tray icon exists; chooseNotifier() unless a test gives its own.
    using NotifierFactory = std::function<std::unique_ptr<Notifier>(QSystemTrayIcon *tray)>;

    struct Options
    {
        NotifierFactory notifiers;       // empty: chooseNotifier()
        DesktopOpener *opener = nullptr; // null: a DesktopOpener of the shell's own
        bool useTray = true;             // false also when the desktop has no tray
    };

    // `manager` and `settings` must outlive the shell.
    DesktopShell(BackgroundFetchManager &manager, QSettings &settings, const Preferences &preferences,
                 Options options, QObject *parent = nullptr);
    ~DesktopShell() override;

    // Shows the window, unless the user wants Ferry to start in the tray and there is one.
    void start();
    // Shows the window with a registration selected (a click on one that has no result to open).
    void showRegistration(const QString &uuid);
    // Shows and raises the window (a second `ferry` without URLs, or D-Bus Show).
    void raiseWindow();
    // Ends Ferry: the one way out for File → Quit, the tray's Quit, SIGTERM and SIGINT. The event loop ends with
    // `exitCode`, and main() then destroys the application, which stores every transfer's state.
    void quit(int exitCode = 0);

    MainWindow *window() const { return m_window.get(); }
    TrayController *tray() const { return m_tray.get(); }
    Notifier *notifier() const { return m_notifier.get(); }
    JobNotifications *notifications() const { return m_notifications.get(); }

private:
    void apply(const Preferences &preferences);
    void showCloseHint();

    BackgroundFetchManager &m_manager;
    QSettings &m_settings;
    Preferences m_preferences;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopOpener> m_ownOpener;
    DesktopOpener *m_opener;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<JobNotifications> m_notifications;
    std::unique_ptr<ClickHandler> m_clicks;
};

} // namespace Ferry
