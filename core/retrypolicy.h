#pragma once

#include <QByteArray>

#include <chrono>
#include <optional>

namespace Ferry {

// When and how often a failed GET is tried again (DESIGN.md section 2): exponential backoff with jitter, a
// server's Retry-After honoured up to a ceiling, and a budget of attempts. A value type, copied into each transfer.
class RetryPolicy final
{
public:
    int maxRetries = 5;
    std::chrono::milliseconds baseDelay{1000};
    std::chrono::milliseconds maxDelay{60000};
    // How long after its first failure an exchange may still be tried again, progress or not (0: no limit).
    std::chrono::milliseconds retryFor{0};

    // HTTP statuses worth another try: timeouts, rate limits and temporary server trouble. Any other 4xx is final.
    static bool isRetryableStatus(int status);
    static bool mayRetry(const QByteArray &method) { return method == "GET"; }

    // The wait before retry number `retry` (1-based), or nothing once the budget is spent. `retryAfter` is the
    // server's wish, used instead of the backoff but never beyond maxDelay.
    std::optional<std::chrono::milliseconds> delayFor(int retry, std::optional<std::chrono::milliseconds> retryAfter,
                                                      double jitter) const;
    // A uniformly random jitter factor in [0.5, 1.5), so that many clients do not retry in step.
    static double randomJitter();
};

// The tries of one connection's exchange under a RetryPolicy. Only tries that deliver nothing new count against
// the policy's budget: a try that stored new bytes starts the count again and the next one follows at once, so a
// server that drops every connection after a while still gets the whole file, as wget -c and aria2c do.
class RetryCounter final
{
public:
    // A request goes out; `position` is how far the stored body reaches as it does.
    void tryStarts(qint64 position);
    // The try failed having reached `position`: the wait before the next one, or nothing once
    // RetryPolicy::maxRetries tries in a row brought nothing or RetryPolicy::retryFor has passed since the first
    // failure.
    std::optional<std::chrono::milliseconds> next(const RetryPolicy &policy, qint64 position,
                                                  std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
    // Requests sent so far.
    int tries() const { return m_tries; }

private:
    std::optional<std::chrono::steady_clock::time_point> m_firstFailure;
    qint64 m_tryStart = 0;
    int m_fruitless = 0;
    int m_tries = 0;
};

} // namespace Ferry
