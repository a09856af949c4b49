#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

// Waiting inside the screenshot helpers, which are programs and not Qt tests (so QTRY_ is not available): the
// event loop runs meanwhile, so transfers progress and windows paint.
namespace FerryScreenshots {

inline void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// False when `condition` did not hold within `timeoutMs`.
inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        wait(20);
    }
    return true;
}

} // namespace FerryScreenshots
