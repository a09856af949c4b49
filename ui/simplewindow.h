#pragma once

#include <QMainWindow>
#include <QTimer>

class QTreeWidget;

namespace Ferry {

class BackgroundFetchManager;

// A stand-in main window: the newest registrations with their progress and outcome, refreshed every second.
// The full window (model, delegate, actions, dialogs) replaces it in its own issue.
class SimpleWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit SimpleWindow(BackgroundFetchManager &manager, QWidget *parent = nullptr);

private:
    void refresh();

    BackgroundFetchManager &m_manager;
    QTreeWidget *m_list;
    QTimer m_refresh;
};

} // namespace Ferry
