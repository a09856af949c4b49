#pragma once

#include <QObject>

class QSocketNotifier;

namespace Ferry {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop, through a self-pipe, so that the handler itself
// does nothing but write one byte (the only safe thing in a signal handler). Owned by main(); one per process.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Ferry
