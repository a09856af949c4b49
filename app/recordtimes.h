#pragma once

#include "registrationdata.h"

#include <QHash>

namespace Ferry {

// When each record of one run began and finished receiving, as far as the runner saw at its ticks, so a finished
// file can say how long it took and how fast it came. A record waiting its turn (behind the registration's parallel
// limit) has not begun: its clock starts at the last tick that still saw it idle.
class RecordTimes final
{
public:
    struct Span
    {
        qint64 bytes = 0; // received in this run (a resumed record had some before)
        qint64 ms = 0;    // 0 when not known
    };

    void observe(const QList<RecordData> &records, qint64 ms);
    Span spanOf(const RecordData &record) const;

private:
    struct Times
    {
        qint64 startMs = 0;
        qint64 startBytes = 0;
        qint64 endMs = -1;
        bool started = false;
    };

    QHash<int, Times> m_times;
};

} // namespace Ferry
