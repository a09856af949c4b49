#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTreeWidget;

namespace Ferry {

class BackgroundFetchManager;
class DesktopOpener;

// The records of the selected registration: URL, method, HTTP status, size, file and result, one row each. A
// record can be opened, shown in its folder or have its URL copied, from the buttons, a context menu or a double
// click. It reads through manager.details(); the window calls refresh() when the registration changes.
class DetailsPane final : public QWidget
{
    Q_OBJECT

public:
    enum Column { UrlColumn, MethodColumn, StatusColumn, SizeColumn, FileColumn, ResultColumn, TriesColumn, ColumnCount };

    DetailsPane(BackgroundFetchManager &manager, DesktopOpener &opener, QWidget *parent = nullptr);

    void setRegistration(const QString &uuid);
    QString registration() const { return m_uuid; }
    void refresh();
    // The state in words, as the list shows it ("Waiting for a connection", "Retrying in 12 s", "The server has no
    // such file (404)"): the pane names it under the id.
    void setState(const QString &words);
    QString state() const { return m_state; }

    QTreeWidget *records() const { return m_records; }
    // Column widths and order, for the window to keep between runs.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    void openCurrent();
    void showCurrentInFolder();
    void copyCurrentUrl();
    void updateButtons();
    QString currentFile() const;

    BackgroundFetchManager &m_manager;
    DesktopOpener &m_opener;
    QString m_uuid;
    QString m_state;
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_records;
    QPushButton *m_open;
    QPushButton *m_showInFolder;
    QPushButton *m_copyUrl;
    QMenu *m_menu;
};

} // namespace Ferry
