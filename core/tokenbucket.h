#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

class QIODevice;

namespace Ferry {

// A speed limit as a token bucket: `rate` bytes a second, with bursts of at most a quarter second's worth, so a
// limited download stays smooth instead of arriving in one-second gulps. A rate of 0 means unlimited. Lives on
// the engine thread; transfers take tokens before they read from a reply.
class TokenBucket final
{
public:
    explicit TokenBucket(qint64 rate = 0) { setRate(rate); }

    void setRate(qint64 rate);
    qint64 rate() const { return m_rate; }
    bool isLimited() const { return m_rate > 0; }
    // How many of `wanted` bytes may be read now (all of them when unlimited).
    qint64 available(qint64 wanted);
    void consume(qint64 bytes);
    // How long until at least `bytes` tokens are there (0 when unlimited or already there).
    int millisecondsUntil(qint64 bytes);

private:
    void refill();
    qint64 capacity() const { return std::max<qint64>(m_rate / 4, 16 * 1024); }

    qint64 m_rate = 0;
    double m_tokens = 0;
    QElapsedTimer m_clock;
};

// How much a network reply may buffer ahead of Ferry: always bounded, so a busy engine thread never lets memory
// grow with the download, and small under a speed limit, so that TCP slows the server while Ferry is not reading.
qint64 replyBufferSize(const TokenBucket &rate, const TokenBucket &globalRate);

// Reads from `device` at most `capacity` bytes, and no more than both speed limits allow now. Returns the bytes
// read; 0 with `*waitMs` above 0 means the limits ask to come back after that long.
qint64 readWithinLimits(QIODevice &device, char *buffer, qint64 capacity, TokenBucket &rate, TokenBucket &globalRate,
                        int *waitMs);

} // namespace Ferry
