#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace FerryTest {

// A program on a pseudo-terminal: its stdin, stdout and stderr are the terminal, as in an interactive shell, so it
// behaves as it does for a person. The caller polls (readAvailable(), hasExited()) while its own event loop runs,
// which keeps an in-process test server answering.
class PtyProcess final
{
public:
    PtyProcess() = default;
    PtyProcess(const PtyProcess &) = delete;
    PtyProcess &operator=(const PtyProcess &) = delete;
    // Kills a program still running.
    ~PtyProcess();

    // A terminal `columns` wide; the program inherits this process's environment and runs in `workingDir`.
    bool start(const QString &program, const QStringList &arguments, int columns, const QString &workingDir);
    // Appends whatever the program wrote since the last call to output().
    void readAvailable();
    // True once the program ended; then everything it wrote has been read.
    bool hasExited();
    // The exit code, or -1 if it ended by a signal.
    int exitCode() const { return m_exitCode; }
    QByteArray output() const { return m_output; }

private:
    pid_t m_pid = -1;
    int m_master = -1;
    int m_exitCode = -1;
    QByteArray m_output;
};

} // namespace FerryTest
