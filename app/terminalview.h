#pragma once

#include "backgroundfetchmanager.h"
#include "recordtimes.h"
#include "speedmeter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QFile;

namespace Ferry {

// `ferry fetch` and `ferry resume` for a person at a terminal: redraws one progress line in place a few times a
// second (when given a terminal to draw on), and times each record for its "saved to" line. FetchRunner owns it.
class TerminalView final : public QObject
{
    Q_OBJECT

public:
    // `terminal` is where the line is drawn (stderr), or nullptr for no line, only the timing.
    TerminalView(BackgroundFetchManager &manager, RegistrationPtr registration, QFile *terminal,
                 QObject *parent = nullptr);

    void start();
    // No more drawing; the line stays as it is (an interruption prints below it).
    void stop();
    // Stops, clears the line, and takes each record's end from the settled registration.
    void finish(const RegistrationData &settled);
    // "saved to PATH (SIZE in TIME, SPEED)" for a record of the settled registration.
    QString savedText(const RecordData &record) const;

private:
    void observe();
    void draw();
    qint64 expectedDownload() const;

    BackgroundFetchManager &m_manager;
    RegistrationPtr m_registration;
    QFile *m_terminal;
    QTimer m_timer;
    QElapsedTimer m_clock;
    SpeedMeter m_speed;
    RecordTimes m_times;
    quint64 m_contentLength = 0; // the sum of the servers' lengths, once every one is known
    bool m_drawn = false;
};

} // namespace Ferry
