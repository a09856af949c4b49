#include "ptyprocess.h"

#include <QFile>

#include <vector>

#include <csignal>
#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace FerryTest {

PtyProcess::~PtyProcess()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
    if (m_master >= 0)
        ::close(m_master);
}

bool PtyProcess::start(const QString &program, const QStringList &arguments, int columns, const QString &workingDir)
{
    // Everything the child needs is made before fork(): between fork and exec a threaded process may only make
    // async-signal-safe calls.
    QList<QByteArray> words{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        words.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    QByteArray directory = QFile::encodeName(workingDir);
    winsize size{};
    size.ws_row = 24;
    size.ws_col = static_cast<unsigned short>(columns);

    const pid_t pid = ::forkpty(&m_master, nullptr, nullptr, &size);
    if (pid < 0)
        return false;
    if (pid == 0) {
        if (::chdir(directory.constData()) == 0)
            ::execve(argv[0], argv.data(), environ);
        ::_exit(127);
    }
    m_pid = pid;
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    return true;
}

void PtyProcess::readAvailable()
{
    if (m_master < 0)
        return;
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(m_master, buffer, sizeof buffer);
        if (got > 0) {
            m_output.append(buffer, got);
            continue;
        }
        if (got < 0 && errno == EINTR)
            continue;
        // EAGAIN: nothing more for now. EIO or 0: the terminal's other side is closed, the program is gone.
        return;
    }
}

bool PtyProcess::hasExited()
{
    readAvailable();
    if (m_pid <= 0)
        return true;
    int status = 0;
    const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
    if (done == 0)
        return false;
    m_pid = -1;
    if (done > 0 && WIFEXITED(status))
        m_exitCode = WEXITSTATUS(status);
    // What it wrote just before it ended is still in the terminal's buffer.
    readAvailable();
    return true;
}

} // namespace FerryTest
