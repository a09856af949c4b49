#include "backgroundfetchevent.h"

#include "backgroundfetchregistration.h"
#include "futures.h"

#include <QFutureWatcher>

namespace Ferry {

BackgroundFetchEvent::BackgroundFetchEvent(QSharedPointer<BackgroundFetchRegistration> registration, QObject *parent)
    : QObject(parent), m_registration(std::move(registration))
{
}

BackgroundFetchEvent::~BackgroundFetchEvent() = default;

void BackgroundFetchEvent::beginDispatch()
{
    m_trusted = true;
    m_dispatching = true;
}

void BackgroundFetchEvent::endDispatch()
{
    m_dispatching = false;
    if (m_pending == 0 && !m_ended) {
        m_ended = true;
        Q_EMIT ended();
    }
}

void BackgroundFetchEvent::waitUntil(const QFuture<void> &future)
{
    if (!isActive())
        return;
    ++m_pending;
    auto *watcher = new QFutureWatcher<void>(this);
    // A failed or cancelled future ends the wait just as a successful one does.
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        settleOne();
    });
    watcher->setFuture(future);
}

void BackgroundFetchEvent::settleOne()
{
    --m_pending;
    if (m_pending == 0 && !m_dispatching && !m_ended) {
        m_ended = true;
        Q_EMIT ended();
    }
}

QFuture<void> BackgroundFetchUpdateUIEvent::updateUI(const FetchUiOptions &options)
{
    if (!isTrusted())
        return failedFuture<void>(FetchException(ErrorCode::InvalidStateError, FetchIssue::UntrustedEvent));
    if (!isActive())
        return failedFuture<void>(FetchException(ErrorCode::InvalidStateError, FetchIssue::EventNotActive));
    if (m_uiUpdated)
        return failedFuture<void>(FetchException(ErrorCode::InvalidStateError, FetchIssue::UiAlreadyUpdated));
    m_uiUpdated = true;
    if ((options.title || options.icons) && m_apply)
        m_apply(options);
    return readyFuture();
}

} // namespace Ferry
