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

} // namespace Ferry
