#pragma once

#include "fetchoptions.h"

#include <QFuture>
#include <QObject>
#include <QSharedPointer>

#include <functional>

namespace Ferry {

class BackgroundFetchRegistration;

// BackgroundFetchEvent: the argument of the abort and click signals (A5). The manager makes trusted ones and
// deletes them once they are over; an event made by anyone else is untrusted (A6). An event is active while its
// signal is being delivered and until every future passed to waitUntil() has finished (J3). Lives on the GUI thread.
class BackgroundFetchEvent : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundFetchEvent(QSharedPointer<BackgroundFetchRegistration> registration, QObject *parent = nullptr);
    ~BackgroundFetchEvent() override;

    QSharedPointer<BackgroundFetchRegistration> registration() const { return m_registration; }
    bool isTrusted() const { return m_trusted; }
    bool isActive() const { return m_dispatching || m_pending > 0; }
    // Keeps the event (and so the records) alive until `future` finishes. Ignored once the event is over.
    void waitUntil(const QFuture<void> &future);

Q_SIGNALS:
    // Fires once when the event stops being active. Internal to the manager, which then releases the records.
    void ended();

protected:
    friend class BackgroundFetchManager;
    void beginDispatch();
    void endDispatch();

private:
    void settleOne();

    QSharedPointer<BackgroundFetchRegistration> m_registration;
    bool m_trusted = false;
    bool m_dispatching = false;
    bool m_ended = false;
    int m_pending = 0;
};

// BackgroundFetchUpdateUIEvent: the argument of the success and fail signals, with updateUI() (J4–J8).
class BackgroundFetchUpdateUIEvent final : public BackgroundFetchEvent
{
    Q_OBJECT

public:
    using BackgroundFetchEvent::BackgroundFetchEvent;

    // Resolves once the new title and icons are stored. InvalidStateError when the event is untrusted (J7), no longer
    // active (J6) or has already been used (J5). Options with nothing in them resolve at once (J8).
    QFuture<void> updateUI(const FetchUiOptions &options);

private:
    friend class BackgroundFetchManager;
    std::function<void(const FetchUiOptions &)> m_apply;
    bool m_uiUpdated = false;
};

} // namespace Ferry
