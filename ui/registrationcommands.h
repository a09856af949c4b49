#pragma once

#include "adddialog.h"
#include "registrationdata.h"

#include <QObject>
#include <QStringList>

namespace Ferry {

class BackgroundFetchManager;
class RegistrationModel;

// What the window's actions do to registrations, by uuid, through the core's public API only (fetch, pause,
// resume, abort, restore, remove). Every command takes a list because every action works on a multiple selection;
// rows a command does not apply to are skipped. Kept apart from the widgets so tests can drive it directly.
class RegistrationCommands final : public QObject
{
    Q_OBJECT

public:
    RegistrationCommands(BackgroundFetchManager &manager, RegistrationModel &model, QObject *parent = nullptr);

    // Registers the dialog's values under a fresh id; false (and failed()) when fetch() refuses them.
    bool add(const AddDialog::Submission &submission);
    void pause(const QStringList &uuids);
    // Running registrations resume; stopped or paused ones from an earlier run are restored and run.
    void resume(const QStringList &uuids);
    void abort(const QStringList &uuids);
    // A new registration from the same requests and options of each finished one.
    void retry(const QStringList &uuids);
    void remove(const QStringList &uuids, bool deleteFiles);

    // The finished files of the registrations, in record order (missing ones left out).
    QStringList files(const QStringList &uuids) const;
    static QStringList filesOf(const RegistrationData &data);
    // Where their files are or will be: finished files, else partial ones, else the destination folder.
    QStringList locations(const QStringList &uuids) const;
    QStringList urls(const QStringList &uuids) const;

    // "20261121-153012-3fa2": sorts by time, unique enough with its random tail, and readable in `ferry list`.
    static QString generateId();

Q_SIGNALS:
    // A command was refused: the words, for the status bar or a message box.
    void failed(const QString &message);

private:
    BackgroundFetchManager &m_manager;
    RegistrationModel &m_model;
};

} // namespace Ferry
