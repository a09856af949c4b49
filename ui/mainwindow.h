#pragma once

#include "preferences.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTabBar;

namespace Ferry {

class BackgroundFetchManager;
class DesktopOpener;
class DetailsPane;
class RegistrationCommands;
class RegistrationDelegate;
class RegistrationModel;
class RegistrationView;
class WindowActions;
struct RegistrationRow;

// The main window (DESIGN.md section 5): the registrations list with its filters and search, the details pane of
// the current registration, and the actions on the selection. It acts through RegistrationCommands, which uses only
// the core's public API. Geometry, the splitter and the details columns are kept in `settings` between runs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `manager` and `settings` must outlive the window.
    MainWindow(BackgroundFetchManager &manager, QSettings &settings, const Preferences &preferences,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    RegistrationModel *model() const { return m_model; }
    RegistrationView *view() const { return m_view; }
    DetailsPane *details() const { return m_details; }
    WindowActions *actions() const { return m_actions; }
    RegistrationCommands *commands() const { return m_commands; }
    Preferences preferences() const { return m_preferences; }

    // Opens the add dialog (not modal for the rest of the desktop), with these URLs filled in.
    void showAddDialog(const QStringList &urls = {});
    void showSettingsDialog();
    // Asks, then removes the selected registrations, deleting their files when `deleteFiles`.
    void confirmRemove(bool deleteFiles);
    QStringList selectedUuids() const;
    // Shows the window and raises it above the others, also from the tray or when minimised.
    void present();
    // Shows, raises and selects a registration, switching to the All filter when the current one hides it.
    void showRegistration(const QString &uuid);
    // With a tray, closing the window only hides it; without one it closes and Ferry quits.
    void setHideOnClose(bool hide) { m_hideOnClose = hide; }
    bool hidesOnClose() const { return m_hideOnClose; }
    // Keeps the geometry, the splitter and the details columns for the next start.
    void saveWindowState();

Q_SIGNALS:
    // The user changed the settings; they are stored and applied to the manager already.
    void preferencesChanged(const Ferry::Preferences &preferences);
    // The window was closed and only hid itself: Ferry runs on in the tray.
    void hiddenOnClose();
    // File → Quit: the shell ends Ferry (DesktopShell::quit), whether closing the window would hide it or not.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    QWidget *buildFilterBar();
    void connectActions();
    void applyFilter();
    void updateActions();
    void updateStatus();
    void showContextMenu(const QPoint &position);
    void selectionChanged();
    void togglePause();
    QList<const RegistrationRow *> selectedRows() const;

    BackgroundFetchManager &m_manager;
    QSettings &m_settings;
    Preferences m_preferences;
    RegistrationModel *m_model;
    RegistrationDelegate *m_delegate;
    RegistrationView *m_view;
    DesktopOpener *m_opener;
    DetailsPane *m_details;
    RegistrationCommands *m_commands;
    WindowActions *m_actions;
    QSplitter *m_splitter;
    QTabBar *m_filters;
    QLineEdit *m_search;
    QLabel *m_countLabel;
    QLabel *m_speedLabel;
    QTimer m_searchDelay;
    bool m_hideOnClose = false;
};

} // namespace Ferry
