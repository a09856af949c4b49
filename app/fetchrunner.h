#pragma once

#include "backgroundfetchmanager.h"

#include <QFile>
#include <QObject>

namespace Ferry {

// Drives one registration to its end for `ferry fetch` and `ferry resume`: prints progress (JSON lines or a
// status line) and the outcome, then reports the exit code. Interrupted by SIGINT/SIGTERM, it stores the state
// and reports 130. Lives on the main thread, owned by main().
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
    bool m_statusLine;
    RegistrationPtr m_registration;
    QFile m_out;
    QFile m_err;
};

} // namespace Ferry
