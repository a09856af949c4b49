#pragma once

#include <QObject>
#include <QStringList>

namespace Ferry {

// Opens downloaded files with their applications and shows them in the file manager. Showing selects the files
// through org.freedesktop.FileManager1 when a file manager offers it, else opens their folder.
class DesktopOpener : public QObject
{
    Q_OBJECT

public:
    explicit DesktopOpener(QObject *parent = nullptr);

    // One file opens with its application; several open their common folder, as a notification click does.
    // Virtual so tests can see what would be opened without starting applications.
    virtual void open(const QStringList &files);
    virtual void showInFolder(const QStringList &paths);

Q_SIGNALS:
    // The desktop refused: nothing handles the file, or the folder is gone.
    void failed(const QString &message);

private:
    void openFolders(const QStringList &paths);
};

} // namespace Ferry
