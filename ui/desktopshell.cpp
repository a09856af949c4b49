#include "desktopshell.h"

#include "backgroundfetchmanager.h"
#include "clickhandler.h"
#include "desktopopener.h"
#include "jobnotifications.h"
#include "mainwindow.h"
#include "notifierchoice.h"
#include "registrationcommands.h"
#include "traycontroller.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

const QString closeHintKey = u"tray/closeHintShown"_s;

} // namespace

DesktopShell::DesktopShell(BackgroundFetchManager &manager, QSettings &settings, const Preferences &preferences,
                           Options options, QObject *parent)
    : QObject(parent), m_manager(manager), m_settings(settings), m_preferences(preferences),
      m_window(std::make_unique<MainWindow>(manager, settings, preferences))
{
    if (options.opener) {
        m_opener = options.opener;
    } else {
        m_ownOpener = std::make_unique<DesktopOpener>();
        m_opener = m_ownOpener.get();
    }
    if (options.useTray) {
        m_tray = std::make_unique<TrayController>(manager, *m_window->commands(), *m_window);
        connect(m_tray.get(), &TrayController::openRequested, this,
                [this](const QString &uuid) { m_manager.activate(uuid); });
        connect(m_tray.get(), &TrayController::quitRequested, this, [this] { quit(); });
        connect(m_tray.get(), &TrayController::addRequested, this, [this] {
            m_window->present();
            m_window->actions()->add->trigger();
        });
    }
    QSystemTrayIcon *trayIcon = m_tray ? m_tray->trayIcon() : nullptr;
    m_notifier = options.notifiers ? options.notifiers(trayIcon) : chooseNotifier(trayIcon);
    if (m_notifier) {
        m_notifications = std::make_unique<JobNotifications>(manager, *m_notifier);
        connect(m_notifications.get(), &JobNotifications::openRequested, this,
                [this](const QString &uuid) { m_manager.activate(uuid); });
        connect(m_notifications.get(), &JobNotifications::showInFolderRequested, this, [this](const QString &uuid) {
            m_opener->showInFolder(m_window->commands()->locations({uuid}));
        });
        connect(m_notifications.get(), &JobNotifications::windowRequested, this, &DesktopShell::raiseWindow);
        connect(m_notifications.get(), &JobNotifications::retryRequested, this,
                [this](const QString &uuid) { m_window->commands()->retry({uuid}); });
    }
    m_clicks = std::make_unique<ClickHandler>(manager, *m_opener);
    connect(m_clicks.get(), &ClickHandler::showRequested, this, &DesktopShell::showRegistration);
    connect(m_window.get(), &MainWindow::preferencesChanged, this, &DesktopShell::apply);
    connect(m_window.get(), &MainWindow::hiddenOnClose, this, &DesktopShell::showCloseHint);
    connect(m_window.get(), &MainWindow::quitRequested, this, [this] { quit(); });
    apply(preferences);
}

DesktopShell::~DesktopShell()
{
    // The tray and the handlers refer to the window; they go first.
    m_clicks.reset();
    m_notifications.reset();
    m_notifier.reset();
    m_tray.reset();
}

void DesktopShell::apply(const Preferences &preferences)
{
    m_preferences = preferences;
    const bool inTray = m_tray && preferences.closeToTray;
    m_window->setHideOnClose(inTray);
    // Without the tray the window is the program: closing it quits.
    QApplication::setQuitOnLastWindowClosed(!inTray);
    if (m_notifications)
        m_notifications->setEnabled(preferences.notifications);
}

void DesktopShell::start()
{
    if (m_tray)
        m_tray->setVisible(true);
    if (m_tray && m_preferences.startHidden)
        return;
    m_window->show();
}

void DesktopShell::raiseWindow()
{
    m_window->present();
    if (m_tray)
        m_tray->acknowledgeFailures();
}

void DesktopShell::quit(int exitCode)
{
    // Not QCoreApplication::quit(): since Qt 6 it first asks every window to close, and a window that hides in
    // the tray refuses, which cancels the quit. exit() ends every running event loop, dialogs' included.
    m_window->saveWindowState();
    m_window->hide();
    if (m_tray)
        m_tray->setVisible(false);
    QCoreApplication::exit(exitCode);
}

void DesktopShell::showRegistration(const QString &uuid)
{
    m_window->showRegistration(uuid);
    if (m_tray)
        m_tray->acknowledgeFailures();
}

void DesktopShell::showCloseHint()
{
    if (!m_tray || m_settings.value(closeHintKey, false).toBool())
        return;
    m_settings.setValue(closeHintKey, true);
    m_tray->trayIcon()->showMessage(
        tr("Ferry is still running"),
        tr("Downloads go on in the background. Click the tray icon to bring the window back, or choose Quit in its "
           "menu to leave Ferry."),
        QSystemTrayIcon::Information, 8000);
}

} // namespace Ferry
