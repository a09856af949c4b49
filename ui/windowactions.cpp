#include "windowactions.h"

#include "icons.h"

#include <QAction>

namespace Ferry {
namespace {

QAction *make(QObject *parent, const QString &text, Icons::Name icon, const QList<QKeySequence> &keys = {})
{
    auto *action = new QAction(Icons::icon(icon), text, parent);
    action->setShortcuts(keys);
    return action;
}

QAction *make(QObject *parent, const QString &text, const QList<QKeySequence> &keys = {})
{
    auto *action = new QAction(text, parent);
    action->setShortcuts(keys);
    return action;
}

} // namespace

WindowActions::WindowActions(QObject *parent)
    : QObject(parent), add(make(this, tr("&Add…"), Icons::Add, {QKeySequence::New})),
      paste(make(this, tr("Add from &Clipboard"), {QKeySequence::Paste})),
      settings(make(this, tr("&Settings…"), Icons::Settings, {QKeySequence(tr("Ctrl+,"))})),
      quit(make(this, tr("&Quit"), Icons::Quit, {QKeySequence::Quit})),
      pause(make(this, tr("&Pause"), Icons::Pause)), resume(make(this, tr("&Resume"), Icons::Resume)),
      togglePause(make(this, tr("Pause or Resume"), {QKeySequence(Qt::Key_Space)})),
      abort(make(this, tr("A&bort"), Icons::Abort)), retry(make(this, tr("Re&try"), Icons::Retry)),
      open(make(this, tr("&Open"), Icons::Open, {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)})),
      showInFolder(make(this, tr("Show in &Folder"), Icons::ShowInFolder)),
      copyUrl(make(this, tr("&Copy URL"), Icons::Copy, {QKeySequence::Copy})),
      remove(make(this, tr("Re&move…"), Icons::Remove, {QKeySequence::Delete})),
      removeWithFiles(make(this, tr("Remove with &Files…"), {QKeySequence(Qt::SHIFT | Qt::Key_Delete)})),
      selectAll(make(this, tr("Select &All"), Icons::SelectAll, {QKeySequence::SelectAll})),
      find(make(this, tr("&Find"), Icons::Search, {QKeySequence::Find}))
{
    quit->setMenuRole(QAction::QuitRole);
    settings->setMenuRole(QAction::PreferencesRole);
    add->setToolTip(tr("Add a download (%1)").arg(add->shortcut().toString(QKeySequence::NativeText)));
    remove->setToolTip(tr("Remove the selected downloads from the list"));
    removeWithFiles->setToolTip(tr("Remove the selected downloads and delete their files"));
    retry->setToolTip(tr("Download the same URLs again"));
    for (QAction *action : listActions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QList<QAction *> WindowActions::selectionActions() const
{
    return {pause, resume, togglePause, abort, retry, open, showInFolder, copyUrl, remove, removeWithFiles};
}

QList<QAction *> WindowActions::listActions() const
{
    return {togglePause, open, copyUrl, remove, removeWithFiles, selectAll};
}

} // namespace Ferry
