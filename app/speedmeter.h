#pragma once

#include <QList>
#include <QtGlobal>

namespace Ferry {

// Bytes per second over the last few seconds of a growing byte count: steady enough to read and to base a time
// left on, yet quick to follow a real change of speed (and to fall to zero when the transfer stalls).
class SpeedMeter final
{
public:
    explicit SpeedMeter(qint64 windowMs = 3000) : m_windowMs(windowMs) {}

    // The count `bytes` as it was at `ms` (any monotonic clock in milliseconds).
    void add(qint64 ms, quint64 bytes);
    // -1 until the samples span long enough to tell.
    double bytesPerSecond() const;

private:
    struct Sample
    {
        qint64 ms;
        quint64 bytes;
    };

    qint64 m_windowMs;
    QList<Sample> m_samples;
};

} // namespace Ferry
