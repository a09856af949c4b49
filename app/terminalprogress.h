#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Ferry {

// The words of `ferry fetch` for a person at a terminal: the progress line and the "saved to" line. Text only;
// TerminalView decides when to draw.
class TerminalProgress final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::TerminalProgress)

public:
    struct State
    {
        quint64 done = 0;
        quint64 total = 0;          // 0 while unknown: no bar, percent or time left then
        double bytesPerSecond = -1; // negative while not known yet
    };

    // "[=====>    ]  45%  1.4 MiB of 3.0 MiB  640.0 KiB/s  3 s left", shortened to fit in `columns` - 1 columns: a
    // line reaching the last column wraps in some terminals, and a wrapped line cannot be redrawn in place.
    static QString line(const State &state, int columns);
    // "saved to /tmp/a.iso (200.0 MiB in 12 s, 16.4 MiB/s)"; without the time and speed when `ms` is not known.
    static QString saved(const QString &path, qint64 size, qint64 bytesThisRun, qint64 ms);
    // "0.4 s", "12 s", "3 min 5 s", "2 h 5 min".
    static QString duration(qint64 ms);
    // The columns `text` takes in a terminal: two for East Asian wide characters, none for combining marks.
    static int columnsOf(QStringView text);
    // The width of the terminal on `fd`, or 80 when it does not tell.
    static int terminalColumns(int fd);
};

} // namespace Ferry
