#include "speedmeter.h"

namespace Ferry {
namespace {

// Below this the first samples would give wild figures (one batch of bytes over a few milliseconds).
constexpr qint64 minimumSpanMs = 200;

} // namespace

void SpeedMeter::add(qint64 ms, quint64 bytes)
{
    // A count that goes down is a restart from zero (a server that ignored Range), not a negative speed.
    if (!m_samples.isEmpty() && (bytes < m_samples.constLast().bytes || ms < m_samples.constLast().ms))
        m_samples.clear();
    m_samples.append({ms, bytes});
    // Keep one sample at or before the window's start, so the span covers the whole window once it is full.
    while (m_samples.size() > 2 && m_samples.at(1).ms <= ms - m_windowMs)
        m_samples.removeFirst();
}

double SpeedMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return -1;
    const Sample &first = m_samples.constFirst();
    const Sample &last = m_samples.constLast();
    const qint64 span = last.ms - first.ms;
    if (span < minimumSpanMs)
        return -1;
    return double(last.bytes - first.bytes) * 1000.0 / double(span);
}

} // namespace Ferry
