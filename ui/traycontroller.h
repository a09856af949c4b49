#pragma once

#include "backgroundfetchmanager.h"
#include "registrationrow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace Ferry {

class BackgroundFetchEvent;
class BackgroundFetchManager;
class RegistrationCommands;

// The system tray (DESIGN.md section 5): an icon that shows whether Ferry is idle, busy or has a failure to look
// at; a tooltip with the overall progress; and a menu with one submenu per registration - the active and paused
// ones, and the last few that ended in this run - to pause, resume, abort, open or retry each. A left click
// toggles the window. The menu works without a tray host too (tests drive it offscreen).
class TrayController final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Active, Error };
    Q_ENUM(State)

    // The menu lists at most this many registrations; the rest are one "N more" entry that shows the window.
    static constexpr int maxListed = 10;
    // Ended registrations stay in the menu (to open or retry them) until this many newer ones ended.
    static constexpr int maxEnded = 5;

    // `manager`, `commands` and `window` must outlive the controller.
    TrayController(BackgroundFetchManager &manager, RegistrationCommands &commands, QWidget &window,
                   QObject *parent = nullptr);
    ~TrayController() override;

    // Whether the desktop has a tray to show the icon in.
    static bool isTrayAvailable();
    void setVisible(bool visible);
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }

    State state() const { return m_state; }
    QString toolTip() const { return m_toolTip; }
    // The submenu of a registration, or null when it is not listed.
    QMenu *submenuFor(const QString &uuid) const;
    // The failure the icon shows has been seen (the window was shown).
    void acknowledgeFailures();
    // Brings the menu, icon and tooltip up to date now; the controller does it every second by itself.
    void refresh();

Q_SIGNALS:
    // "Open" on an ended registration: the click of DESIGN.md section 5.
    void openRequested(const QString &uuid);
    void quitRequested();
    // "Add Download…": the window's add dialog, with the links on the clipboard.
    void addRequested();

private:
    struct Entry
    {
        RegistrationPtr registration; // null once it ended
        QPointer<QMenu> menu;
        QAction *pause = nullptr;
        QAction *resume = nullptr;
        QAction *abort = nullptr;
        QAction *open = nullptr;
        QAction *retry = nullptr;
        RegistrationRow row;
        quint64 lastBytes = 0;
        qint64 endedAt = -1; // the order in which entries ended, -1 while running
    };

    void buildMenu();
    void track(const RegistrationPtr &registration);
    void ended(BackgroundFetchEvent *event);
    void updateEntry(Entry &entry);
    void updateSummary(double bytesPerSecond);
    void removeEntry(const QString &uuid);
    void toggleWindow();
    void setAll(bool paused);
    QIcon iconFor(State state) const;

    BackgroundFetchManager &m_manager;
    RegistrationCommands &m_commands;
    QWidget &m_window;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_toggle;
    QAction *m_registrationsEnd; // separator after the registrations' submenus
    QAction *m_more;
    QAction *m_pauseAll;
    QAction *m_resumeAll;
    QHash<QString, Entry> m_entries; // by uuid
    QStringList m_order;             // uuids in menu order
    QTimer m_tick;
    QElapsedTimer m_sinceSample;
    double m_speed = 0;
    qint64 m_endedCount = 0;
    bool m_unseenFailure = false;
    State m_state = State::Idle;
    QString m_toolTip;
    std::array<QIcon, 3> m_icons; // by State
};

} // namespace Ferry
