#pragma once

#include <QObject>

class QAction;

namespace Ferry {

// Every action of the main window with its text, icon, shortcut and accessible name, shared by the menus, the
// toolbar and the context menu. The window decides what they do and when they are enabled.
class WindowActions final : public QObject
{
    Q_OBJECT

public:
    explicit WindowActions(QObject *parent = nullptr);

    QAction *const add;
    QAction *const paste;
    QAction *const settings;
    QAction *const quit;
    QAction *const pause;
    QAction *const resume;
    QAction *const togglePause;
    QAction *const abort;
    QAction *const retry;
    QAction *const open;
    QAction *const showInFolder;
    QAction *const copyUrl;
    QAction *const remove;
    QAction *const removeWithFiles;
    QAction *const selectAll;
    QAction *const find;

    // The actions about the selected rows, which need a selection to be enabled.
    QList<QAction *> selectionActions() const;
    // Shortcuts that must only fire while the list has the focus (Space, Enter, Delete, Ctrl+C, Ctrl+A), so the
    // search box keeps them for typing.
    QList<QAction *> listActions() const;
};

} // namespace Ferry
