#pragma once

#include "backgroundfetchmanager.h"

#include <QFile>
#include <QObject>

namespace Ferry {

class TerminalView;

// Drives one registration to its end for `ferry fetch` and `ferry resume`: prints progress and the outcome, then
// reports the exit code. Interrupted by SIGINT/SIGTERM, it stores the state and reports 130. Lives on the main
// thread, owned by main().
//
// What it prints depends on who reads it. With --json, JSON lines on stdout. Otherwise stdout has one line per
// saved file: "URL -> path (size)" for scripts, or "saved to path (size in time, speed)" when stdout is a terminal;
// and a terminal on stderr gets the progress line (TerminalView). Output that is not a terminal never changes
// with this: scripts parse it.
class FetchRunner final : public QObject
{
    Q_OBJECT

public:
    FetchRunner(BackgroundFetchManager &manager, bool json, QObject *parent = nullptr);

    // Follows the registration `pending` resolves to; returns false (after printing why) if it failed.
    bool follow(const QFuture<RegistrationPtr> &pending);
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void printProgress();
    void onFinished(BackgroundFetchEvent *event);
    // Prints the outcome of the settled registration and ends the run with its exit code.
    void report();
    void writeOut(const QByteArray &text);
    void writeErr(const QString &text);

    BackgroundFetchManager &m_manager;
    bool m_json;
    bool m_humanOut;      // stdout is a terminal: "saved to" lines instead of "URL -> path"
    bool m_progressLine;  // stderr is a terminal: the progress line
    TerminalView *m_view = nullptr;
    RegistrationPtr m_registration;
    QFile m_out;
    QFile m_err;
};

} // namespace Ferry
