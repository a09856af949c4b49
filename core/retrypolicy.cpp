#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Ferry {

bool RetryPolicy::isRetryableStatus(int status)
{
    switch (status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

std::optional<std::chrono::milliseconds> RetryPolicy::delayFor(int retry,
                                                               std::optional<std::chrono::milliseconds> retryAfter,
                                                               double jitter) const
{
    if (retry < 1 || retry > maxRetries)
        return std::nullopt;
    if (retryAfter)
        return std::clamp(*retryAfter, std::chrono::milliseconds(0), maxDelay);
    // Doubling from baseDelay; the shift is bounded so it cannot overflow for large budgets.
    const auto doubled = baseDelay * (qint64(1) << std::min(retry - 1, 30));
    const auto jittered = std::chrono::milliseconds(qint64(double(doubled.count()) * jitter));
    return std::clamp(jittered, std::chrono::milliseconds(0), maxDelay);
}

void RetryCounter::tryStarts(qint64 position)
{
    m_tryStart = position;
    ++m_tries;
}

std::optional<std::chrono::milliseconds> RetryCounter::next(const RetryPolicy &policy, qint64 position,
                                                            std::optional<std::chrono::milliseconds> retryAfter)
{
    const auto now = std::chrono::steady_clock::now();
    if (!m_firstFailure)
        m_firstFailure = now;
    if (policy.retryFor.count() > 0 && now - *m_firstFailure >= policy.retryFor)
        return std::nullopt;
    if (position > m_tryStart && !retryAfter) {
        m_fruitless = 0;
        return std::chrono::milliseconds(0);
    }
    return policy.delayFor(++m_fruitless, retryAfter, RetryPolicy::randomJitter());
}

double RetryPolicy::randomJitter()
{
    return 0.5 + QRandomGenerator::global()->generateDouble();
}

} // namespace Ferry
