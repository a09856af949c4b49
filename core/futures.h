#pragma once

#include "fetchexception.h"

#include <QFuture>
#include <QPromise>

// Already-settled futures. The API always answers with a QFuture, settled or not, so callers handle every
// outcome the same way and nothing is thrown out of a call (B13).
namespace Ferry {

template<typename T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    QFuture<T> future = promise.future();
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return future;
}

inline QFuture<void> readyFuture()
{
    QPromise<void> promise;
    QFuture<void> future = promise.future();
    promise.start();
    promise.finish();
    return future;
}

template<typename T>
QFuture<T> failedFuture(const FetchException &error)
{
    QPromise<T> promise;
    QFuture<T> future = promise.future();
    promise.start();
    promise.setException(error);
    promise.finish();
    return future;
}

} // namespace Ferry
