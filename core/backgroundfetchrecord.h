#pragma once

#include "fetchrequest.h"
#include "fetchresponse.h"

#include <QFuture>

namespace Ferry {

// BackgroundFetchRecord: a copy of one request and a future for its response. A value type made afresh by every
// match()/matchAll() (H12). responseReady() resolves once the record has settled with an exposed response
// (success or bad-status); it fails with AbortError for an aborted record and TypeError for the others (I4, I5).
// Unlike Chromium's streaming body, it resolves when the body is complete and in its final place, because a
// desktop download's body is a file that is renamed into place at the end.
class BackgroundFetchRecord final
{
public:
    BackgroundFetchRecord(FetchRequest request, QFuture<FetchResponse> response)
        : m_request(std::move(request)), m_response(std::move(response))
    {
    }

    FetchRequest request() const { return m_request; }
    QFuture<FetchResponse> responseReady() const { return m_response; }

private:
    FetchRequest m_request;
    QFuture<FetchResponse> m_response;
};

} // namespace Ferry
