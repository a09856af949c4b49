#include "tokenbucket.h"

#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace Ferry {

void TokenBucket::setRate(qint64 rate)
{
    m_rate = std::max<qint64>(0, rate);
    m_tokens = std::min(m_tokens, double(capacity()));
    m_clock.start();
}

void TokenBucket::refill()
{
    if (!isLimited())
        return;
    const qint64 elapsed = m_clock.nsecsElapsed();
    m_clock.start();
    m_tokens = std::min(double(capacity()), m_tokens + double(m_rate) * double(elapsed) / 1e9);
}

qint64 TokenBucket::available(qint64 wanted)
{
    if (!isLimited())
        return wanted;
    refill();
    return std::min(wanted, qint64(m_tokens));
}

void TokenBucket::consume(qint64 bytes)
{
    if (isLimited())
        m_tokens -= double(bytes);
}

int TokenBucket::millisecondsUntil(qint64 bytes)
{
    if (!isLimited())
        return 0;
    refill();
    const double missing = double(std::min(bytes, capacity())) - m_tokens;
    return missing <= 0 ? 0 : int(std::ceil(missing * 1000.0 / double(m_rate)));
}

qint64 replyBufferSize(const TokenBucket &rate, const TokenBucket &globalRate)
{
    constexpr qint64 limited = 512 * 1024;
    constexpr qint64 unlimited = 4 * 1024 * 1024;
    return rate.isLimited() || globalRate.isLimited() ? limited : unlimited;
}

qint64 readWithinLimits(QIODevice &device, char *buffer, qint64 capacity, TokenBucket &rate, TokenBucket &globalRate,
                        int *waitMs)
{
    *waitMs = 0;
    const qint64 wanted = std::min(device.bytesAvailable(), capacity);
    if (wanted <= 0)
        return 0;
    const qint64 allowed = std::min(rate.available(wanted), globalRate.available(wanted));
    if (allowed <= 0) {
        *waitMs = std::max({1, rate.millisecondsUntil(wanted), globalRate.millisecondsUntil(wanted)});
        return 0;
    }
    const qint64 n = device.read(buffer, allowed);
    if (n > 0) {
        rate.consume(n);
        globalRate.consume(n);
    }
    return std::max<qint64>(0, n);
}

} // namespace Ferry
